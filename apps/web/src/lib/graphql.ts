import { Client, cacheExchange, CombinedError, fetchExchange } from 'urql';

/** One client for the app: same origin, the session cookie travels with every request. */
export const client = new Client({
  url: '/graphql',
  // The api answers POST only (GET would bypass CSRF prevention for mutations disguised as queries).
  preferGetMethod: false,
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: () => ({
    credentials: 'same-origin',
    // Apollo's CSRF prevention wants a non-simple request: JSON content type is enough, this makes it explicit.
    headers: { 'apollo-require-preflight': 'true' },
  }),
  requestPolicy: 'cache-and-network',
});

/** What the api says went wrong, in a shape the screens use: its typed code and its message for people. */
export interface ApiProblem {
  code: string;
  message: string;
  /** Per-field messages for BAD_USER_INPUT, when the api gives them. */
  fields: Record<string, string[]>;
  /** The api's finer reason, e.g. LAST_OWNER, when it gives one: screens translate the ones they know. */
  reason?: string | null;
}

export function apiProblem(error: CombinedError | undefined | null): ApiProblem | null {
  if (!error) return null;
  if (error.networkError) return { code: 'NETWORK', message: error.networkError.message, fields: {} };
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'INTERNAL', message: error.message, fields: {} };
  const extensions = first.extensions as {
    code?: string;
    fields?: Record<string, string[]>;
    problems?: string[];
    reason?: string;
  };
  const fields = extensions.fields ?? {};
  const message = extensions.problems?.length ? extensions.problems.join(' ') : first.message;
  return {
    code: extensions.code ?? 'INTERNAL',
    message,
    fields,
    ...(extensions.reason ? { reason: extensions.reason } : {}),
  };
}
