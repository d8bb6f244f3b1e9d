import { DOMParser } from '@xmldom/xmldom';

/**
 * The checks Relais makes on a SAML response around node-saml's own (signatures, InResponseTo, time,
 * audience): before it sees the bytes (size, encoding, no DTD, no comments, strong algorithms, Destination),
 * and after, on the assertion whose signature it verified (Recipient, Issuer, NameID, the id and expiry
 * the replay cache needs). Plain functions: tested without Nest or a database.
 */

export const SAMLP_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const SAML_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

/** SHA-256 or stronger, RSA; SHA-1 (and anything unknown) is refused. */
export const ALLOWED_SIGNATURE_ALGORITHMS: ReadonlySet<string> = new Set([
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
  'http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1',
]);
export const ALLOWED_DIGEST_ALGORITHMS: ReadonlySet<string> = new Set([
  'http://www.w3.org/2001/04/xmlenc#sha256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384',
  'http://www.w3.org/2001/04/xmlenc#sha512',
]);

/** Why a response was refused: logged with the reason, shown to the person as one generic message. */
export class SamlRejection extends Error {
  constructor(
    readonly reason: string,
    message: string,
    readonly status = 401,
  ) {
    super(message);
    this.name = 'SamlRejection';
  }
}

/** Parses XML that must be well formed; any warning or error refuses it. */
export function parseStrictXml(xml: string): Document {
  const fail = (message: string) => {
    throw new SamlRejection('MALFORMED_XML', `not well-formed XML: ${message}`);
  };
  const parser = new DOMParser({
    locator: {},
    errorHandler: { warning: fail, error: fail, fatalError: fail },
  });
  const doc = parser.parseFromString(xml, 'text/xml') as unknown as Document;
  if (!doc?.documentElement) fail('no root element');
  return doc;
}

/**
 * The POSTed SAMLResponse as XML text. Refuses an oversized field (counted before decoding, so a huge body
 * costs no decoding work), anything but base64, and any DOCTYPE or ENTITY: a DTD is how external entities and
 * entity expansion ("billion laughs") get in, and no IdP needs one.
 */
export function decodeSamlResponse(raw: unknown, maxBytes: number): string {
  if (typeof raw !== 'string' || raw.length === 0) {
    throw new SamlRejection('MISSING_RESPONSE', 'no SAMLResponse in the request', 400);
  }
  if (raw.length > maxBytes) {
    throw new SamlRejection('RESPONSE_TOO_LARGE', `SAMLResponse over ${maxBytes} bytes`, 413);
  }
  const compact = raw.replace(/[\r\n\t ]/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new SamlRejection('NOT_BASE64', 'SAMLResponse is not base64', 400);
  }
  const xml = Buffer.from(compact, 'base64').toString('utf8');
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new SamlRejection('DTD_FORBIDDEN', 'a DOCTYPE or ENTITY declaration is not allowed');
  }
  return xml;
}

export interface ResponseFacts {
  responseId: string;
  inResponseTo: string | null;
}

/**
 * Checks the whole response document before node-saml reads it: one samlp:Response root, no comments or
 * processing instructions anywhere (a comment inside a NameID is how `admin@example.com<!---->.evil.com` turns
 * into `admin@example.com` for a careless reader), only strong signature and digest algorithms, and a
 * Destination equal to our ACS (the Response's signature, which node-saml requires, covers it).
 */
export function checkResponseDocument(xml: string, expected: { acsUrl: string }): ResponseFacts {
  const doc = parseStrictXml(xml);
  const root = doc.documentElement;
  if (root.localName !== 'Response' || root.namespaceURI !== SAMLP_NS) {
    throw new SamlRejection('NOT_A_RESPONSE', 'the root element is not a samlp:Response');
  }
  for (const node of walk(doc)) {
    if (node.nodeType === 8) throw new SamlRejection('COMMENT_FORBIDDEN', 'comments are not allowed');
    if (node.nodeType === 7 && (node as ProcessingInstruction).target.toLowerCase() !== 'xml') {
      throw new SamlRejection('PI_FORBIDDEN', 'processing instructions are not allowed');
    }
    if (node.nodeType !== 1) continue;
    // By local name in any namespace: an algorithm smuggled under another prefix is refused too.
    const element = node as Element;
    if (element.localName === 'SignatureMethod') {
      assertAllowed(element.getAttribute('Algorithm'), ALLOWED_SIGNATURE_ALGORITHMS, 'signature');
    } else if (element.localName === 'DigestMethod') {
      assertAllowed(element.getAttribute('Algorithm'), ALLOWED_DIGEST_ALGORITHMS, 'digest');
    }
  }
  const destination = root.getAttribute('Destination');
  if (destination !== expected.acsUrl) {
    throw new SamlRejection('WRONG_DESTINATION', `Destination ${JSON.stringify(destination)} is not our ACS`);
  }
  const responseId = root.getAttribute('ID');
  if (!responseId) throw new SamlRejection('NO_RESPONSE_ID', 'the Response has no ID');
  return { responseId, inResponseTo: root.getAttribute('InResponseTo') || null };
}

function assertAllowed(algorithm: string | null, allowed: ReadonlySet<string>, what: string): void {
  if (!algorithm || !allowed.has(algorithm)) {
    throw new SamlRejection(
      'WEAK_ALGORITHM',
      `${what} algorithm ${JSON.stringify(algorithm)} is not allowed`,
    );
  }
}

export interface AssertionFacts {
  assertionId: string;
  issuer: string;
  /** When the assertion stops being usable: the replay cache keeps its id until then. */
  expiresAt: Date;
  nameId: string;
}

/**
 * Checks on the assertion node-saml verified (never on the raw document, where a wrapped copy could sit):
 * the issuer is our IdP, every bearer confirmation names our ACS as Recipient and this request as
 * InResponseTo, the NameID is one plain text, and it says until when it is valid.
 */
export function checkVerifiedAssertion(
  assertionXml: string,
  expected: { acsUrl: string; idpEntityId: string | undefined; inResponseTo: string | null },
): AssertionFacts {
  const doc = parseStrictXml(assertionXml);
  const assertion = doc.documentElement;
  if (assertion.localName !== 'Assertion' || assertion.namespaceURI !== SAML_NS) {
    throw new SamlRejection('NOT_AN_ASSERTION', 'the signed element is not a saml:Assertion');
  }
  const assertionId = assertion.getAttribute('ID');
  if (!assertionId) throw new SamlRejection('NO_ASSERTION_ID', 'the assertion has no ID');

  const issuer = singleChild(assertion, 'Issuer');
  const issuerText = issuer ? plainText(issuer, 'Issuer') : '';
  if (!issuerText) throw new SamlRejection('NO_ISSUER', 'the assertion has no Issuer');
  if (expected.idpEntityId !== undefined && issuerText !== expected.idpEntityId) {
    throw new SamlRejection('WRONG_ISSUER', `Issuer ${JSON.stringify(issuerText)} is not our IdP`);
  }

  const subject = singleChild(assertion, 'Subject');
  if (!subject) throw new SamlRejection('NO_SUBJECT', 'the assertion has no Subject');
  const nameIdElement = singleChild(subject, 'NameID');
  if (!nameIdElement) throw new SamlRejection('NO_NAMEID', 'the assertion has no NameID');
  const nameId = plainText(nameIdElement, 'NameID');
  if (!nameId) throw new SamlRejection('NO_NAMEID', 'the NameID is empty');

  const expiries: number[] = [];
  const confirmations = children(subject, 'SubjectConfirmation');
  const bearers = confirmations.filter((c) => c.getAttribute('Method') === BEARER);
  if (bearers.length === 0) throw new SamlRejection('NO_BEARER', 'no bearer SubjectConfirmation');
  for (const confirmation of bearers) {
    const data = singleChild(confirmation, 'SubjectConfirmationData');
    if (!data) throw new SamlRejection('NO_CONFIRMATION_DATA', 'a bearer confirmation has no data');
    const recipient = data.getAttribute('Recipient');
    if (recipient !== expected.acsUrl) {
      throw new SamlRejection('WRONG_RECIPIENT', `Recipient ${JSON.stringify(recipient)} is not our ACS`);
    }
    const inResponseTo = data.getAttribute('InResponseTo') || null;
    if (inResponseTo !== expected.inResponseTo) {
      throw new SamlRejection('WRONG_IN_RESPONSE_TO', 'the confirmation answers another request');
    }
    const notOnOrAfter = timeAttribute(data, 'NotOnOrAfter');
    if (notOnOrAfter === undefined) {
      throw new SamlRejection('NO_EXPIRY', 'a bearer confirmation has no NotOnOrAfter');
    }
    expiries.push(notOnOrAfter);
  }
  const conditions = children(assertion, 'Conditions');
  if (conditions.length !== 1)
    throw new SamlRejection('CONDITIONS', 'the assertion needs exactly one Conditions');
  const conditionsEnd = timeAttribute(conditions[0]!, 'NotOnOrAfter');
  if (conditionsEnd !== undefined) expiries.push(conditionsEnd);
  return { assertionId, issuer: issuerText, expiresAt: new Date(Math.max(...expiries)), nameId };
}

function timeAttribute(element: Element, name: string): number | undefined {
  const value = element.getAttribute(name);
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new SamlRejection('BAD_TIME', `${name} is not a time`);
  return time;
}

function children(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (
      node.nodeType === 1 &&
      (node as Element).localName === localName &&
      (node as Element).namespaceURI === SAML_NS
    ) {
      found.push(node as Element);
    }
  }
  return found;
}

function singleChild(parent: Element, localName: string): Element | undefined {
  const found = children(parent, localName);
  if (found.length > 1) throw new SamlRejection('DUPLICATE_ELEMENT', `more than one ${localName}`);
  return found[0];
}

/** The text of an element made of one text node (CDATA counts as text); anything else is refused. */
function plainText(element: Element, what: string): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 3 && node.nodeType !== 4) {
      throw new SamlRejection('MIXED_CONTENT', `${what} must be plain text`);
    }
    text += node.nodeValue ?? '';
  }
  return text.trim();
}

function* walk(node: Node): Generator<Node> {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    yield child;
    yield* walk(child);
  }
}
