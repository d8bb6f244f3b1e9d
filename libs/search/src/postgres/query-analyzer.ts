import { DataSource } from 'typeorm';

/** At most this many words of a query count; the rest is ignored (a search box, not a document). */
export const MAX_QUERY_WORDS = 8;
/** A word this long or longer may be corrected; shorter ones ("IA", "RH", "SQL") are taken as typed. */
const MIN_CORRECTED_LENGTH = 4;
/** How close a vocabulary word must be (trigram similarity) to replace an unknown query word. */
const MIN_SIMILARITY = 0.4;
/** A query word (or run of words) this long may name a topic despite a typo... */
const MIN_FUZZY_TOPIC_LENGTH = 5;
/** ...when it is at least this close to one of the topic's names (trigram similarity). */
const MIN_TOPIC_SIMILARITY = 0.55;
/** Longest topic term, in words, looked for in a query ("réseaux de neurones"). */
const MAX_TERM_WORDS = 4;

export interface AnalyzedQuery {
  /** Query words after correction, unaccented and lower-cased. */
  words: string[];
  /** The query as corrected, when a word was; null otherwise. */
  correctedQuery: string | null;
  /**
   * What a document must match, one entry per word or topic named, all required: its text matches
   * `query`, or (for a topic) it is tagged with one of `topicIds` (the topic and its sub-topics).
   */
  units: QueryUnit[];
  /** Every unit's text query, all required (text form), for ranking; '' when none. */
  tsquery: string;
  /**
   * What to mark in highlights: any of the words typed (corrected), not stop words, not the synonyms
   * a topic brought (a phrase's "de" would be marked everywhere).
   */
  highlightQuery: string;
  /** Topics the query names, then their sub-topics (ids). */
  topicIds: string[];
  /** The topics the query names itself (not their sub-topics). */
  namedTopicIds: string[];
}

export interface QueryUnit {
  /** A tsquery in text form. */
  query: string;
  topicIds: string[];
}

interface WordRow {
  ord: string;
  word: string;
  known: boolean;
  stop: boolean;
  suggestion: string | null;
  similarity: number | null;
}

/** Splits what a person typed into words: letters and digits only, so nothing reaches SQL as syntax. */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word.length <= 60)
    .slice(0, MAX_QUERY_WORDS);
}

/**
 * Turns a query into what the PostgreSQL engine searches with, in two statements:
 * 1. each word is unaccented; a word of 4 letters or more that is neither a known word nor the beginning
 *    of one is replaced by the closest word of the vocabulary (trigram similarity, GIN index), if any is
 *    close enough: "kubernets" -> "kubernetes", "cybersécurié" -> "cybersecurite";
 * 2. runs of words that are a topic's label or synonym, in either language ("ia", "intelligence
 *    artificielle", "machine learning"), or a close misspelling of one, become that topic: they match a
 *    document tagged with it or one of its sub-topics, or holding the words as typed; the other words
 *    match their French or English stem, or as a prefix.
 *    Words that are stop words in both languages ("le", "the") are left out, unless nothing else is left.
 */
export async function analyzeQuery(dataSource: DataSource, text: string): Promise<AnalyzedQuery> {
  const raw = queryWords(text);
  if (raw.length === 0) {
    return {
      words: [],
      correctedQuery: null,
      units: [],
      tsquery: '',
      highlightQuery: '',
      topicIds: [],
      namedTopicIds: [],
    };
  }

  const rows: WordRow[] = await dataSource.query(
    `WITH input AS (
       SELECT x.ord, public.relais_unaccent(x.w) AS word FROM unnest($1::text[]) WITH ORDINALITY AS x(w, ord))
     SELECT i.ord, i.word,
            EXISTS (SELECT 1 FROM search_vocabulary v
                     WHERE v.word >= i.word AND v.word < i.word || chr(1114111)) AS known,
            numnode(to_tsquery('relais_fr', quote_literal(i.word))) = 0
              AND numnode(to_tsquery('relais_en', quote_literal(i.word))) = 0 AS stop,
            s.word AS suggestion, s.similarity
       FROM input i
       LEFT JOIN LATERAL (
         SELECT v.word, similarity(v.word, i.word) AS similarity FROM search_vocabulary v
          WHERE length(i.word) >= $2 AND v.word % i.word
          ORDER BY similarity(v.word, i.word) DESC, v.documents DESC, v.word
          LIMIT 1) s ON true
      ORDER BY i.ord`,
    [raw, MIN_CORRECTED_LENGTH],
  );
  let corrected = false;
  const words = rows.map((row) => {
    if (row.known || row.stop || row.word.length < MIN_CORRECTED_LENGTH) return row.word;
    if (row.suggestion && (row.similarity ?? 0) >= MIN_SIMILARITY && row.suggestion !== row.word) {
      corrected = true;
      return row.suggestion;
    }
    return row.word;
  });
  const stop = rows.map((row) => row.stop);

  // Every run of up to MAX_TERM_WORDS words, to look up as a topic term.
  const grams: string[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let size = 1; size <= MAX_TERM_WORDS && start + size <= words.length; size++) {
      grams.push(words.slice(start, start + size).join(' '));
    }
  }
  const compiled: Array<{
    kind: 'word' | 'topic' | 'named';
    key: string;
    query: string;
    topic_ids: string[] | null;
  }> = await dataSource.query(
    `WITH RECURSIVE exact AS (
         SELECT t.id, g.gram FROM topics t, unnest($2::text[]) AS g(gram) WHERE t.search_terms @> ARRAY[g.gram]),
       -- A misspelt topic name ("kubernets") still names its topic: the closest term, if close enough.
       near AS (
         SELECT DISTINCT ON (g.gram) t.id, g.gram
           FROM unnest($2::text[]) AS g(gram), topics t, unnest(t.search_terms) AS term
          WHERE length(g.gram) >= $3 AND NOT EXISTS (SELECT 1 FROM exact e WHERE e.gram = g.gram)
            AND similarity(term, g.gram) >= $4
            -- as many words as the name: "kubernetes lyon" is not a misspelt "kubernetes"
            AND array_length(string_to_array(term, ' '), 1) = array_length(string_to_array(g.gram, ' '), 1)
          ORDER BY g.gram, similarity(term, g.gram) DESC, t.id),
       named AS (SELECT id, gram FROM exact UNION ALL SELECT id, gram FROM near),
       tree AS (
         SELECT n.gram, n.id, 0 AS depth FROM named n
         UNION
         SELECT tree.gram, c.id, tree.depth + 1 FROM tree JOIN topics c ON c.parent_id = tree.id WHERE tree.depth < 3)
       SELECT 'word' AS kind, w AS key, public.relais_word_query(w)::text AS query, NULL::uuid[] AS topic_ids
         FROM unnest($1::text[]) AS w
       UNION ALL
       SELECT 'topic', tree.gram, '', array_agg(DISTINCT tree.id ORDER BY tree.id)
         FROM tree
        GROUP BY tree.gram
       UNION ALL
       SELECT 'named', n.gram, '', array_agg(n.id ORDER BY n.id) FROM named n GROUP BY n.gram`,
    [words, grams, MIN_FUZZY_TOPIC_LENGTH, MIN_TOPIC_SIMILARITY],
  );
  const wordQuery = new Map<string, string>();
  const topicQuery = new Map<string, { query: string; ids: string[] }>();
  const namedByGram = new Map<string, string[]>();
  for (const row of compiled) {
    if (row.kind === 'word') wordQuery.set(row.key, row.query);
    else if (row.kind === 'topic') topicQuery.set(row.key, { query: row.query, ids: row.topic_ids ?? [] });
    else namedByGram.set(row.key, row.topic_ids ?? []);
  }

  // Longest topic terms first, left to right; the rest are words.
  const units: QueryUnit[] = [];
  const topicIds = new Set<string>();
  const namedTopicIds = new Set<string>();
  const onlyStopWords = stop.every(Boolean);
  for (let start = 0; start < words.length;) {
    let matched = 0;
    for (let size = Math.min(MAX_TERM_WORDS, words.length - start); size >= 1; size--) {
      const gram = words.slice(start, start + size).join(' ');
      const topic = topicQuery.get(gram);
      if (topic) {
        // Tagged with the topic or a sub-topic (every name of theirs, both languages), or the words as typed
        // (stop words aside) in the text: "gestion de projet" in a title. Plain words, never phrases: a
        // phrase needs each candidate's document re-read, which costs the most on large result sets.
        const typed = words
          .slice(start, start + size)
          .filter((_, offset) => !stop[start + offset])
          .map((word) => wordQuery.get(word) ?? '')
          .filter(Boolean);
        units.push({ query: typed.map((query) => `(${query})`).join(' & '), topicIds: topic.ids });
        topic.ids.forEach((id) => topicIds.add(id));
        (namedByGram.get(gram) ?? []).forEach((id) => namedTopicIds.add(id));
        matched = size;
        break;
      }
    }
    if (matched > 0) {
      start += matched;
      continue;
    }
    const word = words[start]!;
    const query = wordQuery.get(word) ?? '';
    if (query && (!stop[start] || onlyStopWords)) units.push({ query: `(${query})`, topicIds: [] });
    start += 1;
  }
  return {
    words,
    correctedQuery: corrected ? words.join(' ') : null,
    units,
    highlightQuery: words
      .filter((_, index) => !stop[index] || onlyStopWords)
      .map((word) => wordQuery.get(word) ?? '')
      .filter(Boolean)
      .map((query) => `(${query})`)
      .join(' | '),
    tsquery: units
      .map((unit) => unit.query)
      .filter(Boolean)
      .join(' & '),
    topicIds: [...topicIds],
    namedTopicIds: [...namedTopicIds],
  };
}
