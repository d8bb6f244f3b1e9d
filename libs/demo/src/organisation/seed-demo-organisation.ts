import { renderMarkdown } from '@relais/common';
import { extractHashtags, extractMentions } from '@relais/content';
import { DataSource, EntityManager } from 'typeorm';
import { Progress, silentProgress } from '../progress/progress';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import { Column, DemoOrganisationRepository } from './demo-organisation.repository';
import { DemoPlan, planDemoOrganisation } from './demo-plan';

export interface SeedOptions {
  /** Same seed, same organisation (names, communities, posts, ids). */
  seed: number;
  /** Told how far it got, for a progress bar; silent by default. */
  onProgress?: Progress;
  /** The dates are spread over the six months before it; now by default. */
  now?: Date;
}

export interface DemoSeedSummary {
  seed: number;
  people: number;
  communities: { open: number; private: number; secret: number };
  memberships: number;
  posts: number;
  comments: number;
  reactions: number;
  mentions: number;
  postTopics: number;
  follows: number;
  endorsements: number;
  notifications: number;
  /** The people to sign in as. */
  accounts: readonly DemoAccount[];
  durationMs: number;
}

export type DemoSeedOutcome =
  | ({ created: true } & DemoSeedSummary)
  | {
      created: false;
      /** Why nothing was written: the organisation already has people. */ existingPeople: number;
    };

/** Tables the demo writes, in the order they are filled. */
const TABLES = [
  'users',
  'profiles',
  'role_assignments',
  'user_topics',
  'endorsements',
  'communities',
  'community_topics',
  'memberships',
  'posts',
  'comments',
  'reactions',
  'post_topics',
  'mentions',
  'follows',
  'notifications',
];

/**
 * Fills an empty organisation with the demo one, in one transaction: all of it or nothing. Refuses (writes
 * nothing, `created: false`) when the users table has anybody, so it never mixes with real people.
 *
 * What the API derives from what people write is derived here with the API's own code: markdown rendered by
 * `renderMarkdown`, hashtags and @mentions found by the content context's parser and resolved with the
 * API's queries. The data is what the API would have stored had these people typed it.
 */
export async function seedDemoOrganisation(
  dataSource: DataSource,
  options: SeedOptions,
): Promise<DemoSeedOutcome> {
  const started = Date.now();
  const progress = options.onProgress ?? silentProgress;
  const repository = new DemoOrganisationRepository(dataSource);
  const existing = await repository.peopleCount();
  if (existing > 0) return { created: false, existingPeople: existing };

  progress({ step: 'planning', done: 0, total: 1 });
  const plan = planDemoOrganisation({
    seed: options.seed,
    now: options.now ?? new Date(),
    topics: await repository.taxonomy(),
  });

  // The CPU-heavy part runs before the transaction opens, so no connection idles in one meanwhile.
  const renderTotal = plan.users.length + plan.communities.length + plan.posts.length + plan.comments.length;
  // Rows to write; the hashtags' and mentions' links are only known later, hence an estimate for them.
  const insertTotal =
    plan.users.length * 2 +
    plan.roles.length +
    plan.userTopics.length +
    plan.endorsements.length +
    plan.communities.length * 4 +
    plan.memberships.length +
    plan.posts.length * 2.6 +
    plan.comments.length +
    plan.reactions.length +
    plan.follows.length +
    plan.notifications.length;
  const total = renderTotal + insertTotal;
  let done = 0;
  const advance = (step: string, units: number) => {
    done += units;
    progress({ step, done: Math.min(done, total), total });
  };
  const rendered = renderAll(plan, (units) => advance('rendering markdown', units));

  const summary = await dataSource.transaction(async (manager) => {
    await repository.lockSeeding(manager);
    const people = await repository.peopleCount(manager);
    if (people > 0) return { created: false as const, existingPeople: people };
    const topicIds = await repository.topicIdsBySlug(manager);
    const topicId = (slug: string) => {
      const id = topicIds.get(slug);
      if (!id) throw new Error(`no topic ${slug} in the taxonomy`);
      return id;
    };
    const iso = (date: Date | null) => date?.toISOString() ?? null;
    const insert = async (table: string, columns: Column[], select?: (names: string[]) => string) => {
      const count = await repository.insert(manager, table, columns, select);
      advance(`writing ${table}`, count);
      return count;
    };

    await insert('users', [
      ['id', 'uuid', plan.users.map((u) => u.id)],
      ['email', 'text', plan.users.map((u) => u.email)],
      ['display_name', 'text', plan.users.map((u) => u.displayName)],
      ['locale', 'text', plan.users.map((u) => u.locale)],
      ['title', 'text', plan.users.map((u) => u.title)],
      ['department', 'text', plan.users.map((u) => u.department)],
      ['location', 'text', plan.users.map((u) => u.location)],
      ['status', 'text', plan.users.map((u) => u.status)],
      ['deactivated_at', 'timestamptz', plan.users.map((u) => iso(u.deactivatedAt))],
      ['created_at', 'timestamptz', plan.users.map((u) => iso(u.createdAt))],
      ['updated_at', 'timestamptz', plan.users.map((u) => iso(u.deactivatedAt ?? u.createdAt))],
    ]);
    // languages is an array per row, which unnest would flatten: it travels as one comma-separated string.
    await insert(
      'profiles',
      [
        ['user_id', 'uuid', plan.users.map((u) => u.id)],
        ['bio_markdown', 'text', plan.users.map((u) => u.bioMarkdown)],
        ['bio_html', 'text', rendered.bios],
        ['languages', 'text', plan.users.map((u) => u.languages.join(','))],
        ['updated_at', 'timestamptz', plan.users.map((u) => iso(u.createdAt))],
      ],
      (names) => names.map((n) => (n === 'languages' ? "string_to_array(languages, ',')" : n)).join(', '),
    );
    await insert('role_assignments', [
      ['user_id', 'uuid', plan.roles.map((r) => r.userId)],
      ['role', 'text', plan.roles.map((r) => r.role)],
      ['granted_by', 'uuid', plan.roles.map((r) => r.grantedBy)],
      ['granted_at', 'timestamptz', plan.roles.map((r) => iso(r.grantedAt))],
    ]);
    await insert('user_topics', [
      ['user_id', 'uuid', plan.userTopics.map((t) => t.userId)],
      ['topic_id', 'uuid', plan.userTopics.map((t) => topicId(t.topicSlug))],
      ['kind', 'text', plan.userTopics.map((t) => t.kind)],
      ['position', 'smallint', plan.userTopics.map((t) => t.position)],
      ['created_at', 'timestamptz', plan.userTopics.map((t) => iso(t.createdAt))],
    ]);
    const endorsements = await insert('endorsements', [
      ['endorser_id', 'uuid', plan.endorsements.map((e) => e.endorserId)],
      ['endorsee_id', 'uuid', plan.endorsements.map((e) => e.endorseeId)],
      ['topic_id', 'uuid', plan.endorsements.map((e) => topicId(e.topicSlug))],
      ['created_at', 'timestamptz', plan.endorsements.map((e) => iso(e.createdAt))],
    ]);

    await insert('communities', [
      ['id', 'uuid', plan.communities.map((c) => c.id)],
      ['slug', 'text', plan.communities.map((c) => c.slug)],
      ['name', 'text', plan.communities.map((c) => c.name)],
      ['description_markdown', 'text', plan.communities.map((c) => c.descriptionMarkdown)],
      ['description_html', 'text', rendered.descriptions],
      ['visibility', 'text', plan.communities.map((c) => c.visibility)],
      ['official', 'boolean', plan.communities.map((c) => c.official)],
      ['created_by', 'uuid', plan.communities.map((c) => c.createdBy)],
      ['created_at', 'timestamptz', plan.communities.map((c) => iso(c.createdAt))],
      ['updated_at', 'timestamptz', plan.communities.map((c) => iso(c.createdAt))],
    ]);
    const communityTopics = plan.communities.flatMap((c) =>
      c.topicSlugs.map((slug) => [c.id, topicId(slug)]),
    );
    await insert('community_topics', [
      ['community_id', 'uuid', communityTopics.map(([c]) => c)],
      ['topic_id', 'uuid', communityTopics.map(([, t]) => t)],
    ]);
    const memberships = await insert('memberships', [
      ['community_id', 'uuid', plan.memberships.map((m) => m.communityId)],
      ['user_id', 'uuid', plan.memberships.map((m) => m.userId)],
      ['role', 'text', plan.memberships.map((m) => m.role)],
      ['status', 'text', plan.memberships.map((m) => m.status)],
      ['invited_by', 'uuid', plan.memberships.map((m) => m.invitedBy)],
      ['decided_by', 'uuid', plan.memberships.map((m) => m.decidedBy)],
      ['joined_at', 'timestamptz', plan.memberships.map((m) => iso(m.joinedAt))],
      ['created_at', 'timestamptz', plan.memberships.map((m) => iso(m.createdAt))],
      ['updated_at', 'timestamptz', plan.memberships.map((m) => iso(m.createdAt))],
    ]);

    const posts = plan.posts;
    await insert('posts', [
      ['id', 'uuid', posts.map((p) => p.id)],
      ['community_id', 'uuid', posts.map((p) => p.communityId)],
      ['author_id', 'uuid', posts.map((p) => p.authorId)],
      ['kind', 'text', posts.map((p) => p.kind)],
      ['title', 'text', posts.map((p) => p.title)],
      ['body_markdown', 'text', posts.map((p) => p.bodyMarkdown)],
      ['body_html', 'text', rendered.posts.map((r) => r.html)],
      ['body_text', 'text', rendered.posts.map((r) => r.text)],
      ['classification', 'text', posts.map((p) => p.classification)],
      ['language', 'text', posts.map((p) => p.language)],
      ['pinned_at', 'timestamptz', posts.map((p) => iso(p.pinnedAt))],
      ['created_at', 'timestamptz', posts.map((p) => iso(p.createdAt))],
      ['updated_at', 'timestamptz', posts.map((p) => iso(p.updatedAt))],
      ['edited_at', 'timestamptz', posts.map((p) => iso(p.editedAt))],
    ]);
    // Top-level comments first: a reply's foreign key names its parent.
    const commentColumns = (rows: typeof plan.comments, html: string[]): Column[] => [
      ['id', 'uuid', rows.map((c) => c.id)],
      ['post_id', 'uuid', rows.map((c) => c.postId)],
      ['parent_id', 'uuid', rows.map((c) => c.parentId)],
      ['author_id', 'uuid', rows.map((c) => c.authorId)],
      ['body_markdown', 'text', rows.map((c) => c.bodyMarkdown)],
      ['body_html', 'text', html],
      ['created_at', 'timestamptz', rows.map((c) => iso(c.createdAt))],
    ];
    const htmlOf = new Map(plan.comments.map((c, i) => [c.id, rendered.comments[i]!]));
    const topLevel = plan.comments.filter((c) => c.parentId === null);
    const replies = plan.comments.filter((c) => c.parentId !== null);
    await insert(
      'comments',
      commentColumns(
        topLevel,
        topLevel.map((c) => htmlOf.get(c.id)!),
      ),
    );
    await insert(
      'comments',
      commentColumns(
        replies,
        replies.map((c) => htmlOf.get(c.id)!),
      ),
    );
    const accepted = posts.filter((p) => p.acceptedCommentId);
    await repository.setAcceptedAnswers(
      manager,
      accepted.map((p) => p.id),
      accepted.map((p) => p.acceptedCommentId!),
    );
    await insert('reactions', [
      ['subject_type', 'text', plan.reactions.map((r) => r.subjectType)],
      ['subject_id', 'uuid', plan.reactions.map((r) => r.subjectId)],
      ['user_id', 'uuid', plan.reactions.map((r) => r.userId)],
      ['kind', 'text', plan.reactions.map((r) => r.kind)],
      ['created_at', 'timestamptz', plan.reactions.map((r) => iso(r.createdAt))],
      ['updated_at', 'timestamptz', plan.reactions.map((r) => iso(r.createdAt))],
    ]);

    const links = await linksOf(plan, repository, manager);
    const postTopics = await insert('post_topics', [
      ['post_id', 'uuid', links.postTopics.map((l) => l.postId)],
      ['topic_id', 'uuid', links.postTopics.map((l) => l.topicId)],
      ['post_created_at', 'timestamptz', links.postTopics.map((l) => l.createdAt)],
    ]);
    const mentions = await insert('mentions', [
      ['post_id', 'uuid', links.mentions.map((m) => m.postId)],
      ['comment_id', 'uuid', links.mentions.map((m) => m.commentId)],
      ['user_id', 'uuid', links.mentions.map((m) => m.userId)],
      ['created_at', 'timestamptz', links.mentions.map((m) => m.createdAt)],
    ]);
    const follows = await insert('follows', [
      ['follower_id', 'uuid', plan.follows.map((f) => f.followerId)],
      ['target_type', 'text', plan.follows.map((f) => f.targetType)],
      [
        'target_id',
        'uuid',
        plan.follows.map((f) => (f.targetType === 'topic' ? topicId(f.target) : f.target)),
      ],
      ['created_at', 'timestamptz', plan.follows.map((f) => iso(f.createdAt))],
    ]);
    const notifications = await insert('notifications', [
      ['id', 'uuid', plan.notifications.map((n) => n.id)],
      ['recipient_id', 'uuid', plan.notifications.map((n) => n.recipientId)],
      ['kind', 'text', plan.notifications.map((n) => n.kind)],
      ['actor_id', 'uuid', plan.notifications.map((n) => n.actorId)],
      ['subject_type', 'text', plan.notifications.map((n) => n.subjectType)],
      ['subject_id', 'uuid', plan.notifications.map((n) => n.subjectId)],
      ['data', 'jsonb', plan.notifications.map((n) => JSON.stringify(n.data))],
      ['dedupe_key', 'text', plan.notifications.map((n) => n.dedupeKey)],
      ['created_at', 'timestamptz', plan.notifications.map((n) => iso(n.createdAt))],
      ['read_at', 'timestamptz', plan.notifications.map((n) => iso(n.readAt))],
    ]);
    const visibilityCount = (v: string) => plan.communities.filter((c) => c.visibility === v).length;
    return {
      created: true as const,
      seed: plan.seed,
      people: plan.users.length,
      communities: {
        open: visibilityCount('open'),
        private: visibilityCount('private'),
        secret: visibilityCount('secret'),
      },
      memberships,
      posts: posts.length,
      comments: plan.comments.length,
      reactions: plan.reactions.length,
      mentions,
      postTopics,
      follows,
      endorsements,
      notifications,
      accounts: DEMO_ACCOUNTS,
      durationMs: 0,
    };
  });
  if (!summary.created) return summary;
  await repository.analyze(TABLES);
  progress({ step: 'done', done: total, total });
  return { ...summary, durationMs: Date.now() - started };
}

interface Rendered {
  bios: string[];
  descriptions: string[];
  posts: Array<{ html: string; text: string }>;
  comments: string[];
}

/** Every body as the API renders it when someone saves it. */
function renderAll(plan: DemoPlan, advance: (units: number) => void): Rendered {
  const batch = <T, R>(items: readonly T[], render: (item: T) => R): R[] => {
    const out: R[] = [];
    for (let i = 0; i < items.length; i++) {
      out.push(render(items[i]!));
      if ((i + 1) % 100 === 0 || i === items.length - 1) advance((i % 100) + 1);
    }
    return out;
  };
  return {
    bios: batch(plan.users, (u) => (u.bioMarkdown ? renderMarkdown(u.bioMarkdown).html : '')),
    descriptions: batch(plan.communities, (c) => renderMarkdown(c.descriptionMarkdown).html),
    posts: batch(plan.posts, (p) => renderMarkdown(p.bodyMarkdown)),
    comments: batch(plan.comments, (c) => renderMarkdown(c.bodyMarkdown).html),
  };
}

interface Links {
  postTopics: Array<{ postId: string; topicId: string; createdAt: string }>;
  mentions: Array<{ postId: string; commentId: string | null; userId: string; createdAt: string }>;
}

/**
 * The topics a post's hashtags name and the people its bodies (the post's and its comments') @mention,
 * found by the content context's parser and resolved by the API's rules, all posts at once. The planner
 * meant each mention for a given person and each hashtag for a topic: a body that would link otherwise is
 * a bug in the demo data, reported rather than written.
 */
async function linksOf(
  plan: DemoPlan,
  repository: DemoOrganisationRepository,
  manager: EntityManager,
): Promise<Links> {
  const postTags = plan.posts.map((p) => {
    const tags = extractHashtags(p.bodyMarkdown);
    // `#spring-boot` and `#spring_boot` also name the synonym "Spring Boot" (as PostLinksService does).
    return { tags, spaced: tags.map((tag) => tag.replace(/[-_]+/g, ' ')) };
  });
  const terms = [...new Set(postTags.flatMap((p) => [...p.tags, ...p.spaced]))].filter(
    (t) => t.trim().length > 0,
  );
  const topicOf = await repository.resolveTopicTerms(terms, manager);

  const bodies = [
    ...plan.posts.map((p) => ({
      postId: p.id,
      commentId: null,
      body: p.bodyMarkdown,
      at: p.createdAt,
      meant: p.mentionedIds,
    })),
    ...plan.comments.map((c) => ({
      postId: c.postId,
      commentId: c.id,
      body: c.bodyMarkdown,
      at: c.createdAt,
      meant: c.mentionedIds,
    })),
  ].map((b) => ({ ...b, handles: extractMentions(b.body) }));
  const personOf = await repository.resolveHandles([...new Set(bodies.flatMap((b) => b.handles))], manager);

  const links: Links = { postTopics: [], mentions: [] };
  plan.posts.forEach((post, i) => {
    const { tags, spaced } = postTags[i]!;
    const topicIds = [
      ...new Set(
        tags.map((tag, k) => topicOf.get(tag) ?? topicOf.get(spaced[k]!)).filter((id): id is string => !!id),
      ),
    ];
    if (tags.length && topicIds.length === 0)
      throw new Error(`demo post ${post.id}: no hashtag names a topic`);
    for (const topicId of topicIds) {
      links.postTopics.push({ postId: post.id, topicId, createdAt: post.createdAt.toISOString() });
    }
  });
  for (const body of bodies) {
    const userIds = [...new Set(body.handles.map((h) => personOf.get(h)).filter((id): id is string => !!id))];
    const meant = [...new Set(body.meant)];
    if (userIds.length !== meant.length || !meant.every((id) => userIds.includes(id))) {
      throw new Error(`demo body of ${body.commentId ?? body.postId} mentions other people than planned`);
    }
    for (const userId of userIds) {
      links.mentions.push({
        postId: body.postId,
        commentId: body.commentId,
        userId,
        createdAt: body.at.toISOString(),
      });
    }
  }
  return links;
}
