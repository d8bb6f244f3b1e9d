import { scimInvalid } from './scim-error';

export interface EqualityFilter {
  /** The attribute path, lower-cased, e.g. `username`, `externalid`, `emails.value`. */
  attribute: string;
  value: string;
}

/**
 * The filters IdPs send to find a resource before creating it: one `attribute eq "value"` (Entra ID:
 * `userName eq "x"`, `externalId eq "x"`, `displayName eq "x"`; Okta: `userName eq "x"`). Anything else is
 * refused with invalidFilter rather than answered wrongly.
 */
export function parseEqualityFilter(filter: string, supported: readonly string[]): EqualityFilter {
  const match = /^\s*([A-Za-z][\w.:[\]" -]*?)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  if (!match) {
    throw scimInvalid(
      `Only filters of the form attribute eq "value" are supported (got ${JSON.stringify(filter)}).`,
      'invalidFilter',
    );
  }
  const attribute = normaliseAttribute(match[1]!);
  if (!supported.includes(attribute)) {
    throw scimInvalid(
      `Filtering on ${match[1]} is not supported; use one of ${supported.join(', ')}.`,
      'invalidFilter',
    );
  }
  return { attribute, value: JSON.parse(`"${match[2]!}"`) as string };
}

/** `emails[type eq "work"].value` and `emails.value` are the same question for a person with one e-mail. */
function normaliseAttribute(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^urn:ietf:params:scim:schemas:core:2\.0:(user|group):/, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** startIndex (1-based) and count from the query string, bounded. */
export function pageOf(
  startIndex: unknown,
  count: unknown,
  max = 200,
): { offset: number; limit: number; startIndex: number } {
  const start = Math.max(1, Math.floor(Number(startIndex ?? 1)) || 1);
  const rawCount = count === undefined ? 100 : Math.floor(Number(count));
  const limit = Number.isFinite(rawCount) ? Math.min(max, Math.max(0, rawCount)) : 100;
  return { offset: start - 1, limit, startIndex: start };
}
