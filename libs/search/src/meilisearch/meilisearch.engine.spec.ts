import { FakeMeilisearch, fakeDataSource, SearchAnswer, SearchRequest } from './fake-meilisearch.test';
import { MeilisearchEngine } from './meilisearch.engine';

/** A uuid whose last digits say what it stands for in a test. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const VIEWER = uuid(1);
const [PERSON_A, PERSON_B, PERSON_GONE] = [uuid(11), uuid(12), uuid(13)];
const [OPEN, PRIVATE, SECRET, SECRET_INVITED, UNREADABLE] = [
  uuid(21),
  uuid(22),
  uuid(23),
  uuid(24),
  uuid(25),
];
const [AI, ML, DEEP, KUBE, OTHER_TOPIC] = [uuid(31), uuid(32), uuid(33), uuid(34), uuid(35)];
const POST = uuid(41);

const S = '\u0002';
const E = '\u0003';
const API_KEY = 'meili-test-key';

/** Two topics of the taxonomy, as the synonyms query reads them. */
const TOPIC_TERMS = [
  {
    label_fr: 'Intelligence artificielle',
    label_en: 'Artificial intelligence',
    synonyms_fr: ['IA'],
    synonyms_en: ['AI'],
  },
  { label_fr: 'Kubernetes', label_en: 'Kubernetes', synonyms_fr: [], synonyms_en: ['K8s'] },
];

const SYNONYMS = {
  'intelligence artificielle': ['artificial intelligence', 'ia', 'ai'],
  'artificial intelligence': ['intelligence artificielle', 'ia', 'ai'],
  ia: ['intelligence artificielle', 'artificial intelligence', 'ai'],
  ai: ['intelligence artificielle', 'artificial intelligence', 'ia'],
  kubernetes: ['k8s'],
  k8s: ['kubernetes'],
};

const TYPO_TOLERANCE = { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } };
const FACETING = { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } };
const PAGINATION = { maxTotalHits: 100_000 };

const PEOPLE_SETTINGS = {
  searchableAttributes: ['name', 'topics', 'title', 'department', 'bio', 'location', 'languages'],
  filterableAttributes: ['department', 'location', 'languages', 'community_ids', 'topic_ids'],
  sortableAttributes: ['best_score', 'expertise', 'endorsements'],
  rankingRules: ['words', 'typo', 'sort', 'proximity', 'attribute', 'exactness', 'best_score:desc'],
  typoTolerance: TYPO_TOLERANCE,
  faceting: FACETING,
  pagination: PAGINATION,
  synonyms: SYNONYMS,
};
const POSTS_SETTINGS = {
  searchableAttributes: ['title', 'hashtags', 'body', 'author_name'],
  filterableAttributes: [
    'community_id',
    'community_visibility',
    'author_id',
    'author_active',
    'kind',
    'topic_ids',
    'language',
  ],
  sortableAttributes: ['created_at'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'created_at:desc'],
  typoTolerance: TYPO_TOLERANCE,
  faceting: FACETING,
  pagination: PAGINATION,
  synonyms: SYNONYMS,
};
const COMMUNITIES_SETTINGS = {
  searchableAttributes: ['name', 'topics', 'description'],
  filterableAttributes: ['visibility', 'id', 'topic_ids', 'official', 'archived'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'members:desc'],
  typoTolerance: TYPO_TOLERANCE,
  pagination: PAGINATION,
  synonyms: SYNONYMS,
};
/** The topics index wants Meilisearch's default ranking rules: a new index has them, so they are not sent. */
const TOPICS_SETTINGS = {
  searchableAttributes: ['label_fr', 'label_en', 'synonyms', 'slug'],
  filterableAttributes: ['id', 'parent_id'],
  typoTolerance: TYPO_TOLERANCE,
};

const HIGHLIGHT_TAGS = { highlightPreTag: S, highlightPostTag: E };

/** A person as the people statement returns it. */
function personRow(id: string, name: string) {
  return {
    id,
    name,
    title: 'Data engineer',
    department: 'R&D',
    location: 'Lyon',
    languages: ['fr', 'en'],
    bio_html: '<p>Builds <em>ML</em> pipelines &amp; tools</p>',
    bio_markdown: 'Builds *ML* pipelines & tools',
    topics: ['AI', 'IA', 'Intelligence artificielle'],
    topic_ids: [AI],
    community_ids: [OPEN],
    endorsements: 3,
    best_score: 7.5,
    expertise: { [AI]: 7.5, [KUBE]: '1.25' },
  };
}

function personDocument(id: string, name: string) {
  return {
    id,
    name,
    title: 'Data engineer',
    department: 'R&D',
    location: 'Lyon',
    languages: ['fr', 'en'],
    bio: 'Builds ML pipelines & tools',
    topics: ['AI', 'IA', 'Intelligence artificielle'],
    topic_ids: [AI],
    community_ids: [OPEN],
    endorsements: 3,
    best_score: 7.5,
    expertise: { [AI]: 7.5, [KUBE]: 1.25 },
  };
}

describe('MeilisearchEngine', () => {
  let fake: FakeMeilisearch;

  beforeEach(async () => {
    fake = await FakeMeilisearch.start({ apiKey: API_KEY });
  });

  afterEach(async () => {
    await fake.stop();
  });

  function engine(
    answers: Parameters<typeof fakeDataSource>[0],
    options: { rebuildBatchSize?: number } = {},
  ) {
    const { dataSource, calls } = fakeDataSource(answers);
    const logs: string[] = [];
    const meilisearch = new MeilisearchEngine(
      dataSource,
      { url: fake.url, apiKey: API_KEY, indexPrefix: 'relais', ...options },
      { log: (message: unknown) => logs.push(String(message)) },
    );
    return { meilisearch, calls, logs };
  }

  /** The bodies of the PATCH settings requests, by index uid. */
  function settingsSent(): Record<string, unknown> {
    return Object.fromEntries(
      fake.requests
        .filter((request) => request.method === 'PATCH' && request.path.endsWith('/settings'))
        .map((request) => [request.path.split('/')[2], request.body]),
    );
  }

  /** The queries of the only multi-search request. */
  function multiSearchQueries(): Array<Record<string, unknown>> {
    const [request] = fake.find('POST', '/multi-search');
    expect(fake.find('POST', '/multi-search')).toHaveLength(1);
    return (request!.body as { queries: Array<Record<string, unknown>> }).queries;
  }

  describe('prepare', () => {
    it('creates the four indexes with primary key id and applies their settings, synonyms included', async () => {
      const { meilisearch, calls } = engine({ 'topic-terms': TOPIC_TERMS });

      await meilisearch.prepare();

      expect(calls).toEqual([{ label: 'topic-terms', params: [] }]);
      expect(fake.find('POST', '/indexes').map((request) => request.body)).toEqual([
        { uid: 'relais_people', primaryKey: 'id' },
        { uid: 'relais_posts', primaryKey: 'id' },
        { uid: 'relais_communities', primaryKey: 'id' },
        { uid: 'relais_topics', primaryKey: 'id' },
      ]);
      expect(settingsSent()).toEqual({
        relais_people: PEOPLE_SETTINGS,
        relais_posts: POSTS_SETTINGS,
        relais_communities: COMMUNITIES_SETTINGS,
        relais_topics: TOPICS_SETTINGS,
      });
      // Every write was awaited: 4 creations and 4 settings updates.
      expect(
        fake.requests.filter((request) => request.path.startsWith('/tasks/')).map((r) => r.path),
      ).toEqual([
        '/tasks/0',
        '/tasks/1',
        '/tasks/2',
        '/tasks/3',
        '/tasks/4',
        '/tasks/5',
        '/tasks/6',
        '/tasks/7',
      ]);
      expect(fake.indexes.get('relais_people')?.primaryKey).toBe('id');
    });

    it('sends the api key as a bearer token on every request', async () => {
      const { meilisearch } = engine({ 'topic-terms': TOPIC_TERMS });

      await meilisearch.prepare();

      expect(fake.requests.length).toBeGreaterThan(0);
      for (const request of fake.requests) expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    });

    it('is refused with a wrong api key', async () => {
      const { dataSource } = fakeDataSource({ 'topic-terms': TOPIC_TERMS });
      const wrong = new MeilisearchEngine(dataSource, {
        url: fake.url,
        apiKey: 'nope',
        indexPrefix: 'relais',
      });

      await expect(wrong.prepare()).rejects.toThrow('The provided API key is invalid.');
    });

    it('sends no settings and creates nothing a second time when nothing changed', async () => {
      const { meilisearch } = engine({ 'topic-terms': TOPIC_TERMS });
      await meilisearch.prepare();
      fake.clearRequests();

      await meilisearch.prepare();

      expect(fake.calls()).toEqual([
        'GET /indexes/relais_people',
        'GET /indexes/relais_people/settings',
        'GET /indexes/relais_posts',
        'GET /indexes/relais_posts/settings',
        'GET /indexes/relais_communities',
        'GET /indexes/relais_communities/settings',
        'GET /indexes/relais_topics',
        'GET /indexes/relais_topics/settings',
      ]);
    });

    it('sends only the synonyms when only the taxonomy changed', async () => {
      const terms = [...TOPIC_TERMS];
      const { meilisearch } = engine({ 'topic-terms': () => terms });
      await meilisearch.prepare();
      terms[1] = { ...TOPIC_TERMS[1]!, synonyms_fr: ['Kube'] };
      fake.clearRequests();

      await meilisearch.prepare();

      const synonyms = {
        ...SYNONYMS,
        kubernetes: ['kube', 'k8s'],
        kube: ['kubernetes', 'k8s'],
        k8s: ['kubernetes', 'kube'],
      };
      expect(settingsSent()).toEqual({
        relais_people: { synonyms },
        relais_posts: { synonyms },
        relais_communities: { synonyms },
      });
    });
  });

  describe('sync', () => {
    it('writes the documents PostgreSQL still has and removes the others', async () => {
      fake.addIndex('relais_people');
      const { meilisearch, calls } = engine({
        'people.by-ids': [personRow(PERSON_A, 'Camille Martin'), personRow(PERSON_B, 'Ada Lovelace')],
      });

      await meilisearch.sync('people', [PERSON_A, PERSON_B, PERSON_GONE, PERSON_A, 'not-a-uuid']);

      expect(calls).toEqual([{ label: 'people.by-ids', params: [[PERSON_A, PERSON_B, PERSON_GONE]] }]);
      const [written] = fake.find('POST', '/indexes/relais_people/documents');
      expect(written!.query).toEqual({ primaryKey: 'id' });
      expect(written!.body).toEqual([
        personDocument(PERSON_A, 'Camille Martin'),
        personDocument(PERSON_B, 'Ada Lovelace'),
      ]);
      expect(fake.find('POST', '/indexes/relais_people/documents/delete-batch').map((r) => r.body)).toEqual([
        [PERSON_GONE, 'not-a-uuid'],
      ]);
      // Both tasks were awaited.
      expect(fake.requests.filter((request) => request.path.startsWith('/tasks/'))).toHaveLength(2);
      expect([...fake.indexes.get('relais_people')!.documents.keys()]).toEqual([PERSON_A, PERSON_B]);
    });

    it('writes to the index a rebuild is filling too, so the swap loses no change', async () => {
      fake.addIndex('relais_people');
      fake.addIndex('relais_people_rebuild');
      const { meilisearch } = engine({ 'people.by-ids': [] });

      await meilisearch.sync('people', [PERSON_GONE]);

      expect(fake.find('POST', '/indexes/relais_people/documents/delete-batch').map((r) => r.body)).toEqual([
        [PERSON_GONE],
      ]);
      expect(
        fake.find('POST', '/indexes/relais_people_rebuild/documents/delete-batch').map((r) => r.body),
      ).toEqual([[PERSON_GONE]]);
    });

    it('writes posts with their community, author and unix creation time', async () => {
      fake.addIndex('relais_posts');
      const { meilisearch } = engine({
        'posts.by-ids': [
          {
            id: POST,
            title: 'Kubernetes on a budget',
            body: 'How we run K8s',
            hashtags: ['cloud', 'kubernetes'],
            topic_ids: [KUBE],
            community_id: PRIVATE,
            community_visibility: 'private',
            author_id: PERSON_A,
            author_name: 'Camille Martin',
            author_active: false,
            kind: 'best_practice',
            language: 'en',
            created_at: '1767225600',
          },
        ],
      });

      await meilisearch.sync('posts', [POST]);

      expect(fake.find('POST', '/indexes/relais_posts/documents')[0]!.body).toEqual([
        {
          id: POST,
          title: 'Kubernetes on a budget',
          body: 'How we run K8s',
          hashtags: ['cloud', 'kubernetes'],
          topic_ids: [KUBE],
          community_id: PRIVATE,
          community_visibility: 'private',
          author_id: PERSON_A,
          author_name: 'Camille Martin',
          author_active: false,
          kind: 'best_practice',
          language: 'en',
          created_at: 1767225600,
        },
      ]);
      expect(fake.find('POST', '/indexes/relais_posts/documents/delete-batch')).toEqual([]);
    });

    it('writes communities with their topics and member count', async () => {
      fake.addIndex('relais_communities');
      const { meilisearch } = engine({
        'communities.by-ids': [
          {
            id: OPEN,
            name: 'Cloud guild',
            description: 'All things **cloud**',
            topics: ['Kubernetes'],
            topic_ids: [KUBE],
            visibility: 'open',
            official: true,
            archived: false,
            members: 12,
          },
        ],
      });

      await meilisearch.sync('communities', [OPEN]);

      expect(fake.find('POST', '/indexes/relais_communities/documents')[0]!.body).toEqual([
        {
          id: OPEN,
          name: 'Cloud guild',
          description: 'All things **cloud**',
          topics: ['Kubernetes'],
          topic_ids: [KUBE],
          visibility: 'open',
          official: true,
          archived: false,
          members: 12,
        },
      ]);
    });

    it('writes topics, then applies the new synonyms to the other indexes', async () => {
      const terms = [...TOPIC_TERMS];
      const { meilisearch } = engine({
        'topic-terms': () => terms,
        'topics.by-ids': [
          {
            id: KUBE,
            slug: 'kubernetes',
            label_fr: 'Kubernetes',
            label_en: 'Kubernetes',
            synonyms: ['K8s', 'Kube'],
            parent_id: null,
          },
        ],
      });
      await meilisearch.prepare();
      terms[1] = { ...TOPIC_TERMS[1]!, synonyms_fr: ['Kube'] };
      fake.clearRequests();

      await meilisearch.sync('topics', [KUBE]);

      expect(fake.find('POST', '/indexes/relais_topics/documents')[0]!.body).toEqual([
        {
          id: KUBE,
          slug: 'kubernetes',
          label_fr: 'Kubernetes',
          label_en: 'Kubernetes',
          synonyms: ['K8s', 'Kube'],
          parent_id: null,
        },
      ]);
      const synonyms = {
        ...SYNONYMS,
        kubernetes: ['kube', 'k8s'],
        kube: ['kubernetes', 'k8s'],
        k8s: ['kubernetes', 'kube'],
      };
      expect(settingsSent()).toEqual({
        relais_people: { synonyms },
        relais_posts: { synonyms },
        relais_communities: { synonyms },
      });
    });

    it('throws when Meilisearch fails a task, so the job is retried', async () => {
      fake.addIndex('relais_people');
      fake.failNextTask('documentAdditionOrUpdate', 'internal', 'disk full');
      const { meilisearch } = engine({ 'people.by-ids': [personRow(PERSON_A, 'Camille Martin')] });

      await expect(meilisearch.sync('people', [PERSON_A])).rejects.toThrow(
        /Meilisearch task 0 \(writing people documents to relais_people\) failed: disk full/,
      );
    });

    it('does nothing without ids', async () => {
      const { meilisearch, calls } = engine({});

      await meilisearch.sync('people', []);

      expect(calls).toEqual([]);
      expect(fake.requests).toEqual([]);
    });
  });

  describe('rebuild', () => {
    const people = [11, 12, 13, 14, 15].map((n) => personRow(uuid(n), `Person ${n}`));

    function rebuildEngine() {
      return engine(
        {
          'topic-terms': TOPIC_TERMS,
          'people.count': [{ count: people.length }],
          // Keyset pages on id: the rows after $1, at most $2.
          'people.page': ([after, limit]) =>
            people.filter((row) => after === null || row.id > String(after)).slice(0, Number(limit)),
        },
        { rebuildBatchSize: 2 },
      );
    }

    it('fills an index beside the live one in batches, swaps them, then deletes the old one', async () => {
      const { meilisearch, calls, logs } = rebuildEngine();
      const progress: Array<[number, number]> = [];

      const documents = await meilisearch.rebuild('people', (done, total) => progress.push([done, total]));

      expect(documents).toBe(5);
      expect(progress).toEqual([
        [0, 5],
        [2, 5],
        [4, 5],
        [5, 5],
      ]);
      expect(calls.filter((call) => call.label === 'people.page').map((call) => call.params)).toEqual([
        [null, 2],
        [uuid(12), 2],
        [uuid(14), 2],
      ]);
      expect(fake.calls()).toEqual([
        'DELETE /indexes/relais_people_rebuild',
        'POST /indexes',
        'GET /indexes/relais_people_rebuild/settings',
        'PATCH /indexes/relais_people_rebuild/settings',
        'POST /indexes/relais_people_rebuild/documents',
        'POST /indexes/relais_people_rebuild/documents',
        'POST /indexes/relais_people_rebuild/documents',
        // The live index did not exist yet: it is created empty, to be swapped with.
        'GET /indexes/relais_people',
        'POST /indexes',
        'POST /swap-indexes',
        'DELETE /indexes/relais_people_rebuild',
      ]);
      expect(fake.find('POST', '/indexes').map((request) => request.body)).toEqual([
        { uid: 'relais_people_rebuild', primaryKey: 'id' },
        { uid: 'relais_people', primaryKey: 'id' },
      ]);
      expect(settingsSent()).toEqual({ relais_people_rebuild: PEOPLE_SETTINGS });
      expect(
        fake
          .find('POST', '/indexes/relais_people_rebuild/documents')
          .map((request) => (request.body as Array<{ id: string }>).map((document) => document.id)),
      ).toEqual([[uuid(11), uuid(12)], [uuid(13), uuid(14)], [uuid(15)]]);
      expect(fake.find('POST', '/swap-indexes')[0]!.body).toEqual([
        { indexes: ['relais_people', 'relais_people_rebuild'], rename: false },
      ]);
      // The live index now holds the new documents and settings; the old one is gone.
      const live = fake.indexes.get('relais_people')!;
      expect(live.documents.size).toBe(5);
      expect(live.settings.rankingRules).toEqual(PEOPLE_SETTINGS.rankingRules);
      expect(fake.indexes.has('relais_people_rebuild')).toBe(false);
      expect(logs).toContain('rebuilt relais_people: 5 documents');
    });

    it('deletes a leftover rebuild index first and keeps the live index until the swap', async () => {
      fake.addIndex('relais_people');
      fake.indexes.get('relais_people')!.documents.set('old', { id: 'old' });
      fake.addIndex('relais_people_rebuild');
      fake.indexes.get('relais_people_rebuild')!.documents.set('half-way', { id: 'half-way' });
      const { meilisearch } = rebuildEngine();

      await meilisearch.rebuild('people');

      expect(fake.calls().slice(0, 2)).toEqual(['DELETE /indexes/relais_people_rebuild', 'POST /indexes']);
      expect(fake.calls()).not.toContain('DELETE /indexes/relais_people');
      expect([...fake.indexes.get('relais_people')!.documents.keys()]).toEqual(
        [11, 12, 13, 14, 15].map(uuid),
      );
      expect(fake.indexes.has('relais_people_rebuild')).toBe(false);
    });

    it('fails when a batch fails, before swapping anything', async () => {
      fake.failNextTask('documentAdditionOrUpdate', 'invalid_document_id', 'bad id');
      const { meilisearch } = rebuildEngine();

      await expect(meilisearch.rebuild('people')).rejects.toThrow(/filling relais_people_rebuild.*bad id/);
      expect(fake.find('POST', '/swap-indexes')).toEqual([]);
    });
  });

  describe('searchExperts', () => {
    const viewer = { userId: VIEWER, isAdmin: false };
    const hostileDepartment = 'R&D" OR visibility = "secret';

    function answerExperts(request: SearchRequest): SearchAnswer {
      if (request.indexUid === 'relais_topics') {
        return {
          hits: [
            { id: AI, _rankingScore: 0.97 },
            { id: OTHER_TOPIC, _rankingScore: 0.42 },
          ],
        };
      }
      const facets = request.body.facets as string[];
      if (facets.length > 1) {
        return {
          totalHits: 42,
          hits: [
            {
              id: PERSON_A,
              _rankingScore: 0.91,
              _formatted: {
                id: PERSON_A,
                name: 'Camille Martin',
                title: 'Data engineer',
                department: 'R&D',
                location: 'Lyon',
                bio: `…builds ${S}AI${E} tools…`,
                topics: [`${S}Intelligence${E} ${S}artificielle${E}`, 'Cloud', `${S}IA${E}`],
              },
            },
            { id: PERSON_B, _rankingScore: 0.5, _formatted: { id: PERSON_B, name: 'Ada Lovelace' } },
          ],
          facetDistribution: {
            department: { 'R&D': 10 },
            location: Object.fromEntries(Array.from({ length: 25 }, (_, n) => [`City ${n}`, n + 1])),
            languages: { fr: 30 },
            community_ids: { [OPEN]: 9 },
            topic_ids: { [AI]: 40, [KUBE]: 2 },
          },
        };
      }
      // The disjunctive counts: one facet each, without that facet's own filter.
      const distributions: Record<string, Record<string, number>> = {
        department: { 'R&D': 30, Sales: 4 },
        languages: { fr: 30, en: 12 },
        community_ids: { [OPEN]: 9, [PRIVATE]: 5, [UNREADABLE]: 3 },
      };
      return { facetDistribution: { [facets[0]!]: distributions[facets[0]!]! } };
    }

    it('filters, sorts by the named topic, counts facets disjunctively and hides unreadable communities', async () => {
      fake.answerSearch = answerExperts;
      const { meilisearch, calls } = engine({
        'readable-communities': ([ids]) =>
          (ids as string[]).filter((id) => id === OPEN || id === PRIVATE).map((id) => ({ id })),
        'topic-tree': [
          { id: DEEP, root: AI, depth: 2 },
          { id: AI, root: AI, depth: 0 },
          { id: ML, root: AI, depth: 1 },
        ],
      });

      const result = await meilisearch.searchExperts(
        {
          text: ' IA ',
          limit: 10,
          offset: 20,
          filters: { department: hostileDepartment, language: 'fr', communityId: OPEN, location: null },
        },
        viewer,
      );

      // The community filter was checked first, then the named topics and their sub-topics.
      expect(calls).toEqual([
        { label: 'readable-communities', params: [[OPEN], VIEWER] },
        { label: 'topic-tree', params: [[AI]] },
        { label: 'readable-communities', params: [[OPEN, PRIVATE, UNREADABLE], VIEWER] },
      ]);
      expect(fake.find('POST', '/indexes/relais_topics/search')[0]!.body).toEqual({
        q: 'IA',
        limit: 3,
        attributesToRetrieve: ['id'],
        showRankingScore: true,
      });
      const department = 'department = "R&D\\" OR visibility = \\"secret"';
      const language = 'languages = "fr"';
      const community = `community_ids = "${OPEN}"`;
      expect(multiSearchQueries()).toEqual([
        {
          indexUid: 'relais_people',
          q: 'IA',
          filter: `${department} AND ${language} AND ${community}`,
          facets: ['department', 'location', 'languages', 'community_ids', 'topic_ids'],
          page: 3,
          hitsPerPage: 10,
          sort: [`expertise.${AI}:desc`],
          attributesToRetrieve: ['id'],
          showRankingScore: true,
          attributesToHighlight: ['name', 'title', 'department', 'location', 'bio', 'topics'],
          attributesToCrop: ['bio'],
          cropLength: 24,
          ...HIGHLIGHT_TAGS,
        },
        {
          indexUid: 'relais_people',
          q: 'IA',
          filter: `${language} AND ${community}`,
          facets: ['department'],
          limit: 0,
        },
        {
          indexUid: 'relais_people',
          q: 'IA',
          filter: `${department} AND ${community}`,
          facets: ['languages'],
          limit: 0,
        },
        {
          indexUid: 'relais_people',
          q: 'IA',
          filter: `${department} AND ${language}`,
          facets: ['community_ids'],
          limit: 0,
        },
      ]);

      expect(result.total).toBe(42);
      expect(result.correctedQuery).toBeNull();
      expect(result.topicIds).toEqual([AI, ML, DEEP]);
      expect(result.facets.departments).toEqual([
        { value: 'R&D', count: 30 },
        { value: 'Sales', count: 4 },
      ]);
      expect(result.facets.languages).toEqual([
        { value: 'fr', count: 30 },
        { value: 'en', count: 12 },
      ]);
      expect(result.facets.communities).toEqual([
        { value: OPEN, count: 9 },
        { value: PRIVATE, count: 5 },
      ]);
      expect(result.facets.topics).toEqual([
        { value: AI, count: 40 },
        { value: KUBE, count: 2 },
      ]);
      // At most 20 values, the most frequent first.
      expect(result.facets.locations).toHaveLength(20);
      expect(result.facets.locations[0]).toEqual({ value: 'City 24', count: 25 });
      expect(result.facets.locations[19]).toEqual({ value: 'City 5', count: 6 });

      expect(result.hits).toEqual([
        {
          userId: PERSON_A,
          rank: 0.91,
          highlights: [
            {
              field: 'bio',
              fragments: [
                { text: '…builds ', match: false },
                { text: 'AI', match: true },
                { text: ' tools…', match: false },
              ],
            },
            {
              field: 'topics',
              fragments: [
                { text: 'Intelligence', match: true },
                { text: ' ', match: false },
                { text: 'artificielle', match: true },
                { text: ', ', match: false },
                { text: 'IA', match: true },
              ],
            },
          ],
        },
        { userId: PERSON_B, rank: 0.5, highlights: [] },
      ]);
    });

    it('answers an empty result, without searching, for a community the viewer may not read', async () => {
      const { meilisearch, calls } = engine({ 'readable-communities': [] });

      const result = await meilisearch.searchExperts(
        { text: 'IA', limit: 20, offset: 0, filters: { communityId: SECRET } },
        viewer,
      );

      expect(result).toEqual({
        hits: [],
        total: 0,
        correctedQuery: null,
        topicIds: [],
        facets: { departments: [], locations: [], languages: [], communities: [], topics: [] },
      });
      expect(calls).toEqual([{ label: 'readable-communities', params: [[SECRET], VIEWER] }]);
      expect(fake.requests).toEqual([]);
    });

    it('lists the best experts first without text, and names no topic', async () => {
      fake.answerSearch = () => ({ totalHits: 0 });
      const { meilisearch, calls } = engine({});

      const result = await meilisearch.searchExperts(
        { text: '  ', limit: 20, offset: 0, filters: {} },
        viewer,
      );

      expect(multiSearchQueries()).toEqual([
        {
          indexUid: 'relais_people',
          q: '',
          facets: ['department', 'location', 'languages', 'community_ids', 'topic_ids'],
          page: 1,
          hitsPerPage: 20,
          sort: ['best_score:desc'],
          attributesToRetrieve: ['id'],
          showRankingScore: true,
        },
      ]);
      expect(fake.find('POST', '/indexes/relais_topics/search')).toEqual([]);
      expect(calls).toEqual([]);
      expect(result.topicIds).toEqual([]);
    });

    it('keeps relevance alone when the text names no topic strongly enough', async () => {
      fake.answerSearch = (request) =>
        request.indexUid === 'relais_topics' ? { hits: [{ id: OTHER_TOPIC, _rankingScore: 0.6 }] } : {};
      const { meilisearch, calls } = engine({});

      const result = await meilisearch.searchExperts(
        { text: 'gardening', limit: 20, offset: 0, filters: { topicId: KUBE } },
        viewer,
      );

      const [main] = multiSearchQueries();
      expect(main).not.toHaveProperty('sort');
      expect(main!.filter).toBe(`topic_ids = "${KUBE}"`);
      expect(calls).toEqual([]);
      expect(result.topicIds).toEqual([]);
    });
  });

  describe('searchPosts', () => {
    const memberships = [
      { id: OPEN, status: 'active', visibility: 'open' },
      { id: PRIVATE, status: 'active', visibility: 'private' },
      { id: SECRET_INVITED, status: 'invited', visibility: 'secret' },
    ];

    function answerPosts(request: SearchRequest): SearchAnswer {
      if (request.body.hitsPerPage === 0) return { totalHits: 3 };
      const facets = request.body.facets as string[];
      if (facets.length > 1) {
        return {
          totalHits: 17,
          hits: [
            {
              id: POST,
              _rankingScore: 0.8,
              _formatted: { id: POST, title: `${S}Kubernetes${E} on a budget`, body: 'How we run it' },
            },
          ],
          // UNREADABLE went private since it was indexed: PostgreSQL says the viewer may not read it.
          facetDistribution: {
            kind: { question: 5 },
            community_id: { [OPEN]: 2, [PRIVATE]: 4, [UNREADABLE]: 7 },
          },
        };
      }
      return { facetDistribution: { kind: { question: 5, discussion: 9, announcement: 1 } } };
    }

    it('limits to what the viewer may read, counts facets and profile posts, hides unreadable communities', async () => {
      fake.answerSearch = answerPosts;
      const { meilisearch, calls } = engine({
        'viewer-communities': memberships,
        'readable-communities': [{ id: OPEN }, { id: PRIVATE }],
      });
      const author = 'x" OR author_active = "false';

      const result = await meilisearch.searchPosts(
        { text: 'kubernetes', limit: 10, offset: 0, filters: { kind: 'question', authorId: author } },
        { userId: VIEWER, isAdmin: false },
      );

      expect(calls).toEqual([
        { label: 'viewer-communities', params: [VIEWER] },
        { label: 'readable-communities', params: [[OPEN, PRIVATE, UNREADABLE], VIEWER] },
      ]);
      const scope =
        '((community_id IS NULL AND author_active = "true") OR community_visibility = "open"' +
        ` OR community_id IN ["${OPEN}", "${PRIVATE}"])`;
      const kind = 'kind = "question"';
      const authored = 'author_id = "x\\" OR author_active = \\"false"';
      expect(multiSearchQueries()).toEqual([
        {
          indexUid: 'relais_posts',
          q: 'kubernetes',
          filter: `${scope} AND ${kind} AND ${authored}`,
          facets: ['kind', 'community_id'],
          page: 1,
          hitsPerPage: 10,
          attributesToRetrieve: ['id'],
          showRankingScore: true,
          attributesToHighlight: ['title', 'body'],
          attributesToCrop: ['body'],
          cropLength: 24,
          ...HIGHLIGHT_TAGS,
        },
        {
          indexUid: 'relais_posts',
          q: 'kubernetes',
          filter: `${scope} AND ${authored}`,
          facets: ['kind'],
          limit: 0,
        },
        {
          indexUid: 'relais_posts',
          q: 'kubernetes',
          filter: `${scope} AND ${kind} AND ${authored} AND community_id IS NULL`,
          page: 1,
          hitsPerPage: 0,
        },
      ]);
      expect(result).toEqual({
        hits: [
          {
            postId: POST,
            rank: 0.8,
            highlights: [
              {
                field: 'title',
                fragments: [
                  { text: 'Kubernetes', match: true },
                  { text: ' on a budget', match: false },
                ],
              },
            ],
          },
        ],
        total: 17,
        correctedQuery: null,
        facets: {
          kinds: [
            { value: 'discussion', count: 9 },
            { value: 'question', count: 5 },
            { value: 'announcement', count: 1 },
          ],
          communities: [
            { value: PRIVATE, count: 4 },
            { value: '', count: 3 },
            { value: OPEN, count: 2 },
          ],
        },
      });
    });

    it('lets admins read the profile posts of deactivated people, and counts a community disjunctively', async () => {
      fake.answerSearch = answerPosts;
      const { meilisearch } = engine({ 'viewer-communities': [], 'readable-communities': [{ id: OPEN }] });

      await meilisearch.searchPosts(
        { text: 'kubernetes', limit: 10, offset: 0, filters: { communityId: OPEN, topicId: KUBE } },
        { userId: VIEWER, isAdmin: true },
      );

      const scope = '(community_id IS NULL OR community_visibility = "open")';
      const queries = multiSearchQueries();
      expect(queries.map((query) => [query.filter, query.facets])).toEqual([
        [`${scope} AND community_id = "${OPEN}" AND topic_ids = "${KUBE}"`, ['kind', 'community_id']],
        [`${scope} AND topic_ids = "${KUBE}"`, ['community_id']],
        [`${scope} AND topic_ids = "${KUBE}" AND community_id IS NULL`, undefined],
      ]);
    });

    it('answers nothing for a blank text, as the PostgreSQL engine does', async () => {
      const { meilisearch, calls } = engine({});

      const result = await meilisearch.searchPosts(
        { text: ' ', limit: 10, offset: 0, filters: {} },
        { userId: VIEWER, isAdmin: false },
      );

      expect(result).toEqual({
        hits: [],
        total: 0,
        correctedQuery: null,
        facets: { kinds: [], communities: [] },
      });
      expect(calls).toEqual([]);
      expect(fake.requests).toEqual([]);
    });
  });

  describe('searchCommunities', () => {
    it('hides secret communities but those the viewer is a member of or invited to', async () => {
      fake.answerSearch = () => ({
        totalHits: 31,
        hits: [
          {
            id: OPEN,
            _rankingScore: 0.7,
            _formatted: {
              id: OPEN,
              name: `${S}Cloud${E} guild`,
              description: 'All things',
              topics: ['Kubernetes'],
            },
          },
        ],
      });
      const { meilisearch, calls } = engine({
        'viewer-communities': [
          { id: OPEN, status: 'active', visibility: 'open' },
          { id: PRIVATE, status: 'invited', visibility: 'private' },
          { id: SECRET, status: 'active', visibility: 'secret' },
          { id: SECRET_INVITED, status: 'invited', visibility: 'secret' },
        ],
      });

      const result = await meilisearch.searchCommunities(
        { text: 'cloud', limit: 5, offset: 10 },
        { userId: VIEWER, isAdmin: true },
      );

      expect(calls).toEqual([{ label: 'viewer-communities', params: [VIEWER] }]);
      expect(fake.find('POST', '/indexes/relais_communities/search')[0]!.body).toEqual({
        q: 'cloud',
        filter: `visibility != "secret" OR id IN ["${SECRET}", "${SECRET_INVITED}"]`,
        page: 3,
        hitsPerPage: 5,
        attributesToRetrieve: ['id'],
        showRankingScore: true,
        attributesToHighlight: ['name', 'description', 'topics'],
        attributesToCrop: ['description'],
        cropLength: 24,
        ...HIGHLIGHT_TAGS,
      });
      expect(result).toEqual({
        hits: [
          {
            communityId: OPEN,
            rank: 0.7,
            highlights: [
              {
                field: 'name',
                fragments: [
                  { text: 'Cloud', match: true },
                  { text: ' guild', match: false },
                ],
              },
            ],
          },
        ],
        total: 31,
        correctedQuery: null,
      });
    });
  });

  describe('suggestTopics', () => {
    it('searches the topics index by prefix and answers ids', async () => {
      fake.answerSearch = () => ({ hits: [{ id: KUBE }, { id: AI }] });
      const { meilisearch } = engine({});

      await expect(meilisearch.suggestTopics(' kub', 5)).resolves.toEqual([KUBE, AI]);
      expect(fake.find('POST', '/indexes/relais_topics/search')[0]!.body).toEqual({
        q: 'kub',
        limit: 5,
        attributesToRetrieve: ['id'],
      });
    });
  });
});
