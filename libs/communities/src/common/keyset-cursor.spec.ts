import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '@relais/common';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';

describe('keyset cursors', () => {
  const position = { at: new Date('2025-03-01T10:20:30.456Z'), id: randomUUID() };

  it('round-trips a position', () => {
    expect(decodeKeysetCursor('members', encodeKeysetCursor('members', position))).toEqual(position);
  });

  it.each([
    ['another list’s cursor', encodeKeysetCursor('join-requests', position)],
    ['not base64 of anything', '!!!'],
    [
      'a date PostgreSQL cannot store',
      Buffer.from(`members|-100000-01-01T00:00:00.000Z|${position.id}`).toString('base64url'),
    ],
    [
      'an id that is not a uuid',
      Buffer.from(`members|2025-03-01T10:20:30.456Z|${'-'.repeat(36)}`).toString('base64url'),
    ],
    [
      'a trailing part',
      Buffer.from(`members|2025-03-01T10:20:30.456Z|${position.id}|x`).toString('base64url'),
    ],
  ])('refuses %s with BAD_USER_INPUT', (_label, cursor) => {
    let thrown: unknown;
    try {
      decodeKeysetCursor('members', cursor);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
