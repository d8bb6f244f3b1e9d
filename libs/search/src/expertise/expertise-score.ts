/**
 * How much a person knows about a topic, from what they declare and what they did: one pure function, so
 * the rule is read, tested and tuned in one place. Jobs compute it for each (person, topic) from the
 * evidence below and store it beside the evidence counts shown to searchers.
 *
 * score = declared + activity + reactions + endorsements, where
 * - declared: the strongest kind the person lists the topic under: expertise 1.0, mentor 0.8, ask me 0.6
 *   (learning is not expertise: 0);
 * - activity: posts on the topic 1.0 each, best practices 2.0, comments 0.5, accepted answers 3.0, each
 *   weighed by its recency (half-life 180 days) and saturating at 20: a hundred old posts do not bury a
 *   colleague who answers well today;
 * - reactions received on those posts and comments: 0.2 each, with the same recency, saturating at 5;
 * - endorsements by distinct colleagues: 1.5 each, half-life 365 days, saturating at 8.
 *
 * Any evidence adds a positive amount, so a declared topic with no evidence and no endorsement always ranks
 * below the same declaration with evidence. Saturation is `cap · (1 − e^(−x / cap))`: close to x while x is
 * small, never above cap.
 */
export type DeclaredKind = 'expertise' | 'ask_me' | 'mentor' | 'learn';

export interface ExpertiseEvidence {
  declared: readonly DeclaredKind[];
  /** One date per distinct colleague who endorsed the person on the topic. */
  endorsedAt: readonly Date[];
  posts: ReadonlyArray<{ at: Date; bestPractice: boolean; reactions: number }>;
  comments: ReadonlyArray<{ at: Date; accepted: boolean; reactions: number }>;
}

export interface ExpertiseScore {
  score: number;
  /** The counts behind the score, as a searcher reads them ("12 accepted answers, endorsed by 5"). */
  counts: {
    posts: number;
    bestPractices: number;
    comments: number;
    acceptedAnswers: number;
    reactions: number;
    endorsements: number;
  };
  /** The date of the latest piece of evidence, or null. */
  lastEvidenceAt: Date | null;
}

export const EXPERTISE_WEIGHTS = {
  declared: { expertise: 1.0, mentor: 0.8, ask_me: 0.6, learn: 0 } satisfies Record<DeclaredKind, number>,
  post: 1.0,
  bestPractice: 2.0,
  comment: 0.5,
  acceptedAnswer: 3.0,
  reaction: 0.2,
  endorsement: 1.5,
  activityHalfLifeDays: 180,
  endorsementHalfLifeDays: 365,
  activityCap: 20,
  reactionCap: 5,
  endorsementCap: 8,
} as const;

const DAY_MS = 86_400_000;

/** 1 now, 0.5 after one half-life, never negative nor above 1 (future dates count as now). */
export function recency(at: Date, now: Date, halfLifeDays: number): number {
  const ageDays = Math.max(0, (now.getTime() - at.getTime()) / DAY_MS);
  return Math.pow(0.5, ageDays / halfLifeDays);
}

export function saturate(value: number, cap: number): number {
  return value <= 0 ? 0 : cap * (1 - Math.exp(-value / cap));
}

export function expertiseScore(evidence: ExpertiseEvidence, now: Date): ExpertiseScore {
  const w = EXPERTISE_WEIGHTS;
  const declared = Math.max(0, ...evidence.declared.map((kind) => w.declared[kind]));
  const fresh = (at: Date) => recency(at, now, w.activityHalfLifeDays);

  let activity = 0;
  let reactions = 0;
  let reactionCount = 0;
  let latest: number | null = null;
  const seen = (at: Date) => {
    latest = latest === null ? at.getTime() : Math.max(latest, at.getTime());
  };
  for (const post of evidence.posts) {
    activity += (post.bestPractice ? w.bestPractice : w.post) * fresh(post.at);
    reactions += w.reaction * Math.max(0, post.reactions) * fresh(post.at);
    reactionCount += Math.max(0, post.reactions);
    seen(post.at);
  }
  for (const comment of evidence.comments) {
    activity += (comment.accepted ? w.acceptedAnswer : w.comment) * fresh(comment.at);
    reactions += w.reaction * Math.max(0, comment.reactions) * fresh(comment.at);
    reactionCount += Math.max(0, comment.reactions);
    seen(comment.at);
  }
  let endorsements = 0;
  for (const at of evidence.endorsedAt) {
    endorsements += w.endorsement * recency(at, now, w.endorsementHalfLifeDays);
    seen(at);
  }

  const score =
    declared +
    saturate(activity, w.activityCap) +
    saturate(reactions, w.reactionCap) +
    saturate(endorsements, w.endorsementCap);
  const lastEvidenceAt: number | null = latest;
  return {
    score: Math.round(score * 10_000) / 10_000,
    counts: {
      posts: evidence.posts.length,
      bestPractices: evidence.posts.filter((post) => post.bestPractice).length,
      comments: evidence.comments.length,
      acceptedAnswers: evidence.comments.filter((comment) => comment.accepted).length,
      reactions: reactionCount,
      endorsements: evidence.endorsedAt.length,
    },
    lastEvidenceAt: lastEvidenceAt === null ? null : new Date(lastEvidenceAt),
  };
}
