import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '../error-codes';
import { createdAtCursor, keysetCursor, textKey } from './keyset-cursor';

/** The cursor with its inner text rewritten: how a client would forge one that looks right. */
function tampered(cursor: string, rewrite: (parts: string[]) => string[]): string {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return Buffer.from(rewrite(parts).join('|')).toString('base64url');
}

function refusal(decode: () => unknown): DomainError {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('the cursor was accepted');
}

describe('keyset cursors', () => {
  const position = { createdAt: new Date('2025-03-01T10:20:30.456Z'), id: randomUUID() };
  const cursor = createdAtCursor.encode('members', position);

  it('round-trip a position within the same list, as URL-safe text, keeping the milliseconds', () => {
    expect(cursor).toMatch(/^[A-Za-z0-9_-]{1,200}$/);
    const decoded = createdAtCursor.decode('members', cursor);
    expect(decoded).toEqual(position);
    expect(decoded.createdAt.getTime()).toBe(position.createdAt.getTime());
  });

  it('say nothing readable about the list they belong to', () => {
    const scoped = createdAtCursor.encode(`home:${position.id}`, position);
    expect(Buffer.from(scoped, 'base64url').toString('utf8')).not.toContain('home');
  });

  it('treat no cursor as the start of the list', () => {
    expect(createdAtCursor.decodeAfter('members', null)).toBeNull();
    expect(createdAtCursor.decodeAfter('members', undefined)).toBeNull();
    expect(createdAtCursor.decodeAfter('members', cursor)).toEqual(position);
  });

  it('refuse a cursor of another list with BAD_USER_INPUT telling what to send', () => {
    const error = refusal(() => createdAtCursor.decode('join-requests', cursor));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toMatch(/cursor returned by a previous page of this same list/);
    expect(error.details.fields).toEqual({ after: [expect.any(String)] });
    // The same feed for another viewer is another list.
    const home = createdAtCursor.encode('home:viewer-1', position);
    expect(refusal(() => createdAtCursor.decode('home:viewer-2', home)).code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('refuse a cursor of the same list name written for other keys', () => {
    const bySlug = keysetCursor({ slug: textKey() });
    const slugCursor = bySlug.encode('members', { slug: 'camille' });
    expect(refusal(() => createdAtCursor.decode('members', slugCursor)).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refusal(() => bySlug.decode('members', cursor)).code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it.each([
    ['an empty string', ''],
    ['not base64 of anything', '!!!'],
    ['plain text', 'not-a-cursor'],
    [
      'the text of another scheme',
      Buffer.from(`2024-01-01T00:00:00.000Z|${randomUUID()}`).toString('base64url'),
    ],
    [
      'a list name in clear',
      Buffer.from(`members|2025-03-01T10:20:30.456Z|${randomUUID()}`).toString('base64url'),
    ],
    ['a guessed tag', tampered(cursor, ([version, , ...rest]) => [version!, 'AAAAAAAAAAAA', ...rest])],
    ['another version', tampered(cursor, ([, ...rest]) => ['k0', ...rest])],
    [
      'a date PostgreSQL cannot store',
      tampered(cursor, ([v, t, , id]) => [v!, t!, '-100000-01-01T00:00:00.000Z', id!]),
    ],
    [
      'a date that does not exist',
      tampered(cursor, ([v, t, , id]) => [v!, t!, '2024-02-30T00:00:00.000Z', id!]),
    ],
    [
      'a date without milliseconds',
      tampered(cursor, ([v, t, , id]) => [v!, t!, '2024-01-01T00:00:00Z', id!]),
    ],
    ['a word for a date', tampered(cursor, ([v, t, , id]) => [v!, t!, 'yesterday', id!])],
    ['an id that is not a uuid', tampered(cursor, ([v, t, at]) => [v!, t!, at!, '-'.repeat(36)])],
    ['a missing part', tampered(cursor, ([v, t, at]) => [v!, t!, at!])],
    ['a trailing part', tampered(cursor, (parts) => [...parts, 'x'])],
    ['trailing characters', cursor + 'AA'],
    ['padding', cursor + '='],
  ])('refuse %s with BAD_USER_INPUT', (_label, forged) => {
    const error = refusal(() => createdAtCursor.decode('members', forged));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toMatch(/previous page/);
  });

  describe('with text keys', () => {
    const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    const topics = keysetCursor({ slug: textKey({ pattern: SLUG, maxLength: 80 }) });

    it('round-trip a slug', () => {
      expect(topics.decode('topics', topics.encode('topics', { slug: 'data-protection' }))).toEqual({
        slug: 'data-protection',
      });
    });

    it('round-trip any text, separators and accents included, then a uuid', () => {
      const mixed = keysetCursor({ name: textKey(), at: 'timestamp', id: 'uuid' });
      const value = { name: 'Zoë | 100% %7C', at: new Date(0), id: randomUUID().toUpperCase() };
      expect(mixed.decode('people', mixed.encode('people', value))).toEqual(value);
    });

    it.each([
      ['an empty string', ''],
      ['plain text', 'not a cursor'],
      ['an injection', Buffer.from("x' OR 1=1").toString('base64url')],
      ['trailing characters', topics.encode('topics', { slug: 'a' }) + 'A'],
      ['a value the pattern refuses', topics.encode('topics', { slug: "x' OR 1=1" })],
      ['a value too long', topics.encode('topics', { slug: 'a'.repeat(81) })],
      [
        'broken percent-encoding',
        tampered(topics.encode('topics', { slug: 'a' }), ([v, t]) => [v!, t!, '%E0%A4%A']),
      ],
    ])('refuse %s with BAD_USER_INPUT', (_label, forged) => {
      expect(refusal(() => topics.decode('topics', forged)).code).toBe(ErrorCode.BAD_USER_INPUT);
    });
  });
});
