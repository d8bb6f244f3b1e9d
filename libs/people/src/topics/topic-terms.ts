/**
 * How people's wording is compared with the taxonomy in code: NFD, diacritics stripped, lower-cased,
 * trimmed (SQL does the same with relais_unaccent(lower(...))).
 */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * Synonyms as stored: trimmed, non-empty, never repeating one of the topic's labels or an earlier synonym
 * (compared normalised); the first wording given is kept.
 */
export function cleanSynonyms(synonyms: readonly string[], labels: readonly string[]): string[] {
  const seen = new Set(labels.map(normaliseTerm));
  const kept: string[] = [];
  for (const raw of synonyms) {
    const synonym = raw.trim().replace(/\s+/g, ' ');
    const key = normaliseTerm(synonym);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(synonym);
  }
  return kept;
}

/** At most this many words of a search are matched; more would only slow the query down. */
export const MAX_SEARCH_WORDS = 8;

/**
 * The words of a topic search, each escaped for LIKE (every word must appear in a label or synonym).
 * Empty when the search has no words.
 */
export function searchWords(search: string | null | undefined): string[] {
  return (search ?? '')
    .split(/\s+/)
    .map((word) => word.replace(/[\p{Cc}]/gu, ''))
    .filter((word) => word.length > 0)
    .slice(0, MAX_SEARCH_WORDS)
    .map((word) => word.replace(/[\\%_]/g, (c) => `\\${c}`));
}
