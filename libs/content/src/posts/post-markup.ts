/**
 * What a body links to, read from its markdown source: hashtags (topics) and @mentions (people).
 *
 * - A hashtag is `#` followed by letters (accents allowed), digits, `-` or `_`, e.g. `#RGPD`,
 *   `#cybersécurité`, `#spring-boot`. It is matched to a topic by slug, label or synonym in either language
 *   (case, accents, spaces and hyphens ignored).
 * - A mention is `@handle`, where the handle is the local part of the person's e-mail address
 *   (`@camille.martin` for camille.martin@example.com); `@camille.martin@example.com` names the full
 *   address when two people share a local part. A handle that matches several people links nobody.
 * - Neither counts inside code (`inline` or fenced), inside a link's URL, or glued to a word (`C#`,
 *   `name@example.com` is an e-mail address, not a mention).
 */

const MAX_TAGS = 30;

/** Removes code spans and code blocks, whose `#` and `@` are code, not tags. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, ' ')
    .replace(/^( {4}|\t).*$/gm, ' ')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[a-z][a-z0-9+.-]*:[^>\s]*>/gi, ' ');
}

const HASHTAG = /(?<![\p{L}\p{N}_&#/\\-])#([\p{L}\p{N}][\p{L}\p{N}_-]{0,79})/gu;
const MENTION =
  /(?<![\p{L}\p{N}_.+@\\-])@([a-z0-9][a-z0-9._+-]{0,63}(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})?)/giu;

/** The distinct hashtag terms of a body, without `#`, in order of appearance (at most 30). */
export function extractHashtags(markdown: string): string[] {
  const terms = new Map<string, string>();
  for (const match of withoutCode(markdown).matchAll(HASHTAG)) {
    const term = match[1]!.replace(/[-_]+$/, '');
    if (/^\p{N}+$/u.test(term)) continue; // "#1" is a number, not a topic
    const key = normaliseTerm(term);
    if (key && !terms.has(key)) terms.set(key, term);
    if (terms.size >= MAX_TAGS) break;
  }
  return [...terms.values()];
}

/** The distinct mentioned handles of a body, lower-cased, without `@` (at most 30). */
export function extractMentions(markdown: string): string[] {
  const handles = new Set<string>();
  for (const match of withoutCode(markdown).matchAll(MENTION)) {
    // A sentence may end right after a mention: "merci @camille.martin."
    const handle = match[1]!.toLowerCase().replace(/[._+-]+$/, '');
    if (handle) handles.add(handle);
    if (handles.size >= MAX_TAGS) break;
  }
  return [...handles];
}

/** Case, accents and separators ignored: `Cybersécurité`, `cyber-securite` and `CYBERSECURITE` are one. */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
