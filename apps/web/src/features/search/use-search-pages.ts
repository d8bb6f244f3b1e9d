import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useClient } from 'urql';
import { apiProblem, ApiProblem } from '../../lib/graphql';

interface SearchPage<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface SearchPages<TResult extends SearchPage<unknown>> {
  /** The first page as the api answered it: total, facets, corrected query... */
  first: TResult | null;
  /** Every node of the pages loaded so far. */
  nodes: TResult['nodes'];
  /** True while the first page or a further page is on its way. */
  loading: boolean;
  problem: ApiProblem | null;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * A search read page by page with the opaque `after` cursors of the api. Unlike `useConnection`, it keeps
 * what the first page says about the whole search (total, facets, typo correction), and the results of the
 * previous search stay on screen while the next one loads, so that the list does not flicker as one types.
 */
export function useSearchPages<
  TData,
  TVariables extends { after?: string | null },
  TResult extends SearchPage<unknown>,
>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
  select: (data: TData) => TResult,
  options: { pause?: boolean } = {},
): SearchPages<TResult> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{
    first: TResult | null;
    nodes: TResult['nodes'];
    endCursor: string | null;
    hasMore: boolean;
    loading: boolean;
    problem: ApiProblem | null;
  }>({ first: null, nodes: [], endCursor: null, hasMore: false, loading: !options.pause, problem: null });
  // Answers to an older search (or a page asked before a new search) arrive late: they are dropped.
  const generation = useRef(0);
  const loadingRef = useRef(false);
  const selectRef = useRef(select);
  selectRef.current = select;

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = after === null ? ++generation.current : generation.current;
      loadingRef.current = true;
      setState((s) => ({ ...s, loading: true, problem: after === null ? null : s.problem }));
      const result = await client
        .query(document, { ...(JSON.parse(key) as object), after } as TVariables, {
          requestPolicy: 'network-only',
        })
        .toPromise();
      if (mine !== generation.current) return;
      loadingRef.current = false;
      if (!result.data) {
        setState((s) => ({
          ...s,
          ...(after === null ? { first: null, nodes: [] } : {}),
          loading: false,
          hasMore: after === null ? false : s.hasMore,
          problem: apiProblem(result.error) ?? { code: 'INTERNAL', message: '', fields: {} },
        }));
        return;
      }
      const page = selectRef.current(result.data);
      setState((s) => ({
        first: after === null ? page : s.first,
        nodes: after === null ? page.nodes : [...s.nodes, ...page.nodes],
        endCursor: page.pageInfo.endCursor ?? null,
        hasMore: page.pageInfo.hasNextPage,
        loading: false,
        problem: null,
      }));
    },
    [client, document, key],
  );

  useEffect(() => {
    if (options.pause) {
      // Nothing to search for: an answer still on its way is for a search that no longer stands.
      generation.current++;
      loadingRef.current = false;
      setState({ first: null, nodes: [], endCursor: null, hasMore: false, loading: false, problem: null });
      return;
    }
    void fetchPage(null);
  }, [fetchPage, options.pause]);

  const loadMore = useCallback(() => {
    if (loadingRef.current || !state.hasMore) return;
    void fetchPage(state.endCursor);
  }, [fetchPage, state.hasMore, state.endCursor]);

  return {
    first: state.first,
    nodes: state.nodes,
    loading: state.loading,
    problem: state.problem,
    hasMore: state.hasMore,
    loadMore,
    reload: useCallback(() => void fetchPage(null), [fetchPage]),
  };
}
