import { X509Certificate } from 'node:crypto';
import { parseStrictXml } from './saml-response-checks';

const MD_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** What Relais needs from an IdP's metadata document. */
export interface IdpMetadata {
  entityId: string;
  /** SingleSignOnService, HTTP-Redirect binding. */
  ssoUrl: string | undefined;
  /** SingleLogoutService, HTTP-Redirect binding; undefined when the IdP offers none. */
  sloUrl: string | undefined;
  /** Signing certificates, base64 DER: several while the IdP rolls its key over. */
  signingCerts: string[];
}

/**
 * Reads an IdP's metadata (an EntityDescriptor, or an EntitiesDescriptor holding several, in which case
 * `entityId` picks one or the first IdP is taken). No DTD is accepted here either.
 */
export function parseIdpMetadata(xml: string, entityId?: string): IdpMetadata {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) throw new Error('IdP metadata must not contain a DTD');
  const doc = parseStrictXml(xml);
  const entities = descendants(doc.documentElement, MD_NS, 'EntityDescriptor', true).filter(
    (entity) => descendants(entity, MD_NS, 'IDPSSODescriptor').length > 0,
  );
  const entity = entityId ? entities.find((e) => e.getAttribute('entityID') === entityId) : entities[0];
  if (!entity) {
    throw new Error(`no IdP${entityId ? ` with entityID ${entityId}` : ''} in the metadata`);
  }
  const idp = descendants(entity, MD_NS, 'IDPSSODescriptor')[0]!;
  const signingCerts = descendants(idp, MD_NS, 'KeyDescriptor')
    .filter((key) => (key.getAttribute('use') || 'signing') === 'signing')
    .flatMap((key) => descendants(key, DSIG_NS, 'X509Certificate'))
    .map((cert) => (cert.textContent ?? '').replace(/\s+/g, ''))
    .filter((body, index, all) => body && all.indexOf(body) === index);
  for (const body of signingCerts) new X509Certificate(Buffer.from(body, 'base64')); // throws when malformed
  if (signingCerts.length === 0) throw new Error('the IdP metadata has no signing certificate');
  const endpoint = (name: string) =>
    descendants(idp, MD_NS, name)
      .find((e) => e.getAttribute('Binding') === REDIRECT)
      ?.getAttribute('Location') || undefined;
  return {
    entityId: entity.getAttribute('entityID') ?? '',
    ssoUrl: endpoint('SingleSignOnService'),
    sloUrl: endpoint('SingleLogoutService'),
    signingCerts,
  };
}

function descendants(root: Element, ns: string, localName: string, includeSelf = false): Element[] {
  const found: Element[] = [];
  const visit = (node: Element) => {
    if (node.localName === localName && node.namespaceURI === ns) found.push(node);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) visit(child as Element);
    }
  };
  if (includeSelf) visit(root);
  else
    for (let child = root.firstChild; child; child = child.nextSibling)
      if (child.nodeType === 1) visit(child as Element);
  return found;
}
