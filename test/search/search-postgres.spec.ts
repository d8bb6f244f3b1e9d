import { IndexedChangesService, SEARCH_INDEX_QUEUE } from '@relais/jobs';
import { NOTIFICATIONS_QUEUE } from '@relais/notifications';
import { newUser, setContentMembership, TestUser } from '@relais/testing';
import {
  buildSearchFixture,
  communities,
  describeSearchBehaviour,
  experts,
  posts,
  SearchFixture,
} from './search-behaviour.suite';

/** The shared behaviour on the default engine, PostgreSQL full-text, and what only it does. */
describe('search on PostgreSQL', () => {
  let fixture: SearchFixture;
  beforeAll(async () => {
    fixture = await buildSearchFixture({ ASK_EXPERTS_COUNT: '2', EXPERT_QUESTIONS_PER_DAY: '1' });
  });
  afterAll(() => fixture.api.close());

  describeSearchBehaviour(() => fixture);

  it('says how it corrected a misspelt query', async () => {
    expect((await experts(fixture.viewer, 'kubernets')).correctedQuery).toBe('kubernetes');
    expect((await experts(fixture.viewer, 'kubernetes')).correctedQuery).toBeNull();
  });

  it('a topic brings its sub-topics: "IA" finds the machine learning expert too, after the AI expert', async () => {
    const result = await experts(fixture.viewer, 'IA');
    const found = result.nodes.map((n) => n.person.displayName);
    expect(found).toEqual(expect.arrayContaining(['Chloé Petit', 'David Roux']));
    expect(found.indexOf('Chloé Petit')).toBeLessThan(found.indexOf('David Roux'));
    expect(result.matchedTopics.map((t) => t.slug)).toEqual(
      expect.arrayContaining(['artificial-intelligence', 'machine-learning']),
    );
  });

  it('completes a misspelt topic name', async () => {
    const data = await fixture.viewer.ok<{ suggestTopics: Array<{ slug: string }> }>(
      `{ suggestTopics(prefix: "kubr") { slug } }`,
    );
    expect(data.suggestTopics.map((t) => t.slug)).toContain('kubernetes');
  });

  it('marks the words typed, not the small words of a topic’s synonyms', async () => {
    const data = await fixture.viewer.ok<{
      searchPosts: {
        nodes: Array<{ highlights: Array<{ fragments: Array<{ text: string; match: boolean }> }> }>;
      };
    }>(`{ searchPosts(query: "kubernets") { nodes { highlights { fragments { text match } } } } }`);
    const marked = data.searchPosts.nodes.flatMap((node) =>
      node.highlights.flatMap((h) => h.fragments.filter((f) => f.match).map((f) => f.text)),
    );
    // "Nos bonnes pratiques de déploiement sur Kubernetes": only "Kubernetes" is marked.
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text.toLowerCase()).toContain('kubernetes');
  });

  it('highlights where the words matched', async () => {
    const [eve] = (await experts(fixture.viewer, 'securite')).nodes;
    expect(eve!.highlights).toContainEqual({
      field: 'title',
      fragments: [
        { text: 'Responsable ', match: false },
        { text: 'sécurité', match: true },
      ],
    });
  });

  describe('indexing in the same transaction as the change', () => {
    const drain = () => fixture.api.jobs.drain(SEARCH_INDEX_QUEUE, 20_000);

    it('a rolled-back change leaves the index as it was', async () => {
      const { api, people } = fixture;
      const before = await api.db.query('SELECT document::text FROM search_people WHERE user_id = $1', [
        people.bob.id,
      ]);
      await expect(
        api.db.transaction(async (manager) => {
          await manager.query("UPDATE users SET title = 'Zygomorphe en chef' WHERE id = $1", [people.bob.id]);
          await api.app.get(IndexedChangesService).record(manager, { people: [people.bob.id] });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await drain();
      expect(
        await api.db.query('SELECT document::text FROM search_people WHERE user_id = $1', [people.bob.id]),
      ).toEqual(before);
      expect((await experts(fixture.viewer, 'zygomorphe')).totalCount).toBe(0);
    });

    it('a profile change is found once its job ran, and a deactivated person vanishes', async () => {
      const { api } = fixture;
      const admin = await newUser(api.db, { displayName: 'Ada Admin', roles: ['admin' as never] });
      const adminClient = await api.signIn(admin.email);
      const mira = await api.signIn('mira.fontaine@example.com', 'Mira Fontaine');
      await mira.ok(
        `mutation { updateMyProfile(input: { title: "Ethnobotaniste", department: "Recherche" }) { id } }`,
      );
      await drain();
      const found = await experts(fixture.viewer, 'ethnobotaniste');
      expect(found.nodes.map((n) => n.person.displayName)).toEqual(['Mira Fontaine']);
      const miraId = found.nodes[0]!.person.id;
      await adminClient.ok(`mutation($id: ID!) { deactivateUser(userId: $id) { id } }`, { id: miraId });
      await drain();
      expect((await experts(fixture.viewer, 'ethnobotaniste')).totalCount).toBe(0);
      expect(await api.db.query('SELECT 1 FROM search_people WHERE user_id = $1', [miraId])).toEqual([]);
    });

    it('a deleted post disappears', async () => {
      const author = await fixture.api.signIn(fixture.people.victor.email);
      const { createPost } = await author.ok<{ createPost: { id: string } }>(
        `mutation { createPost(input: { body: "Le quasicristal de Penrose expliqué." }) { id } }`,
      );
      await drain();
      expect((await posts(fixture.viewer, 'quasicristal')).ids).toEqual([createPost.id]);
      await author.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: createPost.id });
      await drain();
      expect((await posts(fixture.viewer, 'quasicristal')).totalCount).toBe(0);
      expect(
        await fixture.api.db.query('SELECT 1 FROM search_posts WHERE post_id = $1', [createPost.id]),
      ).toEqual([]);
    });

    it('a community turned secret disappears, with its posts, for non-members', async () => {
      const { api } = fixture;
      const owner = await api.signIn(fixture.people.eve.email);
      const { createCommunity } = await owner.ok<{ createCommunity: { id: string; slug: string } }>(
        `mutation { createCommunity(input: { name: "Cercle Zéphyrin", visibility: OPEN }) { id slug } }`,
      );
      await owner.ok(
        `mutation($c: ID!) { createPost(input: { communityId: $c, body: "Compte rendu zéphyrin du mardi." }) { id } }`,
        { c: createCommunity.id },
      );
      await drain();
      expect((await communities(fixture.viewer, 'zephyrin')).ids).toEqual([createCommunity.id]);
      expect((await posts(fixture.viewer, 'zephyrin')).totalCount).toBe(1);
      await owner.ok(
        `mutation($slug: String!) { updateCommunity(slug: $slug, input: { visibility: SECRET }) { id } }`,
        {
          slug: createCommunity.slug,
        },
      );
      await drain();
      expect((await communities(fixture.viewer, 'zephyrin')).totalCount).toBe(0);
      expect((await posts(fixture.viewer, 'zephyrin')).totalCount).toBe(0);
      expect((await communities(owner, 'zephyrin')).ids).toEqual([createCommunity.id]);
    });

    it('a new endorsement moves the ranking', async () => {
      const { api, people } = fixture;
      const endorsers: TestUser[] = [];
      for (let i = 0; i < 4; i++) endorsers.push(await newUser(api.db, { displayName: `Endorser ${i}` }));
      for (const endorser of endorsers) {
        const client = await api.signIn(endorser.email);
        await client.ok(`mutation($p: ID!) { endorse(personId: $p, topicSlug: "kubernetes") { id } }`, {
          p: people.bob.id,
        });
      }
      await drain();
      const bob = (await experts(fixture.viewer, 'kubernetes')).nodes.find(
        (n) => n.person.displayName === 'Bob Durand',
      );
      expect(bob!.evidence[0]!.endorsements).toBe(4);
      expect(bob!.evidenceLine).toBe('Recommandé sur Kubernetes par 4 collègues');
    });
  });

  describe('ask an expert', () => {
    it('a question on a topic notifies its best experts who may read it, at most the daily cap', async () => {
      const { api, people } = fixture;
      const asker = await api.signIn(people.victor.email);
      const ask = async (body: string) => {
        await asker.ok(`mutation($b: String!) { createPost(input: { kind: QUESTION, body: $b }) { id } }`, {
          b: body,
        });
        await api.jobs.drain(SEARCH_INDEX_QUEUE, 20_000);
        await api.jobs.drain(NOTIFICATIONS_QUEUE, 20_000);
      };
      const asked = async () =>
        (
          (await api.db.query(
            `SELECT u.display_name FROM notifications n JOIN users u ON u.id = n.recipient_id
              WHERE n.kind = 'expert_question' ORDER BY 1`,
          )) as Array<{ display_name: string }>
        ).map((row) => row.display_name);

      await ask('Comment limiter la mémoire d’un pod ? #kubernetes');
      // ASK_EXPERTS_COUNT = 2: the two best Kubernetes experts, never the deactivated one nor the asker.
      expect(await asked()).toEqual(['Alice Martin', 'Bob Durand']);
      const [notification] = await api.db.query(
        "SELECT data, actor_id FROM notifications WHERE kind = 'expert_question' LIMIT 1",
      );
      expect(notification.data).toMatchObject({ topic: 'kubernetes' });
      expect(notification.actor_id).toBe(people.victor.id);

      // EXPERT_QUESTIONS_PER_DAY = 1: both were asked today, so a second question asks nobody.
      await ask('Quel ingress choisir ? #kubernetes');
      expect(await asked()).toEqual(['Alice Martin', 'Bob Durand']);

      // An expert who may not read the question is never asked.
      await setContentMembership(api.db, fixture.privateCommunityId, { userId: people.victor.id });
      const { createPost } = await asker.ok<{ createPost: { id: string } }>(
        `mutation($c: ID!) { createPost(input: { kind: QUESTION, communityId: $c, body: "Question #cybersecurite" }) { id } }`,
        { c: fixture.privateCommunityId },
      );
      await api.jobs.drain(SEARCH_INDEX_QUEUE, 20_000);
      await api.jobs.drain(NOTIFICATIONS_QUEUE, 20_000);
      expect(
        await api.db.query('SELECT * FROM expert_questions WHERE post_id = $1', [createPost.id]),
      ).toEqual([]);
    });
  });
});
