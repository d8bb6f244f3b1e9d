import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Role, RolesRepository, UsersService } from '@relais/identity';
import { DEV_SIGN_IN, GraphqlClient, newUser, tableCounts, tableSnapshot } from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { expectCleanErrors, firstError } from './support/errors';

const IDENTITY_TABLES = ['users', 'role_assignments', 'sessions'];
const ME = '{ me { id email roles } }';
const GRANT = 'mutation Grant($input: RoleChangeInput!) { grantRole(input: $input) { id } }';
const REVOKE = 'mutation Revoke($input: RoleChangeInput!) { revokeRole(input: $input) { id } }';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `__schema { types { fields { type { ofType ... { name } } } } }`, `depth` fields deep in all. */
function introspectionOfDepth(depth: number): string {
  const ofTypes = depth - 5; // __schema, types, fields, type ... name
  return `{ __schema { types { fields { type { ${'ofType { '.repeat(ofTypes)}name${' }'.repeat(ofTypes)} } } } } }`;
}

describe('GraphQL hardening', () => {
  let api: TestApi;
  let admin: GraphqlClient;
  let member: GraphqlClient;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signIn('admin@example.com');
    member = await api.signIn('member@example.com');
  });
  afterAll(() => api.close());

  describe('error codes', () => {
    it('NOT_FOUND: granting a role to a person who does not exist', async () => {
      const error = await firstError(admin, GRANT, { input: { userId: randomUUID(), role: 'AUDITOR' } });
      expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(error.message).toMatch(/was not found/);
    });

    it('FORBIDDEN: a member listing every account', async () => {
      const error = await firstError(member, '{ users(first: 5) { nodes { id } } }');
      expect(error.extensions).toEqual({ code: 'FORBIDDEN' });
      expect(error.message).toMatch(/Ask an administrator/);
    });

    it('BAD_USER_INPUT: an invalid e-mail, with a message saying what to send, changing nothing', async () => {
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const error = await firstError(api.anonymous, DEV_SIGN_IN, { input: { email: 'camille at example' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/email must be an e-mail address, e\.g\. camille\.martin@example\.com/);
      expect(Object.keys(error.extensions!).sort()).toEqual(['code', 'fields', 'problems']);
      expect(error.extensions!.fields).toEqual({ email: [expect.stringMatching(/e-mail address/)] });
      expect(error.response.headers['set-cookie']).toBeUndefined();
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
    });

    it('UNAUTHENTICATED: a private mutation without a session', async () => {
      const error = await firstError(api.anonymous, 'mutation { logoutEverywhere }');
      expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(error.message).toMatch(/Sign in/);
    });

    it('CONFLICT: revoking the only admin’s admin role, changing nothing', async () => {
      const adminId = (await admin.ok('{ me { id } }')).me.id;
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const error = await firstError(admin, REVOKE, { input: { userId: adminId, role: 'ADMIN' } });
      expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
    });

    it('INTERNAL: a real database failure, with a generic message and nothing of the server in the body', async () => {
      await api.db.query('ALTER TABLE role_assignments RENAME TO role_assignments_moved_away');
      let res: request.Response;
      try {
        res = await request(api.server)
          .post('/graphql')
          .set('Content-Type', 'application/json')
          .set('Cookie', admin.cookie!)
          .send({ query: ME });
      } finally {
        await api.db.query('ALTER TABLE role_assignments_moved_away RENAME TO role_assignments');
      }
      const errors = expectCleanErrors(res.body);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.extensions).toEqual({ code: 'INTERNAL' });
      expect(errors[0]!.message).toMatch(/Something went wrong on our side/);
      expect(res.text).not.toMatch(
        /role_assignments|relation "|SELECT |does not exist|QueryFailedError|node_modules|\.ts:\d+|\n\s+at /,
      );
      // Once the table is back the same request works: the failure was the database, not the request.
      expect((await admin.ok(ME)).me.roles).toContain('ADMIN');
    });
  });

  describe('query depth', () => {
    it('runs a query exactly at the depth limit (12)', async () => {
      const data = await admin.ok(introspectionOfDepth(12));
      expect(data.__schema.types.length).toBeGreaterThan(0);
    });

    it('refuses a query one level deeper with BAD_USER_INPUT / QUERY_TOO_DEEP', async () => {
      const error = await firstError(admin, introspectionOfDepth(13));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
      expect(error.message).toMatch(/nested 13 levels deep; the limit is 12/);
    });

    it('follows fragments when measuring depth', async () => {
      const query = `
        { __schema { types { ...Fields } } }
        fragment Fields on __Type { fields { type { ...Deep } } }
        fragment Deep on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }
      `;
      const error = await firstError(admin, query);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
      expect(error.message).toMatch(/nested 13 levels deep/);
    });

    it('refuses the whole document before any resolver runs, even the mutation beside the deep query', async () => {
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const document = `
        mutation SignIn { devSignIn(input: { email: "deep.diver@example.com" }) { expiresAt } }
        query Deep ${introspectionOfDepth(14)}
      `;
      const res = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({ query: document, operationName: 'SignIn' });
      const errors = expectCleanErrors(res.body);
      expect(errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
    });
  });

  describe('CSRF', () => {
    /** Refused by the CSRF check itself, not merely because the body was not JSON. */
    const expectCsrfRefusal = (body: unknown) => {
      const errors = expectCleanErrors(body);
      expect(errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(errors[0]!.message).toMatch(/Cross-Site Request Forgery/);
    };
    const signInBody = (email: string) =>
      JSON.stringify({ query: `mutation { devSignIn(input: { email: "${email}" }) { expiresAt } }` });

    it('refuses a text/plain POST carrying a mutation with 400, opening no session', async () => {
      const before = await tableCounts(api.db, IDENTITY_TABLES);
      const res = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'text/plain')
        .send(signInBody('csrf.text@example.com'));
      expect(res.status).toBe(400);
      expectCsrfRefusal(res.body);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(await tableCounts(api.db, IDENTITY_TABLES)).toEqual(before);
    });

    it('refuses an application/x-www-form-urlencoded POST carrying a mutation with 400, opening no session', async () => {
      const before = await tableCounts(api.db, IDENTITY_TABLES);
      const res = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send(
          `query=${encodeURIComponent('mutation { devSignIn(input: { email: "csrf.form@example.com" }) { expiresAt } }')}`,
        );
      expect(res.status).toBe(400);
      expectCsrfRefusal(res.body);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(await tableCounts(api.db, IDENTITY_TABLES)).toEqual(before);
    });

    it('accepts the same mutation as application/json', async () => {
      const before = await tableCounts(api.db, ['sessions']);
      const res = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send(signInBody('csrf.json@example.com'));
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.headers['set-cookie']).toBeDefined();
      expect(await tableCounts(api.db, ['sessions'])).toEqual({ sessions: before.sessions! + 1 });
    });
  });

  describe('malformed JSON', () => {
    it('gets 400 with a JSON BAD_USER_INPUT error', async () => {
      const res = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send('{"query": "{ me { id } }"');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      const errors = expectCleanErrors(res.body);
      expect(errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(errors[0]!.message).toMatch(/not valid JSON/);
    });
  });

  describe('DataLoader bag', () => {
    it('loads the roles of a page of 20 people in one batch, and again for the next request only', async () => {
      for (let i = 0; i < 20; i++) {
        await newUser(api.db, { roles: i % 5 === 0 ? [Role.COMMUNITY_MANAGER] : [] });
      }
      const roles = api.app.get(RolesRepository);
      const spy = jest.spyOn(roles, 'rolesOf');
      try {
        const query = '{ users(first: 20) { nodes { id roles } } }';
        const data = await admin.ok<{ users: { nodes: Array<{ id: string; roles: string[] }> } }>(query);
        const ids = data.users.nodes.map((node) => node.id);
        expect(ids).toHaveLength(20);
        expect(spy).toHaveBeenCalledTimes(1);
        expect([...spy.mock.calls[0]![0]].sort()).toEqual([...ids].sort());

        // Each person still gets their own roles out of the batch.
        const granted: Array<{ user_id: string }> = await api.db.query(
          `SELECT user_id FROM role_assignments WHERE role = 'community_manager'`,
        );
        const managers = new Set(granted.map((row) => row.user_id));
        for (const node of data.users.nodes) {
          expect(node.roles.includes('COMMUNITY_MANAGER')).toBe(managers.has(node.id));
        }

        // A second request batches again: the loaders are per request, not a shared cache.
        await admin.ok(query);
        expect(spy).toHaveBeenCalledTimes(2);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('operations endpoints', () => {
    it('/health answers 200 with the database, migrations and jobs up', async () => {
      const res = await request(api.server).get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        status: 'ok',
        checks: { database: { status: 'up' }, migrations: { status: 'up' }, jobs: { status: 'up' } },
      });
    });

    it('/metrics answers Prometheus text with the HTTP request durations, GraphQL included', async () => {
      await admin.ok('{ me { id } }');
      const res = await request(api.server).get('/metrics');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toContain('# TYPE relais_http_request_duration_seconds histogram');
      expect(res.text).toMatch(
        /relais_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="2xx"\} [1-9]/,
      );
    });

    it('gives every response an x-request-id, and echoes a valid one the client sent', async () => {
      const responses = {
        health: await request(api.server).get('/health'),
        metrics: await request(api.server).get('/metrics'),
        graphql: await request(api.server)
          .post('/graphql')
          .set('Content-Type', 'application/json')
          .send({ query: ME }),
        csrfRefused: await request(api.server).post('/graphql').set('Content-Type', 'text/plain').send('{}'),
        malformedJson: await request(api.server)
          .post('/graphql')
          .set('Content-Type', 'application/json')
          .send('{'),
        unknownPage: await request(api.server).get('/no/such/page'),
      };
      const ids = Object.fromEntries(
        Object.entries(responses).map(([name, res]) => [name, res.headers['x-request-id']]),
      );
      for (const name of Object.keys(responses)) {
        expect({ name, id: ids[name] }).toEqual({ name, id: expect.stringMatching(UUID) });
      }
      expect(new Set(Object.values(ids)).size).toBe(Object.keys(ids).length);

      const echoed = await request(api.server).get('/health').set('x-request-id', 'lb-7f3a.42_x');
      expect(echoed.headers['x-request-id']).toBe('lb-7f3a.42_x');
      const echoedByGraphql = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('x-request-id', 'trace-0001')
        .send({ query: ME });
      expect(echoedByGraphql.headers['x-request-id']).toBe('trace-0001');
      // A header that could forge log lines is replaced, not echoed.
      const forged = await request(api.server).get('/health').set('x-request-id', 'a b"c');
      expect(forged.headers['x-request-id']).toMatch(UUID);
    });
  });
});

describe('GraphQL complexity limit', () => {
  let api: TestApi;
  let admin: GraphqlClient;
  beforeAll(async () => {
    api = await startTestApi({ GRAPHQL_MAX_COMPLEXITY: '20' });
    admin = await api.signIn('admin@example.com');
  });
  afterAll(() => api.close());

  it('refuses a query within the depth limit but above the complexity limit, before any resolver runs', async () => {
    const page = jest.spyOn(api.app.get(UsersService), 'page');
    const roles = jest.spyOn(api.app.get(RolesRepository), 'rolesOf');
    try {
      const error = await firstError(admin, '{ users(first: 100) { nodes { id email roles } } }');
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
      expect(error.message).toMatch(/the limit is 20/);
      expect(page).not.toHaveBeenCalled();
      expect(roles).not.toHaveBeenCalled();
    } finally {
      page.mockRestore();
      roles.mockRestore();
    }
  });

  it('refuses costly mutations as a whole: none of them runs', async () => {
    const before = await tableSnapshot(api.db, IDENTITY_TABLES);
    const alias = (n: number) =>
      `a${n}: devSignIn(input: { email: "costly.${n}@example.com" }) { user { id email displayName } expiresAt }`;
    const error = await firstError(api.anonymous, `mutation { ${[1, 2, 3, 4].map(alias).join(' ')} }`);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(error.response.headers['set-cookie']).toBeUndefined();
    expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
  });

  it('runs cheap queries on the same api', async () => {
    expect((await admin.ok('{ me { email } }')).me.email).toBe('admin@example.com');
    // 1 + 2 × 2 = 5 points: the same field is fine with a small page.
    const small = await admin.ok('{ users(first: 2) { nodes { id } } }');
    expect(small.users.nodes).toHaveLength(1);
  });
});

describe('rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => api.close());

  it('refuses the 6th request of a session in a minute, whatever it asks, with RATE_LIMITED and Retry-After', async () => {
    // Two sign-ins: counted against the client address, not against either session.
    const first = await api.signIn('first@example.com');
    const second = await api.signIn('second@example.com');

    for (let i = 1; i <= 4; i++) {
      expect((await first.ok('{ me { email } }')).me.email).toBe('first@example.com');
    }
    // The 5th request asks for two top-level fields: still one request.
    expect(await first.ok('{ me { email } again: me { email } }')).toEqual({
      me: { email: 'first@example.com' },
      again: { email: 'first@example.com' },
    });

    // The 6th, another operation, shares the session's count and is refused before its resolver runs.
    const error = await firstError(first, 'mutation { logout }');
    expect(error.extensions).toEqual({ code: 'RATE_LIMITED' });
    expect(error.message).toMatch(/Wait a minute/);
    expect(Number(error.response.headers['retry-after'])).toBeGreaterThan(0);
    const live: Array<{ n: number }> = await api.db.query(
      `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE u.email = 'first@example.com' AND s.revoked_at IS NULL`,
    );
    expect(live[0]!.n).toBe(1);

    // Another session has its own count.
    expect((await second.ok('{ me { email } }')).me.email).toBe('second@example.com');
  });
});

describe('request size limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ REQUEST_BODY_LIMIT_KB: '1' });
  });
  afterAll(() => api.close());

  const signIn = (email: string, paddingBytes: number) => ({
    // A GraphQL comment: the padding changes the size and nothing else.
    query: `mutation { devSignIn(input: { email: "${email}" }) { expiresAt } }\n# ${'x'.repeat(paddingBytes)}`,
  });

  it('answers a body over REQUEST_BODY_LIMIT_KB with 413 and a JSON BAD_USER_INPUT error, changing nothing', async () => {
    const body = signIn('too.big@example.com', 4096);
    expect(JSON.stringify(body).length).toBeGreaterThan(4096);
    const res = await request(api.server).post('/graphql').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const errors = expectCleanErrors(res.body);
    expect(errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(errors[0]!.message).toMatch(/Send less data/);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(UUID);
    expect(await tableCounts(api.db, IDENTITY_TABLES)).toEqual({
      users: 0,
      role_assignments: 0,
      sessions: 0,
    });
  });

  it('accepts the same request under the limit', async () => {
    const res = await request(api.server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send(signIn('small.enough@example.com', 100));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(await tableCounts(api.db, ['users'])).toEqual({ users: 1 });
  });
});
