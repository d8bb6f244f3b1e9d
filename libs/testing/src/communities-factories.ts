import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

// Factories for the communities context's tests: rows straight into the database, no API call.

export type TestCommunityVisibility = 'open' | 'private' | 'secret';
export type TestMembershipRole = 'owner' | 'moderator' | 'member';
export type TestMembershipStatus = 'active' | 'pending' | 'invited' | 'banned';

export interface TestCommunity {
  id: string;
  slug: string;
  name: string;
  visibility: TestCommunityVisibility;
}

let communityCounter = 0;

/**
 * A community with a unique slug and name unless given, and its owner when `ownerId` is given. The slug is
 * taken as is, even for a secret community (the service adds a random suffix; tests may want a known one).
 */
export async function newCommunity(
  db: DataSource,
  overrides: Partial<{
    slug: string;
    name: string;
    description: string;
    visibility: TestCommunityVisibility;
    official: boolean;
    archived: boolean;
    ownerId: string;
    /** Topic slugs; the topics must exist. */
    topics: string[];
    /** Several communities created at the same instant exercise the `id` tie-breaker of keyset pages. */
    createdAt: Date;
  }> = {},
): Promise<TestCommunity> {
  communityCounter += 1;
  const suffix = `${communityCounter}-${randomBytes(3).toString('hex')}`;
  const slug = overrides.slug ?? `test-community-${suffix}`;
  const name = overrides.name ?? `Test community ${suffix}`;
  const visibility = overrides.visibility ?? 'open';
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO communities (slug, name, description_markdown, description_html, visibility, official,
                              archived_at, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::boolean THEN now() END, $8, COALESCE($9, now()))
     RETURNING id`,
    [
      slug,
      name,
      overrides.description ?? '',
      overrides.description ? `<p>${overrides.description}</p>` : '',
      visibility,
      overrides.official ?? false,
      overrides.archived ?? false,
      overrides.ownerId ?? null,
      overrides.createdAt ?? null,
    ],
  );
  const id = rows[0]!.id;
  if (overrides.ownerId) await addMembership(db, id, overrides.ownerId, { role: 'owner' });
  if (overrides.topics?.length) {
    await db.query(
      `INSERT INTO community_topics (community_id, topic_id) SELECT $1, id FROM topics WHERE slug = ANY($2::text[])`,
      [id, overrides.topics],
    );
  }
  return { id, slug, name, visibility };
}

/** A membership row: active member unless told otherwise. */
export async function addMembership(
  db: DataSource,
  communityId: string,
  userId: string,
  options: Partial<{
    role: TestMembershipRole;
    status: TestMembershipStatus;
    /** When an active member joined; now by default. Member lists are ordered by it. */
    joinedAt: Date;
  }> = {},
): Promise<void> {
  const status = options.status ?? 'active';
  await db.query(
    `INSERT INTO memberships (community_id, user_id, role, status, joined_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'active' THEN COALESCE($5, now()) END)`,
    [communityId, userId, options.role ?? 'member', status, options.joinedAt ?? null],
  );
}
