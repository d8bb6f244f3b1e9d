import { scimInvalid } from './scim-error';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** A SCIM User as Relais keeps it; null means "not set". */
export interface ScimUserFields {
  userName: string;
  externalId: string | null;
  active: boolean;
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
  formattedName: string | null;
  email: string | null;
  title: string | null;
  department: string | null;
  location: string | null;
  preferredLanguage: string | null;
}

type Json = Record<string, unknown>;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** Reads a User resource (POST, PUT); unknown attributes are ignored, as IdPs send many. */
export function fieldsFromResource(body: unknown): ScimUserFields {
  if (!isObject(body)) throw scimInvalid('The body must be a SCIM User object.', 'invalidSyntax');
  const fields = emptyFields();
  applyObject(fields, body);
  if (!fields.userName) throw scimInvalid('userName is required.');
  if (body.active === undefined) fields.active = true;
  return fields;
}

export function emptyFields(): ScimUserFields {
  return {
    userName: '',
    externalId: null,
    active: true,
    displayName: null,
    givenName: null,
    familyName: null,
    formattedName: null,
    email: null,
    title: null,
    department: null,
    location: null,
    preferredLanguage: null,
  };
}

/**
 * Applies a PatchOp body to a person's fields. Accepts both shapes IdPs send: Entra ID's one operation per
 * attribute (`{"op":"Replace","path":"active","value":"False"}`) and Okta's value object without a path
 * (`{"op":"replace","value":{"active":false}}`), with op names in any case.
 */
export function applyUserPatch(current: ScimUserFields, body: unknown): ScimUserFields {
  const fields = { ...current };
  for (const op of operationsOf(body)) {
    const kind = op.op;
    if (op.path === undefined) {
      if (kind === 'remove') throw scimInvalid('remove needs a path.', 'noTarget');
      if (!isObject(op.value)) throw scimInvalid('An operation without a path needs an object value.');
      applyObject(fields, op.value);
      continue;
    }
    setPath(fields, op.path, kind === 'remove' ? null : op.value);
  }
  if (!fields.userName) throw scimInvalid('userName cannot be removed.', 'mutability');
  return fields;
}

export interface PatchOperation {
  op: 'add' | 'replace' | 'remove';
  path: string | undefined;
  value: unknown;
}

export function operationsOf(body: unknown): PatchOperation[] {
  if (!isObject(body) || !Array.isArray(body.Operations)) {
    throw scimInvalid('A PATCH body needs an Operations array.', 'invalidSyntax');
  }
  return body.Operations.map((raw: unknown) => {
    if (!isObject(raw) || typeof raw.op !== 'string')
      throw scimInvalid('Each operation needs an op.', 'invalidSyntax');
    const op = raw.op.toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      throw scimInvalid(`Unknown op ${raw.op}.`, 'invalidSyntax');
    if (raw.path !== undefined && typeof raw.path !== 'string')
      throw scimInvalid('path must be a string.', 'invalidPath');
    return { op, path: raw.path as string | undefined, value: raw.value };
  });
}

/** A value object: top-level attributes, `name`, `emails`, the enterprise extension, or dotted keys. */
function applyObject(fields: ScimUserFields, value: Json): void {
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'schemas' || key === 'id' || key === 'meta') continue;
    if (key.toLowerCase() === ENTERPRISE_SCHEMA.toLowerCase() && isObject(inner)) {
      for (const [k, v] of Object.entries(inner)) setPath(fields, k, v);
    } else if (key === 'name' && isObject(inner)) {
      for (const [k, v] of Object.entries(inner)) setPath(fields, `name.${k}`, v);
    } else {
      setPath(fields, key, inner);
    }
  }
}

/** Sets one attribute by SCIM path; paths Relais does not keep (phone numbers, ...) are ignored. */
function setPath(fields: ScimUserFields, rawPath: string, value: unknown): void {
  const path = rawPath
    .trim()
    .toLowerCase()
    .replace(`${ENTERPRISE_SCHEMA.toLowerCase()}:`, '')
    .replace(`${USER_SCHEMA.toLowerCase()}:`, '');
  switch (path.replace(/\[[^\]]*\]/g, '')) {
    case 'username':
      fields.userName = requiredText(value, 'userName');
      return;
    case 'externalid':
      fields.externalId = text(value, 'externalId');
      return;
    case 'active':
      fields.active = bool(value);
      return;
    case 'displayname':
      fields.displayName = text(value, 'displayName');
      return;
    case 'name.givenname':
      fields.givenName = text(value, 'name.givenName');
      return;
    case 'name.familyname':
      fields.familyName = text(value, 'name.familyName');
      return;
    case 'name.formatted':
      fields.formattedName = text(value, 'name.formatted');
      return;
    case 'name':
      if (value === null) fields.givenName = fields.familyName = fields.formattedName = null;
      else if (isObject(value)) for (const [k, v] of Object.entries(value)) setPath(fields, `name.${k}`, v);
      return;
    case 'title':
      fields.title = text(value, 'title');
      return;
    case 'department':
      fields.department = text(value, 'department');
      return;
    case 'preferredlanguage':
    case 'locale':
      fields.preferredLanguage = text(value, rawPath);
      return;
    case 'emails.value':
      fields.email = text(value, 'emails.value');
      return;
    case 'emails':
      fields.email = value === null ? null : pickValue(value, 'value', 'emails');
      return;
    case 'addresses.locality':
      fields.location = text(value, 'addresses.locality');
      return;
    case 'addresses':
      fields.location = value === null ? null : pickValue(value, 'locality', 'addresses');
      return;
    default:
      return;
  }
}

/** From a multi-valued attribute, the primary (else work, else first) entry's sub-attribute. */
function pickValue(value: unknown, sub: string, what: string): string | null {
  const list = Array.isArray(value) ? value : [value];
  const entries = list.filter(isObject);
  const chosen =
    entries.find((e) => e.primary === true || e.primary === 'true') ??
    entries.find((e) => e.type === 'work') ??
    entries[0];
  return chosen ? text(chosen[sub] ?? null, `${what}.${sub}`) : null;
}

function text(value: unknown, what: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw scimInvalid(`${what} must be a string.`);
  const trimmed = value.trim();
  if (trimmed.length > 1024) throw scimInvalid(`${what} is too long.`);
  return trimmed || null;
}

function requiredText(value: unknown, what: string): string {
  const result = text(value, what);
  if (!result) throw scimInvalid(`${what} cannot be empty.`);
  return result;
}

/** Entra ID has sent "True"/"False" strings for active; booleans from everyone else. */
function bool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw scimInvalid('active must be true or false.');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The account's e-mail: `emails`, else a userName that is an address. */
export function emailOf(fields: ScimUserFields): string {
  const email = (fields.email ?? (EMAIL.test(fields.userName) ? fields.userName : null))?.toLowerCase();
  if (!email || email.length > 254 || !EMAIL.test(email)) {
    throw scimInvalid('The person needs an e-mail address: in emails, or as a userName that is one.');
  }
  return email;
}

export function displayNameOf(fields: ScimUserFields, email: string): string {
  const name =
    fields.displayName ??
    fields.formattedName ??
    ([fields.givenName, fields.familyName].filter(Boolean).join(' ') || null) ??
    email.split('@')[0]!;
  return name.slice(0, 200);
}

export function localeOf(fields: ScimUserFields): 'fr' | 'en' | undefined {
  const code = fields.preferredLanguage?.slice(0, 2).toLowerCase();
  return code === 'fr' || code === 'en' ? code : undefined;
}
