import { expertiseScore, ExpertiseEvidence, recency, saturate } from './expertise-score';

const NOW = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const none: ExpertiseEvidence = { declared: [], endorsedAt: [], posts: [], comments: [] };
const score = (evidence: Partial<ExpertiseEvidence>) => expertiseScore({ ...none, ...evidence }, NOW).score;

describe('expertise score', () => {
  it('is zero with nothing declared and no evidence', () => {
    expect(expertiseScore(none, NOW)).toEqual({
      score: 0,
      counts: { posts: 0, bestPractices: 0, comments: 0, acceptedAnswers: 0, reactions: 0, endorsements: 0 },
      lastEvidenceAt: null,
    });
  });

  it('takes the strongest declaration, not their sum; learning is not expertise', () => {
    expect(score({ declared: ['expertise'] })).toBe(1);
    expect(score({ declared: ['mentor'] })).toBe(0.8);
    expect(score({ declared: ['ask_me'] })).toBe(0.6);
    expect(score({ declared: ['learn'] })).toBe(0);
    expect(score({ declared: ['ask_me', 'expertise', 'mentor'] })).toBe(1);
  });

  it('ranks a declaration with any evidence above the bare declaration', () => {
    const bare = score({ declared: ['expertise'] });
    const oldComment = { at: daysAgo(1000), accepted: false, reactions: 0 };
    expect(score({ declared: ['expertise'], comments: [oldComment] })).toBeGreaterThan(bare);
    expect(score({ declared: ['expertise'], endorsedAt: [daysAgo(900)] })).toBeGreaterThan(bare);
    expect(
      score({ declared: ['ask_me'], posts: [{ at: daysAgo(30), bestPractice: false, reactions: 0 }] }),
    ).toBeGreaterThan(bare);
  });

  it('weighs an accepted answer above a best practice, above a post, above a comment', () => {
    const at = daysAgo(10);
    const accepted = score({ comments: [{ at, accepted: true, reactions: 0 }] });
    const practice = score({ posts: [{ at, bestPractice: true, reactions: 0 }] });
    const post = score({ posts: [{ at, bestPractice: false, reactions: 0 }] });
    const comment = score({ comments: [{ at, accepted: false, reactions: 0 }] });
    expect(accepted).toBeGreaterThan(practice);
    expect(practice).toBeGreaterThan(post);
    expect(post).toBeGreaterThan(comment);
    expect(comment).toBeGreaterThan(0);
  });

  it('halves the weight of activity every 180 days and of endorsements every 365 days', () => {
    expect(recency(daysAgo(180), NOW, 180)).toBeCloseTo(0.5, 10);
    expect(recency(daysAgo(360), NOW, 180)).toBeCloseTo(0.25, 10);
    expect(recency(new Date(NOW.getTime() + 86_400_000), NOW, 180)).toBe(1);
    const recent = score({ posts: [{ at: daysAgo(0), bestPractice: false, reactions: 0 }] });
    const old = score({ posts: [{ at: daysAgo(180), bestPractice: false, reactions: 0 }] });
    expect(recent).toBeCloseTo(saturate(1, 20), 3);
    expect(old).toBeCloseTo(saturate(0.5, 20), 3);
    const endorsedNow = score({ endorsedAt: [daysAgo(0)] });
    const endorsedYearAgo = score({ endorsedAt: [daysAgo(365)] });
    expect(endorsedNow).toBeCloseTo(saturate(1.5, 8), 3);
    expect(endorsedYearAgo).toBeCloseTo(saturate(0.75, 8), 3);
  });

  it('saturates: volume alone cannot bury recent quality', () => {
    expect(saturate(0, 20)).toBe(0);
    expect(saturate(-3, 20)).toBe(0);
    expect(saturate(1, 20)).toBeCloseTo(0.975, 3);
    expect(saturate(1e6, 20)).toBeLessThanOrEqual(20);
    const spammer = score({
      posts: Array.from({ length: 500 }, (_, i) => ({ at: daysAgo(i), bestPractice: false, reactions: 0 })),
    });
    expect(spammer).toBeLessThanOrEqual(20);
    const endorsedByAll = score({ endorsedAt: Array.from({ length: 1000 }, () => daysAgo(1)) });
    expect(endorsedByAll).toBeLessThanOrEqual(8);
  });

  it('counts reactions received, weighed like the content they are on', () => {
    const without = score({ posts: [{ at: daysAgo(5), bestPractice: false, reactions: 0 }] });
    const withReactions = score({ posts: [{ at: daysAgo(5), bestPractice: false, reactions: 10 }] });
    expect(withReactions).toBeGreaterThan(without);
    expect(withReactions - without).toBeLessThanOrEqual(5);
  });

  it('reports the counts behind the score and the latest evidence', () => {
    const result = expertiseScore(
      {
        declared: ['expertise'],
        endorsedAt: [daysAgo(3), daysAgo(40)],
        posts: [
          { at: daysAgo(20), bestPractice: true, reactions: 4 },
          { at: daysAgo(60), bestPractice: false, reactions: 1 },
        ],
        comments: [
          { at: daysAgo(2), accepted: true, reactions: 2 },
          { at: daysAgo(9), accepted: false, reactions: 0 },
        ],
      },
      NOW,
    );
    expect(result.counts).toEqual({
      posts: 2,
      bestPractices: 1,
      comments: 2,
      acceptedAnswers: 1,
      reactions: 7,
      endorsements: 2,
    });
    expect(result.lastEvidenceAt).toEqual(daysAgo(2));
  });
});
