import * as path from 'node:path';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataLoaderBag, GraphqlContext } from '@relais/common';
import { RelaisConfig } from '@relais/config';
import type { Request, Response } from 'express';
import { formatGraphqlError } from './error-formatting';
import { complexityLimitPlugin, depthLimitRule } from './query-limits';

/** The committed schema; a test fails when the code and this file disagree. */
export const SCHEMA_FILE = path.resolve(process.cwd(), 'apps/api/schema.gql');

export function graphqlOptions(
  config: RelaisConfig,
  schemaHost: () => GraphQLSchemaHost,
): Omit<ApolloDriverConfig, 'driver'> {
  const logger = new Logger('GraphQL');
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    // Refuses simple cross-site requests (form posts, text/plain): a browser can only send our
    // application/json requests after a CORS preflight, which this origin never grants.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({
      req,
      res,
      loaders: new DataLoaderBag(),
    }),
    validationRules: [depthLimitRule(config.graphql.maxDepth)],
    plugins: [
      // @nestjs/apollo sees @apollo/server's ESM typings, this file its CommonJS ones: same runtime object.
      complexityLimitPlugin(() => schemaHost().schema, config.graphql.maxComplexity) as NonNullable<
        ApolloDriverConfig['plugins']
      >[number],
    ],
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, (original) =>
        logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original)),
      ),
  };
}
