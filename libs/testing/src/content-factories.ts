import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

// Factories for the content context's tests: rows straight into the database, no API call. Communities and
// memberships are inserted with the few columns content reads, so these tests depend on no other API.

/** Every table the content context writes: a refused request leaves them all as they were. */
export const CONTENT_TABLES = ['posts', 'comments', 'reactions', 'mentions', 'post_topics', 'follows'];

export interface ContentCommunity {
  id: string;
  slug: string;
  name: string;
  visibility: 'open' | 'private' | 'secret';
}

export interface ContentMember {
  userId: string;
  role?: 'owner' | 'moderator' | 'member';
  status?: 'active' | 'pending' | 'invited' | 'banned';
}

let counter = 0;
const unique = () => `${++counter}-${randomBytes(3).toString('hex')}`;

/** A community (open unless told) with these memberships. */
export async function newContentCommunity(
  db: DataSource,
  options: Partial<{
    slug: string;
    name: string;
    visibility: 'open' | 'private' | 'secret';
    archived: boolean;
    members: ContentMember[];
  }> = {},
): Promise<ContentCommunity> {
  const suffix = unique();
  const slug = options.slug ?? `content-community-${suffix}`;
  const name = options.name ?? `Content community ${suffix}`;
  const visibility = options.visibility ?? 'open';
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO communities (slug, name, visibility, archived_at)
     VALUES ($1, $2, $3, CASE WHEN $4::boolean THEN now() END) RETURNING id`,
    [slug, name, visibility, options.archived ?? false],
  );
  const community = { id: rows[0]!.id, slug, name, visibility };
  for (const member of options.members ?? []) await setContentMembership(db, community.id, member);
  return community;
}

/** Adds or changes a membership: an active member unless told otherwise. */
export async function setContentMembership(
  db: DataSource,
  communityId: string,
  member: ContentMember,
): Promise<void> {
  await db.query(
    `INSERT INTO memberships (community_id, user_id, role, status, joined_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'active' THEN now() END)
     ON CONFLICT (community_id, user_id) DO UPDATE
       SET role = EXCLUDED.role, status = EXCLUDED.status,
           joined_at = COALESCE(memberships.joined_at, EXCLUDED.joined_at)`,
    [communityId, member.userId, member.role ?? 'member', member.status ?? 'active'],
  );
}

export interface TestPost {
  id: string;
  createdAt: Date;
}

/** A post straight into the database (markdown rendered as a plain paragraph). */
export async function newPost(
  db: DataSource,
  options: {
    authorId: string;
    communityId?: string | null;
    kind?: 'discussion' | 'question' | 'best_practice' | 'announcement';
    title?: string | null;
    body?: string;
    classification?: 'public_eligible' | 'internal' | 'confidential';
    language?: 'fr' | 'en';
    createdAt?: Date;
    pinnedAt?: Date | null;
    deleted?: boolean;
    /** Topic ids to tag the post with. */
    topicIds?: string[];
  },
): Promise<TestPost> {
  const body = options.body ?? `Post ${unique()}`;
  const rows: Array<{ id: string; created_at: Date }> = await db.query(
    `INSERT INTO posts (community_id, author_id, kind, title, body_markdown, body_html, body_text,
                        classification, language, created_at, pinned_at, deleted_at, deleted_by)
     VALUES ($1, $2, $3, $4, $5, $6, $5, $7, $8, COALESCE($9, clock_timestamp()), $10,
             CASE WHEN $11::boolean THEN now() END, CASE WHEN $11::boolean THEN $2::uuid END)
     RETURNING id, created_at`,
    [
      options.communityId ?? null,
      options.authorId,
      options.kind ?? 'discussion',
      options.title ?? null,
      body,
      `<p>${escapeHtml(body)}</p>`,
      options.classification ?? 'internal',
      options.language ?? 'fr',
      options.createdAt ?? null,
      options.pinnedAt ?? null,
      options.deleted ?? false,
    ],
  );
  const post = { id: rows[0]!.id, createdAt: rows[0]!.created_at };
  for (const topicId of options.topicIds ?? []) {
    await db.query('INSERT INTO post_topics (post_id, topic_id, post_created_at) VALUES ($1, $2, $3)', [
      post.id,
      topicId,
      post.createdAt,
    ]);
  }
  return post;
}

export async function newComment(
  db: DataSource,
  options: { postId: string; authorId: string; parentId?: string | null; body?: string; createdAt?: Date },
): Promise<{ id: string }> {
  const body = options.body ?? `Comment ${unique()}`;
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO comments (post_id, parent_id, author_id, body_markdown, body_html, created_at)
     VALUES ($1, $2, $3, $4, $5, COALESCE($6, clock_timestamp())) RETURNING id`,
    [
      options.postId,
      options.parentId ?? null,
      options.authorId,
      body,
      `<p>${escapeHtml(body)}</p>`,
      options.createdAt ?? null,
    ],
  );
  return { id: rows[0]!.id };
}

export async function newReaction(
  db: DataSource,
  options: {
    subjectType: 'post' | 'comment';
    subjectId: string;
    userId: string;
    kind?: 'like' | 'celebrate' | 'support' | 'insightful' | 'curious';
  },
): Promise<void> {
  await db.query('INSERT INTO reactions (subject_type, subject_id, user_id, kind) VALUES ($1, $2, $3, $4)', [
    options.subjectType,
    options.subjectId,
    options.userId,
    options.kind ?? 'like',
  ]);
}

export async function newFollow(
  db: DataSource,
  followerId: string,
  target: { type: 'user' | 'community' | 'topic'; id: string },
): Promise<void> {
  await db.query('INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, $2, $3)', [
    followerId,
    target.type,
    target.id,
  ]);
}

/** A topic's id by slug (the taxonomy is seeded by the people migration). */
export async function topicIdBySlug(db: DataSource, slug: string): Promise<string> {
  const rows: Array<{ id: string }> = await db.query('SELECT id FROM topics WHERE slug = $1', [slug]);
  if (!rows[0]) throw new Error(`no topic ${slug}`);
  return rows[0].id;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
