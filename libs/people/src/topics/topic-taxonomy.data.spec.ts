import { TOPIC_TAXONOMY, TaxonomyTopic } from './topic-taxonomy.data';

/** The normalisation search uses for matching: NFD, diacritics stripped, lower-cased, trimmed. */
const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const terms = (topic: TaxonomyTopic): string[] => [
  topic.labelFr,
  topic.labelEn,
  ...topic.synonymsFr,
  ...topic.synonymsEn,
];

describe('TOPIC_TAXONOMY', () => {
  it('holds between 140 and 170 topics', () => {
    expect(TOPIC_TAXONOMY.length).toBeGreaterThanOrEqual(140);
    expect(TOPIC_TAXONOMY.length).toBeLessThanOrEqual(170);
  });

  it('has unique kebab-case ASCII slugs', () => {
    const bad = TOPIC_TAXONOMY.filter((t) => !SLUG.test(t.slug)).map((t) => t.slug);
    expect(bad).toEqual([]);
    const seen = new Set<string>();
    const duplicates = TOPIC_TAXONOMY.map((t) => t.slug).filter((slug) => seen.size === seen.add(slug).size);
    expect(duplicates).toEqual([]);
  });

  it('defines every parent earlier in the array, so topics can be inserted in order, without cycles', () => {
    const defined = new Set<string>();
    const misplaced: string[] = [];
    for (const topic of TOPIC_TAXONOMY) {
      if (topic.parent !== null && !defined.has(topic.parent))
        misplaced.push(`${topic.slug} -> ${topic.parent}`);
      defined.add(topic.slug);
    }
    expect(misplaced).toEqual([]);

    const parentOf = new Map(TOPIC_TAXONOMY.map((t) => [t.slug, t.parent]));
    for (const topic of TOPIC_TAXONOMY) {
      const path = new Set<string>([topic.slug]);
      let current = topic.parent;
      while (current !== null) {
        expect(path.has(current)).toBe(false);
        path.add(current);
        current = parentOf.get(current) ?? null;
      }
    }
  });

  it('has non-empty, trimmed labels in both languages and non-empty, trimmed synonyms', () => {
    for (const topic of TOPIC_TAXONOMY) {
      for (const term of terms(topic)) {
        expect({ slug: topic.slug, term, ok: term.trim().length > 0 && term === term.trim() }).toEqual({
          slug: topic.slug,
          term,
          ok: true,
        });
      }
    }
  });

  it('never repeats a topic’s own labels among its synonyms', () => {
    const offenders = TOPIC_TAXONOMY.flatMap((topic) => {
      const labels = new Set([normalise(topic.labelFr), normalise(topic.labelEn)]);
      return [...topic.synonymsFr, ...topic.synonymsEn]
        .filter((synonym) => labels.has(normalise(synonym)))
        .map((synonym) => `${topic.slug}: ${synonym}`);
    });
    expect(offenders).toEqual([]);
  });

  it('never shares a normalised label or synonym between two topics', () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const topic of TOPIC_TAXONOMY) {
      for (const term of new Set(terms(topic).map(normalise))) {
        const other = owner.get(term);
        if (other !== undefined && other !== topic.slug)
          collisions.push(`"${term}": ${other} / ${topic.slug}`);
        else owner.set(term, topic.slug);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('is grouped under at least 10 roots, each with children', () => {
    const roots = TOPIC_TAXONOMY.filter((t) => t.parent === null).map((t) => t.slug);
    expect(roots.length).toBeGreaterThanOrEqual(10);
    const parents = new Set(TOPIC_TAXONOMY.map((t) => t.parent));
    expect(roots.filter((root) => !parents.has(root))).toEqual([]);
  });

  it('includes the terms people search with', () => {
    const known = new Set(TOPIC_TAXONOMY.flatMap(terms).map(normalise));
    const expected = [
      'RGPD',
      'GDPR',
      'RSE',
      'CSR',
      'IA',
      'AI',
      'BI',
      'DevOps',
      'Kubernetes',
      'k8s',
      'SQL',
      'PostgreSQL',
      'Java',
      'TypeScript',
      'Python',
      'cybersécurité',
      'conduite du changement',
      'paie',
      'comptabilité fournisseurs',
      'achats',
      'relation client',
      'gestion de projet',
      'Scrum',
      'SAFe',
      'prise de parole en public',
      'négociation',
      'management',
      'mentorat',
      'droit du travail',
    ];
    expect(expected.filter((term) => !known.has(normalise(term)))).toEqual([]);
  });
});
