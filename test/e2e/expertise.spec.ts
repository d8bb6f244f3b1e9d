import { EXPERTISE_QUEUE, ExpertiseService } from '@relais/search';
import {
  listTopics,
  newComment,
  newContentCommunity,
  newEndorsement,
  newPost,
  newReaction,
  newUser,
  TestUser,
  topicIdBySlug,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';

interface ScoreRow {
  user_id: string;
  score: number;
  declared: string[];
  posts: number;
  best_practices: number;
  comments: number;
  accepted_answers: number;
  reactions: number;
  endorsements: number;
}

/** Expertise scores recomputed by their job from what people declare and do, on a real database. */
describe('expertise scores', () => {
  let api: TestApi;
  let kubernetes: string;
  let bare: TestUser;
  let proven: TestUser;
  let secretive: TestUser;
  let colleagues: TestUser[];

  const scores = async (): Promise<Map<string, ScoreRow>> => {
    const rows: ScoreRow[] = await api.db.query(
      `SELECT user_id, score, declared, posts, best_practices, comments, accepted_answers, reactions, endorsements
         FROM expertise_scores WHERE topic_id = $1`,
      [kubernetes],
    );
    return new Map(rows.map((row) => [row.user_id, row]));
  };

  /** Enqueues the recomputation as a change would (inside a transaction), then waits for the job. */
  const recomputeByJob = async (userIds: string[]) => {
    await api.db.transaction((manager) => api.jobs.enqueue(manager, EXPERTISE_QUEUE, { userIds }));
    await api.jobs.drain(EXPERTISE_QUEUE);
  };

  beforeAll(async () => {
    api = await startTestApi();
    kubernetes = await topicIdBySlug(api.db, 'kubernetes');
    bare = await newUser(api.db, { displayName: 'Déclare Seulement' });
    proven = await newUser(api.db, { displayName: 'Preuves Àl’appui' });
    secretive = await newUser(api.db, { displayName: 'Discrète Secrète' });
    colleagues = await Promise.all([1, 2, 3].map(() => newUser(api.db)));
    await listTopics(api.db, bare.id, 'expertise', ['kubernetes']);
    await listTopics(api.db, proven.id, 'expertise', ['kubernetes']);

    const open = await newContentCommunity(api.db, {
      visibility: 'open',
      members: [proven, ...colleagues].map((person) => ({ userId: person.id })),
    });
    const secret = await newContentCommunity(api.db, {
      visibility: 'secret',
      members: [{ userId: secretive.id }, { userId: colleagues[0]!.id }],
    });
    // Evidence every colleague may read: a best practice with reactions, an accepted answer, endorsements.
    const practice = await newPost(api.db, {
      authorId: proven.id,
      communityId: open.id,
      kind: 'best_practice',
      topicIds: [kubernetes],
    });
    for (const colleague of colleagues) {
      await newReaction(api.db, { subjectType: 'post', subjectId: practice.id, userId: colleague.id });
    }
    await newReaction(api.db, { subjectType: 'post', subjectId: practice.id, userId: proven.id });
    const question = await newPost(api.db, {
      authorId: colleagues[1]!.id,
      communityId: open.id,
      kind: 'question',
      topicIds: [kubernetes],
    });
    const answer = await newComment(api.db, { postId: question.id, authorId: proven.id });
    await api.db.query('UPDATE posts SET accepted_comment_id = $1 WHERE id = $2', [answer.id, question.id]);
    await newEndorsement(api.db, colleagues[0]!.id, proven.id, 'kubernetes');
    await newEndorsement(api.db, colleagues[1]!.id, proven.id, 'kubernetes');
    // Activity in a secret community only: it must not show in anyone's evidence.
    await newPost(api.db, {
      authorId: secretive.id,
      communityId: secret.id,
      kind: 'best_practice',
      topicIds: [kubernetes],
    });
  });
  afterAll(() => api?.close());

  it('ranks a declaration backed by evidence above the bare declaration, with the counts behind it', async () => {
    await recomputeByJob([bare.id, proven.id, secretive.id]);
    const byUser = await scores();
    expect(byUser.get(bare.id)).toMatchObject({
      score: 1,
      declared: ['expertise'],
      posts: 0,
      endorsements: 0,
    });
    expect(byUser.get(proven.id)).toMatchObject({
      declared: ['expertise'],
      posts: 1,
      best_practices: 1,
      comments: 1,
      accepted_answers: 1,
      // Reactions by colleagues only: the author's own does not count.
      reactions: 3,
      endorsements: 2,
    });
    expect(byUser.get(proven.id)!.score).toBeGreaterThan(byUser.get(bare.id)!.score);
  });

  it('counts nothing from a secret community: no row for a person whose only evidence is there', async () => {
    expect((await scores()).has(secretive.id)).toBe(false);
  });

  it('is idempotent, and follows the evidence when it goes away', async () => {
    const before = await scores();
    await recomputeByJob([proven.id]);
    expect(await scores()).toEqual(before);
    await api.db.query('DELETE FROM endorsements WHERE endorsee_id = $1', [proven.id]);
    await recomputeByJob([proven.id]);
    const after = (await scores()).get(proven.id)!;
    expect(after.endorsements).toBe(0);
    expect(after.score).toBeLessThan(before.get(proven.id)!.score);
  });

  it('recomputes every active person at night, a deactivated person’s scores left to be hidden by search', async () => {
    const done = await api.app.get(ExpertiseService).recomputeEveryone();
    const active = await api.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM users WHERE status = 'active'`,
    );
    expect(done).toBe(active[0]!.n);
    expect((await scores()).get(bare.id)).toMatchObject({ score: 1 });
  });
});
