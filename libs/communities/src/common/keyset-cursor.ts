import { badInput } from '@relais/common';

/** A position in a list ordered by a timestamp and an id, the id breaking ties between equal instants. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const CURSOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opaque to clients. The list's name is inside, so a cursor of one list (a page of members) is refused by
 * another (the directory) instead of silently starting it somewhere unrelated.
 */
export function encodeKeysetCursor(list: string, position: KeysetPosition): string {
  return Buffer.from(`${list}|${position.at.toISOString()}|${position.id}`).toString('base64url');
}

/** Exactly what `encodeKeysetCursor` wrote for this list, or BAD_USER_INPUT. */
export function decodeKeysetCursor(list: string, cursor: string): KeysetPosition {
  const [name, iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (
    name !== list ||
    rest.length > 0 ||
    !iso ||
    !CURSOR_TIME.test(iso) ||
    Number.isNaN(at.getTime()) ||
    !id ||
    !CURSOR_ID.test(id)
  ) {
    throw badInput('after must be a cursor returned by a previous page of this list.', {
      after: ['malformed cursor'],
    });
  }
  return { at, id };
}
