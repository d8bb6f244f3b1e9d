import { randomUUID } from 'node:crypto';
import { NOTIFICATIONS_QUEUE } from '@relais/notifications';
import {
  CONTENT_TABLES,
  ContentCommunity,
  GraphqlClient,
  newComment,
  newContentCommunity,
  newPost,
  tableSnapshot,
  topicIdBySlug,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const POST_FIELDS = `id kind title bodyHtml bodyMarkdown classification confidential language pinned edited editedAt createdAt
  author { id displayName handle } community { id slug name visibility } topics { slug label }
  mentions { id handle } commentCount reactionCounts { kind count } myReaction
  acceptedAnswer { id } viewerCan { edit delete comment react pin acceptAnswer }`;

const CREATE = `mutation Create($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { ${POST_FIELDS} } }`;
const DELETE = `mutation Delete($id: ID!) { deletePost(id: $id) }`;
const GET = `query Get($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`;
const COMMENTS = `query Comments($id: ID!, $first: Int, $after: String) { post(id: $id) { commentCount
  comments(first: $first, after: $after) {
    nodes { id parentId bodyHtml bodyMarkdown author { id } replyCount replies(first: 10) { id parentId author { id } } }
    pageInfo { hasNextPage endCursor } } } }`;
const ADD_COMMENT = `mutation Add($postId: ID!, $body: String!, $parentId: ID) {
  addComment(postId: $postId, body: $body, parentId: $parentId) { id postId parentId bodyHtml bodyMarkdown edited author { id } } }`;
const UPDATE_COMMENT = `mutation UpdateComment($id: ID!, $body: String!) {
  updateComment(id: $id, body: $body) { id postId bodyHtml bodyMarkdown edited author { id } } }`;
const DELETE_COMMENT = `mutation DeleteComment($id: ID!) { deleteComment(id: $id) }`;
const REACT = `mutation React($subject: ReactionSubjectInput!, $kind: ReactionKind!) {
  react(subject: $subject, kind: $kind) { subjectType subjectId myReaction reactionCounts { kind count } } }`;
const UNREACT = `mutation Unreact($subject: ReactionSubjectInput!) {
  unreact(subject: $subject) { myReaction reactionCounts { kind count } } }`;
const ACCEPT = `mutation Accept($postId: ID!, $commentId: ID!) {
  acceptAnswer(postId: $postId, commentId: $commentId) { id acceptedAnswer { id author { id } } } }`;
const PIN = `mutation Pin($id: ID!, $pinned: Boolean!) { pinPost(id: $id, pinned: $pinned) { id pinned } }`;
const FOLLOW = `mutation Follow($target: FollowTargetInput!) { follow(target: $target) }`;
const UNFOLLOW = `mutation Unfollow($target: FollowTargetInput!) { unfollow(target: $target) }`;

interface Person {
  id: string;
  client: GraphqlClient;
}

interface NotificationRow {
  recipient_id: string;
  kind: string;
  actor_id: string;
  subject_type: string;
  subject_id: string;
  data: Record<string, string>;
}

describe('content over GraphQL: posts, comments, reactions, answers, pins, follows', () => {
  let api: TestApi;
  let admin: Person;
  let alice: Person; // member of the open community
  let bob: Person; // member of the open community
  let mod: Person; // moderator of the open community
  let outsider: Person; // member of nothing
  let open: ContentCommunity;
  let privateCommunity: ContentCommunity;
  let secret: ContentCommunity;
  let archived: ContentCommunity;

  async function person(email: string): Promise<Person> {
    const client = await api.signIn(email);
    const { me } = await client.ok<{ me: { id: string } }>('{ me { id } }');
    return { id: me.id, client };
  }

  /** Runs a request that must fail, and proves it changed no content row and enqueued no job. */
  async function refused(
    who: Person,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ code: string | undefined; reason: unknown; message: string }> {
    const before = await snapshot();
    const error = await firstError(who.client, query, variables);
    expect(await snapshot()).toEqual(before);
    return { code: error.extensions?.code, reason: error.extensions?.['reason'], message: error.message };
  }

  async function snapshot() {
    return {
      ...(await tableSnapshot(api.db, CONTENT_TABLES)),
      // Only the jobs content creates: schedules (e.g. a cleanup every 30 minutes) may add others meanwhile.
      jobs: (
        await api.db.query('SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1', [NOTIFICATIONS_QUEUE])
      )[0].n as number,
    };
  }

  async function notificationsAbout(subjectId: string): Promise<NotificationRow[]> {
    await api.jobs.drain(NOTIFICATIONS_QUEUE);
    return api.db.query(
      `SELECT recipient_id, kind, actor_id, subject_type, subject_id, data FROM notifications
        WHERE subject_id = $1 ORDER BY kind, recipient_id`,
      [subjectId],
    );
  }

  function create(who: Person, input: Record<string, unknown>) {
    return who.client.ok(CREATE, { input }).then((data) => data.createPost);
  }

  beforeAll(async () => {
    api = await startTestApi();
    admin = await person('ada.admin@example.com'); // the first account is the admin
    alice = await person('alice.martin@example.com');
    bob = await person('bob.durand@example.com');
    mod = await person('maud.moderatrice@example.com');
    outsider = await person('oscar.dehors@example.com');
    const members = [
      { userId: alice.id },
      { userId: bob.id },
      { userId: mod.id, role: 'moderator' as const },
    ];
    open = await newContentCommunity(api.db, { visibility: 'open', members });
    privateCommunity = await newContentCommunity(api.db, { visibility: 'private', members });
    secret = await newContentCommunity(api.db, { visibility: 'secret', name: 'Projet Licorne', members });
    archived = await newContentCommunity(api.db, { visibility: 'open', archived: true, members });
  });
  afterAll(() => api.close());

  describe('createPost', () => {
    it('posts on the author’s profile with the defaults: a discussion, internal, in their language', async () => {
      const post = await create(alice, { body: 'Bonjour **à tous**' });
      expect(post).toMatchObject({
        kind: 'DISCUSSION',
        title: null,
        bodyHtml: '<p>Bonjour <strong>à tous</strong></p>',
        bodyMarkdown: 'Bonjour **à tous**',
        classification: 'INTERNAL',
        confidential: false,
        language: 'fr',
        pinned: false,
        edited: false,
        editedAt: null,
        author: { id: alice.id, displayName: 'Alice Martin', handle: 'alice.martin' },
        community: null,
        topics: [],
        mentions: [],
        commentCount: 0,
        reactionCounts: [],
        myReaction: null,
        acceptedAnswer: null,
        viewerCan: { edit: true, delete: true, comment: true, react: true, pin: false, acceptAnswer: false },
      });
      const [row] = await api.db.query('SELECT author_id, community_id, body_text FROM posts WHERE id = $1', [
        post.id,
      ]);
      expect(row).toEqual({ author_id: alice.id, community_id: null, body_text: 'Bonjour à tous' });
    });

    it('posts in a community of which the author is a member, with a title, kind, classification and language', async () => {
      const post = await create(alice, {
        communityId: open.id,
        kind: 'BEST_PRACTICE',
        title: '  Nos revues de code  ',
        body: 'Relire à deux.',
        classification: 'CONFIDENTIAL',
        language: 'en',
      });
      expect(post).toMatchObject({
        kind: 'BEST_PRACTICE',
        title: 'Nos revues de code',
        classification: 'CONFIDENTIAL',
        confidential: true,
        language: 'en',
        community: { id: open.id, slug: open.slug, name: open.name, visibility: 'OPEN' },
      });
    });

    it('links hashtags to topics by slug, label or synonym in either language, accents and case ignored', async () => {
      const post = await create(alice, {
        communityId: open.id,
        body: 'Point #RGPD, #cybersécurité, #Kubernetes, #spring-boot et #inconnu-au-bataillon. `#pasuntag`',
      });
      const slugs = post.topics.map((t: { slug: string }) => t.slug).sort();
      expect(slugs).toEqual(['cybersecurity', 'data-protection', 'java', 'kubernetes']);
      expect(post.topics.find((t: { slug: string }) => t.slug === 'cybersecurity').label).toBe(
        'Cybersécurité',
      );
      const rows = await api.db.query('SELECT count(*)::int AS n FROM post_topics WHERE post_id = $1', [
        post.id,
      ]);
      expect(rows[0].n).toBe(slugs.length);
    });

    it('neutralises scripts, event handlers and javascript: links in the markdown, in the API and in the database', async () => {
      const body = [
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(1)">',
        '[clic](javascript:alert(1))',
        '<a href="javascript:alert(1)" onclick="alert(2)">x</a>',
      ].join('\n\n');
      const post = await create(alice, { communityId: open.id, body });
      const [stored] = await api.db.query('SELECT body_html FROM posts WHERE id = $1', [post.id]);
      for (const html of [post.bodyHtml, stored.body_html]) {
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<[^>]*\son\w+=/i);
        expect(html).not.toMatch(/<a\s[^>]*href="\s*javascript:/i);
      }
      expect(post.bodyMarkdown).toBe(body);
    });

    it('lets a moderator post an announcement', async () => {
      const post = await create(mod, { communityId: open.id, kind: 'ANNOUNCEMENT', body: 'Réunion lundi' });
      expect(post.kind).toBe('ANNOUNCEMENT');
    });

    it.each([
      ['an oversized body', { body: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', /body must be at most 20000/],
      [
        'an oversized title',
        { body: 'ok', title: 't'.repeat(201) },
        'BAD_USER_INPUT',
        /title must be at most 200/,
      ],
      ['an empty body', { body: '   ' }, 'BAD_USER_INPUT', /body must not be empty/],
      ['a malformed community id', { body: 'ok', communityId: 'abc' }, 'BAD_USER_INPUT', /communityId/],
      ['an unknown kind', { body: 'ok', kind: 'RANT' }, 'BAD_USER_INPUT', /./],
    ])('refuses %s and changes nothing', async (_, input, code, message) => {
      const error = await refused(alice, CREATE, { input });
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
    });

    it('refuses an unknown community with NOT_FOUND, worded like a secret one the author cannot see', async () => {
      const unknown = await refused(alice, CREATE, { input: { body: 'ok', communityId: randomUUID() } });
      const hidden = await refused(outsider, CREATE, { input: { body: 'ok', communityId: secret.id } });
      expect(unknown.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(unknown);
      expect(hidden.message).not.toContain(secret.name);
    });

    it('refuses an announcement by a member, or on a profile, with FORBIDDEN', async () => {
      for (const communityId of [open.id, undefined]) {
        const error = await refused(alice, CREATE, {
          input: { body: 'Annonce', kind: 'ANNOUNCEMENT', ...(communityId ? { communityId } : {}) },
        });
        expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'ANNOUNCEMENT_NEEDS_MODERATOR' });
      }
    });

    it('refuses a post by a non-member of an open or private community, and in an archived one', async () => {
      for (const community of [open, privateCommunity]) {
        const error = await refused(outsider, CREATE, { input: { body: 'ok', communityId: community.id } });
        expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'MEMBERS_ONLY' });
      }
      const error = await refused(alice, CREATE, { input: { body: 'ok', communityId: archived.id } });
      expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'COMMUNITY_ARCHIVED' });
    });
  });

  describe('mentions', () => {
    it('links @handles (e-mail local parts) to people and notifies only those who can read the post', async () => {
      const post = await create(alice, {
        communityId: privateCommunity.id,
        body: 'Merci @bob.durand et @oscar.dehors, et @personne.inconnue. Écrire à bob.durand@example.com.',
      });
      expect(post.mentions.map((m: { handle: string }) => m.handle).sort()).toEqual([
        'bob.durand',
        'oscar.dehors',
      ]);
      const rows = await notificationsAbout(post.id);
      // The outsider is linked but not told about a post they cannot read.
      expect(rows).toEqual([
        {
          recipient_id: bob.id,
          kind: 'mention',
          actor_id: alice.id,
          subject_type: 'post',
          subject_id: post.id,
          data: {},
        },
      ]);
    });

    it('never notifies the author of their own mention', async () => {
      const post = await create(alice, { body: 'Note à moi-même @alice.martin' });
      expect(await notificationsAbout(post.id)).toEqual([]);
    });

    it('on an edit, notifies only the people newly mentioned', async () => {
      const post = await create(alice, { communityId: open.id, body: 'Bonjour @bob.durand' });
      await alice.client.ok(UPDATE, {
        id: post.id,
        input: { body: 'Bonjour @bob.durand et @maud.moderatrice' },
      });
      const rows = await notificationsAbout(post.id);
      expect(rows.map((row) => row.recipient_id).sort()).toEqual([bob.id, mod.id].sort());
    });
  });

  describe('updatePost', () => {
    it('lets the author change title, body, classification and language, and marks the post edited', async () => {
      const post = await create(alice, { communityId: open.id, title: 'Avant', body: 'Texte #RGPD' });
      const { updatePost } = await alice.client.ok(UPDATE, {
        id: post.id,
        input: {
          title: null,
          body: 'Nouveau *texte* #Kubernetes',
          classification: 'PUBLIC_ELIGIBLE',
          language: 'en',
        },
      });
      expect(updatePost).toMatchObject({
        id: post.id,
        title: null,
        bodyHtml: '<p>Nouveau <em>texte</em> #Kubernetes</p>',
        classification: 'PUBLIC_ELIGIBLE',
        language: 'en',
        edited: true,
        topics: [{ slug: 'kubernetes' }],
      });
      expect(new Date(updatePost.editedAt).getTime()).toBeGreaterThanOrEqual(
        new Date(post.createdAt).getTime(),
      );
      // Fields left out stay as they are.
      const { updatePost: again } = await alice.client.ok(UPDATE, { id: post.id, input: { title: 'Après' } });
      expect(again).toMatchObject({ title: 'Après', bodyHtml: updatePost.bodyHtml, language: 'en' });
    });

    it('gives the markdown source to the author only', async () => {
      const post = await create(alice, { communityId: open.id, body: 'Source **brute**' });
      expect((await bob.client.ok(GET, { id: post.id })).post.bodyMarkdown).toBeNull();
      expect((await alice.client.ok(GET, { id: post.id })).post.bodyMarkdown).toBe('Source **brute**');
    });

    it('refuses anyone but the author, a moderator included, and bad input; nothing changes', async () => {
      const post = await create(alice, { communityId: open.id, body: 'Le mien' });
      for (const who of [bob, mod]) {
        expect(await refused(who, UPDATE, { id: post.id, input: { body: 'Le sien' } })).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'NOT_AUTHOR',
        });
      }
      expect((await refused(alice, UPDATE, { id: post.id, input: { body: 'y'.repeat(20_001) } })).code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await refused(alice, UPDATE, { id: post.id, input: { title: 'y'.repeat(201) } })).code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await refused(alice, UPDATE, { id: randomUUID(), input: { body: 'x' } })).code).toBe(
        'NOT_FOUND',
      );
      expect((await refused(alice, UPDATE, { id: 'nope', input: { body: 'x' } })).code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('deletePost and post(id)', () => {
    it('soft-deletes for the author: the post is then NOT_FOUND exactly like an unknown id', async () => {
      const post = await create(alice, { communityId: open.id, body: 'Éphémère' });
      expect(await alice.client.ok(DELETE, { id: post.id })).toEqual({ deletePost: true });
      const [row] = await api.db.query('SELECT deleted_at, deleted_by FROM posts WHERE id = $1', [post.id]);
      expect(row.deleted_at).toBeInstanceOf(Date);
      expect(row.deleted_by).toBe(alice.id);
      const deleted = await firstError(alice.client, GET, { id: post.id });
      const unknown = await firstError(alice.client, GET, { id: randomUUID() });
      expect(deleted.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(deleted.message).toBe(unknown.message);
      expect(deleted.extensions).toEqual(unknown.extensions);
      expect((await refused(alice, DELETE, { id: post.id })).code).toBe('NOT_FOUND');
    });

    it('lets a moderator delete a member’s post, not another member', async () => {
      const post = await create(alice, { communityId: open.id, body: 'Hors sujet' });
      expect(await refused(bob, DELETE, { id: post.id })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_MODERATOR',
      });
      expect(await mod.client.ok(DELETE, { id: post.id })).toEqual({ deletePost: true });
      const [row] = await api.db.query('SELECT deleted_by FROM posts WHERE id = $1', [post.id]);
      expect(row.deleted_by).toBe(mod.id);
    });

    it('lets only the author delete a profile post', async () => {
      const post = await create(alice, { body: 'Mon profil' });
      expect(await refused(bob, DELETE, { id: post.id })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_AUTHOR',
      });
      expect(await refused(admin, DELETE, { id: post.id })).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('refuses a malformed id with BAD_USER_INPUT', async () => {
      expect((await firstError(alice.client, GET, { id: 'not-a-uuid' })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('addComment', () => {
    let post: { id: string };
    beforeAll(async () => {
      post = await create(alice, {
        communityId: open.id,
        kind: 'QUESTION',
        title: 'Quel outil ?',
        body: 'Avis ?',
      });
    });

    it('comments and replies; a reply to a reply joins the top-level thread and notifies who was replied to', async () => {
      const { addComment: top } = await bob.client.ok(ADD_COMMENT, { postId: post.id, body: 'Moi **je**' });
      expect(top).toMatchObject({
        postId: post.id,
        parentId: null,
        bodyHtml: '<p>Moi <strong>je</strong></p>',
      });
      expect(top.bodyMarkdown).toBe('Moi **je**');
      const { addComment: reply } = await mod.client.ok(ADD_COMMENT, {
        postId: post.id,
        body: 'Pourquoi ?',
        parentId: top.id,
      });
      expect(reply.parentId).toBe(top.id);
      const { addComment: replyToReply } = await alice.client.ok(ADD_COMMENT, {
        postId: post.id,
        body: 'Parce que.',
        parentId: reply.id,
      });
      expect(replyToReply.parentId).toBe(top.id);

      const { post: read } = await alice.client.ok(COMMENTS, { id: post.id, first: 10 });
      expect(read.commentCount).toBe(3);
      expect(read.comments.nodes).toHaveLength(1);
      expect(read.comments.nodes[0]).toMatchObject({ id: top.id, replyCount: 2, bodyMarkdown: null });
      expect(read.comments.nodes[0].replies.map((r: { id: string }) => r.id)).toEqual([
        reply.id,
        replyToReply.id,
      ]);

      // The post's author hears of the top-level comment and of the moderator's reply; each replied-to author
      // hears of the reply to them.
      expect(await notificationsAbout(top.id)).toEqual([
        expect.objectContaining({
          recipient_id: alice.id,
          kind: 'reply',
          actor_id: bob.id,
          data: { postId: post.id },
        }),
      ]);
      expect((await notificationsAbout(reply.id)).map((r) => [r.kind, r.recipient_id]).sort()).toEqual(
        [
          ['reply', alice.id],
          ['reply', bob.id],
        ].sort(),
      );
      expect((await notificationsAbout(replyToReply.id)).map((r) => [r.kind, r.recipient_id])).toEqual([
        ['reply', mod.id],
      ]);
    });

    it('notifies people mentioned in a comment who can read the post, once', async () => {
      const { addComment } = await bob.client.ok(ADD_COMMENT, {
        postId: post.id,
        body: '@alice.martin @maud.moderatrice @oscar.dehors voyez',
      });
      const rows = (await notificationsAbout(addComment.id)).map((r) => [r.kind, r.recipient_id]);
      // Alice hears as the post's author (reply), not twice; the outsider reads the open community's post.
      expect(rows.sort()).toEqual(
        [
          ['reply', alice.id],
          ['mention', mod.id],
          ['mention', outsider.id],
        ].sort(),
      );
    });

    it('pages top-level comments oldest first with a cursor of this post only', async () => {
      const paged = await create(alice, { communityId: open.id, body: 'Commentez' });
      const ids: string[] = [];
      // A second apart: cursors keep milliseconds, and two comments in the same one would tie on the date.
      const start = Date.now() - 60_000;
      for (let i = 0; i < 5; i++)
        ids.push(
          (
            await newComment(api.db, {
              postId: paged.id,
              authorId: bob.id,
              createdAt: new Date(start + i * 1000),
            })
          ).id,
        );
      const first = (await alice.client.ok(COMMENTS, { id: paged.id, first: 2 })).post.comments;
      expect(first.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(0, 2));
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (
        await alice.client.ok(COMMENTS, { id: paged.id, first: 3, after: first.pageInfo.endCursor })
      ).post.comments;
      expect(second.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(2));
      expect(second.pageInfo.hasNextPage).toBe(false);
      const foreign = await firstError(alice.client, COMMENTS, {
        id: post.id,
        first: 2,
        after: first.pageInfo.endCursor,
      });
      expect(foreign.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await firstError(alice.client, COMMENTS, { id: paged.id, first: 500 })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('refuses bad input, unknown or foreign parents, non-members and archived communities; nothing changes', async () => {
      const other = await create(alice, { communityId: open.id, body: 'Autre' });
      const { addComment: elsewhere } = await bob.client.ok(ADD_COMMENT, { postId: other.id, body: 'ici' });
      expect((await refused(bob, ADD_COMMENT, { postId: post.id, body: 'z'.repeat(10_001) })).code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await refused(bob, ADD_COMMENT, { postId: post.id, body: ' ' })).code).toBe('BAD_USER_INPUT');
      expect((await refused(bob, ADD_COMMENT, { postId: randomUUID(), body: 'x' })).code).toBe('NOT_FOUND');
      expect(
        (await refused(bob, ADD_COMMENT, { postId: post.id, body: 'x', parentId: randomUUID() })).code,
      ).toBe('NOT_FOUND');
      expect(
        (await refused(bob, ADD_COMMENT, { postId: post.id, body: 'x', parentId: elsewhere.id })).code,
      ).toBe('NOT_FOUND');
      expect(await refused(outsider, ADD_COMMENT, { postId: post.id, body: 'x' })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'MEMBERS_ONLY',
      });
      const old = await newPost(api.db, { authorId: alice.id, communityId: archived.id });
      expect(await refused(alice, ADD_COMMENT, { postId: old.id, body: 'x' })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'COMMUNITY_ARCHIVED',
      });
    });

    it('lets anyone who reads a profile post comment on it', async () => {
      const profilePost = await create(alice, { body: 'Sur mon profil' });
      const { addComment } = await outsider.client.ok(ADD_COMMENT, { postId: profilePost.id, body: 'Bravo' });
      expect(addComment.parentId).toBeNull();
    });
  });

  describe('updateComment and deleteComment', () => {
    let post: { id: string };
    beforeAll(async () => {
      post = await create(alice, { communityId: open.id, body: 'Des avis ?' });
    });

    function comment(who: Person, postId: string, body: string, parentId?: string) {
      return who.client.ok(ADD_COMMENT, { postId, body, parentId }).then((data) => data.addComment);
    }

    it('lets the author edit: marked edited, html re-rendered with scripts neutralised, mentions linked again', async () => {
      const added = await comment(bob, post.id, 'Premier **jet**');
      expect(added.edited).toBe(false);
      const body = 'Second **jet** @alice.martin\n\n<script>alert(1)</script>\n\n[clic](javascript:alert(1))';
      const { updateComment } = await bob.client.ok(UPDATE_COMMENT, { id: added.id, body });
      expect(updateComment).toMatchObject({
        id: added.id,
        postId: post.id,
        edited: true,
        bodyMarkdown: body,
        author: { id: bob.id },
      });
      expect(updateComment.bodyHtml).toContain('<strong>jet</strong>');
      const [stored] = await api.db.query('SELECT body_html, edited_at FROM comments WHERE id = $1', [
        added.id,
      ]);
      expect(stored.edited_at).not.toBeNull();
      for (const html of [updateComment.bodyHtml, stored.body_html]) {
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<a\s[^>]*href="\s*javascript:/i);
      }
      const mentions = await api.db.query('SELECT user_id FROM mentions WHERE comment_id = $1', [added.id]);
      expect(mentions).toEqual([{ user_id: alice.id }]);
      const { post: read } = await alice.client.ok(COMMENTS, { id: post.id, first: 20 });
      const listed = read.comments.nodes.find((node: { id: string }) => node.id === added.id);
      expect(listed).toMatchObject({ bodyHtml: updateComment.bodyHtml, bodyMarkdown: null });
    });

    it('refuses another member, a moderator, an outsider of a private community and bad input; nothing changes', async () => {
      const added = await comment(bob, post.id, 'À moi');
      expect(await refused(alice, UPDATE_COMMENT, { id: added.id, body: 'x' })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_AUTHOR',
      });
      expect((await refused(mod, UPDATE_COMMENT, { id: added.id, body: 'x' })).code).toBe('FORBIDDEN');
      expect((await refused(bob, UPDATE_COMMENT, { id: added.id, body: ' ' })).code).toBe('BAD_USER_INPUT');
      expect((await refused(bob, UPDATE_COMMENT, { id: added.id, body: '' })).code).toBe('BAD_USER_INPUT');
      expect((await refused(bob, UPDATE_COMMENT, { id: added.id, body: 'z'.repeat(10_001) })).code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await refused(bob, UPDATE_COMMENT, { id: 'nope', body: 'x' })).code).toBe('BAD_USER_INPUT');
      expect((await refused(bob, DELETE_COMMENT, { id: 'nope' })).code).toBe('BAD_USER_INPUT');

      const hidden = await create(alice, { communityId: privateCommunity.id, body: 'Entre nous' });
      const secretComment = await comment(bob, hidden.id, 'Chut');
      const unknown = await refused(outsider, UPDATE_COMMENT, { id: randomUUID(), body: 'x' });
      expect(unknown.code).toBe('NOT_FOUND');
      for (const [query, variables] of [
        [UPDATE_COMMENT, { id: secretComment.id, body: 'x' }],
        [DELETE_COMMENT, { id: secretComment.id }],
      ] as const) {
        expect(await refused(outsider, query, variables)).toEqual(unknown);
      }
      expect(await refused(outsider, DELETE_COMMENT, { id: randomUUID() })).toEqual(unknown);
    });

    it('lets the author delete: the comment leaves the post’s comments, its count and its thread', async () => {
      const top = await comment(alice, post.id, 'Fil');
      const reply = await comment(bob, post.id, 'Réponse', top.id);
      const before = (await bob.client.ok(COMMENTS, { id: post.id, first: 20 })).post;
      expect(await bob.client.ok(DELETE_COMMENT, { id: reply.id })).toEqual({ deleteComment: true });
      const after = (await bob.client.ok(COMMENTS, { id: post.id, first: 20 })).post;
      expect(after.commentCount).toBe(before.commentCount - 1);
      const thread = after.comments.nodes.find((node: { id: string }) => node.id === top.id);
      expect(thread).toMatchObject({ replyCount: 0, replies: [] });
      const [stored] = await api.db.query('SELECT deleted_at FROM comments WHERE id = $1', [reply.id]);
      expect(stored.deleted_at).not.toBeNull();
      // Deleted: NOT_FOUND for everyone, the author included, to delete or edit again.
      expect((await refused(bob, DELETE_COMMENT, { id: reply.id })).code).toBe('NOT_FOUND');
      expect((await refused(bob, UPDATE_COMMENT, { id: reply.id, body: 'x' })).code).toBe('NOT_FOUND');
    });

    it('lets a moderator delete a member’s comment, not another member', async () => {
      const added = await comment(bob, post.id, 'Hors sujet');
      expect(await refused(alice, DELETE_COMMENT, { id: added.id })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_MODERATOR',
      });
      expect(await mod.client.ok(DELETE_COMMENT, { id: added.id })).toEqual({ deleteComment: true });
      const { post: read } = await alice.client.ok(COMMENTS, { id: post.id, first: 20 });
      expect(read.comments.nodes.map((node: { id: string }) => node.id)).not.toContain(added.id);
    });
  });

  describe('react and unreact', () => {
    it('keeps one reaction per person: another kind changes it, the same kind again is a CONFLICT', async () => {
      const post = await create(alice, { communityId: open.id, body: 'Réagissez' });
      const subject = { type: 'POST', id: post.id };
      expect((await bob.client.ok(REACT, { subject, kind: 'LIKE' })).react).toEqual({
        subjectType: 'POST',
        subjectId: post.id,
        myReaction: 'LIKE',
        reactionCounts: [{ kind: 'LIKE', count: 1 }],
      });
      await mod.client.ok(REACT, { subject, kind: 'LIKE' });
      expect((await bob.client.ok(REACT, { subject, kind: 'CELEBRATE' })).react).toMatchObject({
        myReaction: 'CELEBRATE',
        reactionCounts: [
          { kind: 'CELEBRATE', count: 1 },
          { kind: 'LIKE', count: 1 },
        ],
      });
      expect(await refused(bob, REACT, { subject, kind: 'CELEBRATE' })).toMatchObject({
        code: 'CONFLICT',
        reason: 'DUPLICATE_REACTION',
      });
      const { post: read } = await bob.client.ok(GET, { id: post.id });
      expect(read.myReaction).toBe('CELEBRATE');
      expect((await bob.client.ok(UNREACT, { subject })).unreact).toEqual({
        myReaction: null,
        reactionCounts: [{ kind: 'LIKE', count: 1 }],
      });
      expect((await refused(bob, UNREACT, { subject })).code).toBe('NOT_FOUND');
      // The author heard of each new reaction once, not of the change.
      const rows = await notificationsAbout(post.id);
      expect(rows.map((r) => [r.kind, r.recipient_id, r.actor_id, r.data]).sort()).toEqual(
        [
          ['reaction', alice.id, bob.id, { reaction: 'like' }],
          ['reaction', alice.id, mod.id, { reaction: 'like' }],
        ].sort(),
      );
    });

    it('reacts to comments too, and refuses non-members, unknown subjects and bad kinds; nothing changes', async () => {
      const post = await create(alice, { communityId: open.id, body: 'Commentaires' });
      const { addComment } = await bob.client.ok(ADD_COMMENT, { postId: post.id, body: 'Un avis' });
      const subject = { type: 'COMMENT', id: addComment.id };
      expect((await alice.client.ok(REACT, { subject, kind: 'INSIGHTFUL' })).react.reactionCounts).toEqual([
        { kind: 'INSIGHTFUL', count: 1 },
      ]);
      expect(await refused(outsider, REACT, { subject, kind: 'LIKE' })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'MEMBERS_ONLY',
      });
      expect(
        (await refused(bob, REACT, { subject: { type: 'COMMENT', id: randomUUID() }, kind: 'LIKE' })).code,
      ).toBe('NOT_FOUND');
      expect(
        (await refused(bob, REACT, { subject: { type: 'POST', id: randomUUID() }, kind: 'LIKE' })).code,
      ).toBe('NOT_FOUND');
      expect((await refused(bob, REACT, { subject, kind: 'ANGRY' })).code).toBe('BAD_USER_INPUT');
      // A reaction on a comment tells nobody.
      expect(await notificationsAbout(addComment.id)).toEqual([
        expect.objectContaining({ kind: 'reply', recipient_id: alice.id }),
      ]);
    });
  });

  describe('acceptAnswer', () => {
    it('lets the asker accept a comment on a question; the comment’s author is told', async () => {
      const question = await create(alice, {
        communityId: open.id,
        kind: 'QUESTION',
        body: 'Comment faire ?',
      });
      const { addComment } = await bob.client.ok(ADD_COMMENT, { postId: question.id, body: 'Ainsi.' });
      const { acceptAnswer } = await alice.client.ok(ACCEPT, {
        postId: question.id,
        commentId: addComment.id,
      });
      expect(acceptAnswer.acceptedAnswer).toEqual({ id: addComment.id, author: { id: bob.id } });
      expect(
        (await notificationsAbout(addComment.id)).map((r) => [r.kind, r.recipient_id, r.data]).sort(),
      ).toEqual(
        [
          ['accepted_answer', bob.id, { postId: question.id }],
          ['reply', alice.id, { postId: question.id }],
        ].sort(),
      );
    });

    it('lets a moderator accept, not another member; only on questions, only a comment of that post', async () => {
      const question = await create(alice, { communityId: open.id, kind: 'QUESTION', body: 'Qui sait ?' });
      const discussion = await create(alice, { communityId: open.id, body: 'Discutons' });
      const { addComment: answer } = await bob.client.ok(ADD_COMMENT, { postId: question.id, body: 'Moi' });
      const { addComment: elsewhere } = await bob.client.ok(ADD_COMMENT, {
        postId: discussion.id,
        body: 'Là',
      });
      expect(await refused(bob, ACCEPT, { postId: question.id, commentId: answer.id })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_MODERATOR',
      });
      expect(await refused(alice, ACCEPT, { postId: discussion.id, commentId: elsewhere.id })).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_A_QUESTION',
      });
      expect((await refused(alice, ACCEPT, { postId: question.id, commentId: elsewhere.id })).code).toBe(
        'NOT_FOUND',
      );
      expect((await refused(alice, ACCEPT, { postId: question.id, commentId: randomUUID() })).code).toBe(
        'NOT_FOUND',
      );
      const { acceptAnswer } = await mod.client.ok(ACCEPT, { postId: question.id, commentId: answer.id });
      expect(acceptAnswer.acceptedAnswer.id).toBe(answer.id);
    });
  });

  describe('pinPost', () => {
    it('lets a moderator pin and unpin, never a member, never a profile post, at most 5 per community', async () => {
      const community = await newContentCommunity(api.db, {
        members: [{ userId: alice.id }, { userId: mod.id, role: 'moderator' }],
      });
      const posts = [];
      for (let i = 0; i < 6; i++)
        posts.push(await create(alice, { communityId: community.id, body: `n°${i}` }));
      expect(await refused(alice, PIN, { id: posts[0].id, pinned: true })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_MODERATOR',
      });
      expect((await mod.client.ok(PIN, { id: posts[0].id, pinned: true })).pinPost).toEqual({
        id: posts[0].id,
        pinned: true,
      });
      // Pinning a pinned post changes nothing.
      expect((await mod.client.ok(PIN, { id: posts[0].id, pinned: true })).pinPost.pinned).toBe(true);
      for (let i = 1; i < 5; i++) await mod.client.ok(PIN, { id: posts[i].id, pinned: true });
      expect(await refused(mod, PIN, { id: posts[5].id, pinned: true })).toMatchObject({
        code: 'CONFLICT',
        reason: 'PIN_LIMIT',
      });
      expect((await mod.client.ok(PIN, { id: posts[0].id, pinned: false })).pinPost.pinned).toBe(false);
      expect((await mod.client.ok(PIN, { id: posts[5].id, pinned: true })).pinPost.pinned).toBe(true);
      const profilePost = await create(alice, { body: 'profil' });
      expect(await refused(alice, PIN, { id: profilePost.id, pinned: true })).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_IN_A_COMMUNITY',
      });
      expect((await refused(mod, PIN, { id: randomUUID(), pinned: true })).code).toBe('NOT_FOUND');
    });
  });

  describe('follow and unfollow', () => {
    it('follows a person, a community and a topic once each, and unfollows them', async () => {
      const topicId = await topicIdBySlug(api.db, 'kubernetes');
      const targets = [
        { type: 'USER', id: bob.id },
        { type: 'COMMUNITY', id: open.id },
        { type: 'TOPIC', id: topicId },
      ];
      for (const target of targets) {
        expect(await outsider.client.ok(FOLLOW, { target })).toEqual({ follow: true });
        expect(await refused(outsider, FOLLOW, { target })).toMatchObject({
          code: 'CONFLICT',
          reason: 'ALREADY_FOLLOWING',
        });
      }
      const rows = await api.db.query(
        'SELECT target_type, target_id FROM follows WHERE follower_id = $1 ORDER BY 1',
        [outsider.id],
      );
      expect(rows).toEqual([
        { target_type: 'community', target_id: open.id },
        { target_type: 'topic', target_id: topicId },
        { target_type: 'user', target_id: bob.id },
      ]);
      for (const target of targets) {
        expect(await outsider.client.ok(UNFOLLOW, { target })).toEqual({ unfollow: true });
        expect((await refused(outsider, UNFOLLOW, { target })).code).toBe('NOT_FOUND');
      }
    });

    it('refuses oneself, unknown targets, a secret community as if unknown, a private one to a non-member', async () => {
      expect(await refused(alice, FOLLOW, { target: { type: 'USER', id: alice.id } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'CANNOT_FOLLOW_SELF',
      });
      for (const type of ['USER', 'COMMUNITY', 'TOPIC']) {
        expect((await refused(alice, FOLLOW, { target: { type, id: randomUUID() } })).code).toBe('NOT_FOUND');
      }
      const unknown = await refused(outsider, FOLLOW, { target: { type: 'COMMUNITY', id: randomUUID() } });
      const hidden = await refused(outsider, FOLLOW, { target: { type: 'COMMUNITY', id: secret.id } });
      expect(hidden).toEqual(unknown);
      expect(
        await refused(outsider, FOLLOW, { target: { type: 'COMMUNITY', id: privateCommunity.id } }),
      ).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'MEMBERS_ONLY',
      });
      expect((await refused(alice, FOLLOW, { target: { type: 'USER', id: 'x' } })).code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('hooks registered with the contexts below', () => {
    it('re-tags posts and moves follows when an admin merges two topics (TopicMergeRegistry)', async () => {
      const from = await topicIdBySlug(api.db, 'sql');
      const into = await topicIdBySlug(api.db, 'postgresql');
      const both = await create(alice, { communityId: open.id, body: 'Requêtes #SQL sur #PostgreSQL' });
      const onlyFrom = await create(alice, { communityId: open.id, body: 'Jointures #SQL' });
      await bob.client.ok(FOLLOW, { target: { type: 'TOPIC', id: from } });
      await mod.client.ok(FOLLOW, { target: { type: 'TOPIC', id: from } });
      await mod.client.ok(FOLLOW, { target: { type: 'TOPIC', id: into } });

      await admin.client.ok(`mutation { mergeTopics(fromSlug: "sql", intoSlug: "postgresql") { slug } }`);

      const tags = await api.db.query(
        'SELECT post_id, topic_id FROM post_topics WHERE post_id = ANY($1::uuid[]) ORDER BY post_id',
        [[both.id, onlyFrom.id]],
      );
      expect(tags).toEqual(
        [
          { post_id: both.id, topic_id: into },
          { post_id: onlyFrom.id, topic_id: into },
        ].sort((a, b) => a.post_id.localeCompare(b.post_id)),
      );
      const follows = await api.db.query(
        "SELECT follower_id, target_id FROM follows WHERE target_type = 'topic' AND target_id = ANY($1::uuid[])",
        [[from, into]],
      );
      expect(
        follows.map((f: { follower_id: string; target_id: string }) => [f.follower_id, f.target_id]).sort(),
      ).toEqual(
        [
          [bob.id, into],
          [mod.id, into],
        ].sort(),
      );
    });

    it('lists a notification about a post or a comment only while its reader may see it (NotificationSubjectRegistry)', async () => {
      const LIST = '{ notifications(first: 100) { nodes { kind subjectType subjectId } } }';
      const post = await create(alice, { communityId: open.id, body: 'Pour @bob.durand' });
      const { addComment } = await mod.client.ok(ADD_COMMENT, { postId: post.id, body: 'Oui @bob.durand' });
      await api.jobs.drain(NOTIFICATIONS_QUEUE);
      const listed = async () =>
        ((await bob.client.ok(LIST)).notifications.nodes as Array<{ subjectId: string }>).map(
          (n) => n.subjectId,
        );
      expect(await listed()).toEqual(expect.arrayContaining([post.id, addComment.id]));
      await alice.client.ok(DELETE, { id: post.id });
      const after = await listed();
      expect(after).not.toContain(post.id);
      expect(after).not.toContain(addComment.id);
    });
  });

  it('is UNAUTHENTICATED when signed out', async () => {
    const error = await firstError(api.anonymous, CREATE, { input: { body: 'x' } });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
