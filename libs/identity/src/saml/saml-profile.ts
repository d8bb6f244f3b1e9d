import type { SamlAttributeNames } from '@relais/config';
import { SamlRejection } from './saml-response-checks';

/** A person as the IdP describes them, in Relais's terms. Undefined: the IdP did not send that attribute. */
export interface SsoPerson {
  nameId: string;
  nameIdFormat: string | undefined;
  email: string;
  displayName: string;
  department: string | null | undefined;
  title: string | null | undefined;
  location: string | null | undefined;
  locale: 'fr' | 'en' | undefined;
  /** Undefined when the assertion carries no groups attribute: roles are then left as they are. */
  groups: string[] | undefined;
}

export interface SamlProfileLike {
  nameID?: string;
  nameIDFormat?: string;
  attributes?: Record<string, unknown>;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/**
 * Maps a validated profile through the configured attribute names. A single-valued attribute arrives as a
 * string and a multi-valued one as an array (node-saml): both are read as lists.
 */
export function personFromProfile(profile: SamlProfileLike, names: SamlAttributeNames): SsoPerson {
  const nameId = profile.nameID?.trim();
  if (!nameId) throw new SamlRejection('NO_NAMEID', 'the assertion has no NameID');
  const attributes = profile.attributes ?? {};
  const values = (name: string): string[] | undefined => {
    if (!Object.hasOwn(attributes, name)) return undefined;
    const raw = attributes[name];
    const list = Array.isArray(raw) ? raw : [raw];
    return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  };
  const first = (name: string): string | null | undefined => {
    const list = values(name);
    if (list === undefined) return undefined;
    return list.find(Boolean)?.slice(0, 200) ?? null;
  };

  const email = (first(names.email) ?? (EMAIL.test(nameId) ? nameId : undefined))?.toLowerCase();
  if (!email || email.length > 254 || !EMAIL.test(email)) {
    throw new SamlRejection(
      'NO_EMAIL',
      `no usable e-mail address in attribute ${names.email} or the NameID`,
      403,
    );
  }
  const given = first(names.givenName);
  const surname = first(names.surname);
  const displayName =
    first(names.displayName) || [given, surname].filter(Boolean).join(' ') || nameFromEmail(email);
  const locale = first(names.locale)?.slice(0, 2).toLowerCase();
  return {
    nameId,
    nameIdFormat: profile.nameIDFormat,
    email,
    displayName: displayName.slice(0, 200),
    department: first(names.department),
    title: first(names.title),
    location: first(names.location),
    locale: locale === 'fr' || locale === 'en' ? locale : undefined,
    groups: values(names.groups)?.filter(Boolean),
  };
}

function nameFromEmail(email: string): string {
  return (email.split('@')[0] ?? email)
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
