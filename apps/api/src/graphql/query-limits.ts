import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@relais/common';
import {
  GraphQLError,
  GraphQLSchema,
  Kind,
  ValidationContext,
  ASTVisitor,
  FragmentDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

/**
 * Refuses operations nested deeper than `maxDepth` (fragments followed, introspection included), before any
 * resolver runs. A validation rule: it sees the document only.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (
      selectionSet: SelectionSetNode | undefined,
      depth: number,
      seen: Set<string>,
    ): number => {
      if (!selectionSet) return depth;
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + 1, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (fragment && !seen.has(name)) {
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...seen, name])));
          }
        }
        if (deepest > maxDepth) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `This query is nested ${depth} levels deep; the limit is ${maxDepth}. Ask for fewer nested fields.`,
              { nodes: [node], extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'QUERY_TOO_DEEP' } },
            ),
          );
        }
      },
    };
  };
}

/**
 * Refuses operations whose estimated cost exceeds `maxComplexity`. Each field costs 1 unless it says
 * otherwise with `complexity` in its options; list fields multiply by their `first` argument.
 */
export function complexityLimitPlugin(
  schema: () => GraphQLSchema,
  maxComplexity: number,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema(),
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [
                fieldExtensionsEstimator(),
                pageSizeEstimator,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch (error) {
            // Coercing the variables failed (an unknown enum value, a string for an Int): this runs before
            // Apollo's own check, so it must answer as that check would, not as an internal error.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `This query costs ${complexity} points; the limit is ${maxComplexity}. Ask for fewer fields or smaller pages.`,
              {
                extensions: {
                  code: ErrorCode.BAD_USER_INPUT,
                  reason: 'QUERY_TOO_COMPLEX',
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

/** A paginated field costs its page size times what each item asks for. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args['first'] === 'number' ? 1 + args['first'] * Math.max(childComplexity, 1) : undefined;
