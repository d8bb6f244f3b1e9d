/* eslint-disable @typescript-eslint/no-explicit-any -- tests read response data without declaring each shape */
import type { Server } from 'node:http';
import request from 'supertest';
import { SESSION_COOKIE } from '@relais/identity';

export interface GraphqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphqlError[] | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** Talks to the API over HTTP, as the web app does: JSON POSTs to /graphql with the session cookie. */
export class GraphqlClient {
  constructor(
    readonly server: Server,
    readonly sessionToken?: string,
  ) {}

  get cookie(): string | undefined {
    return this.sessionToken ? `${SESSION_COOKIE}=${this.sessionToken}` : undefined;
  }

  async query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>> {
    let req = request(this.server).post('/graphql').set('Content-Type', 'application/json');
    if (this.cookie) req = req.set('Cookie', this.cookie);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors, headers: res.headers };
  }

  /** Fails the test with the errors when there are any. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.query<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)} (status ${res.status})`);
    }
    return res.data;
  }

  /** The error code of the first error; fails the test when the request succeeded. */
  async errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const res = await this.query(query, variables);
    if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0]!.extensions?.code;
  }

  as(sessionToken: string | undefined): GraphqlClient {
    return new GraphqlClient(this.server, sessionToken);
  }
}

/** Reads the session token from a response's Set-Cookie header. */
export function sessionTokenFrom(headers: Record<string, string | string[] | undefined>): string | undefined {
  const cookies = ([] as string[]).concat(headers['set-cookie'] ?? []);
  for (const cookie of cookies) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(cookie);
    if (match && match[1]) return match[1];
  }
  return undefined;
}

export const DEV_SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: DevSignInInput!) {
    devSignIn(input: $input) {
      user {
        id
        email
      }
      expiresAt
    }
  }
`;

/** Signs in with the development sign-in and returns a client carrying the session cookie. */
export async function signIn(server: Server, email: string, displayName?: string): Promise<GraphqlClient> {
  const anonymous = new GraphqlClient(server);
  const res = await anonymous.query(DEV_SIGN_IN, {
    input: { email, ...(displayName ? { displayName } : {}) },
  });
  const token = sessionTokenFrom(res.headers);
  if (res.errors?.length || !token) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return anonymous.as(token);
}
