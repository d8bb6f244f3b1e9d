import { randomBytes } from 'node:crypto';

/** Lower-case words of letters and digits joined by single hyphens: what the database accepts. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Room is left for the suffixes below within the database's 80 characters. */
export const MAX_SLUG_LENGTH = 60;

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/** "Cœur de métier & RSE" → "coeur-de-metier-rse"; empty when the name has no latin letter or digit. */
export function slugFromName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}

/**
 * A secret community's slug ends in eight random characters. Slugs are unique, so a guessable one would let
 * anybody learn that a secret community exists by trying to create another with the same slug (or by
 * seeing a "-2" appended to theirs).
 */
export function secretSlug(base: string): string {
  base = base.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  const suffix = [...randomBytes(8)].map((byte) => (byte % 36).toString(36)).join('');
  return `${base}-${suffix}`;
}
