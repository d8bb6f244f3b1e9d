import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { OperationResult, useClient } from 'urql';
import { client as appClient } from './graphql';
import { apiProblem, ApiProblem } from './graphql';

export interface Connection<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ConnectionState<TNode> {
  nodes: TNode[];
  /** True while the first page or a further page is on its way. */
  loading: boolean;
  problem: ApiProblem | null;
  hasMore: boolean;
  /** Fetches the next page (infinite scroll); does nothing while a page is loading or at the end. */
  loadMore: () => void;
  /** Starts again from the first page (after a change the list must show). */
  reload: () => void;
  /** Changes the nodes held here without asking the api: optimistic updates, removals, insertions. */
  update: (change: (nodes: TNode[]) => TNode[]) => void;
}

/** First pages asked for before their screen renders, taken once by the first `useConnection` that wants one. */
const preloaded = new Map<string, { at: number; result: Promise<OperationResult> }>();
const PRELOAD_TTL_MS = 10_000;

const operationName = (document: TypedDocumentNode<unknown, never>) =>
  document.definitions.map((d) => ('name' in d && d.name ? d.name.value : '')).join(',');
const preloadKey = (document: TypedDocumentNode<unknown, never>, variables: object) =>
  `${operationName(document)}|${JSON.stringify(variables)}`;

/**
 * Asks for the first page of a list now, while the screen that shows it is still loading (its code, the
 * session): the screen's `useConnection` with the same document and variables then starts from this answer.
 */
export function preloadConnection<TData, TVariables extends { after?: string | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
): void {
  const result = appClient
    .query(document, { ...variables, after: null } as TVariables, { requestPolicy: 'network-only' })
    .toPromise();
  preloaded.set(preloadKey(document as TypedDocumentNode<unknown, never>, variables), {
    at: Date.now(),
    result,
  });
}

function takePreloaded(key: string): Promise<OperationResult> | null {
  const entry = preloaded.get(key);
  preloaded.delete(key);
  return entry && Date.now() - entry.at < PRELOAD_TTL_MS ? entry.result : null;
}

/**
 * A keyset-paginated list read page by page with `after` cursors, held in one array so that infinite
 * scroll, optimistic updates and reloads stay simple. Changing `variables` (compared as JSON) starts over.
 */
export function useConnection<TData, TVariables extends { after?: string | null }, TNode>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
  select: (data: TData) => Connection<TNode> | null | undefined,
  options: { pause?: boolean } = {},
): ConnectionState<TNode> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{
    nodes: TNode[];
    endCursor: string | null;
    hasMore: boolean;
    loading: boolean;
    problem: ApiProblem | null;
  }>({ nodes: [], endCursor: null, hasMore: false, loading: !options.pause, problem: null });
  const generation = useRef(0);
  const loadingRef = useRef(false);
  const selectRef = useRef(select);
  selectRef.current = select;

  const fetchPage = useCallback(
    async (after: string | null, reset: boolean) => {
      const mine = reset ? ++generation.current : generation.current;
      loadingRef.current = true;
      setState((s) => ({ ...s, loading: true, problem: reset ? null : s.problem }));
      const early =
        reset && after === null
          ? takePreloaded(
              preloadKey(document as TypedDocumentNode<unknown, never>, JSON.parse(key) as object),
            )
          : null;
      const result = await (early ??
        client
          .query(document, { ...(JSON.parse(key) as object), after } as TVariables, {
            requestPolicy: 'network-only',
          })
          .toPromise());
      if (mine !== generation.current) return;
      loadingRef.current = false;
      const connection = result.data ? selectRef.current(result.data) : null;
      if (!connection) {
        setState((s) => ({
          ...s,
          loading: false,
          hasMore: false,
          problem: apiProblem(result.error) ?? { code: 'NOT_FOUND', message: '', fields: {} },
        }));
        return;
      }
      setState((s) => ({
        nodes: reset ? connection.nodes : [...s.nodes, ...connection.nodes],
        endCursor: connection.pageInfo.endCursor ?? null,
        hasMore: connection.pageInfo.hasNextPage,
        loading: false,
        problem: null,
      }));
    },
    [client, document, key],
  );

  useEffect(() => {
    if (options.pause) return;
    void fetchPage(null, true);
  }, [fetchPage, options.pause]);

  const loadMore = useCallback(() => {
    if (loadingRef.current || !state.hasMore) return;
    void fetchPage(state.endCursor, false);
  }, [fetchPage, state.hasMore, state.endCursor]);

  return {
    nodes: state.nodes,
    loading: state.loading,
    problem: state.problem,
    hasMore: state.hasMore,
    loadMore,
    reload: useCallback(() => void fetchPage(null, true), [fetchPage]),
    update: useCallback((change) => setState((s) => ({ ...s, nodes: change(s.nodes) })), []),
  };
}
