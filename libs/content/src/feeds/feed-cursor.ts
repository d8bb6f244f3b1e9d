import { createHash } from 'node:crypto';
import { badInput } from '@relais/common';

/** A position in a list ordered by (created_at, id), the id breaking ties between equal instants. */
export interface ListPosition {
  createdAt: Date;
  id: string;
}

const VERSION = 'c1';
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const CURSOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names the list a cursor belongs to (`home:<viewer>`, `community:<id>`, `comments:<post>`...), hashed so a
 * cursor stays short and says nothing about the list beyond what the page already showed.
 */
function scopeTag(scope: string): string {
  return createHash('sha256').update(scope).digest('base64url').slice(0, 12);
}

/** Opaque to clients; only `decodeListCursor` with the same scope accepts it. */
export function encodeListCursor(scope: string, position: ListPosition): string {
  return Buffer.from(
    `${VERSION}|${scopeTag(scope)}|${position.createdAt.toISOString()}|${position.id}`,
  ).toString('base64url');
}

/**
 * Exactly what `encodeListCursor` wrote for this list, or BAD_USER_INPUT: a cursor of another feed, or of
 * the same feed for another viewer, is refused rather than silently starting the list somewhere unrelated.
 */
export function decodeListCursor(scope: string, cursor: string): ListPosition {
  const [version, tag, iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (
    version !== VERSION ||
    tag !== scopeTag(scope) ||
    rest.length > 0 ||
    !iso ||
    !CURSOR_TIME.test(iso) ||
    Number.isNaN(createdAt.getTime()) ||
    !id ||
    !CURSOR_ID.test(id)
  ) {
    throw badInput('after must be the endCursor of a previous page of this same list.', {
      after: ['malformed cursor, or a cursor of another list'],
    });
  }
  return { createdAt, id };
}
