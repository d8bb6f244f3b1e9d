import { randomUUID } from 'node:crypto';
import { hashSessionToken, SESSION_COOKIE } from '@relais/identity';
import {
  DEV_SIGN_IN,
  GraphqlClient,
  GraphqlResponse,
  newUser,
  sessionTokenFrom,
  tableCounts,
  tableSnapshot,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const IDENTITY_TABLES = ['users', 'role_assignments', 'sessions'];

const ME = '{ me { id email displayName roles } }';
const GRANT = `mutation Grant($input: RoleChangeInput!) { grantRole(input: $input) { id roles } }`;
const REVOKE = `mutation Revoke($input: RoleChangeInput!) { revokeRole(input: $input) { id roles } }`;
const USERS_PAGE = `query Users($first: Int!, $after: String) {
  users(first: $first, after: $after) { nodes { id email } pageInfo { hasNextPage endCursor } }
}`;

interface SignInData {
  devSignIn: { user: { id: string; email: string }; expiresAt: string };
}

function setCookieHeaders(response: GraphqlResponse<unknown>): string[] {
  return ([] as string[]).concat(response.headers['set-cookie'] ?? []);
}

describe('identity over GraphQL', () => {
  let api: TestApi;
  let usersBeforeFirstSignIn: number;
  let firstSignIn: GraphqlResponse<SignInData>;
  let admin: GraphqlClient;
  let adminId: string;
  let member: GraphqlClient;
  let memberId: string;

  beforeAll(async () => {
    api = await startTestApi();
    usersBeforeFirstSignIn = (await tableCounts(api.db, ['users'])).users!;
    firstSignIn = await api.anonymous.query<SignInData>(DEV_SIGN_IN, {
      input: { email: 'ada.lovelace@example.com' },
    });
    admin = api.anonymous.as(sessionTokenFrom(firstSignIn.headers));
    adminId = firstSignIn.data!.devSignIn.user.id;
    member = await api.signIn('grace.hopper@example.com');
    memberId = (await member.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
  });
  afterAll(() => api.close());

  describe('development sign-in', () => {
    it('creates the first account of an empty organisation on first use, named after its e-mail, as ADMIN', async () => {
      expect(usersBeforeFirstSignIn).toBe(0);
      expect(firstSignIn.errors).toBeUndefined();
      const me = (await admin.ok(ME)).me;
      expect(me).toMatchObject({
        id: adminId,
        email: 'ada.lovelace@example.com',
        displayName: 'Ada Lovelace',
      });
      expect([...me.roles].sort()).toEqual(['ADMIN', 'MEMBER']);
    });

    it('makes the second account only a MEMBER', async () => {
      const me = (await member.ok(ME)).me;
      expect(me).toMatchObject({ email: 'grace.hopper@example.com', displayName: 'Grace Hopper' });
      expect(me.roles).toEqual(['MEMBER']);
    });

    it('finds the existing account on a later sign-in, whatever the e-mail’s case, and keeps its name', async () => {
      const before = await tableCounts(api.db, ['users', 'sessions']);
      const again = await api.signIn('Grace.Hopper@Example.COM', 'Someone Else');
      const me = (await again.ok(ME)).me;
      expect(me).toMatchObject({
        id: memberId,
        email: 'grace.hopper@example.com',
        displayName: 'Grace Hopper',
      });
      expect(await tableCounts(api.db, ['users', 'sessions'])).toEqual({
        users: before.users,
        sessions: before.sessions! + 1,
      });
    });

    it('uses the display name given when it creates an account', async () => {
      const client = await api.signIn('k.johnson@example.com', 'Katherine Johnson');
      expect((await client.ok(ME)).me.displayName).toBe('Katherine Johnson');
    });

    it('sets an HTTP-only, SameSite=Lax session cookie on Path=/, not Secure over http, expiring with the session', () => {
      const cookies = setCookieHeaders(firstSignIn).filter((c) => c.startsWith(`${SESSION_COOKIE}=`));
      expect(cookies).toHaveLength(1);
      const attributes = cookies[0]!
        .split(';')
        .slice(1)
        .map((part) => part.trim());
      const lower = attributes.map((a) => a.toLowerCase());
      expect(lower).toContain('httponly');
      expect(lower).toContain('samesite=lax');
      expect(lower).toContain('path=/');
      expect(lower).not.toContain('secure');
      const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='));
      expect(expires).toBeDefined();
      // The cookie's Expires has second precision; the session's expiry is the same instant.
      const cookieExpiry = new Date(expires!.slice('expires='.length)).getTime();
      const sessionExpiry = new Date(firstSignIn.data!.devSignIn.expiresAt).getTime();
      expect(Math.abs(cookieExpiry - sessionExpiry)).toBeLessThan(1000);
      expect(sessionExpiry).toBeGreaterThan(Date.now());
    });

    it('stores only a 32-byte SHA-256 of the cookie’s token, never the token itself', async () => {
      const token = sessionTokenFrom(firstSignIn.headers)!;
      const rows: Array<{ token_hash: Buffer }> = await api.db.query(
        'SELECT token_hash FROM sessions WHERE user_id = $1',
        [adminId],
      );
      expect(rows).toHaveLength(1);
      const stored = rows[0]!.token_hash;
      expect(stored).toHaveLength(32);
      expect(stored.equals(Buffer.from(token))).toBe(false);
      expect(stored.equals(hashSessionToken(token))).toBe(true);
      const clear: Array<{ n: number }> = await api.db.query(
        `SELECT count(*)::int AS n FROM sessions s
          WHERE s::text LIKE '%' || $1 || '%' OR encode(s.token_hash, 'escape') LIKE '%' || $1 || '%'`,
        [token],
      );
      expect(clear[0]!.n).toBe(0);
    });
  });

  describe('me', () => {
    it('is null when signed out, and when the cookie is not a live session', async () => {
      expect(await api.anonymous.ok(ME)).toEqual({ me: null });
      const forged = api.anonymous.as('A'.repeat(43));
      expect(await forged.ok(ME)).toEqual({ me: null });
    });
  });

  describe('roles', () => {
    it('lets an admin grant and revoke a role, recording who granted it', async () => {
      const granted = await admin.ok(GRANT, { input: { userId: memberId, role: 'COMMUNITY_MANAGER' } });
      expect([...granted.grantRole.roles].sort()).toEqual(['COMMUNITY_MANAGER', 'MEMBER']);
      const rows: Array<{ granted_by: string }> = await api.db.query(
        `SELECT granted_by FROM role_assignments WHERE user_id = $1 AND role = 'community_manager'`,
        [memberId],
      );
      expect(rows).toEqual([{ granted_by: adminId }]);
      // The person sees it on their next request: roles are read per request, not cached in the session.
      expect([...(await member.ok(ME)).me.roles].sort()).toEqual(['COMMUNITY_MANAGER', 'MEMBER']);

      const revoked = await admin.ok(REVOKE, { input: { userId: memberId, role: 'COMMUNITY_MANAGER' } });
      expect(revoked.revokeRole.roles).toEqual(['MEMBER']);
      expect((await member.ok(ME)).me.roles).toEqual(['MEMBER']);
    });

    it('refuses grantRole and revokeRole to a member with FORBIDDEN, changing nothing', async () => {
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      for (const [mutation, input] of [
        [GRANT, { userId: memberId, role: 'ADMIN' }],
        [REVOKE, { userId: adminId, role: 'ADMIN' }],
      ] as const) {
        const error = await firstError(member, mutation, { input });
        expect(error.extensions?.code).toBe('FORBIDDEN');
        expect(error.message).toMatch(/administrator/);
      }
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
    });

    it('refuses to revoke the last admin with CONFLICT / LAST_ADMIN, changing nothing', async () => {
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const error = await firstError(admin, REVOKE, { input: { userId: adminId, role: 'ADMIN' } });
      expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      expect(error.message).toMatch(/Make someone else an administrator first/);
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
      expect([...(await admin.ok(ME)).me.roles].sort()).toEqual(['ADMIN', 'MEMBER']);
    });

    it('lets an admin revoke the admin role while another active admin remains', async () => {
      const second = await newUser(api.db, { roles: [] });
      await admin.ok(GRANT, { input: { userId: second.id, role: 'ADMIN' } });
      const revoked = await admin.ok(REVOKE, { input: { userId: second.id, role: 'ADMIN' } });
      expect(revoked.revokeRole.roles).toEqual(['MEMBER']);
    });

    it('refuses to grant MEMBER (implied, not granted) with BAD_USER_INPUT, changing nothing', async () => {
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const error = await firstError(admin, GRANT, { input: { userId: memberId, role: 'MEMBER' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/choose one of/);
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
    });

    it('answers NOT_FOUND for a person who does not exist, changing nothing', async () => {
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const error = await firstError(admin, GRANT, { input: { userId: randomUUID(), role: 'AUDITOR' } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
    });

    it('answers BAD_USER_INPUT for a user id that is not an id', async () => {
      const error = await firstError(admin, GRANT, { input: { userId: 'grace', role: 'AUDITOR' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/userId must be a user id/);
    });
  });

  describe('users list', () => {
    it('walks every account exactly once, oldest first, page by page with first/after', async () => {
      // Eight people created at the very same instant: the id must break the tie between them.
      const sameInstant = new Date('2020-01-01T00:00:00.000Z');
      for (let i = 0; i < 8; i++) await newUser(api.db, { createdAt: sameInstant });
      for (let i = 0; i < 15; i++) await newUser(api.db);
      const expected: Array<{ id: string }> = await api.db.query(
        'SELECT id FROM users ORDER BY created_at, id',
      );
      expect(expected.length).toBeGreaterThan(20);

      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: {
          users: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
        } = await admin.ok(USERS_PAGE, { first: 7, after });
        pages += 1;
        const { nodes, pageInfo } = page.users;
        seen.push(...nodes.map((n) => n.id));
        expect(pageInfo.endCursor).toEqual(expect.any(String));
        if (!pageInfo.hasNextPage) {
          expect(nodes.length).toBeGreaterThan(0);
          break;
        }
        expect(nodes).toHaveLength(7);
        after = pageInfo.endCursor;
        expect(pages).toBeLessThan(20);
      }
      expect(pages).toBe(Math.ceil(expected.length / 7));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expected.map((row) => row.id));
    });

    it('says there is no next page when the last page is exactly full', async () => {
      const total = (await tableCounts(api.db, ['users'])).users!;
      const all = await admin.ok(USERS_PAGE, { first: total });
      expect(all.users.nodes).toHaveLength(total);
      expect(all.users.pageInfo.hasNextPage).toBe(false);
      const past = await admin.ok(USERS_PAGE, { first: 5, after: all.users.pageInfo.endCursor });
      expect(past.users).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it('refuses a malformed after cursor with BAD_USER_INPUT telling what to send', async () => {
      const forged = [
        'not-a-cursor',
        '!!!',
        // Well-formed base64url around a date and 36 characters that are not a uuid.
        Buffer.from(`2024-01-01T00:00:00.000Z|${'-'.repeat(36)}`).toString('base64url'),
        Buffer.from(`yesterday|${randomUUID()}`).toString('base64url'),
        // A date JavaScript accepts but PostgreSQL cannot store.
        Buffer.from(`-100000-01-01T00:00:00.000Z|${randomUUID()}`).toString('base64url'),
      ];
      for (const after of forged) {
        const error = await firstError(admin, USERS_PAGE, { first: 5, after });
        expect({ after, code: error.extensions?.code }).toEqual({ after, code: 'BAD_USER_INPUT' });
        expect(error.message).toMatch(/cursor returned by a previous page/);
      }
    });

    it('refuses a page size outside 1..100 with BAD_USER_INPUT', async () => {
      for (const first of [0, 101]) {
        const error = await firstError(admin, USERS_PAGE, { first });
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('is FORBIDDEN to a member and UNAUTHENTICATED when signed out', async () => {
      expect((await firstError(member, USERS_PAGE, { first: 5 })).extensions?.code).toBe('FORBIDDEN');
      expect((await firstError(api.anonymous, USERS_PAGE, { first: 5 })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });
});
