import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_SAML_ATTRIBUTES, SSO_ROLES } from '@relais/config';
import { GRANTABLE_ROLES, Role } from '../roles/role';
import { parseIdpMetadata } from './idp-metadata';
import { safeReturnTo } from './return-to';
import { roleChanges } from './role-mapping';
import { personFromProfile } from './saml-profile';
import { checkResponseDocument, decodeSamlResponse, SamlRejection } from './saml-response-checks';

const reasonOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SamlRejection) return error.reason;
    throw error;
  }
  throw new Error('expected a SamlRejection');
};

describe('safeReturnTo', () => {
  it('keeps paths of the app, with their query and fragment', () => {
    expect(safeReturnTo('/communities/dev?tab=posts#top')).toBe('/communities/dev?tab=posts#top');
    expect(safeReturnTo('/')).toBe('/');
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/\tevil',
    '/auth/saml/login',
    '/graphql',
    '/scim/v2/Users',
    `/${'a'.repeat(3000)}`,
  ])('sends %p to the root', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it('keeps percent-encoded characters encoded (they are data, not header breaks)', () => {
    expect(safeReturnTo('/search?q=%0d%0a')).toBe('/search?q=%0d%0a');
  });
});

describe('roleChanges', () => {
  const map = { 'relais-admins': ['admin', 'auditor'], sales: ['community_manager'] };

  it('grants what the groups give and revokes only mapped roles they no longer give', () => {
    expect(roleChanges([Role.COMMS_REVIEWER, Role.COMMUNITY_MANAGER], ['relais-admins'], map)).toEqual({
      grant: [Role.ADMIN, Role.AUDITOR],
      revoke: [Role.COMMUNITY_MANAGER],
    });
    expect(roleChanges([Role.ADMIN], ['RELAIS-ADMINS', 'toString'], map)).toEqual({
      grant: [],
      revoke: [Role.ADMIN],
    });
  });

  it('maps onto exactly the grantable roles', () => {
    expect([...SSO_ROLES].sort()).toEqual([...GRANTABLE_ROLES].sort());
  });
});

describe('personFromProfile', () => {
  it('reads single values as strings and several as lists, and falls back to the NameID and names', () => {
    expect(
      personFromProfile(
        {
          nameID: 'Camille.Martin@Example.com',
          nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
          attributes: { givenName: 'Camille', sn: 'Martin', groups: 'one', locale: 'fr_CA' },
        },
        DEFAULT_SAML_ATTRIBUTES,
      ),
    ).toMatchObject({
      email: 'camille.martin@example.com',
      displayName: 'Camille Martin',
      groups: ['one'],
      locale: 'fr',
      department: undefined,
    });
    expect(
      personFromProfile(
        { nameID: 'x@example.com', attributes: { groups: ['a', 'b'], department: '' } },
        DEFAULT_SAML_ATTRIBUTES,
      ),
    ).toMatchObject({
      groups: ['a', 'b'],
      department: null,
      displayName: 'X',
    });
  });

  it('refuses a person with no usable e-mail', () => {
    expect(reasonOf(() => personFromProfile({ nameID: 'opaque-id-123' }, DEFAULT_SAML_ATTRIBUTES))).toBe(
      'NO_EMAIL',
    );
  });
});

describe('decodeSamlResponse and checkResponseDocument', () => {
  const b64 = (xml: string) => Buffer.from(xml).toString('base64');
  const response = (inner = '', destination = 'https://relais.example/auth/saml/callback') =>
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r" Destination="${destination}">${inner}</samlp:Response>`;
  const check = (xml: string) =>
    checkResponseDocument(xml, { acsUrl: 'https://relais.example/auth/saml/callback' });

  it('measures the field before decoding it', () => {
    expect(reasonOf(() => decodeSamlResponse('A'.repeat(1025), 1024))).toBe('RESPONSE_TOO_LARGE');
    expect(reasonOf(() => decodeSamlResponse('not base64!', 1024))).toBe('NOT_BASE64');
    expect(reasonOf(() => decodeSamlResponse(b64('<!doctype x><x/>'), 1024))).toBe('DTD_FORBIDDEN');
    expect(decodeSamlResponse(`${b64(response())}\r\n`, 4096)).toBe(response());
  });

  it('refuses comments, processing instructions, weak algorithms and another Destination', () => {
    expect(check(response())).toEqual({ responseId: '_r', inResponseTo: null });
    expect(reasonOf(() => check(response('<!-- hi -->')))).toBe('COMMENT_FORBIDDEN');
    expect(reasonOf(() => check(response('<?php echo 1 ?>')))).toBe('PI_FORBIDDEN');
    expect(
      reasonOf(() =>
        check(
          response(
            '<x:SignatureMethod xmlns:x="urn:other" Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>',
          ),
        ),
      ),
    ).toBe('WEAK_ALGORITHM');
    expect(reasonOf(() => check(response('', 'https://evil.example/acs')))).toBe('WRONG_DESTINATION');
    expect(reasonOf(() => check('<Response/>'))).toBe('NOT_A_RESPONSE');
    expect(reasonOf(() => check('<samlp:Response'))).toBe('MALFORMED_XML');
  });
});

describe('parseIdpMetadata', () => {
  let cert: string;
  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-md-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=md',
        '-keyout',
        path.join(dir, 'k'),
        '-out',
        path.join(dir, 'c'),
      ],
      { stdio: 'ignore' },
    );
    cert = fs.readFileSync(path.join(dir, 'c'), 'utf8').replace(/-----[A-Z ]+-----|\s+/g, '');
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const idp = (keys: string, entityId = 'https://idp.example') =>
    `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}"><IDPSSODescriptor>${keys}` +
    `<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example/slo"/>` +
    `<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example/post"/>` +
    `<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example/sso"/>` +
    `</IDPSSODescriptor></EntityDescriptor>`;
  const key = (body: string, use = 'signing') =>
    `<KeyDescriptor use="${use}"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${body}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>`;

  it('reads the entity id, the redirect endpoints and the signing certificates (not the encryption ones)', () => {
    const metadata = `<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"><EntityDescriptor entityID="sp"><SPSSODescriptor/></EntityDescriptor>${idp(
      key(cert) + key('bm90IGEgY2VydA==', 'encryption'),
    )}</EntitiesDescriptor>`;
    expect(parseIdpMetadata(metadata)).toEqual({
      entityId: 'https://idp.example',
      ssoUrl: 'https://idp.example/sso',
      sloUrl: 'https://idp.example/slo',
      signingCerts: [cert],
    });
  });

  it('refuses a DTD, a metadata without an IdP, and a malformed certificate', () => {
    expect(() => parseIdpMetadata('<!DOCTYPE x [<!ENTITY e "e">]><x/>')).toThrow(/DTD/);
    expect(() => parseIdpMetadata(idp(key(cert)), 'https://other.example')).toThrow(/no IdP/);
    expect(() => parseIdpMetadata(idp(key('bm90IGEgY2VydA==')))).toThrow();
  });
});
