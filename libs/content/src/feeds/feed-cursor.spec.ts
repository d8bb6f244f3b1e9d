import { randomUUID } from 'node:crypto';
import { decodeListCursor, encodeListCursor } from './feed-cursor';

describe('list cursors', () => {
  const position = { createdAt: new Date('2025-03-01T10:20:30.456Z'), id: randomUUID() };

  it('round-trip a position within the same list, as URL-safe text', () => {
    const cursor = encodeListCursor('community:abc', position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeListCursor('community:abc', cursor)).toEqual(position);
  });

  it('refuse a cursor of another list with BAD_USER_INPUT', () => {
    const cursor = encodeListCursor('home:viewer-1', position);
    expect(() => decodeListCursor('home:viewer-2', cursor)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => decodeListCursor('community:abc', cursor)).toThrow(/this same list/);
  });

  it('refuse anything that is not exactly a cursor', () => {
    const forged = [
      'not-a-cursor',
      Buffer.from(`2024-01-01T00:00:00.000Z|${randomUUID()}`).toString('base64url'),
      Buffer.from(`c1|xxxxxxxxxxxx|2024-01-01T00:00:00.000Z|${randomUUID()}`).toString('base64url'),
      encodeListCursor('x', position) + 'AA',
    ];
    for (const cursor of forged) expect(() => decodeListCursor('x', cursor)).toThrow(/previous page/);
  });
});
