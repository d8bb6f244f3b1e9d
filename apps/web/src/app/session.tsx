import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { applyLocale, Locale } from '../lib/i18n';

const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      locale
      roles
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;

interface Session {
  /** undefined while loading, null when signed out. */
  me: Me | null | undefined;
  refresh: () => void;
  hasRole: (role: Me['roles'][number]) => boolean;
}

const SessionContext = createContext<Session>({
  me: undefined,
  refresh: () => undefined,
  hasRole: () => false,
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ME, requestPolicy: 'cache-and-network' });
  const me = fetching && !data ? undefined : error && !data ? null : (data?.me ?? null);
  useEffect(() => {
    // The person's saved language wins over the browser's once they are known.
    if (me) applyLocale(me.locale as Locale);
  }, [me]);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const value = useMemo<Session>(
    () => ({ me, refresh, hasRole: (role) => !!me?.roles.includes(role) }),
    [me, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

/** The signed-in person: for screens under the signed-in layout only. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe() outside the signed-in layout');
  return me;
}
