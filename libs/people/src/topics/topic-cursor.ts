import { badInput } from '@relais/common';

export const TOPIC_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Topic pages are ordered by slug, which is unique and never changes: the cursor is the last slug. */
export function encodeTopicCursor(slug: string): string {
  return Buffer.from(slug, 'utf8').toString('base64url');
}

export function decodeTopicCursor(cursor: string): string {
  const slug = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!TOPIC_SLUG.test(slug) || slug.length > 80 || encodeTopicCursor(slug) !== cursor) {
    throw badInput('after must be a cursor returned by a previous page.', { after: ['malformed cursor'] });
  }
  return slug;
}
