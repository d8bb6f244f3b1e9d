import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

// Factories for the people context's tests: rows straight into the database, no API call.

export interface TestTopic {
  id: string;
  slug: string;
  labelFr: string;
  labelEn: string;
}

let topicCounter = 0;

/** A topic of the taxonomy, with a unique slug and labels unless given. */
export async function newTopic(
  db: DataSource,
  overrides: Partial<{
    slug: string;
    labelFr: string;
    labelEn: string;
    synonymsFr: string[];
    synonymsEn: string[];
    /** The parent's slug. */
    parent: string;
  }> = {},
): Promise<TestTopic> {
  topicCounter += 1;
  const suffix = `${topicCounter}-${randomBytes(3).toString('hex')}`;
  const slug = overrides.slug ?? `test-topic-${suffix}`;
  const labelFr = overrides.labelFr ?? `Sujet de test ${suffix}`;
  const labelEn = overrides.labelEn ?? `Test topic ${suffix}`;
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO topics (slug, label_fr, label_en, synonyms_fr, synonyms_en, parent_id)
     VALUES ($1, $2, $3, $4, $5, (SELECT id FROM topics WHERE slug = $6)) RETURNING id`,
    [
      slug,
      labelFr,
      labelEn,
      overrides.synonymsFr ?? [],
      overrides.synonymsEn ?? [],
      overrides.parent ?? null,
    ],
  );
  return { id: rows[0]!.id, slug, labelFr, labelEn };
}

export type TestTopicKind = 'expertise' | 'ask_me' | 'mentor' | 'learn';

/** Lists these topics (by slug) on a person's profile under one kind, in this order, replacing that kind's list. */
export async function listTopics(
  db: DataSource,
  userId: string,
  kind: TestTopicKind,
  slugs: string[],
): Promise<void> {
  await db.query('DELETE FROM user_topics WHERE user_id = $1 AND kind = $2', [userId, kind]);
  await db.query(
    `INSERT INTO user_topics (user_id, kind, topic_id, position)
     SELECT $1, $2, t.id, (s.ordinality - 1)::smallint
       FROM unnest($3::text[]) WITH ORDINALITY AS s(slug, ordinality) JOIN topics t ON t.slug = s.slug`,
    [userId, kind, slugs],
  );
}

/** An endorsement of `endorseeId` by `endorserId` on the topic with this slug. */
export async function newEndorsement(
  db: DataSource,
  endorserId: string,
  endorseeId: string,
  topicSlug: string,
): Promise<void> {
  await db.query(
    `INSERT INTO endorsements (endorser_id, endorsee_id, topic_id) SELECT $1, $2, id FROM topics WHERE slug = $3`,
    [endorserId, endorseeId, topicSlug],
  );
}

/** A profile with a bio (stored as given, not rendered), languages and an avatar. */
export async function newProfile(
  db: DataSource,
  userId: string,
  overrides: Partial<{
    bioMarkdown: string;
    bioHtml: string;
    languages: string[];
    avatarUrl: string | null;
  }> = {},
): Promise<void> {
  await db.query(
    `INSERT INTO profiles (user_id, bio_markdown, bio_html, languages, avatar_url) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id) DO UPDATE SET bio_markdown = EXCLUDED.bio_markdown, bio_html = EXCLUDED.bio_html,
       languages = EXCLUDED.languages, avatar_url = EXCLUDED.avatar_url`,
    [
      userId,
      overrides.bioMarkdown ?? '',
      overrides.bioHtml ?? '',
      overrides.languages ?? [],
      overrides.avatarUrl ?? null,
    ],
  );
}

/** The tables the people context writes, for `tableSnapshot` / `tableCounts` around refused requests. */
export const PEOPLE_TABLES = ['users', 'profiles', 'topics', 'user_topics', 'endorsements'];
