import { SessionsService } from '@relais/identity';
import { GraphqlClient, newContentCommunity, newUser, tableSnapshot } from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { makeKeyPair } from './support/saml-forge';

/**
 * SCIM 2.0 as the identity providers call it: each test replays the requests Entra ID or Okta send (bodies as
 * their documentation shows them) and checks what Relais then holds: the account, its roles from group
 * membership, and, after deactivation, no live session while the account itself stays.
 */

const TOKEN = 'scim-test-token-0123456789-abcdefghijklmnop';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const ME = '{ me { id email roles } }';

describe('SCIM 2.0 provisioning', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      SCIM_TOKEN: TOKEN,
      SAML_ENTRY_POINT: 'https://idp.test.example/sso',
      SAML_IDP_CERTS: makeKeyPair('scim-idp').certBase64,
      // Entra ID maps by the group's object id (its externalId), Okta by name.
      SAML_ROLE_MAP: '5e2f9a7c-1111-4c3b-9d2e-000000000001=admin,Relais Comms=comms_reviewer',
    });
  });
  afterAll(() => api?.close());

  async function scim(method: string, path: string, body?: unknown, token: string | null = TOKEN) {
    const res = await fetch(
      `http://127.0.0.1:${(api.server.address() as { port: number }).port}/scim/v2${path}`,
      {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
    );
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text ? (JSON.parse(text) as Record<string, any>) : undefined,
    };
  }

  /** A session of this person, as SSO would open it, and a client carrying it. */
  async function sessionOf(userId: string): Promise<GraphqlClient> {
    const opened = await api.app.get(SessionsService).open(userId, 'saml', {});
    return new GraphqlClient(api.server, opened.token);
  }

  const liveSessions = async (userId: string) =>
    (
      await api.db.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()',
        [userId],
      )
    )[0]!.n;

  describe('as Entra ID calls it', () => {
    it('looks up, creates, updates, puts in a group (role), deactivates and deletes a person', async () => {
      const userName = 'alex.wilber@contoso.example';
      // 1. Entra ID first asks whether the person exists.
      const lookup = await scim('GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
      expect(lookup.status).toBe(200);
      expect(lookup.headers.get('content-type')).toMatch(/^application\/scim\+json/);
      expect(lookup.body).toMatchObject({ totalResults: 0, Resources: [] });

      // 2. Creates them.
      const created = await scim('POST', '/Users', {
        schemas: [USER, ENTERPRISE],
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        userName,
        active: true,
        emails: [{ primary: true, type: 'work', value: 'Alex.Wilber@contoso.example' }],
        meta: { resourceType: 'User' },
        name: { formatted: 'Alex Wilber', familyName: 'Wilber', givenName: 'Alex' },
        title: 'Marketing Assistant',
        preferredLanguage: 'en-US',
        [ENTERPRISE]: { department: 'Marketing' },
        roles: [],
      });
      expect(created.status).toBe(201);
      const id = created.body!.id as string;
      expect(created.headers.get('location')).toMatch(new RegExp(`/scim/v2/Users/${id}$`));
      expect(created.body).toMatchObject({
        schemas: [USER, ENTERPRISE],
        userName,
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        active: true,
        displayName: 'Alex Wilber',
        emails: [{ value: 'alex.wilber@contoso.example', type: 'work', primary: true }],
        title: 'Marketing Assistant',
        preferredLanguage: 'en',
        [ENTERPRISE]: { department: 'Marketing' },
        meta: { resourceType: 'User' },
      });

      // 3. Finds them by userName (any case) and by externalId.
      const found = await scim(
        'GET',
        `/Users?filter=${encodeURIComponent('userName eq "ALEX.WILBER@contoso.example"')}`,
      );
      expect(found.body).toMatchObject({
        totalResults: 1,
        itemsPerPage: 1,
        startIndex: 1,
        Resources: [{ id }],
      });
      const byExternal = await scim(
        'GET',
        `/Users?filter=${encodeURIComponent('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"')}`,
      );
      expect(byExternal.body!.Resources.map((r: { id: string }) => r.id)).toEqual([id]);

      // 4. Attribute updates, one operation per attribute.
      const patched = await scim('PATCH', `/Users/${id}`, {
        schemas: [PATCH_OP],
        Operations: [
          { op: 'Replace', path: 'emails[type eq "work"].value', value: 'alex.w@contoso.example' },
          { op: 'Replace', path: 'displayName', value: 'Alex W.' },
          { op: 'Add', path: `${ENTERPRISE}:department`, value: 'Retail' },
          { op: 'Add', path: 'addresses[type eq "work"].locality', value: 'Paris' },
          { op: 'Remove', path: 'title' },
        ],
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        displayName: 'Alex W.',
        emails: [{ value: 'alex.w@contoso.example' }],
        [ENTERPRISE]: { department: 'Retail' },
        addresses: [{ locality: 'Paris' }],
      });
      expect(patched.body).not.toHaveProperty('title');

      // 5. Group push: the group's object id is in SAML_ROLE_MAP, so membership makes the person admin.
      const noGroup = await scim(
        'GET',
        `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Relais Admins"')}`,
      );
      expect(noGroup.body).toMatchObject({ totalResults: 0 });
      const group = await scim('POST', '/Groups', {
        schemas: [GROUP],
        externalId: '5e2f9a7c-1111-4c3b-9d2e-000000000001',
        displayName: 'Relais Admins',
        meta: { resourceType: 'Group' },
      });
      expect(group.status).toBe(201);
      const groupId = group.body!.id as string;
      const add = await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [
          { name: 'addMember', op: 'Add', path: 'members', value: [{ displayName: 'Alex W.', value: id }] },
        ],
      });
      expect(add.status).toBe(204);
      const client = await sessionOf(id);
      expect((await client.ok(ME)).me.roles).toEqual(['MEMBER', 'ADMIN']);
      expect((await scim('GET', `/Groups/${groupId}`)).body).toMatchObject({
        displayName: 'Relais Admins',
        members: [{ value: id, display: 'Alex W.' }],
      });

      const remove = await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [{ name: 'removeMember', op: 'Remove', path: 'members', value: [{ value: id }] }],
      });
      expect(remove.status).toBe(204);
      expect((await client.ok(ME)).me.roles).toEqual(['MEMBER']);

      // 6. Disabling (Entra ID has sent the value as the string "False"). What they wrote before stays.
      const team = await newContentCommunity(api.db, { visibility: 'open', members: [{ userId: id }] });
      const { createPost } = await client.ok<{ createPost: { id: string } }>(
        'mutation P($c: ID!) { createPost(input: { communityId: $c, body: "Passation : la doc est dans le wiki." }) { id } }',
        { c: team.id },
      );
      const second = await sessionOf(id);
      expect(await liveSessions(id)).toBe(2);
      const disabled = await scim('PATCH', `/Users/${id}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
      });
      expect(disabled.status).toBe(200);
      expect(disabled.body).toMatchObject({ active: false });
      expect(await liveSessions(id)).toBe(0);
      expect((await client.ok(ME)).me).toBeNull();
      expect((await second.ok(ME)).me).toBeNull();
      const colleague = await sessionOf((await newUser(api.db, { email: 'colleague@contoso.example' })).id);
      const POST =
        'query P($id: ID!) { post(id: $id) { bodyHtml author { id displayName formerEmployee } } }';
      expect((await colleague.ok(POST, { id: createPost.id })).post).toEqual({
        bodyHtml: '<p>Passation : la doc est dans le wiki.</p>',
        author: { id, displayName: expect.any(String), formerEmployee: true },
      });

      // 7. Deleting the user: deactivated, and the account (with what they wrote) stays.
      await scim('PATCH', `/Users/${id}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'Replace', path: 'active', value: true }],
      });
      const third = await sessionOf(id);
      expect((await third.ok(ME)).me).not.toBeNull();
      const deleted = await scim('DELETE', `/Users/${id}`);
      expect(deleted.status).toBe(204);
      expect((await third.ok(ME)).me).toBeNull();
      const rows = await api.db.query('SELECT email, status FROM users WHERE id = $1', [id]);
      expect(rows).toEqual([{ email: 'alex.w@contoso.example', status: 'deactivated' }]);
      expect((await scim('GET', `/Users/${id}`)).body).toMatchObject({ active: false });
    });
  });

  describe('as Okta calls it', () => {
    it('looks up with pagination, creates, replaces, pushes a group, deactivates with a value object and reactivates', async () => {
      const userName = 'isabelle.morel@okta.example';
      const lookup = await scim(
        'GET',
        `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}&startIndex=1&count=100`,
      );
      expect(lookup.body).toMatchObject({ totalResults: 0, startIndex: 1, itemsPerPage: 0 });

      const created = await scim('POST', '/Users', {
        schemas: [USER],
        userName,
        name: { givenName: 'Isabelle', familyName: 'Morel' },
        emails: [{ primary: true, value: userName, type: 'work' }],
        displayName: 'Isabelle Morel',
        locale: 'fr-FR',
        externalId: '00ujl29u0le5T6Aj10h7',
        groups: [],
        password: '1mz050nq',
        active: true,
      });
      expect(created.status).toBe(201);
      const id = created.body!.id as string;
      expect(created.body).toMatchObject({
        userName,
        displayName: 'Isabelle Morel',
        preferredLanguage: 'fr',
        active: true,
      });
      expect(JSON.stringify(created.body)).not.toContain('1mz050nq');

      // Profile push: the whole resource.
      const replaced = await scim('PUT', `/Users/${id}`, {
        schemas: [USER],
        id,
        userName,
        name: { givenName: 'Isabelle', familyName: 'Morel-Dubois' },
        emails: [{ primary: true, value: userName, type: 'work' }],
        displayName: 'Isabelle Morel-Dubois',
        title: 'Responsable communication',
        active: true,
      });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({
        displayName: 'Isabelle Morel-Dubois',
        title: 'Responsable communication',
      });

      // Group push by name.
      const group = await scim('POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'Relais Comms',
        members: [],
      });
      const groupId = group.body!.id as string;
      const add = await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'add', path: 'members', value: [{ value: id, display: userName }] }],
      });
      expect(add.status).toBe(204);
      const client = await sessionOf(id);
      expect((await client.ok(ME)).me.roles).toEqual(['MEMBER', 'COMMS_REVIEWER']);

      // A rename to a name the map does not know takes the role away; renaming back gives it again.
      await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'replace', value: { id: groupId, displayName: 'Former Comms' } }],
      });
      expect((await client.ok(ME)).me.roles).toEqual(['MEMBER']);
      await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'replace', value: { id: groupId, displayName: 'Relais Comms' } }],
      });
      expect((await client.ok(ME)).me.roles).toEqual(['MEMBER', 'COMMS_REVIEWER']);

      const list = await scim('GET', '/Groups?startIndex=1&count=100');
      expect(list.body!.Resources.map((g: { displayName: string }) => g.displayName)).toContain(
        'Relais Comms',
      );

      const removeByFilter = await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'remove', path: `members[value eq "${id}"]` }],
      });
      expect(removeByFilter.status).toBe(204);
      expect((await client.ok(ME)).me.roles).toEqual(['MEMBER']);

      // Deactivation: a value object without a path.
      const deactivated = await scim('PATCH', `/Users/${id}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'replace', value: { active: false } }],
      });
      expect(deactivated.body).toMatchObject({ active: false });
      expect(await liveSessions(id)).toBe(0);
      expect((await client.ok(ME)).me).toBeNull();

      const reactivated = await scim('PATCH', `/Users/${id}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'replace', value: { active: true } }],
      });
      expect(reactivated.body).toMatchObject({ active: true });
      // Reactivation opens nothing by itself: the old sessions stay ended.
      expect(await liveSessions(id)).toBe(0);
    });
  });

  describe('pagination', () => {
    it('pages with startIndex and count, totalResults counting everyone', async () => {
      const all = await scim('GET', '/Users?count=0');
      const total = all.body!.totalResults as number;
      expect(all.body).toMatchObject({ itemsPerPage: 0, Resources: [] });
      for (let i = 0; i < 3; i++) await newUser(api.db);
      const first = await scim('GET', '/Users?startIndex=1&count=2');
      const second = await scim('GET', '/Users?startIndex=3&count=2');
      expect(first.body).toMatchObject({ totalResults: total + 3, startIndex: 1, itemsPerPage: 2 });
      expect(second.body).toMatchObject({ startIndex: 3 });
      const ids = [...first.body!.Resources, ...second.body!.Resources].map((r: { id: string }) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe('errors, in SCIM’s shape, changing nothing', () => {
    const TABLES = ['users', 'sessions', 'role_assignments', 'scim_groups', 'scim_group_members'];

    it.each([
      ['no token', null, 401],
      ['a wrong token', 'scim-test-token-0123456789-abcdefghijklmnoX', 401],
      ['a token of another length', 'short', 401],
    ])('refuses %s with 401', async (_what, token, status) => {
      const before = await tableSnapshot(api.db, TABLES);
      const res = await scim('POST', '/Users', { schemas: [USER], userName: 'eve@example.com' }, token);
      expect(res.status).toBe(status);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.body).toEqual({ schemas: [ERROR], status: '401', detail: expect.any(String) });
      expect(await tableSnapshot(api.db, TABLES)).toEqual(before);
    });

    it('answers 404 for an unknown user or group', async () => {
      for (const path of [
        '/Users/6d0c5e1e-7d59-4a2b-8c1e-3e4b5a6c7d8e',
        '/Users/not-an-id',
        '/Groups/6d0c5e1e-7d59-4a2b-8c1e-3e4b5a6c7d8e',
      ]) {
        const res = await scim('GET', path);
        expect(res.status).toBe(404);
        expect(res.body).toMatchObject({ schemas: [ERROR], status: '404' });
      }
    });

    it('refuses a duplicate userName with 409 uniqueness', async () => {
      const body = {
        schemas: [USER],
        userName: 'dup@example.com',
        emails: [{ value: 'dup@example.com', primary: true }],
      };
      expect((await scim('POST', '/Users', body)).status).toBe(201);
      const before = await tableSnapshot(api.db, TABLES);
      const again = await scim('POST', '/Users', body);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
      expect(await tableSnapshot(api.db, TABLES)).toEqual(before);
    });

    it('refuses filters it does not support with 400 invalidFilter, and bad bodies with 400', async () => {
      const filter = await scim('GET', `/Users?filter=${encodeURIComponent('userName sw "a"')}`);
      expect(filter.body).toMatchObject({ status: '400', scimType: 'invalidFilter' });
      const before = await tableSnapshot(api.db, TABLES);
      const noUserName = await scim('POST', '/Users', {
        schemas: [USER],
        emails: [{ value: 'x@example.com' }],
      });
      expect(noUserName.body).toMatchObject({ status: '400', scimType: 'invalidValue' });
      const badActive = await scim('POST', '/Users', {
        schemas: [USER],
        userName: 'y@example.com',
        active: 'maybe',
      });
      expect(badActive.body).toMatchObject({ status: '400', scimType: 'invalidValue' });
      const unknownMember = await scim('POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'G',
        members: [{ value: '6d0c5e1e-7d59-4a2b-8c1e-3e4b5a6c7d8e' }],
      });
      expect(unknownMember.body).toMatchObject({ status: '400', scimType: 'invalidValue' });
      const notJson = await fetch(
        `http://127.0.0.1:${(api.server.address() as { port: number }).port}/scim/v2/Users`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/scim+json' },
          body: '{"userName":',
        },
      );
      expect(notJson.status).toBe(400);
      expect(await notJson.json()).toMatchObject({ schemas: [ERROR], scimType: 'invalidSyntax' });
      expect(await tableSnapshot(api.db, TABLES)).toEqual(before);
    });
  });
});

describe('SCIM without a token configured', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('answers 404 on every route, whatever the token', async () => {
    const port = (api.server.address() as { port: number }).port;
    const res = await fetch(`http://127.0.0.1:${port}/scim/v2/Users`, {
      headers: { authorization: 'Bearer anything-at-all' },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ schemas: [ERROR], status: '404' });
  });
});
