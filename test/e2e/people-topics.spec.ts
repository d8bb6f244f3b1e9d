import { TopicMergeRegistry, TopicsService } from '@relais/people';
import {
  GraphqlClient,
  listTopics,
  newEndorsement,
  newTopic,
  newUser,
  PEOPLE_TABLES,
  tableSnapshot,
} from '@relais/testing';
import { TOPIC_TAXONOMY } from '../../libs/people/src/topics/topic-taxonomy.data';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const TOPIC_FIELDS = 'id slug label labelFr labelEn synonymsFr synonymsEn parent { slug } children { slug }';
const TOPICS = `query Topics($parentSlug: String, $search: String, $first: Int, $after: String) {
  topics(parentSlug: $parentSlug, search: $search, first: $first, after: $after) {
    nodes { slug labelFr labelEn } pageInfo { hasNextPage endCursor }
  }
}`;
const TOPIC = `query Topic($slug: String!) { topic(slug: $slug) { ${TOPIC_FIELDS} } }`;
const CREATE = `mutation Create($input: CreateTopicInput!) { createTopic(input: $input) { ${TOPIC_FIELDS} } }`;
const UPDATE = `mutation Update($slug: String!, $input: UpdateTopicInput!) {
  updateTopic(slug: $slug, input: $input) { ${TOPIC_FIELDS} }
}`;
const MERGE = `mutation Merge($fromSlug: String!, $intoSlug: String!) {
  mergeTopics(fromSlug: $fromSlug, intoSlug: $intoSlug) { ${TOPIC_FIELDS} peopleCount }
}`;

interface TopicPage {
  topics: {
    nodes: Array<{ slug: string; labelFr: string; labelEn: string }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('topics over GraphQL', () => {
  let api: TestApi;
  let admin: GraphqlClient;
  let member: GraphqlClient;
  const snapshot = () => tableSnapshot(api.db, PEOPLE_TABLES);
  const search = async (text: string, first = 100) =>
    (await member.ok<TopicPage>(TOPICS, { search: text, first })).topics.nodes.map((n) => n.slug);

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signIn('admin.topics@example.com', 'Ada Admin');
    member = await api.signIn('max.member@example.com', 'Max Membre');
  });
  afterAll(() => api.close());

  describe('the seeded taxonomy', () => {
    it('holds every seeded topic (>= 140), walked page by page in slug order exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const page: TopicPage = await member.ok<TopicPage>(TOPICS, { first: 40, after });
        seen.push(...page.topics.nodes.map((n) => n.slug));
        if (!page.topics.pageInfo.hasNextPage) break;
        after = page.topics.pageInfo.endCursor;
      }
      expect(seen.length).toBeGreaterThanOrEqual(140);
      expect(seen).toEqual([...TOPIC_TAXONOMY.map((t) => t.slug)].sort());
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('finds the same topic searching "rgpd" or "GDPR", in either case', async () => {
      const rgpd = await search('rgpd');
      expect(rgpd).toHaveLength(1);
      expect(await search('GDPR')).toEqual(rgpd);
      expect(await search('Rgpd')).toEqual(rgpd);
    });

    it('ignores accents: "securite" finds Cybersécurité, and so does "cybersécurité"', async () => {
      const cyber = TOPIC_TAXONOMY.find((t) => t.labelFr === 'Cybersécurité')!;
      expect(cyber).toBeDefined();
      expect(await search('securite')).toContain(cyber.slug);
      expect(await search('CYBERSÉCURITÉ')).toContain(cyber.slug);
    });

    it('needs every word to match, and treats % and _ as plain characters', async () => {
      const both = await search('gestion projet');
      expect(both.length).toBeGreaterThan(0);
      for (const slug of both) expect(await search('gestion')).toContain(slug);
      expect(await search('gestion zzzzqq')).toEqual([]);
      expect(await search('%')).toEqual([]);
      expect(await search('_')).toEqual([]);
    });

    it('lists the direct children of a parent, and answers NOT_FOUND for an unknown parent', async () => {
      const root = TOPIC_TAXONOMY.find((t) => t.parent === null)!;
      const children = TOPIC_TAXONOMY.filter((t) => t.parent === root.slug)
        .map((t) => t.slug)
        .sort();
      const page = await member.ok<TopicPage>(TOPICS, { parentSlug: root.slug, first: 100 });
      expect(page.topics.nodes.map((n) => n.slug)).toEqual(children);
      const error = await firstError(member, TOPICS, { parentSlug: 'no-such-parent' });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses a malformed cursor and a page size outside 1..100 with BAD_USER_INPUT', async () => {
      for (const variables of [
        { after: 'not-a-cursor!' },
        { after: Buffer.from("x' OR 1=1 --").toString('base64url') },
        { first: 0 },
        { first: 101 },
      ]) {
        const error = await firstError(member, TOPICS, variables);
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('topic', () => {
    it('gives a topic with its label in the viewer’s language, its parent and its children', async () => {
      const child = TOPIC_TAXONOMY.find((t) => t.slug === 'typescript')!;
      const parent = TOPIC_TAXONOMY.find((t) => t.slug === child.parent)!;
      const topic = (await member.ok(TOPIC, { slug: 'typescript' })).topic;
      expect(topic).toMatchObject({
        slug: 'typescript',
        label: child.labelFr,
        labelFr: child.labelFr,
        labelEn: child.labelEn,
        synonymsFr: child.synonymsFr,
        synonymsEn: child.synonymsEn,
        parent: { slug: parent.slug },
        children: [],
      });
      const parentTopic = (await member.ok(TOPIC, { slug: parent.slug })).topic;
      expect(parentTopic.children.map((c: { slug: string }) => c.slug)).toContain('typescript');

      const english = await api.signIn('emma.english@example.com');
      await english.ok('mutation { updateMyProfile(input: { locale: en }) { id } }');
      // The viewer's language is read with the session on every request: the next one speaks English.
      expect((await english.ok(TOPIC, { slug: parent.slug })).topic.label).toBe(parent.labelEn);
    });

    it('answers NOT_FOUND for an unknown slug', async () => {
      const error = await firstError(member, TOPIC, { slug: 'no-such-topic' });
      expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(error.message).toContain('"no-such-topic"');
      expect(error.response.data).toEqual({ topic: null });
    });

    it('counts the active people listing a topic, per kind or over all kinds', async () => {
      const topic = await newTopic(api.db);
      const [a, b, gone] = [
        await newUser(api.db),
        await newUser(api.db),
        await newUser(api.db, { status: 'deactivated' }),
      ];
      await listTopics(api.db, a.id, 'expertise', [topic.slug]);
      await listTopics(api.db, a.id, 'mentor', [topic.slug]);
      await listTopics(api.db, b.id, 'learn', [topic.slug]);
      await listTopics(api.db, gone.id, 'expertise', [topic.slug]);
      const counts = await member.ok(`{ topic(slug: "${topic.slug}") {
        all: peopleCount expertise: peopleCount(kind: EXPERTISE) mentor: peopleCount(kind: MENTOR)
        learn: peopleCount(kind: LEARN) askMe: peopleCount(kind: ASK_ME)
      } }`);
      expect(counts.topic).toEqual({ all: 2, expertise: 1, mentor: 1, learn: 1, askMe: 0 });
    });
  });

  describe('resolveTopicsByTerms (for hashtags)', () => {
    it('matches slugs, labels and synonyms in either language, ignoring case and accents', async () => {
      const service = api.app.get(TopicsService);
      const ids: Array<{ slug: string; id: string }> = await api.db.query('SELECT slug, id FROM topics');
      const idOf = new Map(ids.map((r) => [r.slug, r.id]));
      const cyber = TOPIC_TAXONOMY.find((t) => t.labelFr === 'Cybersécurité')!;
      const rgpdTopic = (await search('rgpd'))[0]!;
      const terms = [
        'RGPD',
        'gdpr',
        'cybersecurite',
        'CyberSécurité',
        'kubernetes',
        'K8S',
        'nothing-like-this',
        ' ',
      ];
      const resolved = await service.resolveTopicsByTerms(terms);
      expect(Object.fromEntries(resolved)).toEqual({
        RGPD: idOf.get(rgpdTopic),
        gdpr: idOf.get(rgpdTopic),
        cybersecurite: idOf.get(cyber.slug),
        CyberSécurité: idOf.get(cyber.slug),
        kubernetes: idOf.get('kubernetes'),
        K8S: idOf.get('kubernetes'),
      });
    });
  });

  describe('admin edits', () => {
    it('creates a topic under a parent, cleaning its synonyms', async () => {
      const created = (
        await admin.ok(CREATE, {
          input: {
            slug: 'quantum-computing',
            labelFr: ' Informatique quantique ',
            labelEn: 'Quantum computing',
            synonymsFr: ['qubits', ' Qubits', 'informatique quantique', ''],
            synonymsEn: ['QC'],
            parentSlug: 'software-engineering',
          },
        })
      ).createTopic;
      expect(created).toMatchObject({
        slug: 'quantum-computing',
        labelFr: 'Informatique quantique',
        synonymsFr: ['qubits'],
        synonymsEn: ['QC'],
        parent: { slug: 'software-engineering' },
        children: [],
      });
      expect(await search('qubit')).toEqual(['quantum-computing']);
    });

    it('refuses a taken slug, a word naming another topic, an unknown parent and a bad slug, changing nothing', async () => {
      const base = { slug: 'fresh-topic', labelFr: 'Tout neuf', labelEn: 'Brand new' };
      const cases: Array<[Record<string, unknown>, Record<string, unknown>, RegExp]> = [
        [{ slug: 'python' }, { code: 'CONFLICT', reason: 'SLUG_TAKEN' }, /already a topic "python"/],
        [{ synonymsEn: ['GDPR'] }, { code: 'CONFLICT', reason: 'TERM_TAKEN' }, /"GDPR" \(topic "/],
        [{ labelFr: 'Kubernetes' }, { code: 'CONFLICT', reason: 'TERM_TAKEN' }, /topic "kubernetes"/],
        [
          { parentSlug: 'no-such-parent' },
          { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TOPIC' },
          /"no-such-parent"/,
        ],
        [{ slug: 'Not A Slug' }, { code: 'BAD_USER_INPUT' }, /slug must be a slug/],
        [{ labelEn: '   ' }, { code: 'BAD_USER_INPUT' }, /labelEn must not be empty/],
        [{ labelFr: 'x'.repeat(121) }, { code: 'BAD_USER_INPUT' }, /labelFr must be at most 120/],
      ];
      for (const [change, extensions, message] of cases) {
        const before = await snapshot();
        const error = await firstError(admin, CREATE, { input: { ...base, ...change } });
        expect({ change, extensions: error.extensions }).toEqual({
          change,
          extensions: expect.objectContaining(extensions),
        });
        expect(error.message).toMatch(message);
        expect(await snapshot()).toEqual(before);
      }
    });

    it('renames a topic, replaces its synonyms and moves it, leaving omitted fields as they are', async () => {
      const topic = await newTopic(api.db, { synonymsFr: ['ancien'], synonymsEn: ['old'] });
      const updated = (
        await admin.ok(UPDATE, {
          slug: topic.slug,
          input: { labelEn: 'Renamed topic', synonymsFr: ['nouveau', 'neuf'], parentSlug: 'python' },
        })
      ).updateTopic;
      expect(updated).toMatchObject({
        slug: topic.slug,
        labelFr: topic.labelFr,
        labelEn: 'Renamed topic',
        synonymsFr: ['nouveau', 'neuf'],
        synonymsEn: ['old'],
        parent: { slug: 'python' },
      });
      const root = (
        await admin.ok(UPDATE, { slug: topic.slug, input: { parentSlug: null, synonymsEn: null } })
      ).updateTopic;
      expect(root).toMatchObject({ parent: null, synonymsEn: [], labelEn: 'Renamed topic' });
    });

    it('refuses a parent that would make a loop, with BAD_USER_INPUT / TOPIC_CYCLE, changing nothing', async () => {
      const top = await newTopic(api.db);
      const middle = await newTopic(api.db, { parent: top.slug });
      const bottom = await newTopic(api.db, { parent: middle.slug });
      for (const parentSlug of [top.slug, middle.slug, bottom.slug]) {
        const before = await snapshot();
        const error = await firstError(admin, UPDATE, { slug: top.slug, input: { parentSlug } });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOPIC_CYCLE' });
        expect(await snapshot()).toEqual(before);
      }
    });

    it('refuses unknown topics and blank labels in updateTopic, changing nothing', async () => {
      const before = await snapshot();
      const unknown = await firstError(admin, UPDATE, { slug: 'no-such-topic', input: { labelEn: 'X' } });
      expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TOPIC' });
      const blank = await firstError(admin, UPDATE, { slug: 'python', input: { labelFr: null } });
      expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
      expect(blank.message).toMatch(/labelFr cannot be removed/);
      const taken = await firstError(admin, UPDATE, { slug: 'python', input: { synonymsEn: ['k8s'] } });
      expect(taken.extensions).toEqual({ code: 'CONFLICT', reason: 'TERM_TAKEN' });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses every taxonomy edit to a member with FORBIDDEN, changing nothing', async () => {
      const before = await snapshot();
      const attempts: Array<[string, Record<string, unknown>]> = [
        [CREATE, { input: { slug: 'member-topic', labelFr: 'Sujet', labelEn: 'Topic' } }],
        [UPDATE, { slug: 'python', input: { labelEn: 'Snake' } }],
        [MERGE, { fromSlug: 'java', intoSlug: 'python' }],
      ];
      for (const [mutation, variables] of attempts) {
        const error = await firstError(member, mutation, variables);
        expect(error.extensions?.code).toBe('FORBIDDEN');
        expect(error.message).toMatch(/administrator/);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('mergeTopics', () => {
    it('re-tags people’s topics and endorsements without duplicates, moves children, keeps the names as synonyms, deletes the source', async () => {
      const from = await newTopic(api.db, {
        labelFr: 'Pilotage agile',
        labelEn: 'Agile steering',
        synonymsEn: ['agile pm'],
      });
      const into = await newTopic(api.db, { labelFr: 'Agilité', labelEn: 'Agility', synonymsFr: ['agile'] });
      const child = await newTopic(api.db, { parent: from.slug });
      const [onlyFrom, both, endorser, other] = [
        await newUser(api.db),
        await newUser(api.db),
        await newUser(api.db),
        await newUser(api.db),
      ];
      await listTopics(api.db, onlyFrom.id, 'expertise', [from.slug]);
      // The same person lists both topics: after the merge, one listing only.
      await listTopics(api.db, both.id, 'expertise', [into.slug, from.slug]);
      await listTopics(api.db, both.id, 'learn', [from.slug]);
      await newEndorsement(api.db, endorser.id, onlyFrom.id, from.slug);
      // The same colleague endorsed the same person on both topics: one endorsement remains.
      await newEndorsement(api.db, endorser.id, both.id, from.slug);
      await newEndorsement(api.db, endorser.id, both.id, into.slug);
      await newEndorsement(api.db, other.id, both.id, from.slug);

      const merged = (await admin.ok(MERGE, { fromSlug: from.slug, intoSlug: into.slug })).mergeTopics;
      expect(merged).toMatchObject({
        slug: into.slug,
        labelFr: 'Agilité',
        synonymsFr: ['agile', 'Pilotage agile'],
        synonymsEn: ['Agile steering', 'agile pm'],
        children: [{ slug: child.slug }],
        peopleCount: 2,
      });

      const listings: Array<{ user_id: string; kind: string; topic_id: string }> = await api.db.query(
        `SELECT user_id, kind, topic_id FROM user_topics WHERE user_id = ANY($1) ORDER BY user_id, kind`,
        [[onlyFrom.id, both.id]],
      );
      expect(listings).toEqual(
        [
          { user_id: onlyFrom.id, kind: 'expertise', topic_id: into.id },
          { user_id: both.id, kind: 'expertise', topic_id: into.id },
          { user_id: both.id, kind: 'learn', topic_id: into.id },
        ].sort((a, b) => (a.user_id + a.kind).localeCompare(b.user_id + b.kind)),
      );
      const endorsements: Array<{ endorser_id: string; endorsee_id: string; topic_id: string }> =
        await api.db.query(
          `SELECT endorser_id, endorsee_id, topic_id FROM endorsements WHERE endorsee_id = ANY($1)`,
          [[onlyFrom.id, both.id]],
        );
      expect(endorsements).toHaveLength(3);
      expect(endorsements.every((e) => e.topic_id === into.id)).toBe(true);
      expect(await api.db.query('SELECT 1 FROM topics WHERE id = $1', [from.id])).toEqual([]);
      // Searches and hashtags using the old names now find the remaining topic.
      expect(await search('pilotage agile')).toEqual([into.slug]);
      expect(
        Object.fromEntries(await api.app.get(TopicsService).resolveTopicsByTerms(['Agile steering'])),
      ).toEqual({
        'Agile steering': into.id,
      });
    });

    it('calls every registered handler inside the merge’s transaction, with the two topic ids', async () => {
      const from = await newTopic(api.db);
      const into = await newTopic(api.db);
      const person = await newUser(api.db);
      await listTopics(api.db, person.id, 'expertise', [from.slug]);
      const calls: Array<{ fromId: string; intoId: string; fromStillThere: number; retagged: number }> = [];
      const unregister = api.app
        .get(TopicMergeRegistry)
        .register('test.spy', async (manager, fromId, intoId) => {
          const [row] = await manager.query(
            `SELECT (SELECT count(*) FROM topics WHERE id = $1)::int AS from_still_there,
                  (SELECT count(*) FROM user_topics WHERE topic_id = $2 AND user_id = $3)::int AS retagged`,
            [fromId, intoId, person.id],
          );
          calls.push({ fromId, intoId, fromStillThere: row.from_still_there, retagged: row.retagged });
        });
      try {
        await admin.ok(MERGE, { fromSlug: from.slug, intoSlug: into.slug });
      } finally {
        unregister();
      }
      // The handler saw the merge's own uncommitted work: people already re-tagged, the source not deleted yet.
      expect(calls).toEqual([{ fromId: from.id, intoId: into.id, fromStillThere: 1, retagged: 1 }]);
    });

    it('rolls everything back when a handler fails', async () => {
      const from = await newTopic(api.db);
      const into = await newTopic(api.db);
      const person = await newUser(api.db);
      await listTopics(api.db, person.id, 'expertise', [from.slug]);
      const unregister = api.app.get(TopicMergeRegistry).register('test.failing', async () => {
        throw new Error('the communities table is locked');
      });
      const before = await snapshot();
      try {
        const error = await firstError(admin, MERGE, { fromSlug: from.slug, intoSlug: into.slug });
        expect(error.extensions?.code).toBe('INTERNAL');
        expect(error.message).not.toContain('communities table');
      } finally {
        unregister();
      }
      expect(await snapshot()).toEqual(before);
    });

    it('refuses merging a topic into itself, into its own descendant, or with an unknown topic, changing nothing', async () => {
      const top = await newTopic(api.db);
      const below = await newTopic(api.db, { parent: top.slug });
      const deeper = await newTopic(api.db, { parent: below.slug });
      const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
        [top.slug, top.slug, { code: 'BAD_USER_INPUT', reason: 'SAME_TOPIC' }, /into itself/],
        [top.slug, deeper.slug, { code: 'BAD_USER_INPUT', reason: 'TOPIC_CYCLE' }, /is inside/],
        [top.slug, below.slug, { code: 'BAD_USER_INPUT', reason: 'TOPIC_CYCLE' }, /is inside/],
        ['no-such-topic', top.slug, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TOPIC' }, /"no-such-topic"/],
        [top.slug, 'nor-this-one', { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TOPIC' }, /"nor-this-one"/],
      ];
      for (const [fromSlug, intoSlug, extensions, message] of cases) {
        const before = await snapshot();
        const error = await firstError(admin, MERGE, { fromSlug, intoSlug });
        expect({ fromSlug, intoSlug, extensions: error.extensions }).toEqual({
          fromSlug,
          intoSlug,
          extensions: expect.objectContaining(extensions),
        });
        expect(error.message).toMatch(message);
        expect(await snapshot()).toEqual(before);
      }
      // Merging upwards, into an ancestor, is fine: the children move under it.
      const merged = (await admin.ok(MERGE, { fromSlug: below.slug, intoSlug: top.slug })).mergeTopics;
      expect(merged.children).toEqual([{ slug: deeper.slug }]);
    });
  });
});
