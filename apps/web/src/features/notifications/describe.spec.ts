import { describeNotification, NotificationFacts } from './describe';

const base: NotificationFacts = {
  id: 'n1',
  kind: 'MENTION',
  subjectType: 'POST',
  subjectId: 'p1',
  data: '{}',
};

describe('describeNotification', () => {
  it('leads a post notification to the post', () => {
    expect(describeNotification(base)).toEqual({ sentence: 'MENTION_POST', href: '/posts/p1' });
  });

  it('leads a comment notification to the comment in its post, and says it was a comment', () => {
    const comment = { ...base, subjectType: 'COMMENT' as const, subjectId: 'c1', data: '{"postId":"p1"}' };
    expect(describeNotification(comment)).toEqual({
      sentence: 'MENTION_COMMENT',
      href: '/posts/p1#comment-c1',
    });
    expect(describeNotification({ ...comment, kind: 'REPLY' }).sentence).toBe('REPLY');
    expect(describeNotification({ ...comment, data: '{}' }).href).toBeNull();
  });

  it('names the reaction when the api gives a known one', () => {
    const reaction = { ...base, kind: 'REACTION' as const, data: '{"reaction":"celebrate"}' };
    expect(describeNotification(reaction)).toMatchObject({
      sentence: 'REACTION_KIND',
      reaction: 'celebrate',
    });
    expect(describeNotification({ ...reaction, data: '{"reaction":"<b>"}' })).toMatchObject({
      sentence: 'REACTION',
      reaction: undefined,
    });
  });

  it('tells an approved request from a denied one', () => {
    const decision = { ...base, kind: 'JOIN_DECISION' as const, subjectType: 'COMMUNITY' as const };
    expect(describeNotification({ ...decision, data: '{"approved":true}' }).sentence).toBe('JOIN_APPROVED');
    expect(describeNotification({ ...decision, data: '{"approved":false}' }).sentence).toBe('JOIN_DENIED');
    expect(describeNotification({ ...decision, community: { slug: 'red-team' } }).href).toBe('/c/red-team');
    // No longer visible (or not loaded): the directory is the nearest place.
    expect(describeNotification({ ...decision, community: null }).href).toBe('/communities');
  });

  it('tells an expert which topic a question is on, and leads to the question', () => {
    const question = {
      ...base,
      kind: 'EXPERT_QUESTION' as const,
      subjectId: 'q1',
      data: '{"postId":"q1","topic":"kubernetes"}',
    };
    expect(describeNotification(question)).toEqual({
      sentence: 'EXPERT_QUESTION',
      topic: 'kubernetes',
      href: '/posts/q1',
    });
    // Without a topic the api could name (or with something that is no slug), the sentence goes without.
    for (const data of ['{"postId":"q1"}', '{"topic":"<b>x</b>"}', '{"topic":42}']) {
      const described = describeNotification({ ...question, data });
      expect(described).toEqual({ sentence: 'EXPERT_QUESTION_ANY', href: '/posts/q1' });
    }
  });

  it('survives data that is not a JSON object', () => {
    expect(describeNotification({ ...base, data: 'not json' }).href).toBe('/posts/p1');
  });
});
