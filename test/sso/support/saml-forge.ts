import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { SignedXml } from 'xml-crypto';

/**
 * SAML responses made and signed in the test, to prove that each kind of bad response is refused. Each test
 * starts from `goodResponse()` (which the api accepts: a control) and changes one thing.
 */

export const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
export const RSA_SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';
export const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
export const SHA1 = 'http://www.w3.org/2000/09/xmldsig#sha1';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export interface KeyPair {
  key: string;
  cert: string;
  /** The certificate's base64 DER, as SAML_IDP_CERTS or metadata carry it. */
  certBase64: string;
}

/** A throwaway RSA key and self-signed certificate (openssl, as the IdP's own in test/saml-idp). */
export function makeKeyPair(commonName: string): KeyPair {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-saml-key-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-sha256',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${commonName}`,
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const key = fs.readFileSync(path.join(dir, 'key.pem'), 'utf8');
    const cert = fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8');
    return { key, cert, certBase64: cert.replace(/-----[A-Z ]+-----|\s+/g, '') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The ID of the AuthnRequest in a redirect to the IdP (HTTP-Redirect binding: deflated, base64). */
export function requestIdFromRedirect(location: string): string {
  const samlRequest = new URL(location).searchParams.get('SAMLRequest');
  if (!samlRequest) throw new Error(`no SAMLRequest in ${location}`);
  const xml = inflateRawSync(Buffer.from(samlRequest, 'base64')).toString('utf8');
  const id = /\sID="([^"]+)"/.exec(xml)?.[1];
  if (!id) throw new Error(`no ID in ${xml}`);
  return id;
}

export interface AssertionFields {
  responseId: string;
  assertionId: string;
  inResponseTo: string | null;
  issuer: string;
  destination: string;
  recipient: string;
  audience: string;
  nameId: string;
  issueInstant: Date;
  notBefore: Date;
  notOnOrAfter: Date;
  attributes: Record<string, string[]>;
}

export const newId = () => `_${randomBytes(16).toString('hex')}`;

export function responseXml(f: AssertionFields): string {
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const irt = f.inResponseTo === null ? '' : ` InResponseTo="${f.inResponseTo}"`;
  const attributes = Object.entries(f.attributes)
    .map(
      ([name, values]) =>
        `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">` +
        values.map((v) => `<saml:AttributeValue xsi:type="xs:string">${v}</saml:AttributeValue>`).join('') +
        '</saml:Attribute>',
    )
    .join('');
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ` +
    `ID="${f.responseId}" Version="2.0" IssueInstant="${iso(f.issueInstant)}" Destination="${f.destination}"${irt}>` +
    `<saml:Issuer>${f.issuer}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" ` +
    `ID="${f.assertionId}" Version="2.0" IssueInstant="${iso(f.issueInstant)}">` +
    `<saml:Issuer>${f.issuer}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${f.nameId}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData NotOnOrAfter="${iso(f.notOnOrAfter)}" Recipient="${f.recipient}"${irt}/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(f.notBefore)}" NotOnOrAfter="${iso(f.notOnOrAfter)}">` +
    `<saml:AudienceRestriction><saml:Audience>${f.audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${iso(f.issueInstant)}" SessionIndex="${newId()}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</saml:AuthnContextClassRef>` +
    `</saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` +
    `</saml:Assertion></samlp:Response>`
  );
}

export interface SignOptions {
  key: KeyPair;
  /** The certificate put in KeyInfo; the signing key's own by default, none when null. */
  keyInfoCert?: KeyPair | null;
  signatureAlgorithm?: string;
  digestAlgorithm?: string;
}

/** Signs the element with this ID (enveloped, exclusive C14N), placing the signature after its Issuer. */
export function signElement(xml: string, id: string, options: SignOptions): string {
  const keyInfoCert = options.keyInfoCert === undefined ? options.key : options.keyInfoCert;
  const sig = new SignedXml({
    privateKey: options.key.key,
    ...(keyInfoCert ? { publicCert: keyInfoCert.cert } : {}),
    signatureAlgorithm: options.signatureAlgorithm ?? RSA_SHA256,
    canonicalizationAlgorithm: EXC_C14N,
  });
  if (!keyInfoCert) sig.getKeyInfoContent = () => null;
  sig.addReference({
    xpath: `//*[@ID='${id}']`,
    digestAlgorithm: options.digestAlgorithm ?? SHA256,
    transforms: [ENVELOPED, EXC_C14N],
  });
  sig.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `//*[@ID='${id}']/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return sig.getSignedXml();
}

/** Signs the assertion, then the response around it, as an IdP does. */
export function signResponse(
  xml: string,
  f: Pick<AssertionFields, 'responseId' | 'assertionId'>,
  options: SignOptions,
): string {
  return signElement(signElement(xml, f.assertionId, options), f.responseId, options);
}

export const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');
