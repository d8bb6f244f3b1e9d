import { SearchIndexerService } from '@relais/search';
import {
  GraphqlClient,
  listTopics,
  newContentCommunity,
  newEndorsement,
  newPost,
  newProfile,
  newUser,
  setContentMembership,
  TestUser,
  topicIdBySlug,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * What every search engine must do, whichever adapter answers: run against PostgreSQL always
 * (search-postgres.spec.ts) and against Meilisearch when MEILI_URL is set (search-meilisearch.spec.ts).
 * The data is written straight into the database, then the indexes are rebuilt, as after a bulk import.
 */

export interface SearchFixture {
  api: TestApi;
  viewer: GraphqlClient;
  insider: GraphqlClient;
  people: Record<'alice' | 'bob' | 'chloe' | 'david' | 'eve' | 'frank' | 'gina' | 'victor', TestUser>;
  secretCommunityId: string;
  privateCommunityId: string;
  openCommunityId: string;
}

const EXPERTS = `query Experts($q: String!, $filters: ExpertSearchFilters, $first: Int!, $after: String) {
  searchExperts(query: $q, filters: $filters, first: $first, after: $after) {
    totalCount correctedQuery
    matchedTopics { slug }
    pageInfo { hasNextPage endCursor }
    nodes {
      person { id displayName department }
      score evidenceLine
      matchedTopics { slug }
      evidence { topic { slug } posts endorsements declaredKinds }
      highlights { field fragments { text match } }
    }
    facets {
      departments { value count } locations { value count } languages { value count }
      communities { community { id name } count } topics { topic { slug } count }
    }
  }
}`;

interface ExpertResult {
  totalCount: number;
  correctedQuery: string | null;
  matchedTopics: Array<{ slug: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{
    person: { id: string; displayName: string; department: string | null };
    score: number;
    evidenceLine: string | null;
    matchedTopics: Array<{ slug: string }>;
    evidence: Array<{
      topic: { slug: string };
      posts: number;
      endorsements: number;
      declaredKinds: string[];
    }>;
    highlights: Array<{ field: string; fragments: Array<{ text: string; match: boolean }> }>;
  }>;
  facets: {
    departments: Array<{ value: string; count: number }>;
    locations: Array<{ value: string; count: number }>;
    languages: Array<{ value: string; count: number }>;
    communities: Array<{ community: { id: string; name: string }; count: number }>;
    topics: Array<{ topic: { slug: string }; count: number }>;
  };
}

export async function experts(
  client: GraphqlClient,
  q: string,
  filters: Record<string, string> | null = null,
  first = 20,
  after: string | null = null,
): Promise<ExpertResult> {
  const data = await client.ok<{ searchExperts: ExpertResult }>(EXPERTS, { q, filters, first, after });
  return data.searchExperts;
}

export async function posts(
  client: GraphqlClient,
  q: string,
): Promise<{ totalCount: number; ids: string[]; text: string }> {
  const data = await client.ok<{
    searchPosts: {
      totalCount: number;
      nodes: Array<{ post: { id: string }; highlights: Array<{ fragments: Array<{ text: string }> }> }>;
      facets: { communities: Array<{ community: { id: string } }> };
    };
  }>(
    `query($q: String!) { searchPosts(query: $q, first: 50) {
       totalCount nodes { post { id } highlights { fragments { text } } }
       facets { communities { community { id } count } kinds { kind count } profilePosts } } }`,
    { q },
  );
  return {
    totalCount: data.searchPosts.totalCount,
    ids: data.searchPosts.nodes.map((n) => n.post.id),
    text: JSON.stringify(data.searchPosts),
  };
}

export async function communities(
  client: GraphqlClient,
  q: string,
): Promise<{ totalCount: number; ids: string[] }> {
  const data = await client.ok<{
    searchCommunities: { totalCount: number; nodes: Array<{ community: { id: string } }> };
  }>(`query($q: String!) { searchCommunities(query: $q) { totalCount nodes { community { id } } } }`, { q });
  return {
    totalCount: data.searchCommunities.totalCount,
    ids: data.searchCommunities.nodes.map((n) => n.community.id),
  };
}

const names = (result: ExpertResult) => result.nodes.map((node) => node.person.displayName);

export async function buildSearchFixture(env: Record<string, string> = {}): Promise<SearchFixture> {
  const api = await startTestApi(env);
  const db = api.db;
  const person = async (
    displayName: string,
    fields: { department?: string; location?: string; title?: string; languages?: string[]; bio?: string },
    status: 'active' | 'deactivated' = 'active',
  ) => {
    const user = await newUser(db, { displayName, status });
    await db.query('UPDATE users SET department = $2, location = $3, title = $4 WHERE id = $1', [
      user.id,
      fields.department ?? null,
      fields.location ?? null,
      fields.title ?? null,
    ]);
    await newProfile(db, user.id, { bioMarkdown: fields.bio ?? '', languages: fields.languages ?? [] });
    return user;
  };
  const people = {
    alice: await person('Alice Martin', {
      department: 'Infrastructure',
      location: 'Lyon',
      languages: ['fr', 'en'],
      bio: 'Je conseille les équipes sur les conteneurs.',
    }),
    bob: await person('Bob Durand', { department: 'Infrastructure', location: 'Paris', languages: ['fr'] }),
    chloe: await person('Chloé Petit', { department: 'Data', location: 'Paris', languages: ['en'] }),
    david: await person('David Roux', {
      department: 'Data',
      location: 'Nantes',
      bio: 'Réseaux de neurones.',
    }),
    eve: await person('Ève Laurent', {
      department: 'Sécurité',
      location: 'Lille',
      title: 'Responsable sécurité',
    }),
    frank: await person('Frank Zappa', { department: 'Infrastructure', location: 'Lyon' }, 'deactivated'),
    gina: await person('Gina Rossi', { department: 'Finance', location: 'Rome' }),
    victor: await person('Victor Hugo', { department: 'Direction', location: 'Paris' }),
  };
  await listTopics(db, people.alice.id, 'expertise', ['kubernetes']);
  await listTopics(db, people.bob.id, 'expertise', ['kubernetes']);
  await listTopics(db, people.frank.id, 'expertise', ['kubernetes']);
  await listTopics(db, people.chloe.id, 'expertise', ['artificial-intelligence']);
  await listTopics(db, people.david.id, 'expertise', ['machine-learning']);
  await listTopics(db, people.eve.id, 'expertise', ['cybersecurity']);
  await newEndorsement(db, people.victor.id, people.alice.id, 'kubernetes');
  await newEndorsement(db, people.eve.id, people.alice.id, 'kubernetes');

  const open = await newContentCommunity(db, { name: 'Plateforme cloud', visibility: 'open' });
  const secret = await newContentCommunity(db, { name: 'Projet Phoenix', visibility: 'secret' });
  const privateOne = await newContentCommunity(db, { name: 'Club Orchidée', visibility: 'private' });
  await setContentMembership(db, open.id, { userId: people.alice.id, role: 'owner' });
  await setContentMembership(db, open.id, { userId: people.bob.id });
  await setContentMembership(db, secret.id, { userId: people.alice.id, role: 'owner' });
  await setContentMembership(db, secret.id, { userId: people.gina.id });
  await setContentMembership(db, privateOne.id, { userId: people.gina.id, role: 'owner' });

  const kubernetes = await topicIdBySlug(db, 'kubernetes');
  const ai = await topicIdBySlug(db, 'artificial-intelligence');
  for (let i = 0; i < 3; i++) {
    await newPost(db, {
      authorId: people.alice.id,
      communityId: open.id,
      title: `Déployer sur Kubernetes, épisode ${i + 1}`,
      body: 'Nos bonnes pratiques de déploiement sur Kubernetes.',
      topicIds: [kubernetes],
    });
  }
  await newPost(db, {
    authorId: people.chloe.id,
    body: "L'intelligence artificielle au service des équipes.",
    topicIds: [ai],
  });
  await newPost(db, {
    authorId: people.gina.id,
    communityId: secret.id,
    title: 'Phoenix: migration Kubernetes confidentielle',
    body: 'Le projet Phoenix migre vers Kubernetes.',
    topicIds: [kubernetes],
  });
  await newPost(db, {
    authorId: people.gina.id,
    communityId: privateOne.id,
    title: 'Orchidée: budget Kubernetes',
    body: 'Le budget du club Orchidée.',
    topicIds: [kubernetes],
  });

  await api.app.get(SearchIndexerService).rebuild();
  return {
    api,
    viewer: await api.signIn(people.victor.email),
    insider: await api.signIn(people.gina.email),
    people,
    secretCommunityId: secret.id,
    privateCommunityId: privateOne.id,
    openCommunityId: open.id,
  };
}

/** The behaviour every engine shares. `fixture()` returns the fixture built in the caller's beforeAll. */
export function describeSearchBehaviour(fixture: () => SearchFixture): void {
  describe('accents and case', () => {
    it.each(['securite', 'sécurité', 'SÉCURITÉ', 'Securité'])(
      '"%s" finds "Responsable sécurité"',
      async (q) => {
        expect(names(await experts(fixture().viewer, q))).toContain('Ève Laurent');
      },
    );

    it('"chloe" finds Chloé and "eve laurent" finds Ève Laurent', async () => {
      expect(names(await experts(fixture().viewer, 'chloe'))).toContain('Chloé Petit');
      expect(names(await experts(fixture().viewer, 'eve laurent'))[0]).toBe('Ève Laurent');
    });
  });

  describe('typos', () => {
    it.each(['kubernets', 'kuberntes', 'Kubernettes'])('"%s" finds the Kubernetes experts', async (q) => {
      const result = await experts(fixture().viewer, q);
      expect(names(result)).toEqual(expect.arrayContaining(['Alice Martin', 'Bob Durand']));
    });

    it('"cybersécurié" finds the cybersecurity expert', async () => {
      expect(names(await experts(fixture().viewer, 'cybersécurié'))).toContain('Ève Laurent');
    });
  });

  describe('synonyms across languages', () => {
    it.each(['IA', 'ia', 'intelligence artificielle', 'AI', 'artificial intelligence'])(
      '"%s" finds the artificial intelligence expert',
      async (q) => {
        const result = await experts(fixture().viewer, q);
        expect(names(result)).toContain('Chloé Petit');
        expect(result.nodes.find((n) => n.person.displayName === 'Chloé Petit')!.matchedTopics).toEqual([
          { slug: 'artificial-intelligence' },
        ]);
      },
    );

    it.each(['machine learning', 'apprentissage automatique', 'ML', 'deep learning'])(
      '"%s" finds the machine learning expert',
      async (q) => {
        expect(names(await experts(fixture().viewer, q))).toContain('David Roux');
      },
    );

    it('a post saying "intelligence artificielle" is found by "AI"', async () => {
      expect((await posts(fixture().viewer, 'AI')).totalCount).toBeGreaterThanOrEqual(1);
    });
  });

  describe('prefixes and several words', () => {
    it('"kube" and "Alic" find Alice as one types', async () => {
      expect(names(await experts(fixture().viewer, 'kube'))).toContain('Alice Martin');
      expect(names(await experts(fixture().viewer, 'Alic'))).toContain('Alice Martin');
    });

    it('every word counts: "kubernetes lyon" is Alice alone; "alice martin" puts her first', async () => {
      expect(names(await experts(fixture().viewer, 'kubernetes lyon'))).toEqual(['Alice Martin']);
      expect(names(await experts(fixture().viewer, 'alice martin'))[0]).toBe('Alice Martin');
    });
  });

  describe('short and common words', () => {
    it.each(['a', 'k', 'le', 'de la', 'the', 'of', 'à', '-', '"', "l'", '%', '_', 'kubernetes & (', '   '])(
      '"%s" answers without an error',
      async (q) => {
        const result = await experts(fixture().viewer, q);
        expect(result.totalCount).toBeGreaterThanOrEqual(0);
        expect(result.nodes.length).toBeLessThanOrEqual(result.totalCount);
        await posts(fixture().viewer, q.trim() || 'x');
        await communities(fixture().viewer, q.trim() || 'x');
      },
    );
  });

  describe('filters and facets', () => {
    it('counts departments, places and languages of the people found', async () => {
      const result = await experts(fixture().viewer, 'kubernetes');
      expect(result.facets.departments).toEqual([{ value: 'Infrastructure', count: 2 }]);
      expect(result.facets.locations).toEqual(
        expect.arrayContaining([
          { value: 'Lyon', count: 1 },
          { value: 'Paris', count: 1 },
        ]),
      );
      expect(result.facets.languages).toEqual(
        expect.arrayContaining([
          { value: 'fr', count: 2 },
          { value: 'en', count: 1 },
        ]),
      );
      expect(result.facets.topics).toEqual(
        expect.arrayContaining([{ topic: { slug: 'kubernetes' }, count: 2 }]),
      );
    });

    it('filters by department, location, language and topic', async () => {
      const viewer = fixture().viewer;
      expect(names(await experts(viewer, '', { department: 'Data' })).sort()).toEqual([
        'Chloé Petit',
        'David Roux',
      ]);
      expect(names(await experts(viewer, 'kubernetes', { location: 'Paris' }))).toEqual(['Bob Durand']);
      expect(names(await experts(viewer, 'kubernetes', { language: 'en' }))).toEqual(['Alice Martin']);
      expect(names(await experts(viewer, '', { topicSlug: 'cybersecurity' }))).toEqual(['Ève Laurent']);
    });

    it('counts each facet without its own filter, so one can switch values', async () => {
      const result = await experts(fixture().viewer, '', { department: 'Data' });
      expect(result.totalCount).toBe(2);
      expect(result.facets.departments).toEqual(
        expect.arrayContaining([
          { value: 'Data', count: 2 },
          { value: 'Infrastructure', count: 2 },
        ]),
      );
      expect(result.facets.locations).toEqual(
        expect.arrayContaining([
          { value: 'Paris', count: 1 },
          { value: 'Nantes', count: 1 },
        ]),
      );
    });

    it('filters by a community the viewer may read', async () => {
      const { viewer, openCommunityId } = fixture();
      const result = await experts(viewer, '', { communityId: openCommunityId });
      expect(names(result).sort()).toEqual(['Alice Martin', 'Bob Durand']);
    });
  });

  describe('pagination', () => {
    it('pages through every active person once, in a stable order', async () => {
      const viewer = fixture().viewer;
      const all = await experts(viewer, '', null, 20);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const result = await experts(viewer, '', null, 3, after);
        expect(result.totalCount).toBe(all.totalCount);
        seen.push(...result.nodes.map((n) => n.person.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.nodes.map((n) => n.person.id));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('refuses a cursor of another search', async () => {
      const viewer = fixture().viewer;
      const first = await experts(viewer, 'kubernetes', null, 1);
      const code = await viewer.errorCode(EXPERTS, {
        q: 'data',
        filters: null,
        first: 1,
        after: first.pageInfo.endCursor,
      });
      expect(code).toBe('BAD_USER_INPUT');
    });
  });

  describe('ranking', () => {
    it('evidence and endorsements beat a bare declaration, and say so', async () => {
      const result = await experts(fixture().viewer, 'kubernetes');
      expect(names(result).slice(0, 2)).toEqual(['Alice Martin', 'Bob Durand']);
      const [alice, bob] = result.nodes;
      expect(alice!.score).toBeGreaterThan(bob!.score);
      expect(alice!.evidence[0]).toMatchObject({ topic: { slug: 'kubernetes' }, posts: 3, endorsements: 2 });
      expect(alice!.evidenceLine).toBe('3 publications sur Kubernetes, recommandé par 2 collègues');
      expect(bob!.evidenceLine).toBe('Déclare une expertise en Kubernetes');
    });
  });

  describe('topic suggestions and related experts', () => {
    const suggest = async (prefix: string) =>
      (
        await fixture().viewer.ok<{ suggestTopics: Array<{ slug: string }> }>(
          `query($p: String!) { suggestTopics(prefix: $p, first: 5) { slug } }`,
          { p: prefix },
        )
      ).suggestTopics.map((t) => t.slug);

    it('completes a topic from the beginning of any of its names, in either language', async () => {
      expect((await suggest('kuber'))[0]).toBe('kubernetes');
      expect(await suggest('intelligence art')).toContain('artificial-intelligence');
      expect(await suggest('Cybersécu')).toContain('cybersecurity');
      expect(await suggest('apprentissage auto')).toContain('machine-learning');
    });

    it('answers an empty or odd prefix without an error', async () => {
      expect(await suggest('')).toEqual([]);
      for (const prefix of ['%', '_', '\\', "'", 'zzzzzzzz'])
        expect(Array.isArray(await suggest(prefix))).toBe(true);
    });

    it('lists who knows a topic best', async () => {
      const data = await fixture().viewer.ok<{
        relatedExperts: Array<{ person: { displayName: string }; evidenceLine: string | null }>;
      }>(`{ relatedExperts(topicSlug: "kubernetes", first: 5) { person { displayName } evidenceLine } }`);
      expect(data.relatedExperts.map((hit) => hit.person.displayName)).toEqual([
        'Alice Martin',
        'Bob Durand',
      ]);
      expect(data.relatedExperts[0]!.evidenceLine).toBe(
        '3 publications sur Kubernetes, recommandé par 2 collègues',
      );
    });
  });

  describe('visibility', () => {
    it('deactivated people vanish', async () => {
      expect(names(await experts(fixture().viewer, 'frank zappa'))).toEqual([]);
      expect(names(await experts(fixture().viewer, 'kubernetes'))).not.toContain('Frank Zappa');
    });

    it('a secret community gives no hit, count, facet or highlight to a non-member', async () => {
      const { viewer, secretCommunityId, privateCommunityId } = fixture();
      expect(await communities(viewer, 'phoenix')).toEqual({ totalCount: 0, ids: [] });
      const found = await posts(viewer, 'phoenix');
      expect(found.totalCount).toBe(0);
      expect(found.text.toLowerCase()).not.toContain('phoenix');
      const kube = await posts(viewer, 'kubernetes');
      expect(kube.text).not.toContain(secretCommunityId);
      expect(kube.text).not.toContain(privateCommunityId);
      expect(kube.text.toLowerCase()).not.toContain('orchid');
      const people = await experts(viewer, 'kubernetes');
      const facetIds = people.facets.communities.map((f) => f.community.id);
      expect(facetIds).not.toContain(secretCommunityId);
      expect(JSON.stringify(people)).not.toContain('Phoenix');
      const filtered = await experts(viewer, '', { communityId: secretCommunityId });
      expect(filtered.totalCount).toBe(0);
      expect(filtered.nodes).toEqual([]);
    });

    it('a private community’s posts are found by its members only', async () => {
      const { viewer, insider, privateCommunityId } = fixture();
      expect((await posts(viewer, 'orchidée')).totalCount).toBe(0);
      expect((await posts(insider, 'orchidée')).totalCount).toBe(1);
      // The community itself is listed (private communities are visible), its content is not.
      expect((await communities(viewer, 'orchidée')).ids).toEqual([privateCommunityId]);
    });

    it('members find their secret community, its posts and its facet', async () => {
      const { insider, secretCommunityId } = fixture();
      expect((await communities(insider, 'phoenix')).ids).toEqual([secretCommunityId]);
      expect((await posts(insider, 'phoenix')).totalCount).toBe(1);
      const people = await experts(insider, '', { communityId: secretCommunityId });
      expect(names(people).sort()).toEqual(['Alice Martin', 'Gina Rossi']);
    });
  });
}
