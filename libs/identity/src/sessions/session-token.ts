import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'relais_session';

/** An opaque, unguessable token for the cookie; only its hash is stored. */
export function newSessionToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Rejects anything that cannot be one of our tokens before it reaches the database. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}
