import request from 'supertest';
import type { GraphqlClient, GraphqlError, GraphqlResponse } from '@relais/testing';

/** Keys that would mean a server internal reached the client. */
const LEAKY_KEYS = /^(stacktrace|stack|exception)$/i;

/** Every key path in a JSON value whose name looks like a stack trace or an exception dump. */
export function leakyKeys(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leakyKeys(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [
      ...(LEAKY_KEYS.test(key) ? [`${path}.${key}`] : []),
      ...leakyKeys(inner, `${path}.${key}`),
    ]);
  }
  return [];
}

/** Fails the test unless the body carries errors and none of them leaks a stack trace or an exception. */
export function expectCleanErrors(body: unknown): GraphqlError[] {
  const errors = (body as { errors?: GraphqlError[] } | null)?.errors;
  expect(Array.isArray(errors) && errors.length > 0).toBe(true);
  expect(leakyKeys(body)).toEqual([]);
  return errors!;
}

/**
 * Sends a request that must fail, as the client would, and returns its first error, after checking the
 * whole response body leaks no stack trace or exception (a rule for every error the API gives).
 */
export async function firstError(
  client: GraphqlClient,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlError & { response: GraphqlResponse<unknown> }> {
  let req = request(client.server).post('/graphql').set('Content-Type', 'application/json');
  if (client.cookie) req = req.set('Cookie', client.cookie);
  const res = await req.send({ query, variables });
  const errors = expectCleanErrors(res.body);
  const response = { status: res.status, data: res.body?.data, errors, headers: res.headers };
  return { ...errors[0]!, response };
}
