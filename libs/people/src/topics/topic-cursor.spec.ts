import { DomainError } from '@relais/common';
import { decodeTopicCursor, encodeTopicCursor } from './topic-cursor';

describe('topic cursors', () => {
  it('round-trips a slug', () => {
    expect(decodeTopicCursor(encodeTopicCursor('data-protection'))).toBe('data-protection');
  });

  it.each(['', 'not a cursor', Buffer.from("x' OR 1=1").toString('base64url'), encodeTopicCursor('a') + 'A'])(
    'refuses %p with BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeTopicCursor(cursor)).toThrow(DomainError);
      try {
        decodeTopicCursor(cursor);
      } catch (error) {
        expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      }
    },
  );
});
