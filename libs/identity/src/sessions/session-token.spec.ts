import { hashSessionToken, isWellFormedToken, newSessionToken } from './session-token';

describe('session tokens', () => {
  it('are 256-bit random, URL-safe, and stored only as their SHA-256', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toHaveLength(32);
    expect(a.hash.equals(hashSessionToken(a.token))).toBe(true);
    expect(a.hash.toString('base64url')).not.toBe(a.token);
  });

  it('rejects anything that cannot be a token before any lookup', () => {
    expect(isWellFormedToken(newSessionToken().token)).toBe(true);
    for (const bad of [
      undefined,
      null,
      42,
      '',
      'short',
      `${'a'.repeat(43)}'; DROP TABLE sessions; --`,
      'a'.repeat(44),
    ]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});
