import { NOTIFICATIONS_QUEUE } from '@relais/notifications';
import request from 'supertest';
import { GraphqlClient, newContentCommunity, newPost, newUser, topicIdBySlug } from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const PEOPLE = `query People($search: String, $first: Int!, $after: String) {
  people(search: $search, first: $first, after: $after) {
    nodes { id displayName handle status }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SIGN_IN_OPTIONS = '{ signInOptions { devSignIn sso ssoLoginPath devAccounts { email displayName } } }';
const PREVIEW = 'query Preview($markdown: String!) { previewMarkdown(markdown: $markdown) }';

interface PeoplePage {
  people: {
    nodes: Array<{ id: string; displayName: string; handle: string; status: string | null }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The API fields the web app needs beyond the social core: directory, sign-in page, preview, follow state. */
describe('API for the web app', () => {
  let api: TestApi;
  let member: GraphqlClient;
  let memberId: string;
  let admin: GraphqlClient;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signIn('ada.admin@example.com', 'Ada Admin'); // the first account becomes admin
    member = await api.signIn('hugo.petit@example.com', 'Hugo Petit');
    memberId = (await member.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    await newUser(api.db, { email: 'lea.dubois@example.com', displayName: 'Léa Dubois' });
    await newUser(api.db, { email: 'leon.marchand@other.example', displayName: 'Léon Marchand' });
    await newUser(api.db, {
      email: 'gone.person@example.com',
      displayName: 'Léa Partie',
      status: 'deactivated',
    });
  });
  afterAll(() => api.close());

  describe('people directory', () => {
    it('matches every word in the name or handle, ignoring accents and case, in name order', async () => {
      const { people } = await member.ok<PeoplePage>(PEOPLE, { search: 'LEA', first: 10 });
      expect(people.nodes.map((p) => p.displayName)).toEqual(['Léa Dubois']);
      expect(people.nodes[0]!.handle).toBe('lea.dubois');
      const byHandle = await member.ok<PeoplePage>(PEOPLE, { search: 'marchand leon', first: 10 });
      expect(byHandle.people.nodes.map((p) => p.handle)).toEqual(['leon.marchand']);
    });

    it('hides deactivated people from members and shows them to admins, with their status', async () => {
      expect((await member.ok<PeoplePage>(PEOPLE, { search: 'partie', first: 10 })).people.nodes).toEqual([]);
      const { people } = await admin.ok<PeoplePage>(PEOPLE, { search: 'partie', first: 10 });
      expect(people.nodes).toEqual([
        expect.objectContaining({ displayName: 'Léa Partie', status: 'deactivated' }),
      ]);
    });

    it('pages with cursors of its own list, each person once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: PeoplePage = await member.ok<PeoplePage>(PEOPLE, { first: 2, after });
        seen.push(...page.people.nodes.map((p) => p.displayName));
        after = page.people.pageInfo.hasNextPage ? page.people.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(['Ada Admin', 'Hugo Petit', 'Léa Dubois', 'Léon Marchand']);
      const topics = await member.ok<{ topics: { pageInfo: { endCursor: string } } }>(
        '{ topics(first: 1) { pageInfo { endCursor } } }',
      );
      const error = await firstError(member, PEOPLE, { first: 2, after: topics.topics.pageInfo.endCursor });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('is for signed-in people only', async () => {
      expect((await firstError(api.anonymous, PEOPLE, { first: 5 })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('input validation', () => {
    it('gives each message under the field it concerns, for forms', async () => {
      const error = await firstError(
        member,
        'mutation U($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }',
        { input: { title: 'x'.repeat(121), languages: ['xx'] } },
      );
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { title: [expect.stringMatching(/at most 120/)], languages: [expect.any(String)] },
      });
    });
  });

  describe('sign-in options', () => {
    it('offer the development sign-in with the organisation’s first accounts to anyone signed out', async () => {
      const { signInOptions } = await api.anonymous.ok<{
        signInOptions: {
          devSignIn: boolean;
          sso: boolean;
          ssoLoginPath: string | null;
          devAccounts: unknown[];
        };
      }>(SIGN_IN_OPTIONS);
      expect(signInOptions).toMatchObject({ devSignIn: true, sso: false, ssoLoginPath: null });
      expect(signInOptions.devAccounts).toEqual(
        expect.arrayContaining([{ email: 'ada.admin@example.com', displayName: 'Ada Admin' }]),
      );
      expect(signInOptions.devAccounts).not.toContainEqual(
        expect.objectContaining({ email: 'gone.person@example.com' }),
      );
    });

    it('list no account in production, where the development sign-in is closed', async () => {
      const production = await startTestApi({ NODE_ENV: 'production' });
      try {
        await newUser(production.db, { email: 'someone@example.com' });
        const { signInOptions } = await production.anonymous.ok<{ signInOptions: unknown }>(SIGN_IN_OPTIONS);
        expect(signInOptions).toEqual({ devSignIn: false, sso: false, ssoLoginPath: null, devAccounts: [] });
      } finally {
        await production.close();
      }
    });
  });

  describe('markdown preview', () => {
    it('renders with the posts’ renderer: formatting kept, scripts and handlers removed', async () => {
      const { previewMarkdown } = await member.ok<{ previewMarkdown: string }>(PREVIEW, {
        markdown: '**gras** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))',
      });
      expect(previewMarkdown).toContain('<strong>gras</strong>');
      // Escaped as text or dropped: never a live tag, handler or link.
      expect(previewMarkdown).not.toMatch(/<script|<img|href="javascript/);
    });

    it('refuses a text longer than a post may be with BAD_USER_INPUT', async () => {
      const error = await firstError(member, PREVIEW, { markdown: 'x'.repeat(20_001) });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/at most 20000 characters/);
    });
  });

  describe('follow state', () => {
    it('tells whether the viewer follows a person, a topic and a community', async () => {
      const lea = (await member.ok<PeoplePage>(PEOPLE, { search: 'lea dubois', first: 1 })).people.nodes[0]!;
      const community = await newContentCommunity(api.db, {
        visibility: 'open',
        members: [{ userId: memberId }],
      });
      const topicId = await topicIdBySlug(api.db, 'kubernetes');
      const STATE = `query S($id: ID!, $slug: String!, $topic: String!) {
        person(id: $id) { followedByMe } community(slug: $slug) { followedByMe } topic(slug: $topic) { id followedByMe }
      }`;
      const vars = { id: lea.id, slug: community.slug, topic: 'kubernetes' };
      expect(await member.ok(STATE, vars)).toEqual({
        person: { followedByMe: false },
        community: { followedByMe: false },
        topic: { id: topicId, followedByMe: false },
      });
      const FOLLOW = 'mutation F($target: FollowTargetInput!) { follow(target: $target) }';
      await member.ok(FOLLOW, { target: { type: 'USER', id: lea.id } });
      await member.ok(FOLLOW, { target: { type: 'COMMUNITY', id: community.id } });
      await member.ok(FOLLOW, { target: { type: 'TOPIC', id: topicId } });
      expect(await member.ok(STATE, vars)).toEqual({
        person: { followedByMe: true },
        community: { followedByMe: true },
        topic: { id: topicId, followedByMe: true },
      });
    });
  });

  describe('notifications about a comment', () => {
    it('carry the post’s id, so the web app links to the comment in its thread', async () => {
      const post = await newPost(api.db, { authorId: memberId, body: 'Question' });
      const lea = await api.signIn('lea.dubois@example.com');
      const { addComment } = await lea.ok<{ addComment: { id: string } }>(
        'mutation C($postId: ID!) { addComment(postId: $postId, body: "Réponse à @hugo.petit") { id } }',
        { postId: post.id },
      );
      await api.jobs.drain(NOTIFICATIONS_QUEUE);
      const { notifications } = await member.ok<{
        notifications: {
          nodes: Array<{ kind: string; subjectType: string; subjectId: string; data: string }>;
        };
      }>('{ notifications(first: 10) { nodes { kind subjectType subjectId data } } }');
      const aboutComment = notifications.nodes.filter((n) => n.subjectType === 'COMMENT');
      expect(aboutComment.length).toBeGreaterThan(0);
      for (const notification of aboutComment) {
        expect(notification.subjectId).toBe(addComment.id);
        expect(JSON.parse(notification.data)).toMatchObject({ postId: post.id });
      }
    });
  });

  describe('notifications about a community', () => {
    it('carry the community as the person sees it, to link it by slug; null for other subjects', async () => {
      const owner = await newUser(api.db, { email: 'owner.private@example.com' });
      const club = await newContentCommunity(api.db, {
        visibility: 'private',
        members: [{ userId: owner.id, role: 'owner' }],
      });
      const ownerClient = await api.signIn(owner.email);
      await ownerClient.ok(
        'mutation I($slug: String!, $userId: ID!) { invite(slug: $slug, userId: $userId) { userId } }',
        {
          slug: club.slug,
          userId: memberId,
        },
      );
      await api.jobs.drain(NOTIFICATIONS_QUEUE);
      const { notifications } = await member.ok<{
        notifications: { nodes: Array<{ kind: string; subjectType: string; community: unknown }> };
      }>('{ notifications(first: 20) { nodes { kind subjectType community { slug name visibility } } } }');
      const invitation = notifications.nodes.find((n) => n.kind === 'INVITATION');
      expect(invitation).toEqual({
        kind: 'INVITATION',
        subjectType: 'COMMUNITY',
        community: { slug: club.slug, name: club.name, visibility: 'PRIVATE' },
      });
      for (const other of notifications.nodes.filter((n) => n.subjectType !== 'COMMUNITY')) {
        expect(other.community).toBeNull();
      }
    });
  });

  describe('serving the web app', () => {
    // `npm test` builds the web app before the tests.
    it('answers every page route with the app, never cached, and its hashed scripts compressed for good', async () => {
      const page = await request(api.server).get('/posts/4d1c1f6e-0000-4000-8000-000000000000');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
      expect(script).toBeDefined();
      const asset = await request(api.server).get(script!).set('Accept-Encoding', 'gzip');
      expect(asset.status).toBe(200);
      expect(asset.headers['content-encoding']).toBe('gzip');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const missing = await request(api.server).get('/assets/nothing-here.js');
      expect(missing.status).toBe(404);
    });
  });
});
