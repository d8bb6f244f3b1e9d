import { SESSION_COOKIE } from '@relais/identity';
import { GraphqlClient, tableCounts } from '@relais/testing';
import { readForm, TestBrowser } from './support/browser';
import { startSsoStack, SsoStack } from './support/sso-api';

const ME = '{ me { id email displayName department title location locale status roles } }';

/**
 * SP-initiated login against a real IdP (SimpleSAMLphp), over HTTP as a browser does it: Relais redirects to
 * the IdP, the person types their password, the IdP posts a signed response to the ACS, Relais opens a session
 * and sends the person to where they were going.
 */
describe('SAML login with a real IdP', () => {
  let sso: SsoStack;
  beforeAll(async () => {
    sso = await startSsoStack();
  });
  afterAll(() => sso?.close());

  /** Logs in through the IdP's form; returns the browser and the ACS's answer. */
  async function login(username: string, returnTo = '/communities?tab=mine', browser = new TestBrowser()) {
    const start = await browser.request(
      'GET',
      `${sso.base}/auth/saml/login?returnTo=${encodeURIComponent(returnTo)}`,
    );
    expect(start.status).toBe(302);
    expect(start.location).toMatch(new RegExp(`^${sso.idp.ssoUrl.replace(/[.?]/g, '\\$&')}\\?SAMLRequest=`));
    let page = await browser.get(start.location!);
    if (!page.body.includes('SAMLResponse')) {
      const form = readForm(page);
      expect(form.fields).toHaveProperty('AuthState');
      page = await browser.request('POST', form.action, {
        ...form.fields,
        username,
        password: `${username}-pass`,
      });
    }
    const post = readForm(page);
    expect(post.action).toBe(`${sso.base}/auth/saml/callback`);
    const acs = await browser.request('POST', post.action, post.fields);
    return { browser, acs };
  }

  const clientOf = (browser: TestBrowser) =>
    new GraphqlClient(sso.api.server, browser.cookie('127.0.0.1', SESSION_COOKIE));

  it('creates the person from the assertion, lands on returnTo, and me shows the mapped attributes and roles', async () => {
    const { browser, acs } = await login('alice');
    expect(acs.status).toBe(303);
    expect(acs.location).toBe(`${sso.base}/communities?tab=mine`);
    const setCookie = acs.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);

    const { me } = await clientOf(browser).ok(ME);
    expect(me).toEqual({
      id: expect.any(String),
      email: 'alice@example.com',
      displayName: 'Alice Martin',
      department: 'Engineering',
      title: 'Staff Engineer',
      location: 'Lyon',
      locale: 'en',
      status: 'active',
      roles: ['MEMBER', 'ADMIN', 'AUDITOR'],
    });
    const rows: Array<{ method: string; name_id: string; session_index: string | null }> =
      await sso.api.db.query(
        `SELECT s.method, ss.name_id, ss.session_index FROM sessions s JOIN saml_sessions ss ON ss.session_id = s.id
        WHERE s.user_id = $1`,
        [me.id],
      );
    expect(rows).toEqual([
      { method: 'saml', name_id: 'alice@example.com', session_index: expect.any(String) },
    ]);
  });

  it('maps a multi-valued groups attribute, and a second login reuses the IdP session and the same account', async () => {
    const first = await login('bob', '/');
    expect(first.acs.location).toBe(`${sso.base}/`);
    const me1 = (await clientOf(first.browser).ok(ME)).me;
    expect(me1).toMatchObject({ email: 'bob@example.com', roles: ['MEMBER', 'COMMUNITY_MANAGER'] });
    // locale was not sent: the default stays.
    expect(me1.locale).toBe('fr');

    const again = await login('bob', '/people/bob', first.browser);
    expect(again.acs.location).toBe(`${sso.base}/people/bob`);
    const me2 = (await clientOf(again.browser).ok(ME)).me;
    expect(me2.id).toBe(me1.id);
    const counts = await sso.api.db.query(
      `SELECT count(*)::int AS n FROM users WHERE email = 'bob@example.com'`,
    );
    expect(counts).toEqual([{ n: 1 }]);
  });

  it('updates the account at each login and revokes the mapped roles her groups no longer give', async () => {
    const { browser } = await login('carol');
    const carol = (await clientOf(browser).ok(ME)).me;
    expect(carol.roles).toEqual(['MEMBER', 'COMMS_REVIEWER']);
    // An admin renamed her in Relais and granted her roles by hand: one the IdP manages, one it does not.
    await sso.api.db.query(`UPDATE users SET display_name = 'Changed Here', title = NULL WHERE id = $1;`, [
      carol.id,
    ]);
    await sso.api.db.query(
      `INSERT INTO role_assignments (user_id, role) VALUES ($1, 'admin'), ($1, 'community_manager')`,
      [carol.id],
    );
    // admin is mapped (relais-admins) and carol is not in that group: revoked. community_manager is mapped
    // too (sales): revoked. comms_reviewer stays.
    const again = await login('carol', '/', new TestBrowser());
    const after = (await clientOf(again.browser).ok(ME)).me;
    expect(after).toMatchObject({
      displayName: 'Carol Petit',
      title: 'Editor',
      roles: ['MEMBER', 'COMMS_REVIEWER'],
    });
  });

  it('sends returnTo to another host, or to a scheme-relative URL, back to the app root instead', async () => {
    for (const returnTo of [
      'https://evil.example/steal',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const { acs } = await login('bob', returnTo, new TestBrowser());
      expect(acs.status).toBe(303);
      expect(acs.location).toBe(`${sso.base}/`);
    }
  });

  it('refuses a deactivated person: 403, no session, no cookie', async () => {
    const { browser } = await login('carol', '/', new TestBrowser());
    const carol = (await clientOf(browser).ok(ME)).me;
    await sso.api.db.query(`UPDATE users SET status = 'deactivated', deactivated_at = now() WHERE id = $1`, [
      carol.id,
    ]);
    const before = await tableCounts(sso.api.db, ['sessions']);
    const { acs } = await login('carol', '/', new TestBrowser());
    expect(acs.status).toBe(403);
    expect(acs.body).toContain('ACCOUNT_DEACTIVATED');
    expect(acs.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    expect(await tableCounts(sso.api.db, ['sessions'])).toEqual(before);
    await sso.api.db.query(`UPDATE users SET status = 'active', deactivated_at = NULL WHERE id = $1`, [
      carol.id,
    ]);
  });

  it('logs out: ends the Relais session at once, then single logout at the IdP brings the person back', async () => {
    const { browser } = await login('alice', '/');
    const client = clientOf(browser);
    expect((await client.ok(ME)).me).not.toBeNull();

    const logout = await browser.request('GET', `${sso.base}/auth/saml/logout`);
    expect(logout.status).toBe(303);
    expect(logout.location).toMatch(new RegExp(`^${sso.idp.sloUrl.replace(/[.?]/g, '\\$&')}\\?SAMLRequest=`));
    // The Relais session is over before the IdP is even asked.
    expect((await client.ok(ME)).me).toBeNull();
    expect(browser.cookie('127.0.0.1', SESSION_COOKIE)).toBeUndefined();

    // The IdP ends its session and answers with a signed LogoutResponse to our single-logout endpoint.
    let page = await browser.request('GET', logout.location!);
    while (page.location && !page.location.startsWith(`${sso.base}/auth/saml/logout/callback`)) {
      page = await browser.request('GET', page.location);
    }
    expect(page.location).toMatch(new RegExp(`^${sso.base}/auth/saml/logout/callback\\?SAMLResponse=`));
    const back = await browser.request('GET', page.location!);
    expect(back.status).toBe(303);
    expect(back.location).toBe(`${sso.base}/`);

    // The IdP session is gone too: the next login asks for the password again.
    const start = await browser.request('GET', `${sso.base}/auth/saml/login`);
    const form = readForm(await browser.get(start.location!));
    expect(form.fields).toHaveProperty('AuthState');
  });

  it('serves SP metadata with our entity id, ACS and single-logout endpoint', async () => {
    const res = await fetch(`${sso.base}/auth/saml/metadata`);
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toContain('entityID="relais"');
    expect(xml).toContain(`Location="${sso.base}/auth/saml/callback"`);
    expect(xml).toContain(`Location="${sso.base}/auth/saml/logout/callback"`);
    expect(xml).toContain('WantAssertionsSigned="true"');
    expect(xml).toContain('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
  });

  it('refuses the development sign-in while SAML is configured', async () => {
    const res = await sso.api.anonymous.query(
      'mutation { devSignIn(input: { email: "mallory@example.com" }) { user { id } } }',
    );
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'DEV_SIGN_IN_DISABLED' });
  });
});
