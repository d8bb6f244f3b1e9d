import { randomUUID } from 'node:crypto';
import { Role } from '@relais/identity';
import {
  ContentCommunity,
  GraphqlClient,
  newContentCommunity,
  newFollow,
  newPost,
  newUser,
  TestUser,
  topicIdBySlug,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const PAGE = `nodes { id pinned } pageInfo { hasNextPage endCursor }`;
const HOME = `query Home($first: Int, $after: String) { homeFeed(first: $first, after: $after) { ${PAGE} } }`;
const COMMUNITY = `query Community($slug: String!, $first: Int, $after: String) {
  communityFeed(slug: $slug, first: $first, after: $after) { ${PAGE} } }`;
const TOPIC = `query Topic($slug: String!, $first: Int, $after: String) {
  topicFeed(slug: $slug, first: $first, after: $after) { ${PAGE} } }`;
const PERSON = `query Person($personId: ID!, $first: Int, $after: String) {
  personFeed(personId: $personId, first: $first, after: $after) { ${PAGE} } }`;

interface Page {
  nodes: Array<{ id: string; pinned: boolean }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const T0 = Date.parse('2025-01-06T08:00:00.000Z');
const at = (minute: number) => new Date(T0 + minute * 60_000);

describe('feeds over GraphQL', () => {
  let api: TestApi;
  let viewer: TestUser; // V
  let followed: TestUser; // F, followed by V
  let other: TestUser; // O
  let gone: TestUser; // deactivated
  let asViewer: GraphqlClient;
  let asOther: GraphqlClient;
  let asAdmin: GraphqlClient;
  let mine: ContentCommunity; // A: V, F and O are members
  let followedCommunity: ContentCommunity; // B: open, V follows it
  let elsewhere: ContentCommunity; // C: open, V neither member nor follower
  let closed: ContentCommunity; // P: private, F and O members
  let secret: ContentCommunity; // S: secret, V and F members
  const post: Record<string, string> = {};

  /** Every page of a feed, `first` at a time, checking each page is full but the last. */
  async function walk(
    client: GraphqlClient,
    query: string,
    variables: Record<string, unknown>,
    first: number,
  ) {
    const ids: string[] = [];
    const pages: Page[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const data: Record<string, Page> = await client.ok(query, { ...variables, first, after });
      const page = Object.values(data)[0]!;
      pages.push(page);
      ids.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) return { ids, pages };
      expect(page.nodes.filter((node) => !node.pinned)).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    throw new Error('the feed never ended');
  }

  beforeAll(async () => {
    api = await startTestApi();
    const admin = await newUser(api.db, { email: 'ada.admin@example.com', roles: [Role.ADMIN] });
    viewer = await newUser(api.db, { email: 'victor.lecteur@example.com' });
    followed = await newUser(api.db, { email: 'fanny.suivie@example.com' });
    other = await newUser(api.db, { email: 'olga.autre@example.com' });
    gone = await newUser(api.db, { email: 'parti@example.com', status: 'deactivated' });
    [asViewer, asOther, asAdmin] = await Promise.all(
      [viewer, other, admin].map((user) => api.signIn(user.email)),
    );
    mine = await newContentCommunity(api.db, {
      members: [{ userId: viewer.id }, { userId: followed.id }, { userId: other.id, role: 'moderator' }],
    });
    followedCommunity = await newContentCommunity(api.db, { members: [{ userId: other.id }] });
    elsewhere = await newContentCommunity(api.db, { members: [{ userId: other.id }] });
    closed = await newContentCommunity(api.db, {
      visibility: 'private',
      members: [{ userId: followed.id }, { userId: other.id }],
    });
    secret = await newContentCommunity(api.db, {
      visibility: 'secret',
      name: 'Cellule de crise',
      members: [{ userId: viewer.id }, { userId: followed.id }],
    });
    const k8s = await topicIdBySlug(api.db, 'kubernetes');
    await newFollow(api.db, viewer.id, { type: 'user', id: followed.id });
    await newFollow(api.db, viewer.id, { type: 'community', id: followedCommunity.id });
    await newFollow(api.db, viewer.id, { type: 'topic', id: k8s });

    const make = async (name: string, minute: number, options: Parameters<typeof newPost>[1]) => {
      post[name] = (await newPost(api.db, { ...options, createdAt: at(minute) })).id;
    };
    await make('ownProfile', 1, { authorId: viewer.id });
    await make('inMine', 2, { authorId: other.id, communityId: mine.id });
    await make('inElsewhere', 3, { authorId: other.id, communityId: elsewhere.id });
    await make('taggedElsewhere', 4, { authorId: other.id, communityId: elsewhere.id, topicIds: [k8s] });
    await make('followedProfile', 5, { authorId: followed.id });
    await make('followedInClosed', 6, { authorId: followed.id, communityId: closed.id });
    await make('taggedInClosed', 7, { authorId: other.id, communityId: closed.id, topicIds: [k8s] });
    await make('followedInSecret', 8, { authorId: followed.id, communityId: secret.id });
    await make('inFollowedCommunity', 9, { authorId: other.id, communityId: followedCommunity.id });
    await make('deletedInMine', 10, { authorId: other.id, communityId: mine.id, deleted: true });
    await make('otherProfile', 11, { authorId: other.id });
    await make('followedElsewhere', 12, { authorId: followed.id, communityId: elsewhere.id });
    await make('taggedInMine', 13, { authorId: other.id, communityId: mine.id, topicIds: [k8s] });
    // Three posts at the same instant: the id breaks the tie.
    for (const name of ['tieA', 'tieB', 'tieC'])
      await make(name, 14, { authorId: other.id, communityId: mine.id });
    await make('goneProfile', 15, { authorId: gone.id });
    await make('goneInMine', 16, { authorId: gone.id, communityId: mine.id });
  });
  afterAll(() => api.close());

  /** Names in feed order: newest first, the id breaking ties (descending). */
  function newestFirst(names: string[]): string[] {
    const ties = names
      .filter((name) => name.startsWith('tie'))
      .map((name) => post[name]!)
      .sort()
      .reverse();
    const rest = names.filter((name) => !name.startsWith('tie'));
    const order = [
      'goneInMine',
      'goneProfile',
      '__ties__',
      'taggedInMine',
      'followedElsewhere',
      'otherProfile',
      'deletedInMine',
      'inFollowedCommunity',
      'followedInSecret',
      'taggedInClosed',
      'followedInClosed',
      'followedProfile',
      'taggedElsewhere',
      'inElsewhere',
      'inMine',
      'ownProfile',
    ];
    return order.flatMap((name) => (name === '__ties__' ? ties : rest.includes(name) ? [post[name]!] : []));
  }

  describe('homeFeed', () => {
    it('has my communities, the people, communities and topics I follow, and my own posts, newest first, each once', async () => {
      const expected = newestFirst([
        'goneInMine',
        'tieA',
        'tieB',
        'tieC',
        'taggedInMine',
        'followedElsewhere',
        'inFollowedCommunity',
        'followedInSecret',
        'followedProfile',
        'taggedElsewhere',
        'inMine',
        'ownProfile',
      ]);
      for (const first of [1, 3, 5, 100]) {
        const { ids } = await walk(asViewer, HOME, {}, first);
        expect(ids).toEqual(expected);
      }
    });

    it('says there is no next page when the last page is exactly full, and a page past the end is empty', async () => {
      const all = (await asViewer.ok<{ homeFeed: Page }>(HOME, { first: 12 })).homeFeed;
      expect(all.nodes).toHaveLength(12);
      expect(all.pageInfo.hasNextPage).toBe(false);
      const past = (await asViewer.ok<{ homeFeed: Page }>(HOME, { first: 5, after: all.pageInfo.endCursor }))
        .homeFeed;
      expect(past).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it('refuses malformed cursors, cursors of another feed and of another person’s home feed', async () => {
      const mineCursor = (await asViewer.ok<{ homeFeed: Page }>(HOME, { first: 2 })).homeFeed.pageInfo
        .endCursor;
      const communityCursor = (
        await asViewer.ok<{ communityFeed: Page }>(COMMUNITY, { slug: mine.slug, first: 2 })
      ).communityFeed.pageInfo.endCursor;
      const forged = [
        'not-a-cursor',
        '!!!',
        Buffer.from(`2024-01-01T00:00:00.000Z|${randomUUID()}`).toString('base64url'),
        Buffer.from(`c1|AAAAAAAAAAAA|2024-01-01T00:00:00.000Z|${randomUUID()}`).toString('base64url'),
        'A'.repeat(301),
        communityCursor,
      ];
      for (const after of forged) {
        const error = await firstError(asViewer, HOME, { first: 2, after });
        expect({ after, code: error.extensions?.code }).toEqual({ after, code: 'BAD_USER_INPUT' });
      }
      // Another person's home feed cursor, and this home feed's cursor in a community feed.
      expect((await firstError(asOther, HOME, { first: 2, after: mineCursor })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      const error = await firstError(asViewer, COMMUNITY, { slug: mine.slug, first: 2, after: mineCursor });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/previous page of this same list/);
    });

    it('refuses a page size outside 1..100', async () => {
      for (const first of [0, 101, -1]) {
        expect((await firstError(asViewer, HOME, { first })).extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('communityFeed', () => {
    it('puts pinned posts first on the first page only, most recently pinned first, then the newest', async () => {
      await api.db.query('UPDATE posts SET pinned_at = $2 WHERE id = $1', [post['inMine'], at(100)]);
      await api.db.query('UPDATE posts SET pinned_at = $2 WHERE id = $1', [post['tieB'], at(101)]);
      try {
        const { pages } = await walk(asViewer, COMMUNITY, { slug: mine.slug }, 2);
        const first = pages[0]!;
        expect(first.nodes.slice(0, 2)).toEqual([
          { id: post['tieB'], pinned: true },
          { id: post['inMine'], pinned: true },
        ]);
        const unpinned = newestFirst(['goneInMine', 'tieA', 'tieC', 'taggedInMine']);
        const rest = pages.flatMap((page, i) => page.nodes.slice(i === 0 ? 2 : 0));
        expect(rest.every((node) => !node.pinned)).toBe(true);
        expect(rest.map((node) => node.id)).toEqual(unpinned);
      } finally {
        await api.db.query('UPDATE posts SET pinned_at = NULL');
      }
    });

    it('is FORBIDDEN for a private community to a non-member, NOT_FOUND for a secret one, as for an unknown slug', async () => {
      const privateError = await firstError(asViewer, COMMUNITY, { slug: closed.slug, first: 5 });
      expect(privateError.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEMBERS_ONLY' });
      const secretError = await firstError(asOther, COMMUNITY, { slug: secret.slug, first: 5 });
      const unknownError = await firstError(asOther, COMMUNITY, { slug: 'nothing-here', first: 5 });
      expect(secretError.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(secretError.message).toBe(unknownError.message);
      expect(JSON.stringify(secretError.response)).not.toContain(secret.name);
      const { ids } = await walk(asViewer, COMMUNITY, { slug: secret.slug }, 10);
      expect(ids).toEqual([post['followedInSecret']]);
    });
  });

  describe('topicFeed', () => {
    it('has the posts tagged with the topic that the viewer may read', async () => {
      expect((await walk(asViewer, TOPIC, { slug: 'kubernetes' }, 2)).ids).toEqual(
        newestFirst(['taggedInMine', 'taggedElsewhere']),
      );
      expect((await walk(asOther, TOPIC, { slug: 'kubernetes' }, 2)).ids).toEqual(
        newestFirst(['taggedInMine', 'taggedInClosed', 'taggedElsewhere']),
      );
      expect((await walk(asViewer, TOPIC, { slug: 'python' }, 2)).ids).toEqual([]);
      expect((await firstError(asViewer, TOPIC, { slug: 'no-such-topic', first: 2 })).extensions?.code).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('personFeed', () => {
    it('has the person’s posts the viewer may read, on their profile and in communities', async () => {
      expect((await walk(asViewer, PERSON, { personId: followed.id }, 2)).ids).toEqual(
        newestFirst(['followedElsewhere', 'followedInSecret', 'followedProfile']),
      );
      expect((await walk(asOther, PERSON, { personId: followed.id }, 2)).ids).toEqual(
        newestFirst(['followedElsewhere', 'followedInClosed', 'followedProfile']),
      );
    });

    it('hides a deactivated person from non-admins as if unknown; an admin sees their posts', async () => {
      const hidden = await firstError(asViewer, PERSON, { personId: gone.id, first: 5 });
      const unknown = await firstError(asViewer, PERSON, { personId: randomUUID(), first: 5 });
      expect(hidden.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(hidden.message).toBe(unknown.message);
      expect((await walk(asAdmin, PERSON, { personId: gone.id }, 5)).ids).toEqual(
        newestFirst(['goneInMine', 'goneProfile']),
      );
      expect((await firstError(asViewer, PERSON, { personId: 'nope', first: 5 })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});
