import {
  GraphqlClient,
  newComment,
  newContentCommunity,
  newPost,
  newReaction,
  newUser,
  TestUser,
  topicIdBySlug,
} from '@relais/testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApi, TestApi } from '../support/test-api';

// Everything a feed page shows: authors, community, topics, mentions, counts, reactions, the first comments
// with their authors, reactions and replies, the accepted answer and the viewer's permissions.
const FEED = `query Feed($first: Int!) { homeFeed(first: $first) { nodes {
  id kind title bodyHtml classification language pinned edited createdAt
  author { id displayName title handle }
  community { id slug name visibility }
  topics { slug label }
  mentions { id handle }
  commentCount myReaction reactionCounts { kind count }
  acceptedAnswer { id author { displayName } }
  viewerCan { edit delete comment react pin acceptAnswer }
  comments(first: 2) { pageInfo { hasNextPage } nodes {
    id bodyHtml author { displayName } myReaction reactionCounts { kind count } replyCount
    replies(first: 2) { id bodyHtml author { displayName } myReaction reactionCounts { kind count } } } }
} pageInfo { hasNextPage endCursor } } }`;

interface FeedNode {
  author: { displayName: string };
  topics: unknown[];
  mentions: unknown[];
  commentCount: number;
  reactionCounts: unknown[];
  myReaction: string | null;
  acceptedAnswer: unknown;
  comments: { nodes: Array<{ reactionCounts: unknown[]; replies: Array<{ author: unknown }> }> };
}

describe('a feed page costs the same number of SQL statements whatever its size', () => {
  let api: TestApi;
  let viewer: TestUser;
  let client: GraphqlClient;

  beforeAll(async () => {
    // A page of 50 posts with their comments and replies costs more than the default complexity budget.
    api = await startTestApi({ GRAPHQL_MAX_COMPLEXITY: '100000' });
    viewer = await newUser(api.db, { email: 'vera.lectrice@example.com' });
    client = await api.signIn(viewer.email);
    const authors: TestUser[] = [];
    for (let i = 0; i < 60; i++) authors.push(await newUser(api.db, { displayName: `Auteur ${i}` }));
    const community = await newContentCommunity(api.db, {
      members: [viewer, ...authors].map((user) => ({ userId: user.id })),
    });
    const topic = await topicIdBySlug(api.db, 'kubernetes');
    const t0 = Date.parse('2025-02-01T00:00:00.000Z');
    // 60 posts, each by its own author, with comments, replies and reactions on all of them.
    for (let i = 0; i < 60; i++) {
      const author = authors[i % authors.length]!;
      const post = await newPost(api.db, {
        authorId: author.id,
        communityId: community.id,
        kind: i % 3 === 0 ? 'question' : 'discussion',
        topicIds: [topic],
        createdAt: new Date(t0 + i * 60_000),
      });
      await api.db.query('INSERT INTO mentions (post_id, user_id) VALUES ($1, $2)', [post.id, viewer.id]);
      for (let c = 0; c < 3; c++) {
        const commenter = authors[(i + c + 1) % authors.length]!;
        const comment = await newComment(api.db, { postId: post.id, authorId: commenter.id });
        await newComment(api.db, { postId: post.id, authorId: author.id, parentId: comment.id });
        await newReaction(api.db, {
          subjectType: 'comment',
          subjectId: comment.id,
          userId: viewer.id,
          kind: 'curious',
        });
        if (c === 0 && i % 3 === 0) {
          await api.db.query('UPDATE posts SET accepted_comment_id = $2 WHERE id = $1', [
            post.id,
            comment.id,
          ]);
        }
      }
      await newReaction(api.db, { subjectType: 'post', subjectId: post.id, userId: viewer.id, kind: 'like' });
      await newReaction(api.db, {
        subjectType: 'post',
        subjectId: post.id,
        userId: author.id,
        kind: 'insightful',
      });
    }
  });
  afterAll(() => api.close());

  /** The statements TypeORM sends while one feed request is served, and the page it returned. */
  async function measure(first: number): Promise<{ statements: string[]; nodes: FeedNode[] }> {
    const statements: string[] = [];
    const original = PostgresQueryRunner.prototype.query;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (
      this: PostgresQueryRunner,
      ...args: Parameters<PostgresQueryRunner['query']>
    ) {
      statements.push(args[0]);
      return original.apply(this, args);
    });
    try {
      const data = await client.ok<{ homeFeed: { nodes: FeedNode[] } }>(FEED, { first });
      return { statements, nodes: data.homeFeed.nodes };
    } finally {
      spy.mockRestore();
    }
  }
  it('for pages of 20 and 50 posts with authors, comments, replies and reactions', async () => {
    await measure(5); // warm-up: the first request of a process may prepare more than later ones
    const twenty = await measure(20);
    const fifty = await measure(50);

    for (const [size, page] of [
      [20, twenty],
      [50, fifty],
    ] as const) {
      expect(page.nodes).toHaveLength(size);
      for (const node of page.nodes) {
        expect(node.author.displayName).toMatch(/^Auteur/);
        expect(node.topics).toHaveLength(1);
        expect(node.mentions).toHaveLength(1);
        expect(node.commentCount).toBe(6);
        expect(node.reactionCounts).toHaveLength(2);
        expect(node.myReaction).toBe('LIKE');
        expect(node.comments.nodes).toHaveLength(2);
        expect(node.comments.nodes[0]!.reactionCounts).toEqual([{ kind: 'CURIOUS', count: 1 }]);
        expect(node.comments.nodes[0]!.replies).toHaveLength(1);
      }
      expect(page.nodes.filter((node) => node.acceptedAnswer !== null).length).toBeGreaterThan(0);
    }

    const describe = (statements: string[]) => statements.map((sql) => sql.replace(/\s+/g, ' ').slice(0, 90));
    expect(describe(fifty.statements)).toHaveLength(twenty.statements.length);
    // And small in absolute terms: a handful of bulk loads, not one per post.
    expect(twenty.statements.length).toBeLessThanOrEqual(25);
  });
});
