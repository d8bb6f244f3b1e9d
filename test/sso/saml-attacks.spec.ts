import { SESSION_COOKIE } from '@relais/identity';
import { GraphqlClient, tableSnapshot } from '@relais/testing';
import { freePort } from '../support/process';
import { startTestApi, TestApi } from '../support/test-api';
import {
  AssertionFields,
  b64,
  KeyPair,
  makeKeyPair,
  newId,
  requestIdFromRedirect,
  responseXml,
  RSA_SHA1,
  SHA1,
  signElement,
  signResponse,
} from './support/saml-forge';

/**
 * Responses crafted and signed in the test by a stand-in IdP whose certificate Relais trusts, and by an
 * attacker's key it does not. The first test proves a well-made response signs in; each other test changes
 * one thing and proves the response is refused and nothing is written: no account, no session, no role.
 */

const IDP = 'https://idp.test.example/saml';
const WRITTEN = ['users', 'sessions', 'role_assignments', 'saml_sessions', 'saml_assertions'];

describe('SAML responses that must be refused', () => {
  let api: TestApi;
  let base: string;
  let idpKey: KeyPair;
  let attackerKey: KeyPair;

  beforeAll(async () => {
    idpKey = makeKeyPair('stand-in-idp');
    attackerKey = makeKeyPair('attacker');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = await startTestApi(
      {
        PUBLIC_URL: base,
        SAML_ENTRY_POINT: 'https://idp.test.example/sso',
        SAML_IDP_CERTS: idpKey.certBase64,
        SAML_IDP_ENTITY_ID: IDP,
        SAML_SP_ENTITY_ID: 'relais',
        SAML_ROLE_MAP: 'relais-admins=admin',
        SAML_CLOCK_SKEW_SECONDS: '5',
        SAML_MAX_RESPONSE_KB: '64',
      },
      { port },
    );
  });
  afterAll(() => api?.close());

  const acs = () => `${base}/auth/saml/callback`;

  async function newRequestId(): Promise<string> {
    const res = await fetch(`${base}/auth/saml/login?returnTo=/welcome`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    return requestIdFromRedirect(res.headers.get('location')!);
  }

  function fieldsFor(inResponseTo: string | null, overrides: Partial<AssertionFields> = {}): AssertionFields {
    const now = Date.now();
    return {
      responseId: newId(),
      assertionId: newId(),
      inResponseTo,
      issuer: IDP,
      destination: acs(),
      recipient: acs(),
      audience: 'relais',
      nameId: 'dana@example.com',
      issueInstant: new Date(now - 1000),
      notBefore: new Date(now - 30_000),
      notOnOrAfter: new Date(now + 5 * 60_000),
      attributes: { email: ['dana@example.com'], displayName: ['Dana Leroy'], groups: ['relais-admins'] },
      ...overrides,
    };
  }

  /** A response the stand-in IdP signs correctly (assertion and response), answering a fresh request. */
  async function goodResponse(overrides: Partial<AssertionFields> = {}) {
    const f = fieldsFor(await newRequestId(), overrides);
    return { f, xml: signResponse(responseXml(f), f, { key: idpKey }) };
  }

  async function post(samlResponse: string, relayState = '/welcome') {
    return fetch(acs(), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ SAMLResponse: samlResponse, RelayState: relayState }).toString(),
    });
  }

  /** Posts the response and proves it was refused with this reason, leaving every table as it was. */
  async function expectRefused(samlResponse: string, reason: string | RegExp, status: number | RegExp = 401) {
    const before = await tableSnapshot(api.db, WRITTEN);
    const res = await post(samlResponse);
    const body = await res.text();
    if (typeof status === 'number') expect(res.status).toBe(status);
    else expect(String(res.status)).toMatch(status);
    expect(body).toMatch(typeof reason === 'string' ? `<code id="reason">${reason}</code>` : reason);
    expect(res.headers.getSetCookie().filter((c) => c.startsWith(`${SESSION_COOKIE}=`))).toEqual([]);
    expect(await tableSnapshot(api.db, WRITTEN)).toEqual(before);
  }

  const sessionCount = async () =>
    (await api.db.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM sessions'))[0]!.n;

  it('signs in with a well-made response (the control every refusal below differs from by one thing)', async () => {
    const { xml } = await goodResponse();
    const res = await post(b64(xml));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/welcome');
    const token = res.headers
      .getSetCookie()
      .map((c) => new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(c)?.[1])
      .find(Boolean);
    const { me } = await new GraphqlClient(api.server, token).ok('{ me { email displayName roles } }');
    expect(me).toEqual({ email: 'dana@example.com', displayName: 'Dana Leroy', roles: ['MEMBER', 'ADMIN'] });
  });

  describe('signatures', () => {
    it('refuses a response with no signature at all', async () => {
      const f = fieldsFor(await newRequestId());
      await expectRefused(b64(responseXml(f)), 'INVALID_RESPONSE');
    });

    it('refuses a signed response whose assertion is not signed', async () => {
      const f = fieldsFor(await newRequestId());
      await expectRefused(
        b64(signElement(responseXml(f), f.responseId, { key: idpKey })),
        'INVALID_RESPONSE',
      );
    });

    it('refuses a signed assertion in an unsigned response', async () => {
      const f = fieldsFor(await newRequestId());
      await expectRefused(
        b64(signElement(responseXml(f), f.assertionId, { key: idpKey })),
        'INVALID_RESPONSE',
      );
    });

    it('refuses a response signed by an unknown key', async () => {
      const f = fieldsFor(await newRequestId());
      const xml = signResponse(responseXml(f), f, { key: attackerKey, keyInfoCert: null });
      await expectRefused(b64(xml), 'INVALID_RESPONSE');
    });

    it('refuses a response whose KeyInfo carries a certificate other than the configured one', async () => {
      const f = fieldsFor(await newRequestId());
      const xml = signResponse(responseXml(f), f, { key: attackerKey, keyInfoCert: attackerKey });
      await expectRefused(b64(xml), 'INVALID_RESPONSE');
    });

    it('refuses a response signed with SHA-1, even by the trusted key', async () => {
      const f = fieldsFor(await newRequestId());
      const xml = signResponse(responseXml(f), f, {
        key: idpKey,
        signatureAlgorithm: RSA_SHA1,
        digestAlgorithm: SHA1,
      });
      await expectRefused(b64(xml), 'WEAK_ALGORITHM');
      // A SHA-256 signature over SHA-1 digests is refused as well.
      const g = fieldsFor(await newRequestId());
      await expectRefused(
        b64(signResponse(responseXml(g), g, { key: idpKey, digestAlgorithm: SHA1 })),
        'WEAK_ALGORITHM',
      );
    });

    it('refuses a signed response whose content was changed after signing', async () => {
      const { xml } = await goodResponse();
      await expectRefused(
        b64(xml.replace('dana@example.com</saml:NameID>', 'admin@example.com</saml:NameID>')),
        'INVALID_RESPONSE',
      );
    });
  });

  describe('signature wrapping', () => {
    /** A forged assertion for the admin, unsigned, with the given ID. */
    const forged = (f: AssertionFields, id = newId()) =>
      /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(
        responseXml({
          ...f,
          assertionId: id,
          nameId: 'admin@example.com',
          attributes: { email: ['admin@example.com'] },
        }),
      )![0];
    const signedAssertionOf = (xml: string) => /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(xml)![0];

    it('refuses a forged assertion placed beside the signed one', async () => {
      const { f, xml } = await goodResponse();
      await expectRefused(
        b64(xml.replace('<saml:Assertion ', `${forged(f)}<saml:Assertion `)),
        'INVALID_RESPONSE',
      );
    });

    it('refuses the signed assertion moved inside a forged one', async () => {
      const { f, xml } = await goodResponse();
      const inner = signedAssertionOf(xml);
      const wrapper = forged(f).replace(
        '</saml:Subject>',
        `</saml:Subject><saml:Advice>${inner}</saml:Advice>`,
      );
      await expectRefused(b64(xml.replace(inner, wrapper)), 'INVALID_RESPONSE');
    });

    it('refuses a forged assertion carrying the signed one’s ID (the signature must point at one element)', async () => {
      const { f, xml } = await goodResponse();
      const inner = signedAssertionOf(xml);
      const replaced = xml
        .replace(inner, `${forged(f, f.assertionId)}`)
        .replace('</samlp:Status>', `</samlp:Status><samlp:Extensions>${inner}</samlp:Extensions>`);
      await expectRefused(b64(replaced), 'INVALID_RESPONSE');
    });

    it('refuses the assertion signature moved onto a forged assertion', async () => {
      const { f, xml } = await goodResponse();
      const signature = /<ds:Signature[\s\S]*?<\/ds:Signature>/.exec(signedAssertionOf(xml))![0];
      const forgedSigned = forged(f).replace('</saml:Issuer>', `</saml:Issuer>${signature}`);
      await expectRefused(b64(xml.replace(signedAssertionOf(xml), forgedSigned)), 'INVALID_RESPONSE');
    });

    it('refuses the whole signed response wrapped in a forged one that copies its signature', async () => {
      const { f, xml } = await goodResponse();
      const responseSignature = /<\/saml:Issuer>(<ds:Signature[\s\S]*?<\/ds:Signature>)<samlp:Status>/.exec(
        xml,
      )![1]!;
      const outerFields = { ...f, responseId: newId(), nameId: 'admin@example.com' };
      const outer = responseXml(outerFields)
        .replace(
          `${IDP}</saml:Issuer><samlp:Status>`,
          `${IDP}</saml:Issuer>${responseSignature}<samlp:Status>`,
        )
        .replace(
          '</samlp:Status>',
          `</samlp:Status><samlp:Extensions>${xml.replace(/^<\?xml[^>]*>/, '')}</samlp:Extensions>`,
        );
      await expectRefused(b64(outer), 'INVALID_RESPONSE');
    });

    it('refuses a comment inside the NameID that would cut admin@example.com<!---->.evil.com short', async () => {
      const f = fieldsFor(await newRequestId(), {
        nameId: 'admin@example.com.evil.com',
        attributes: { email: ['admin@example.com.evil.com'] },
      });
      // Exclusive C14N drops comments, so the signature stays valid after the comment is added.
      const signed = signResponse(responseXml(f), f, { key: idpKey });
      const xml = signed.replace(
        'admin@example.com.evil.com</saml:NameID>',
        'admin@example.com<!---->.evil.com</saml:NameID>',
      );
      await expectRefused(b64(xml), 'COMMENT_FORBIDDEN');
    });
  });

  describe('conditions', () => {
    it('refuses a wrong audience', async () => {
      const { xml } = await goodResponse({ audience: 'some-other-sp' });
      await expectRefused(b64(xml), 'INVALID_RESPONSE');
    });

    it('refuses a wrong Destination', async () => {
      const { xml } = await goodResponse({ destination: 'https://other-sp.example/acs' });
      await expectRefused(b64(xml), 'WRONG_DESTINATION');
    });

    it('refuses a wrong Recipient', async () => {
      const { xml } = await goodResponse({ recipient: 'https://other-sp.example/acs' });
      await expectRefused(b64(xml), 'WRONG_RECIPIENT');
    });

    it('refuses an assertion from another issuer, even signed by the trusted key', async () => {
      const { xml } = await goodResponse({ issuer: 'https://other-idp.example' });
      await expectRefused(b64(xml), 'WRONG_ISSUER');
    });

    it('refuses an expired assertion (NotOnOrAfter past, beyond the clock skew)', async () => {
      const now = Date.now();
      const { xml } = await goodResponse({
        issueInstant: new Date(now - 10 * 60_000),
        notBefore: new Date(now - 10 * 60_000),
        notOnOrAfter: new Date(now - 10_000),
      });
      await expectRefused(b64(xml), 'INVALID_RESPONSE');
    });

    it('refuses an assertion not valid yet (NotBefore in the future, beyond the clock skew)', async () => {
      const { xml } = await goodResponse({ notBefore: new Date(Date.now() + 60_000) });
      await expectRefused(b64(xml), 'INVALID_RESPONSE');
    });
  });

  describe('InResponseTo and replay', () => {
    it('refuses a response to a request we never made', async () => {
      const f = fieldsFor(newId());
      await expectRefused(b64(signResponse(responseXml(f), f, { key: idpKey })), 'INVALID_RESPONSE');
    });

    it('refuses an unsolicited (IdP-initiated) response, which has no InResponseTo', async () => {
      const f = fieldsFor(null);
      await expectRefused(b64(signResponse(responseXml(f), f, { key: idpKey })), 'INVALID_RESPONSE');
    });

    it('refuses the same response posted twice: the first signs in, the second is refused', async () => {
      const { xml } = await goodResponse();
      const sessions = await sessionCount();
      expect((await post(b64(xml))).status).toBe(303);
      expect(await sessionCount()).toBe(sessions + 1);
      // node-saml no longer finds the request among the live ones.
      await expectRefused(b64(xml), 'INVALID_RESPONSE');
    });

    it('refuses a second response to an answered request (reused InResponseTo)', async () => {
      const { f, xml } = await goodResponse();
      expect((await post(b64(xml))).status).toBe(303);
      const second = { ...f, responseId: newId(), assertionId: newId() };
      await expectRefused(
        b64(signResponse(responseXml(second), second, { key: idpKey })),
        'INVALID_RESPONSE',
      );
    });

    it('accepts one of two responses to the same request arriving at the same moment', async () => {
      const { f, xml } = await goodResponse();
      const other = { ...f, responseId: newId(), assertionId: newId() };
      const sessions = await sessionCount();
      const answers = await Promise.all([
        post(b64(xml)),
        post(b64(signResponse(responseXml(other), other, { key: idpKey }))),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([303, 401]);
      expect(await sessionCount()).toBe(sessions + 1);
    });

    it('refuses an assertion already used, even answering a fresh request', async () => {
      const { f, xml } = await goodResponse();
      expect((await post(b64(xml))).status).toBe(303);
      const replay = { ...f, responseId: newId(), inResponseTo: await newRequestId() };
      await expectRefused(
        b64(signResponse(responseXml(replay), replay, { key: idpKey })),
        'ASSERTION_REPLAYED',
      );
    });

    it('validates InResponseTo against PostgreSQL, so a request issued by another api process is accepted', async () => {
      // Another process issued this request: it exists only in the shared table, not in this process.
      const requestId = newId();
      await api.db.query(
        `INSERT INTO saml_requests (id, created_at, expires_at) VALUES ($1, now(), now() + interval '10 minutes')`,
        [requestId],
      );
      const f = fieldsFor(requestId);
      expect((await post(b64(signResponse(responseXml(f), f, { key: idpKey })))).status).toBe(303);
      const rows = await api.db.query(
        'SELECT consumed_at IS NOT NULL AS used FROM saml_requests WHERE id = $1',
        [requestId],
      );
      expect(rows).toEqual([{ used: true }]);
    });

    it('refuses a response to a request past its expiry', async () => {
      const requestId = await newRequestId();
      await api.db.query(`UPDATE saml_requests SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        requestId,
      ]);
      const f = fieldsFor(requestId);
      await expectRefused(b64(signResponse(responseXml(f), f, { key: idpKey })), 'INVALID_RESPONSE');
    });
  });

  describe('the message itself', () => {
    it('refuses a DOCTYPE with an external entity before parsing it', async () => {
      const { xml } = await goodResponse();
      const evil = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${xml.replace('Dana Leroy', '&x;')}`;
      await expectRefused(b64(evil), 'DTD_FORBIDDEN');
    });

    it('refuses an internal entity declaration (entity expansion) too', async () => {
      const { xml } = await goodResponse();
      await expectRefused(b64(`<!DOCTYPE r [<!ENTITY a "aaaaaaaa">]>${xml}`), 'DTD_FORBIDDEN');
    });

    it('refuses an oversized response without reading it as XML, and a body far over the limit', async () => {
      const { xml } = await goodResponse();
      const padded = xml.replace('</samlp:Response>', `<!--${'x'.repeat(70 * 1024)}--></samlp:Response>`);
      await expectRefused(b64(padded), 'RESPONSE_TOO_LARGE', 413);
      await expectRefused('A'.repeat(2 * 1024 * 1024), 'RESPONSE_TOO_LARGE', 413);
    });

    it('refuses something that is not base64, and a missing SAMLResponse', async () => {
      await expectRefused('<samlp:Response/>', 'NOT_BASE64', 400);
      const before = await tableSnapshot(api.db, WRITTEN);
      const res = await fetch(acs(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'RelayState=%2F',
      });
      expect(res.status).toBe(400);
      expect(await tableSnapshot(api.db, WRITTEN)).toEqual(before);
    });
  });

  describe('returnTo', () => {
    it('never sends the person to another host after a valid response', async () => {
      for (const relayState of [
        'https://evil.example/',
        '//evil.example/x',
        '/\\evil.example',
        'http:evil.example',
      ]) {
        const { xml } = await goodResponse();
        const res = await post(b64(xml), relayState);
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe('/');
      }
    });

    it('ignores a RelayState in the login query: the checked returnTo is what goes to the IdP', async () => {
      const res = await fetch(
        `${base}/auth/saml/login?returnTo=//evil.example&RelayState=https://evil.example`,
        {
          redirect: 'manual',
        },
      );
      expect(new URL(res.headers.get('location')!).searchParams.get('RelayState')).toBe('/');
    });
  });
});
