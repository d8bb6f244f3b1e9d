import { useCallback } from 'react';
import { useQuery } from 'urql';
import type { CommunitiesDetailFragment } from '../../gql/graphql';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { COMMUNITY } from './api';

export type CommunityDetail = CommunitiesDetailFragment;

/** The community of the page's address, as the signed-in person sees it, and a way to read it again. */
export function useCommunity(slug: string): {
  community: CommunityDetail | null | undefined;
  problem: ApiProblem | null;
  loading: boolean;
  refresh: () => void;
} {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: COMMUNITY, variables: { slug } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const community = data?.community;
  return {
    community: community ?? (data || error ? null : undefined),
    problem: community
      ? null
      : (apiProblem(error) ?? (data ? { code: 'NOT_FOUND', message: '', fields: {} } : null)),
    loading: fetching && !data,
    refresh,
  };
}
