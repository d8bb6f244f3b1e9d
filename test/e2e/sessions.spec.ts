import { randomUUID } from 'node:crypto';
import { SESSION_COOKIE } from '@relais/identity';
import { DEV_SIGN_IN, GraphqlClient, GraphqlResponse, tableCounts, tableSnapshot } from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const IDENTITY_TABLES = ['users', 'role_assignments', 'sessions'];
const ME = '{ me { id email } }';
const LOGOUT = 'mutation { logout }';
const LOGOUT_EVERYWHERE = 'mutation { logoutEverywhere }';
const DEACTIVATE = 'mutation Deactivate($id: ID!) { deactivateUser(userId: $id) { id status } }';
const REACTIVATE = 'mutation Reactivate($id: ID!) { reactivateUser(userId: $id) { id status } }';
const GRANT = 'mutation Grant($input: RoleChangeInput!) { grantRole(input: $input) { id } }';
const REVOKE = 'mutation Revoke($input: RoleChangeInput!) { revokeRole(input: $input) { id } }';

let emailCounter = 0;
const freshEmail = (name: string) => `${name}.${++emailCounter}@example.com`;

/** The Set-Cookie header that clears the session cookie, if the response has one. */
function clearedSessionCookie(response: GraphqlResponse<unknown>): string | undefined {
  return ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`));
}

describe('sessions', () => {
  let api: TestApi;
  let admin: GraphqlClient;
  let adminId: string;

  const idOf = async (client: GraphqlClient): Promise<string> =>
    (await client.ok<{ me: { id: string } }>(ME)).me.id;
  const isSignedIn = async (client: GraphqlClient): Promise<boolean> =>
    (await client.ok<{ me: unknown }>(ME)).me !== null;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signIn('admin@example.com');
    adminId = await idOf(admin);
  });
  afterAll(() => api.close());

  describe('expiry', () => {
    it('ends a session at its expires_at: me is null and a private mutation is UNAUTHENTICATED', async () => {
      const person = await api.signIn(freshEmail('expiring'));
      const personId = await idOf(person);

      // Just before its expiry the session still works: the cut-off is expires_at, nothing else.
      await api.db.query(`UPDATE sessions SET expires_at = now() + interval '1 minute' WHERE user_id = $1`, [
        personId,
      ]);
      expect(await isSignedIn(person)).toBe(true);

      await api.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        personId,
      ]);
      expect(await person.ok(ME)).toEqual({ me: null });
      const error = await firstError(person, LOGOUT_EVERYWHERE);
      expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(error.message).toMatch(/Sign in and try again/);
    });
  });

  describe('logout', () => {
    it('revokes this session only and clears the cookie', async () => {
      const email = freshEmail('leaving');
      const laptop = await api.signIn(email);
      const phone = await api.signIn(email);
      const personId = await idOf(laptop);

      const response = await laptop.query<{ logout: boolean }>(LOGOUT);
      expect(response.data).toEqual({ logout: true });
      const cleared = clearedSessionCookie(response);
      expect(cleared).toBeDefined();
      expect(cleared).toMatch(/Path=\//);
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);

      // The same cookie, sent again, is worth nothing.
      expect(await laptop.ok(ME)).toEqual({ me: null });
      expect((await firstError(laptop, LOGOUT)).extensions?.code).toBe('UNAUTHENTICATED');
      // The person's other session is untouched.
      expect(await isSignedIn(phone)).toBe(true);
      const rows: Array<{ revoked: boolean }> = await api.db.query(
        'SELECT revoked_at IS NOT NULL AS revoked FROM sessions WHERE user_id = $1 ORDER BY revoked DESC',
        [personId],
      );
      expect(rows).toEqual([{ revoked: true }, { revoked: false }]);
    });
  });

  describe('logoutEverywhere', () => {
    it('ends every session of the person, returns how many, and leaves other people signed in', async () => {
      const email = freshEmail('everywhere');
      const first = await api.signIn(email);
      const second = await api.signIn(email);
      const someoneElse = await api.signIn(freshEmail('bystander'));

      const response = await first.query<{ logoutEverywhere: number }>(LOGOUT_EVERYWHERE);
      expect(response.data).toEqual({ logoutEverywhere: 2 });
      expect(clearedSessionCookie(response)).toBeDefined();

      expect(await isSignedIn(first)).toBe(false);
      expect(await isSignedIn(second)).toBe(false);
      expect(await isSignedIn(someoneElse)).toBe(true);
      expect(await isSignedIn(admin)).toBe(true);
    });
  });

  describe('deactivation', () => {
    it('ends every session of the person at once, refuses their sign-in, and reactivation lets them back', async () => {
      const email = freshEmail('departing');
      const desktop = await api.signIn(email);
      const tablet = await api.signIn(email);
      const personId = await idOf(desktop);

      const deactivated = await admin.ok(DEACTIVATE, { id: personId });
      expect(deactivated.deactivateUser).toEqual({ id: personId, status: 'deactivated' });

      // The very next request with either cookie is anonymous.
      expect(await desktop.ok(ME)).toEqual({ me: null });
      expect(await tablet.ok(ME)).toEqual({ me: null });
      expect((await firstError(tablet, LOGOUT)).extensions?.code).toBe('UNAUTHENTICATED');
      const live: Array<{ n: number }> = await api.db.query(
        'SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL',
        [personId],
      );
      expect(live[0]!.n).toBe(0);

      // Signing in again is refused, and opens no session.
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const refused = await firstError(api.anonymous, DEV_SIGN_IN, { input: { email } });
      expect(refused.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ACCOUNT_DEACTIVATED' });
      expect(refused.message).toMatch(/Contact your administrator/);
      expect(refused.response.headers['set-cookie']).toBeUndefined();
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);

      const reactivated = await admin.ok(REACTIVATE, { id: personId });
      expect(reactivated.reactivateUser).toEqual({ id: personId, status: 'active' });
      const back = await api.signIn(email);
      expect(await idOf(back)).toBe(personId);
      // Reactivation does not revive the sessions deactivation ended.
      expect(await isSignedIn(desktop)).toBe(false);
    });

    it('refuses to deactivate the last active admin with CONFLICT / LAST_ADMIN, changing nothing', async () => {
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const error = await firstError(admin, DEACTIVATE, { id: adminId });
      expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
      expect(await isSignedIn(admin)).toBe(true);
    });

    it('does not count a deactivated admin as the admin who remains', async () => {
      const email = freshEmail('second-admin');
      const secondAdmin = await api.signIn(email);
      const secondAdminId = await idOf(secondAdmin);
      await admin.ok(GRANT, { input: { userId: secondAdminId, role: 'ADMIN' } });
      await admin.ok(DEACTIVATE, { id: secondAdminId });

      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      const error = await firstError(admin, REVOKE, { input: { userId: adminId, role: 'ADMIN' } });
      expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
    });

    it('is FORBIDDEN to a member, NOT_FOUND for an unknown person, BAD_USER_INPUT for a malformed id', async () => {
      const member = await api.signIn(freshEmail('member'));
      const before = await tableSnapshot(api.db, IDENTITY_TABLES);
      expect((await firstError(member, DEACTIVATE, { id: adminId })).extensions?.code).toBe('FORBIDDEN');
      expect((await firstError(member, REACTIVATE, { id: adminId })).extensions?.code).toBe('FORBIDDEN');
      expect((await firstError(admin, DEACTIVATE, { id: randomUUID() })).extensions?.code).toBe('NOT_FOUND');
      expect((await firstError(admin, REACTIVATE, { id: randomUUID() })).extensions?.code).toBe('NOT_FOUND');
      expect((await firstError(admin, DEACTIVATE, { id: 'someone' })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect(await tableSnapshot(api.db, IDENTITY_TABLES)).toEqual(before);
    });
  });
});

describe('sessions in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production' });
  });
  afterAll(() => api.close());

  it('refuses the development sign-in with FORBIDDEN, creating no account, no session and no cookie', async () => {
    const error = await firstError(api.anonymous, DEV_SIGN_IN, {
      input: { email: 'ada.lovelace@example.com' },
    });
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', reason: 'DEV_SIGN_IN_DISABLED' });
    expect(error.message).toMatch(/single sign-on/);
    expect(error.response.headers['set-cookie']).toBeUndefined();
    expect(await tableCounts(api.db, IDENTITY_TABLES)).toEqual({
      users: 0,
      role_assignments: 0,
      sessions: 0,
    });
  });
});
