import { SEARCH_INDEX_QUEUE } from '@relais/jobs';
import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import {
  GraphqlClient,
  listTopics,
  newEndorsement,
  newUser,
  PEOPLE_TABLES,
  tableSnapshot,
  TestUser,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const PERSON_FIELDS = `id displayName title department location locale avatarUrl bioHtml bioMarkdown languages
  status createdAt`;
const PERSON = `query Person($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateProfileInput!) { updateMyProfile(input: $input) { ${PERSON_FIELDS} } }`;
const SET_TOPICS = `mutation Set($kind: TopicKind!, $slugs: [String!]!) {
  setMyTopics(kind: $kind, slugs: $slugs) { id topics(kind: $kind) { kind topic { slug } } }
}`;
const PERSON_TOPICS = `query PersonTopics($id: ID!, $kind: TopicKind) {
  person(id: $id) { id topics(kind: $kind) { kind topic { slug label } endorsementCount endorsedByMe } }
}`;
const ENDORSE = `mutation Endorse($personId: ID!, $topicSlug: String!) {
  endorse(personId: $personId, topicSlug: $topicSlug) {
    id topics(kind: EXPERTISE) { topic { slug } endorsementCount endorsedByMe }
    endorsements(topicSlug: $topicSlug) { id displayName }
  }
}`;
const UNENDORSE = `mutation Unendorse($personId: ID!, $topicSlug: String!) {
  unendorse(personId: $personId, topicSlug: $topicSlug) {
    id topics(kind: EXPERTISE) { topic { slug } endorsementCount endorsedByMe }
  }
}`;
const ENDORSERS = `query Endorsers($id: ID!, $topicSlug: String!) {
  person(id: $id) { id endorsements(topicSlug: $topicSlug) { id displayName status } }
}`;

interface PersonTopicView {
  kind?: string;
  topic: { slug: string; label?: string };
  endorsementCount: number;
  endorsedByMe: boolean;
}

describe('people over GraphQL', () => {
  let api: TestApi;
  let admin: GraphqlClient;
  let adminId: string;
  let member: GraphqlClient;
  let memberId: string;
  let colleague: GraphqlClient;
  let colleagueId: string;

  const idOf = async (client: GraphqlClient) =>
    (await client.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
  const snapshot = () => tableSnapshot(api.db, PEOPLE_TABLES);

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signIn('alice.admin@example.com', 'Alice Admin');
    adminId = await idOf(admin);
    member = await api.signIn('bruno.martin@example.com', 'Bruno Martin');
    memberId = await idOf(member);
    colleague = await api.signIn('chloe.dubois@example.com', 'Chloé Dubois');
    colleagueId = await idOf(colleague);
  });
  afterAll(() => api.close());

  describe('person', () => {
    it('shows a colleague’s profile, with the bio source to its owner only and the status to admins only', async () => {
      await member.ok(UPDATE, {
        input: {
          bioMarkdown: 'I run **payroll** for 3 countries.',
          languages: ['fr', 'en', 'de'],
          title: 'Payroll lead',
          department: 'Finance',
          location: 'Lyon',
          avatarUrl: 'https://cdn.example.com/avatars/bruno.png',
        },
      });
      const expected = {
        id: memberId,
        displayName: 'Bruno Martin',
        title: 'Payroll lead',
        department: 'Finance',
        location: 'Lyon',
        locale: 'fr',
        avatarUrl: 'https://cdn.example.com/avatars/bruno.png',
        bioHtml: '<p>I run <strong>payroll</strong> for 3 countries.</p>',
        languages: ['fr', 'en', 'de'],
        createdAt: expect.any(String),
      };
      expect((await colleague.ok(PERSON, { id: memberId })).person).toEqual({
        ...expected,
        bioMarkdown: null,
        status: null,
      });
      expect((await member.ok(PERSON, { id: memberId })).person).toEqual({
        ...expected,
        bioMarkdown: 'I run **payroll** for 3 countries.',
        status: null,
      });
      expect((await admin.ok(PERSON, { id: memberId })).person).toEqual({
        ...expected,
        bioMarkdown: null,
        status: 'active',
      });
    });

    it('shows someone who never edited their profile with empty profile fields', async () => {
      const person = (await member.ok(PERSON, { id: adminId })).person;
      expect(person).toMatchObject({
        id: adminId,
        displayName: 'Alice Admin',
        title: null,
        avatarUrl: null,
        bioHtml: '',
        bioMarkdown: null,
        languages: [],
      });
    });

    it('answers NOT_FOUND for an id nobody has', async () => {
      const error = await firstError(member, PERSON, { id: randomUUID() });
      expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(error.message).toMatch(/was not found/);
      expect(error.response.data).toEqual({ person: null });
    });

    it('hides a deactivated person from a member exactly like a missing one, and shows them to an admin', async () => {
      const gone = await newUser(api.db, { displayName: 'Gaston Parti', status: 'deactivated' });
      const hidden = await firstError(member, PERSON, { id: gone.id });
      const missing = await firstError(member, PERSON, { id: randomUUID() });
      expect({ message: hidden.message, extensions: hidden.extensions }).toEqual({
        message: missing.message,
        extensions: missing.extensions,
      });
      expect(JSON.stringify(hidden.response)).not.toContain('Gaston');

      const seen = (await admin.ok(PERSON, { id: gone.id })).person;
      expect(seen).toMatchObject({ id: gone.id, displayName: 'Gaston Parti', status: 'deactivated' });
    });

    it('refuses an id that is not an id with BAD_USER_INPUT, and everything when signed out', async () => {
      expect((await firstError(member, PERSON, { id: 'bruno' })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await firstError(api.anonymous, PERSON, { id: memberId })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('updateMyProfile', () => {
    let client: GraphqlClient;
    let id: string;

    beforeAll(async () => {
      client = await api.signIn('dora.profile@example.com', 'Dora Profil');
      id = await idOf(client);
    });

    it('updates the given fields, trims them, and leaves omitted fields unchanged', async () => {
      const first = (
        await client.ok(UPDATE, {
          input: {
            bioMarkdown: '  Hello *team*  ',
            languages: ['fr', 'it'],
            title: '  Lawyer ',
            department: 'Legal',
            location: 'Paris',
            avatarUrl: 'http://intranet.local/dora.jpg',
            locale: 'en',
          },
        })
      ).updateMyProfile;
      expect(first).toMatchObject({
        bioMarkdown: 'Hello *team*',
        bioHtml: '<p>Hello <em>team</em></p>',
        languages: ['fr', 'it'],
        title: 'Lawyer',
        department: 'Legal',
        location: 'Paris',
        avatarUrl: 'http://intranet.local/dora.jpg',
        locale: 'en',
      });

      const second = (await client.ok(UPDATE, { input: { title: 'Senior lawyer' } })).updateMyProfile;
      expect(second).toEqual({ ...first, title: 'Senior lawyer' });
      const rows: Array<{ locale: string; title: string }> = await api.db.query(
        'SELECT locale, title FROM users WHERE id = $1',
        [id],
      );
      expect(rows).toEqual([{ locale: 'en', title: 'Senior lawyer' }]);
    });

    it('clears a field sent as null (or blank), and keeps the others', async () => {
      const cleared = (
        await client.ok(UPDATE, {
          input: { title: null, department: '   ', avatarUrl: null, languages: null, bioMarkdown: null },
        })
      ).updateMyProfile;
      expect(cleared).toMatchObject({
        title: null,
        department: null,
        avatarUrl: null,
        languages: [],
        bioMarkdown: '',
        bioHtml: '',
        location: 'Paris',
        locale: 'en',
      });
    });

    it('neutralises scripts, event handlers and javascript: links in the bio, keeping the source as written', async () => {
      const source = [
        '<script>alert("x")</script>',
        '<img src="x" onerror="alert(1)">',
        '[click me](javascript:alert(1))',
        '<a href="javascript:alert(2)" onclick="steal()">raw link</a>',
        '[fine](https://example.com/doc)',
      ].join('\n\n');
      const person = (await client.ok(UPDATE, { input: { bioMarkdown: source } })).updateMyProfile;
      expect(person.bioMarkdown).toBe(source);
      const html: string = person.bioHtml;
      expect(html).not.toMatch(/<script/i);
      // Only escaped text remains of the raw HTML: no element carries a handler or a javascript: link.
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
      expect(html).not.toMatch(/<a\s[^>]*href\s*=\s*["']?\s*javascript:/i);
      expect(html).not.toContain('<a href="javascript');
      expect(html).toContain('&lt;script&gt;');
      expect(html).toContain(
        '<a href="https://example.com/doc" rel="noopener noreferrer nofollow" target="_blank">fine</a>',
      );
      // What another person receives is the same sanitised HTML.
      expect((await member.ok(PERSON, { id })).person.bioHtml).toBe(html);
    });

    it.each([
      [
        'a bio over 5000 characters',
        { bioMarkdown: 'x'.repeat(5001) },
        /bioMarkdown must be at most 5000 characters/,
      ],
      ['a javascript: avatar', { avatarUrl: 'javascript:alert(1)' }, /avatarUrl must be an http/],
      ['a data: avatar', { avatarUrl: 'data:image/png;base64,AAAA' }, /avatarUrl must be an http/],
      ['an ftp avatar', { avatarUrl: 'ftp://files.example.com/a.png' }, /avatarUrl must be an http/],
      [
        'an avatar over 500 characters',
        { avatarUrl: `https://example.com/${'a'.repeat(500)}` },
        /avatarUrl must be at most 500/,
      ],
      ['an unknown language code', { languages: ['fr', 'xx'] }, /ISO 639-1/],
      ['an upper-case language code', { languages: ['FR'] }, /ISO 639-1/],
      ['a repeated language', { languages: ['fr', 'en', 'fr'] }, /must not repeat/],
      [
        'more than 10 languages',
        { languages: ['fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'fi'] },
        /at most 10 languages/,
      ],
      ['a title over 120 characters', { title: 't'.repeat(121) }, /title must be at most 120/],
      ['a department over 120 characters', { department: 'd'.repeat(121) }, /department must be at most 120/],
      ['a location over 120 characters', { location: 'l'.repeat(121) }, /location must be at most 120/],
      ['a removed locale', { locale: null }, /locale must be fr or en/],
      [
        'valid fields beside one bad field',
        { title: 'New title', avatarUrl: 'javascript:void(0)' },
        /avatarUrl/,
      ],
    ])('refuses %s with BAD_USER_INPUT, changing nothing', async (_, input, message) => {
      const before = await snapshot();
      const error = await firstError(client, UPDATE, { input });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a locale other than fr or en with BAD_USER_INPUT, in variables or in the document, changing nothing', async () => {
      const before = await snapshot();
      const inVariables = await firstError(client, UPDATE, { input: { locale: 'de' } });
      expect(inVariables.extensions?.code).toBe('BAD_USER_INPUT');
      const inDocument = await firstError(
        client,
        'mutation { updateMyProfile(input: { locale: de }) { id } }',
      );
      expect(inDocument.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('setMyTopics', () => {
    let client: GraphqlClient;
    let id: string;

    beforeAll(async () => {
      client = await api.signIn('emile.topics@example.com', 'Émile Sujets');
      id = await idOf(client);
    });

    it('replaces one kind’s list in the order given, dropping repeats, without touching the other kinds', async () => {
      await client.ok(SET_TOPICS, { kind: 'LEARN', slugs: ['python'] });
      const set = await client.ok(SET_TOPICS, {
        kind: 'EXPERTISE',
        slugs: ['typescript', 'java', 'typescript', 'python'],
      });
      expect(set.setMyTopics.topics).toEqual([
        { kind: 'EXPERTISE', topic: { slug: 'typescript' } },
        { kind: 'EXPERTISE', topic: { slug: 'java' } },
        { kind: 'EXPERTISE', topic: { slug: 'python' } },
      ]);
      const again = await client.ok(SET_TOPICS, { kind: 'EXPERTISE', slugs: ['java'] });
      expect(again.setMyTopics.topics).toEqual([{ kind: 'EXPERTISE', topic: { slug: 'java' } }]);

      const all = await member.ok<{ person: { topics: PersonTopicView[] } }>(PERSON_TOPICS, { id });
      expect(all.person.topics.map((t) => [t.kind, t.topic.slug])).toEqual([
        ['EXPERTISE', 'java'],
        ['LEARN', 'python'],
      ]);
    });

    it('applies concurrent replacements one after the other: each succeeds and one whole list remains', async () => {
      const lists = [['java'], ['python', 'sql'], ['typescript', 'java', 'python'], [], ['kubernetes']];
      const results = await Promise.all(
        lists.map((slugs) => client.query(SET_TOPICS, { kind: 'MENTOR', slugs })),
      );
      expect(results.map((r) => r.errors)).toEqual(lists.map(() => undefined));
      const final = await member.ok<{ person: { topics: PersonTopicView[] } }>(PERSON_TOPICS, {
        id,
        kind: 'MENTOR',
      });
      expect(lists).toContainEqual(final.person.topics.map((t) => t.topic.slug));
    });

    it('empties a kind with []', async () => {
      const emptied = await client.ok(SET_TOPICS, { kind: 'LEARN', slugs: [] });
      expect(emptied.setMyTopics.topics).toEqual([]);
    });

    it('refuses unknown slugs with BAD_USER_INPUT naming each of them, changing nothing', async () => {
      const before = await snapshot();
      const error = await firstError(client, SET_TOPICS, {
        kind: 'EXPERTISE',
        slugs: ['python', 'underwater-basket-weaving', 'java', 'Kubernetes'],
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TOPIC' });
      expect(error.message).toContain('"underwater-basket-weaving"');
      expect(error.message).toContain('"Kubernetes"');
      expect(error.message).not.toContain('"python"');
      expect(error.message).toMatch(/Pick topics from the list/);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses more than 30 topics with BAD_USER_INPUT, changing nothing', async () => {
      const slugs: Array<{ slug: string }> = await api.db.query(
        'SELECT slug FROM topics ORDER BY slug LIMIT 31',
      );
      const before = await snapshot();
      const error = await firstError(client, SET_TOPICS, {
        kind: 'EXPERTISE',
        slugs: slugs.map((s) => s.slug),
      });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/at most 30 topics/);
      expect(await snapshot()).toEqual(before);
      // Exactly 30 is fine.
      const ok = await client.ok(SET_TOPICS, {
        kind: 'EXPERTISE',
        slugs: slugs.slice(0, 30).map((s) => s.slug),
      });
      expect(ok.setMyTopics.topics).toHaveLength(30);
    });
  });

  describe('endorsements', () => {
    beforeAll(async () => {
      await colleague.ok(SET_TOPICS, { kind: 'EXPERTISE', slugs: ['kubernetes', 'python'] });
      await colleague.ok(SET_TOPICS, { kind: 'LEARN', slugs: ['java'] });
    });

    it('endorses a colleague on a topic they list: the count and "endorsed by me" follow, per viewer', async () => {
      const endorsed = (await member.ok(ENDORSE, { personId: colleagueId, topicSlug: 'kubernetes' })).endorse;
      expect(endorsed.topics).toEqual([
        { topic: { slug: 'kubernetes' }, endorsementCount: 1, endorsedByMe: true },
        { topic: { slug: 'python' }, endorsementCount: 0, endorsedByMe: false },
      ]);
      expect(endorsed.endorsements).toEqual([{ id: memberId, displayName: 'Bruno Martin' }]);

      await admin.ok(ENDORSE, { personId: colleagueId, topicSlug: 'kubernetes' });
      const own = await colleague.ok<{ person: { topics: PersonTopicView[] } }>(PERSON_TOPICS, {
        id: colleagueId,
        kind: 'EXPERTISE',
      });
      expect(own.person.topics[0]).toMatchObject({ endorsementCount: 2, endorsedByMe: false });
      const endorsers = (await colleague.ok(ENDORSERS, { id: colleagueId, topicSlug: 'kubernetes' })).person;
      // Newest first.
      expect(endorsers.endorsements.map((p: { id: string }) => p.id)).toEqual([adminId, memberId]);
    });

    it('lets only one of two simultaneous identical endorsements through; the other is a CONFLICT', async () => {
      await member.ok(SET_TOPICS, { kind: 'EXPERTISE', slugs: ['payroll'] });
      const raced = await Promise.all(
        [0, 1].map(() => colleague.query(ENDORSE, { personId: memberId, topicSlug: 'payroll' })),
      );
      const reasons = raced.map((r) => r.errors?.[0]?.extensions?.reason ?? 'ok').sort();
      expect(reasons).toEqual(['ALREADY_ENDORSED', 'ok']);
      const rows: unknown[] = await api.db.query(
        `SELECT 1 FROM endorsements e JOIN topics t ON t.id = e.topic_id
          WHERE e.endorser_id = $1 AND e.endorsee_id = $2 AND t.slug = 'payroll'`,
        [colleagueId, memberId],
      );
      expect(rows).toHaveLength(1);
    });

    it('refuses endorsing oneself with BAD_USER_INPUT, changing nothing', async () => {
      const before = await snapshot();
      const error = await firstError(colleague, ENDORSE, { personId: colleagueId, topicSlug: 'kubernetes' });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_ENDORSEMENT' });
      expect(error.message).toMatch(/cannot endorse yourself/);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a duplicate endorsement with CONFLICT / ALREADY_ENDORSED, changing nothing', async () => {
      const before = await snapshot();
      const error = await firstError(member, ENDORSE, { personId: colleagueId, topicSlug: 'kubernetes' });
      expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_ENDORSED' });
      expect(error.message).toMatch(/already endorsed Chloé Dubois/);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a topic the person does not list, or only wants to learn, with BAD_USER_INPUT', async () => {
      const before = await snapshot();
      for (const topicSlug of ['payroll', 'java']) {
        const error = await firstError(member, ENDORSE, { personId: colleagueId, topicSlug });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOPIC_NOT_LISTED' });
        expect(error.message).toMatch(/does not list/);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an unknown topic with BAD_USER_INPUT naming it, changing nothing', async () => {
      const before = await snapshot();
      const error = await firstError(member, ENDORSE, { personId: colleagueId, topicSlug: 'no-such-topic' });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TOPIC' });
      expect(error.message).toContain('"no-such-topic"');
      expect(await snapshot()).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown person and a deactivated one alike; an admin gets CONFLICT', async () => {
      const gone = await newUser(api.db, { status: 'deactivated' });
      await listTopics(api.db, gone.id, 'expertise', ['kubernetes']);
      const before = await snapshot();
      const missing = await firstError(member, ENDORSE, { personId: randomUUID(), topicSlug: 'kubernetes' });
      const hidden = await firstError(member, ENDORSE, { personId: gone.id, topicSlug: 'kubernetes' });
      expect(missing.extensions).toEqual({ code: 'NOT_FOUND' });
      expect({ message: hidden.message, extensions: hidden.extensions }).toEqual({
        message: missing.message,
        extensions: missing.extensions,
      });
      const forAdmin = await firstError(admin, ENDORSE, { personId: gone.id, topicSlug: 'kubernetes' });
      expect(forAdmin.extensions).toEqual({ code: 'CONFLICT', reason: 'PERSON_DEACTIVATED' });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a personId that is not an id with BAD_USER_INPUT', async () => {
      const error = await firstError(member, ENDORSE, { personId: 'chloe', topicSlug: 'kubernetes' });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/personId must be a person id/);
    });

    it('takes an endorsement back with unendorse; a second time is NOT_FOUND / NOT_ENDORSED', async () => {
      const after = (await admin.ok(UNENDORSE, { personId: colleagueId, topicSlug: 'kubernetes' })).unendorse;
      expect(after.topics[0]).toEqual({
        topic: { slug: 'kubernetes' },
        endorsementCount: 1,
        endorsedByMe: false,
      });
      const before = await snapshot();
      const error = await firstError(admin, UNENDORSE, { personId: colleagueId, topicSlug: 'kubernetes' });
      expect(error.extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_ENDORSED' });
      expect(error.message).toMatch(/nothing to take back/);
      expect(await snapshot()).toEqual(before);
    });

    it('counts and lists only endorsers the viewer can see: a deactivated endorser shows to admins only', async () => {
      const leaver = await newUser(api.db, { displayName: 'Léa Partie' });
      await newEndorsement(api.db, leaver.id, colleagueId, 'python');
      await api.db.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [leaver.id]);

      const forMember = await member.ok(`{ person(id: "${colleagueId}") {
        topics(kind: EXPERTISE) { topic { slug } endorsementCount }
        endorsements(topicSlug: "python") { id }
      } }`);
      expect(forMember.person.topics[1]).toEqual({ topic: { slug: 'python' }, endorsementCount: 0 });
      expect(forMember.person.endorsements).toEqual([]);

      const forAdmin = await admin.ok(ENDORSERS, { id: colleagueId, topicSlug: 'python' });
      expect(forAdmin.person.endorsements).toEqual([
        { id: leaver.id, displayName: 'Léa Partie', status: 'deactivated' },
      ]);
    });

    it('answers NOT_FOUND for the endorsers of an unknown topic', async () => {
      const error = await firstError(member, ENDORSERS, { id: colleagueId, topicSlug: 'no-such-topic' });
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.response.data).toEqual({ person: { id: colleagueId, endorsements: null } });
    });
  });

  describe('batching', () => {
    /** SQL statements the api sends while answering one request. */
    async function statementsFor(client: GraphqlClient, query: string, variables: Record<string, unknown>) {
      // Index jobs of earlier changes (profiles, topics, endorsements) must not run while statements are counted.
      await api.jobs.drain(SEARCH_INDEX_QUEUE);
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        await client.ok(query, variables);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    }

    it('costs the same number of statements for 2 and for 8 people with their topics and endorsements', async () => {
      const query = `query Deep($id: ID!, $topicSlug: String!) {
        person(id: $id) {
          endorsements(topicSlug: $topicSlug) {
            id displayName bioMarkdown
            topics {
              kind endorsementCount endorsedByMe
              topic { slug label parent { slug label } children { slug } peopleCount peopleCount2: peopleCount(kind: MENTOR) }
            }
            endorsements(topicSlug: $topicSlug) { id }
          }
        }
      }`;
      const prepare = async (endorsers: number): Promise<TestUser> => {
        const person = await newUser(api.db);
        await listTopics(api.db, person.id, 'expertise', ['sql', 'postgresql']);
        for (let i = 0; i < endorsers; i++) {
          const endorser = await newUser(api.db);
          await listTopics(api.db, endorser.id, 'expertise', ['sql', 'python', 'java']);
          await listTopics(api.db, endorser.id, 'mentor', ['postgresql']);
          await newEndorsement(api.db, endorser.id, person.id, 'sql');
          await newEndorsement(api.db, person.id, endorser.id, 'sql');
          await newEndorsement(api.db, memberId, endorser.id, 'python');
        }
        return person;
      };
      const few = await prepare(2);
      const many = await prepare(8);
      // Warm up once (the first request of a kind may prepare things lazily).
      await member.ok(query, { id: few.id, topicSlug: 'sql' });
      const forFew = await statementsFor(member, query, { id: few.id, topicSlug: 'sql' });
      const forMany = await statementsFor(member, query, { id: many.id, topicSlug: 'sql' });
      expect(forMany).toBe(forFew);
      // One per relation and level (plus the session and rate limit), never one per person.
      expect(forFew).toBeGreaterThan(5);
      expect(forFew).toBeLessThan(15);

      const data = await member.ok(query, { id: many.id, topicSlug: 'sql' });
      expect(data.person.endorsements).toHaveLength(8);
      expect(data.person.endorsements[0].topics[0]).toMatchObject({ kind: 'EXPERTISE', endorsementCount: 1 });
    });
  });
});
