import { createHash } from 'node:crypto';
import { badInput } from '../error-codes';

/**
 * A text key, e.g. a slug. `pattern` and `maxLength` say what the column may hold: a decoded value that
 * does not match is refused before it reaches a query.
 */
export interface TextKey {
  kind: 'text';
  pattern?: RegExp;
  maxLength?: number;
}

/** `timestamp` keeps milliseconds (`toISOString`); `uuid` is any version, any case. */
export type CursorKey = 'timestamp' | 'uuid' | TextKey;

export type CursorKeys = Readonly<Record<string, CursorKey>>;

/** The position a cursor holds: a `Date` for each timestamp key, a string for the others. */
export type CursorPosition<K extends CursorKeys> = {
  [Name in keyof K]: K[Name] extends 'timestamp' ? Date : string;
};

export interface KeysetCursorCodec<K extends CursorKeys> {
  /** Opaque, URL-safe text; only `decode` with the same list accepts it. */
  encode(list: string, position: CursorPosition<K>): string;
  /** Exactly what `encode` wrote for this list, or BAD_USER_INPUT. */
  decode(list: string, cursor: string): CursorPosition<K>;
  /** `decode` for an optional `after` argument: no cursor is the start of the list. */
  decodeAfter(list: string, after: string | null | undefined): CursorPosition<K> | null;
}

export const textKey = (options: Omit<TextKey, 'kind'> = {}): TextKey => ({ kind: 'text', ...options });

const VERSION = 'k1';
const SEPARATOR = '|';
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A codec for the cursors of keyset-paginated lists: the values of the ordering keys, in the order the
 * keys are declared, behind a tag of the list. The list's name (`members`, `home:<viewer>`,
 * `comments:<post>`...) is hashed into the tag together with the keys' kinds, so a cursor stays short,
 * says nothing about the list beyond what the page already showed, and a cursor of another list is
 * refused instead of silently starting this one somewhere unrelated.
 *
 * Decoding accepts only what `encode` writes, byte for byte: anything else would reach PostgreSQL as a
 * bad uuid or timestamp, or let a forged cursor probe the list.
 */
export function keysetCursor<const K extends CursorKeys>(keys: K): KeysetCursorCodec<K> {
  const names = Object.keys(keys) as Array<keyof K & string>;
  const signature = names.map((name) => kindOf(keys[name]!)).join(',');
  const tagOf = (list: string) =>
    createHash('sha256').update(`${list}${SEPARATOR}${signature}`).digest('base64url').slice(0, 12);

  const encode = (list: string, position: CursorPosition<K>): string => {
    const parts = names.map((name) => {
      const value = position[name] as Date | string;
      return value instanceof Date ? value.toISOString() : encodeURIComponent(value);
    });
    return Buffer.from([VERSION, tagOf(list), ...parts].join(SEPARATOR), 'utf8').toString('base64url');
  };

  const decode = (list: string, cursor: string): CursorPosition<K> => {
    const position = parse(list, cursor);
    if (!position || encode(list, position) !== cursor) throw refused();
    return position;
  };

  const parse = (list: string, cursor: string): CursorPosition<K> | null => {
    const [version, tag, ...parts] = Buffer.from(cursor, 'base64url').toString('utf8').split(SEPARATOR);
    if (version !== VERSION || tag !== tagOf(list) || parts.length !== names.length) return null;
    const position: Record<string, Date | string> = {};
    for (const [index, name] of names.entries()) {
      const value = decodeValue(keys[name]!, parts[index]!);
      if (value === null) return null;
      position[name] = value;
    }
    return position as CursorPosition<K>;
  };

  return {
    encode,
    decode,
    decodeAfter: (list, after) => (after ? decode(list, after) : null),
  };
}

/** The usual position: a creation instant, and the id breaking ties between equal instants. */
const CREATED_AT_KEYS = { createdAt: 'timestamp', id: 'uuid' } as const;
export type CreatedAtPosition = CursorPosition<typeof CREATED_AT_KEYS>;
export const createdAtCursor = keysetCursor(CREATED_AT_KEYS);

function kindOf(key: CursorKey): string {
  return typeof key === 'string' ? key : key.kind;
}

function decodeValue(key: CursorKey, part: string): Date | string | null {
  if (key === 'timestamp') {
    const at = new Date(part);
    return TIMESTAMP.test(part) && !Number.isNaN(at.getTime()) ? at : null;
  }
  if (key === 'uuid') return UUID.test(part) ? part : null;
  let value: string;
  try {
    value = decodeURIComponent(part);
  } catch {
    return null;
  }
  if (key.maxLength !== undefined && value.length > key.maxLength) return null;
  if (key.pattern && !key.pattern.test(value)) return null;
  return value;
}

function refused() {
  return badInput('after must be a cursor returned by a previous page of this same list.', {
    after: ['malformed cursor, or a cursor of another list'],
  });
}
