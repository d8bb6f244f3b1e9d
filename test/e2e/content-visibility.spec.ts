import { randomUUID } from 'node:crypto';
import { communityAccess, CommunityFacts } from '@relais/communities';
import { postAccess, postReadableSql, isAdminSql } from '@relais/content';
import { Role } from '@relais/identity';
import { NOTIFICATIONS_QUEUE } from '@relais/notifications';
import {
  CONTENT_TABLES,
  ContentCommunity,
  GraphqlClient,
  newComment,
  newContentCommunity,
  newFollow,
  newPost,
  newUser,
  setContentMembership,
  tableSnapshot,
  TestUser,
  topicIdBySlug,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { expectCleanErrors } from './support/errors';

type RoleName = 'outsider' | 'member' | 'moderator' | 'admin';
type Visibility = 'open' | 'private' | 'secret';
const ROLES: RoleName[] = ['outsider', 'member', 'moderator', 'admin'];
const VISIBILITIES: Visibility[] = ['open', 'private', 'secret'];
const SECRET_NAME = 'Projet Licorne';
const SECRET_SLUG = 'projet-licorne';

const CREATE = `mutation Create($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const GET = `query Get($id: ID!) { post(id: $id) { id title commentCount community { name slug visibility }
  author { id } reactionCounts { kind count } comments(first: 5) { nodes { id } } } }`;
const COMMUNITY_FEED = `query Feed($slug: String!) { communityFeed(slug: $slug, first: 50) { nodes { id community { name } } } }`;
const HOME = `{ homeFeed(first: 100) { nodes { id community { name slug } } } }`;
const TOPIC = `{ topicFeed(slug: "kubernetes", first: 100) { nodes { id community { name } } } }`;
const PERSON = `query Person($id: ID!) { personFeed(personId: $id, first: 100) { nodes { id community { name } } } }`;
const ADD_COMMENT = `mutation Add($postId: ID!) { addComment(postId: $postId, body: "Je réponds") { id } }`;
const REACT = `mutation React($type: ReactionSubjectType!, $id: ID!) {
  react(subject: { type: $type, id: $id }, kind: SUPPORT) { reactionCounts { kind count } } }`;
const NOTIFICATIONS = `{ notifications(first: 100) { nodes { kind subjectType subjectId } } }`;

/** What each role may do in each kind of community, as the matrix states it. */
function reads(role: RoleName, visibility: Visibility): boolean {
  return visibility === 'open' || role === 'member' || role === 'moderator';
}
function participates(role: RoleName): boolean {
  return role === 'member' || role === 'moderator';
}

describe('the post visibility matrix: outsider / member / moderator / admin x open / private / secret', () => {
  let api: TestApi;
  let author: TestUser;
  const users = {} as Record<RoleName, TestUser>;
  const clients = {} as Record<RoleName, GraphqlClient>;
  const communities = {} as Record<Visibility, ContentCommunity>;
  const posts = {} as Record<Visibility, string>;
  const comments = {} as Record<Visibility, string>;
  /** Every response an outsider (or the non-member admin) got: none may name the secret community. */
  const seenByOutsiders: string[] = [];

  async function ask(role: RoleName, query: string, variables?: Record<string, unknown>) {
    const res = await clients[role].query(query, variables);
    if (role === 'outsider' || role === 'admin')
      seenByOutsiders.push(JSON.stringify(res.data ?? null), JSON.stringify(res.errors ?? null));
    if (res.errors) expectCleanErrors({ errors: res.errors });
    return res;
  }

  beforeAll(async () => {
    api = await startTestApi();
    users.admin = await newUser(api.db, { email: 'ada.admin@example.com', roles: [Role.ADMIN] });
    author = await newUser(api.db, { email: 'aurore.autrice@example.com' });
    users.outsider = await newUser(api.db, { email: 'oscar.dehors@example.com' });
    users.member = await newUser(api.db, { email: 'mia.membre@example.com' });
    users.moderator = await newUser(api.db, { email: 'mo.moderateur@example.com' });
    for (const role of ROLES) clients[role] = await api.signIn(users[role].email);
    const authorClient = await api.signIn(author.email);
    const k8s = await topicIdBySlug(api.db, 'kubernetes');
    for (const visibility of VISIBILITIES) {
      communities[visibility] = await newContentCommunity(api.db, {
        visibility,
        ...(visibility === 'secret' ? { name: SECRET_NAME, slug: SECRET_SLUG } : {}),
        members: [
          { userId: author.id },
          { userId: users.member.id },
          { userId: users.moderator.id, role: 'moderator' },
        ],
      });
      // Through the API: hashtags, mentions and their notifications as in real use.
      const { createPost } = await authorClient.ok(CREATE, {
        input: {
          communityId: communities[visibility].id,
          title: `Réunion ${visibility}`,
          body: 'Point #Kubernetes avec @oscar.dehors @mia.membre @mo.moderateur @ada.admin',
        },
      });
      posts[visibility] = createPost.id;
      comments[visibility] = (await newComment(api.db, { postId: createPost.id, authorId: author.id })).id;
    }
    for (const role of ROLES) {
      await newFollow(api.db, users[role].id, { type: 'user', id: author.id });
      await newFollow(api.db, users[role].id, { type: 'topic', id: k8s });
    }
    await api.jobs.drain(NOTIFICATIONS_QUEUE);
  });
  afterAll(async () => {
    await api.close();
  });

  const cells = ROLES.flatMap((role) => VISIBILITIES.map((visibility) => [role, visibility] as const));

  it.each(cells)('post by id: %s in a %s community', async (role, visibility) => {
    const res = await ask(role, GET, { id: posts[visibility] });
    if (reads(role, visibility)) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.post).toMatchObject({
        id: posts[visibility],
        title: `Réunion ${visibility}`,
        commentCount: expect.any(Number),
        community: { name: communities[visibility].name, visibility: visibility.toUpperCase() },
      });
    } else {
      const unknown = await ask(role, GET, { id: randomUUID() });
      expect(res.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(res.errors![0]!.message).toBe(unknown.errors![0]!.message);
      expect(res.data ?? null).toBeNull();
    }
  });

  it.each(cells)('community feed: %s in a %s community', async (role, visibility) => {
    const res = await ask(role, COMMUNITY_FEED, { slug: communities[visibility].slug });
    if (reads(role, visibility)) {
      expect(res.data!.communityFeed.nodes.map((n: { id: string }) => n.id)).toContain(posts[visibility]);
    } else if (visibility === 'private') {
      expect(res.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', reason: 'MEMBERS_ONLY' });
    } else {
      const unknown = await ask(role, COMMUNITY_FEED, { slug: 'no-such-community' });
      expect(res.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(res.errors![0]!.message).toBe(unknown.errors![0]!.message);
    }
  });

  it.each(ROLES)(
    'home, topic and person feeds of the %s hold exactly the posts they may read',
    async (role) => {
      const expected = VISIBILITIES.filter((visibility) => reads(role, visibility)).map((v) => posts[v]);
      for (const [query, variables] of [
        [HOME, undefined],
        [TOPIC, undefined],
        [PERSON, { id: author.id }],
      ] as const) {
        const res = await ask(role, query, variables);
        expect(res.errors).toBeUndefined();
        const nodes = Object.values(res.data!)[0].nodes as Array<{ id: string }>;
        expect(nodes.map((n) => n.id).sort()).toEqual([...expected].sort());
      }
    },
  );

  it.each(cells)('comment: %s in a %s community', async (role, visibility) => {
    const before = await tableSnapshot(api.db, CONTENT_TABLES);
    const res = await ask(role, ADD_COMMENT, { postId: posts[visibility] });
    if (participates(role)) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.addComment.id).toEqual(expect.any(String));
      return;
    }
    expect(res.errors![0]!.extensions).toEqual(
      reads(role, visibility) ? { code: 'FORBIDDEN', reason: 'MEMBERS_ONLY' } : { code: 'NOT_FOUND' },
    );
    expect(await tableSnapshot(api.db, CONTENT_TABLES)).toEqual(before);
  });

  it.each(cells)('react to the post and to a comment: %s in a %s community', async (role, visibility) => {
    for (const [type, id] of [
      ['POST', posts[visibility]],
      ['COMMENT', comments[visibility]],
    ] as const) {
      const before = await tableSnapshot(api.db, CONTENT_TABLES);
      const res = await ask(role, REACT, { type, id });
      if (participates(role)) {
        expect(res.errors).toBeUndefined();
        expect(res.data!.react.reactionCounts).toContainEqual({ kind: 'SUPPORT', count: expect.any(Number) });
        continue;
      }
      expect(res.errors![0]!.extensions).toEqual(
        reads(role, visibility) ? { code: 'FORBIDDEN', reason: 'MEMBERS_ONLY' } : { code: 'NOT_FOUND' },
      );
      expect(await tableSnapshot(api.db, CONTENT_TABLES)).toEqual(before);
    }
  });

  it.each(cells)('mention notification: %s in a %s community', async (role, visibility) => {
    const rows: unknown[] = await api.db.query(
      `SELECT 1 FROM notifications WHERE recipient_id = $1 AND kind = 'mention' AND subject_id = $2`,
      [users[role].id, posts[visibility]],
    );
    expect(rows.length).toBe(reads(role, visibility) ? 1 : 0);
    const res = await ask(role, NOTIFICATIONS);
    const listed = (res.data!.notifications.nodes as Array<{ subjectId: string }>).map((n) => n.subjectId);
    expect(listed.includes(posts[visibility])).toBe(reads(role, visibility));
  });

  it('drops a notification from the list once its reader loses access (the registered checker)', async () => {
    const res = await ask('member', NOTIFICATIONS);
    expect(res.data!.notifications.nodes.map((n: { subjectId: string }) => n.subjectId)).toContain(
      posts.private,
    );
    await setContentMembership(api.db, communities.private.id, { userId: users.member.id, status: 'banned' });
    try {
      const after = await ask('member', NOTIFICATIONS);
      const ids = after.data!.notifications.nodes.map((n: { subjectId: string }) => n.subjectId);
      expect(ids).not.toContain(posts.private);
      expect(ids).toContain(posts.open);
    } finally {
      await setContentMembership(api.db, communities.private.id, { userId: users.member.id });
    }
  });

  it('never shows the secret community’s name or slug to an outsider or a non-member admin', () => {
    expect(seenByOutsiders.length).toBeGreaterThan(20);
    for (const body of seenByOutsiders) {
      expect(body).not.toContain(SECRET_NAME);
      expect(body).not.toContain(SECRET_SLUG);
    }
  });
});

describe('the read rule in SQL agrees with postAccess() on every combination', () => {
  let api: TestApi;
  afterAll(() => api?.close());

  it('for a member, an admin and an outsider, over every visibility, membership, archive, author and deletion state', async () => {
    api = await startTestApi();
    const viewer = await newUser(api.db);
    const admin = await newUser(api.db, { roles: [Role.ADMIN] });
    const activeAuthor = await newUser(api.db);
    const goneAuthor = await newUser(api.db, { status: 'deactivated' });
    const memberships: Array<CommunityFacts['membership']> = [
      null,
      { role: 'member', status: 'active' },
      { role: 'moderator', status: 'active' },
      { role: 'owner', status: 'active' },
      { role: 'member', status: 'pending' },
      { role: 'member', status: 'invited' },
      { role: 'member', status: 'banned' },
    ];
    const facts = new Map<
      string,
      { community: CommunityFacts | null; authorActive: boolean; deleted: boolean }
    >();
    const authors = [activeAuthor, goneAuthor];
    const addPosts = async (community: CommunityFacts | null, communityId: string | null) => {
      for (const postAuthor of authors) {
        for (const deleted of [false, true]) {
          const { id } = await newPost(api.db, { authorId: postAuthor.id, communityId, deleted });
          facts.set(id, { community, authorActive: postAuthor === activeAuthor, deleted });
        }
      }
    };
    await addPosts(null, null);
    for (const visibility of VISIBILITIES) {
      for (const archived of [false, true]) {
        for (const membership of memberships) {
          const members = membership ? [viewer, admin].map((u) => ({ userId: u.id, ...membership })) : [];
          const community = await newContentCommunity(api.db, { visibility, archived, members });
          await addPosts({ visibility, archived, membership }, community.id);
        }
      }
    }
    expect(facts.size).toBe(4 + 3 * 2 * memberships.length * 4);

    for (const who of [
      { user: viewer, isAdmin: false },
      { user: admin, isAdmin: true },
    ]) {
      const bound: Array<{ id: string }> = await api.db.query(
        `SELECT p.id FROM posts p WHERE ${postReadableSql('p', '$1', '$2')}`,
        [who.user.id, who.isAdmin],
      );
      const derived: Array<{ id: string }> = await api.db.query(
        `SELECT p.id FROM posts p WHERE ${postReadableSql('p', '$1::uuid', isAdminSql('$1::uuid'))}`,
        [who.user.id],
      );
      const expected = [...facts]
        .filter(
          ([, f]) =>
            postAccess(
              { authorId: activeAuthor.id, kind: 'discussion', ...f },
              { userId: who.user.id, isAdmin: who.isAdmin },
            ).read,
        )
        .map(([id]) => id)
        .sort();
      expect(bound.map((row) => row.id).sort()).toEqual(expected);
      expect(derived.map((row) => row.id).sort()).toEqual(expected);
      // And the community part follows communityAccess().readContent.
      for (const [id, f] of facts) {
        if (f.community && !f.deleted) {
          expect({ id, read: expected.includes(id) }).toEqual({
            id,
            read: communityAccess(f.community).readContent,
          });
        }
      }
    }
  });
});
