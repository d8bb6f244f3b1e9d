import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { renderMarkdown } from '@relais/common';
import { slugFromName } from '@relais/communities';
import { extractHashtags, extractMentions, isAdminSql, postReadableSql } from '@relais/content';
import { dataSourceOptions } from '@relais/database';
import { DEMO_ACCOUNTS, demoAccount, DemoSeedOutcome, seedDemoOrganisation } from '@relais/demo';
import { normaliseTerm } from '@relais/people';
import { createTestDatabase, GraphqlClient, signIn, testConfig, TestDatabase } from '@relais/testing';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';

// Every seed of this file is relative to one instant, so two seeds with the same number are comparable row
// for row (dates included).
const NOW = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
const DAY = 86_400_000;

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
  'mentions',
  'post_topics',
  'follows',
  'notifications',
];

interface Seeded {
  database: TestDatabase;
  db: DataSource;
  outcome: DemoSeedOutcome;
}

async function seededDatabase(seed: number): Promise<Seeded> {
  const database = await createTestDatabase();
  const db = await new DataSource(
    dataSourceOptions({ url: database.url, poolSize: 4, migrations: [] }),
  ).initialize();
  const outcome = await seedDemoOrganisation(db, { seed, now: NOW });
  return { database, db, outcome };
}

/** What two organisations are compared on: counts, people, communities, and every post, comment and reaction. */
async function fingerprint(db: DataSource) {
  const one = async (sql: string) => ((await db.query(sql)) as Array<{ v: unknown }>)[0]!.v;
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = Number(await one(`SELECT count(*) AS v FROM ${table}`));
  return {
    counts,
    emails: await one('SELECT array_agg(email ORDER BY email) AS v FROM users'),
    // A secret community's slug ends in a random suffix (secretSlug): compared without it.
    slugs: await one(
      `SELECT array_agg(CASE WHEN visibility = 'secret' THEN regexp_replace(slug, '-[a-z0-9]{8}$', '') ELSE slug END
                        ORDER BY slug) AS v FROM communities`,
    ),
    posts: await one(
      `SELECT md5(string_agg(concat_ws('|', id, community_id, author_id, kind, title, body_markdown, body_html,
                  classification, language, created_at, pinned_at, accepted_comment_id), ',' ORDER BY id)) AS v FROM posts`,
    ),
    comments: await one(
      "SELECT md5(string_agg(concat_ws('|', id, post_id, parent_id, author_id, body_markdown), ',' ORDER BY id)) AS v FROM comments",
    ),
    reactions: await one(
      `SELECT md5(string_agg(concat_ws('|', subject_id, user_id, kind), ','
                  ORDER BY subject_id, user_id)) AS v FROM reactions`,
    ),
  };
}

describe('the demo organisation', () => {
  let main: Seeded;
  let twin: Seeded;
  let other: Seeded;

  beforeAll(async () => {
    main = await seededDatabase(7);
    twin = await seededDatabase(7);
    other = await seededDatabase(8);
  }, 120_000);
  afterAll(async () => {
    for (const seeded of [main, twin, other]) {
      await seeded?.db.destroy();
      await seeded?.database.drop();
    }
  });

  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
    main.db.query(sql, params);
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await q<{ n: string }>(sql, params))[0]!.n);

  describe('seeding', () => {
    it('gives the same organisation for the same seed and another one for another seed', async () => {
      expect(main.outcome.created).toBe(true);
      const [a, b, c] = await Promise.all([
        fingerprint(main.db),
        fingerprint(twin.db),
        fingerprint(other.db),
      ]);
      expect(b).toEqual(a);
      expect(c.posts).not.toEqual(a.posts);
      expect(c.comments).not.toEqual(a.comments);
      // The demo accounts are the same whatever the seed; the other people are not.
      const accounts = DEMO_ACCOUNTS.map((account) => account.email);
      expect(c.emails).toEqual(expect.arrayContaining(accounts));
      expect(
        (c.emails as string[]).filter((email) => !(a.emails as string[]).includes(email)).length,
      ).toBeGreaterThan(50);
      // Communities are the demo's own list: the same names for every seed.
      expect(c.slugs).toEqual(a.slugs);
    });

    it('refuses, changing nothing, when the organisation already has people', async () => {
      const before = await fingerprint(main.db);
      await expect(seedDemoOrganisation(main.db, { seed: 99 })).resolves.toEqual({
        created: false,
        existingPeople: 200,
      });
      expect(await fingerprint(main.db)).toEqual(before);
    });

    it('says what it created', () => {
      if (!main.outcome.created) throw new Error('not seeded');
      const { accounts, durationMs, ...summary } = main.outcome;
      expect(accounts).toBe(DEMO_ACCOUNTS);
      expect(durationMs).toBeGreaterThan(0);
      expect(summary).toMatchObject({
        created: true,
        seed: 7,
        people: 200,
        communities: { open: 12, private: 12, secret: 12 },
        posts: 2000,
      });
    });
  });

  describe('has believable volumes', () => {
    it('people: about 200, French and English, their titles, departments, sites, topics and roles', async () => {
      expect(await count('SELECT count(*) AS n FROM users')).toBe(200);
      const locales = Object.fromEntries(
        (
          await q<{ locale: string; n: string }>('SELECT locale, count(*) AS n FROM users GROUP BY locale')
        ).map((r) => [r.locale, Number(r.n)]),
      );
      expect(locales.fr).toBeGreaterThan(120);
      expect(locales.en).toBeGreaterThan(20);
      expect(
        await count("SELECT count(*) AS n FROM users WHERE email NOT LIKE '%@demo.relais.example'"),
      ).toBe(0);
      expect(
        await count(
          'SELECT count(*) AS n FROM users WHERE title IS NULL OR department IS NULL OR location IS NULL',
        ),
      ).toBe(0);
      expect(await count('SELECT count(DISTINCT department) AS n FROM users')).toBeGreaterThanOrEqual(12);
      const sites = (await q<{ location: string }>('SELECT DISTINCT location FROM users')).map(
        (r) => r.location,
      );
      expect(sites).toEqual(
        expect.arrayContaining([
          'Paris',
          'Lyon',
          'Nantes',
          'Toulouse',
          'Lille',
          'Bruxelles',
          'Montréal',
          'Genève',
        ]),
      );
      expect(await count("SELECT count(*) AS n FROM profiles WHERE bio_markdown <> ''")).toBeGreaterThan(150);
      for (const kind of ['expertise', 'ask_me', 'mentor', 'learn']) {
        expect(
          await count('SELECT count(DISTINCT user_id) AS n FROM user_topics WHERE kind = $1', [kind]),
        ).toBeGreaterThan(kind === 'mentor' ? 30 : 150);
      }
      expect(await count('SELECT count(*) AS n FROM endorsements')).toBeGreaterThan(200);
      const roles = Object.fromEntries(
        (
          await q<{ role: string; n: string }>(
            'SELECT role, count(*) AS n FROM role_assignments GROUP BY role',
          )
        ).map((r) => [r.role, Number(r.n)]),
      );
      expect(roles).toEqual({ admin: 3, community_manager: 4, comms_reviewer: 3, auditor: 1 });
      expect(await count("SELECT count(*) AS n FROM users WHERE status = 'deactivated'")).toBe(2);
    });

    it('communities: 12 of each visibility, with topics, owners, moderators, members, requests and invitations', async () => {
      const rows = await q<{ visibility: string; n: string }>(
        'SELECT visibility, count(*) AS n FROM communities GROUP BY 1',
      );
      expect(Object.fromEntries(rows.map((r) => [r.visibility, Number(r.n)]))).toEqual({
        open: 12,
        private: 12,
        secret: 12,
      });
      expect(
        await count(
          'SELECT count(*) AS n FROM communities c WHERE NOT EXISTS (SELECT 1 FROM community_topics t WHERE t.community_id = c.id)',
        ),
      ).toBe(0);
      expect(
        await count("SELECT count(DISTINCT community_id) AS n FROM memberships WHERE role = 'moderator'"),
      ).toBeGreaterThan(20);
      expect(await count("SELECT count(*) AS n FROM memberships WHERE status = 'pending'")).toBeGreaterThan(
        5,
      );
      expect(await count("SELECT count(*) AS n FROM memberships WHERE status = 'invited'")).toBeGreaterThan(
        5,
      );
      // Join requests only where they make sense: private communities.
      expect(
        await count(
          "SELECT count(*) AS n FROM memberships m JOIN communities c ON c.id = m.community_id WHERE m.status = 'pending' AND c.visibility <> 'private'",
        ),
      ).toBe(0);
      expect(await count('SELECT count(*) AS n FROM communities WHERE official')).toBeGreaterThan(0);
    });

    it('posts: about 2,000 of every kind, in both languages, over the last six months, with comments, replies, reactions, answers, pins and follows', async () => {
      expect(await count('SELECT count(*) AS n FROM posts')).toBe(2000);
      const byKind = await q<{ kind: string; n: string }>('SELECT kind, count(*) AS n FROM posts GROUP BY 1');
      for (const kind of ['discussion', 'question', 'best_practice', 'announcement']) {
        expect(Number(byKind.find((r) => r.kind === kind)?.n ?? 0)).toBeGreaterThan(30);
      }
      expect(await count("SELECT count(*) AS n FROM posts WHERE language = 'en'")).toBeGreaterThan(200);
      expect(await count("SELECT count(*) AS n FROM posts WHERE language = 'fr'")).toBeGreaterThan(1000);
      const classes = Object.fromEntries(
        (
          await q<{ classification: string; n: string }>(
            'SELECT classification, count(*) AS n FROM posts GROUP BY 1',
          )
        ).map((r) => [r.classification, Number(r.n)]),
      );
      expect(classes.internal).toBeGreaterThan(1200);
      expect(classes.public_eligible).toBeGreaterThan(100);
      expect(classes.confidential).toBeGreaterThan(10);
      expect(classes.confidential).toBeLessThan(300);
      expect(await count('SELECT count(*) AS n FROM posts WHERE community_id IS NULL')).toBeGreaterThan(100);
      const range = (
        await q<{ oldest: Date; newest: Date }>(
          'SELECT min(created_at) AS oldest, max(created_at) AS newest FROM posts',
        )
      )[0]!;
      expect(range.oldest.getTime()).toBeGreaterThan(NOW.getTime() - 182 * DAY);
      expect(range.oldest.getTime()).toBeLessThan(NOW.getTime() - 150 * DAY);
      expect(range.newest.getTime()).toBeLessThan(NOW.getTime());
      expect(range.newest.getTime()).toBeGreaterThan(NOW.getTime() - 3 * DAY);

      expect(await count('SELECT count(*) AS n FROM comments WHERE parent_id IS NULL')).toBeGreaterThan(2000);
      expect(await count('SELECT count(*) AS n FROM comments WHERE parent_id IS NOT NULL')).toBeGreaterThan(
        500,
      );
      expect(await count("SELECT count(*) AS n FROM reactions WHERE subject_type = 'post'")).toBeGreaterThan(
        4000,
      );
      expect(
        await count("SELECT count(*) AS n FROM reactions WHERE subject_type = 'comment'"),
      ).toBeGreaterThan(500);
      expect(
        await count('SELECT count(*) AS n FROM posts WHERE accepted_comment_id IS NOT NULL'),
      ).toBeGreaterThan(100);
      expect(await count('SELECT count(*) AS n FROM posts WHERE pinned_at IS NOT NULL')).toBeGreaterThan(12);
      expect(await count('SELECT count(*) AS n FROM mentions')).toBeGreaterThan(300);
      for (const type of ['user', 'community', 'topic']) {
        expect(
          await count('SELECT count(*) AS n FROM follows WHERE target_type = $1', [type]),
        ).toBeGreaterThan(50);
      }
      expect(await count('SELECT count(DISTINCT recipient_id) AS n FROM notifications')).toBe(
        DEMO_ACCOUNTS.length,
      );
    });
  });

  describe('keeps the rules the API keeps', () => {
    it('nobody endorses themselves; every community has an active owner; secret slugs end in a random suffix', async () => {
      expect(await count('SELECT count(*) AS n FROM endorsements WHERE endorser_id = endorsee_id')).toBe(0);
      expect(
        await count(
          `SELECT count(*) AS n FROM communities c WHERE NOT EXISTS (
             SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.role = 'owner' AND m.status = 'active')`,
        ),
      ).toBe(0);
      for (const c of await q<{ name: string; slug: string; visibility: string }>(
        'SELECT name, slug, visibility FROM communities',
      )) {
        if (c.visibility === 'secret')
          expect(c.slug).toMatch(new RegExp(`^${slugFromName(c.name)}-[a-z0-9]{8}$`));
        else expect(c.slug).toBe(slugFromName(c.name));
      }
    });

    it('every post_topics row carries its post’s created_at, and names a topic one of the post’s hashtags names', async () => {
      expect(
        await count(
          'SELECT count(*) AS n FROM post_topics pt JOIN posts p ON p.id = pt.post_id WHERE pt.post_created_at <> p.created_at',
        ),
      ).toBe(0);
      const rows = await q<{ body: string; terms: string[] }>(
        `SELECT p.body_markdown AS body, t.search_terms AS terms
           FROM post_topics pt JOIN posts p ON p.id = pt.post_id JOIN topics t ON t.id = pt.topic_id`,
      );
      for (const row of rows) {
        const tags = extractHashtags(row.body)
          .flatMap((tag) => [tag, tag.replace(/[-_]+/g, ' ')])
          .map(normaliseTerm);
        expect(tags.some((tag) => row.terms.includes(tag))).toBe(true);
      }
      // Every demo post has hashtags, and each names a topic.
      expect(
        await count(
          'SELECT count(*) AS n FROM posts p WHERE NOT EXISTS (SELECT 1 FROM post_topics pt WHERE pt.post_id = p.id)',
        ),
      ).toBe(0);
    });

    it('mentions name exactly the @handles of each body, and only people who may read the post', async () => {
      expect(
        await count(
          `SELECT count(*) AS n FROM mentions m JOIN posts p ON p.id = m.post_id JOIN users u ON u.id = m.user_id
            WHERE NOT (u.status = 'active' AND ${postReadableSql('p', 'u.id', isAdminSql('u.id'))})`,
        ),
      ).toBe(0);
      const bodies = await q<{ body: string; handles: string[] | null }>(
        `SELECT b.body, (SELECT array_agg(split_part(u.email, '@', 1)) FROM mentions m JOIN users u ON u.id = m.user_id
                          WHERE m.post_id = b.post_id AND m.comment_id IS NOT DISTINCT FROM b.comment_id) AS handles
           FROM (SELECT id AS post_id, NULL::uuid AS comment_id, body_markdown AS body FROM posts
                 UNION ALL SELECT post_id, id, body_markdown FROM comments) b`,
      );
      let mentioning = 0;
      for (const { body, handles } of bodies) {
        expect([...(handles ?? [])].sort()).toEqual(extractMentions(body).sort());
        if (handles) mentioning++;
      }
      expect(mentioning).toBeGreaterThan(300);
    });

    it('stores the HTML and text the API renders, sanitized', async () => {
      const sanitized = (html: string) => {
        expect(html).not.toMatch(/<script|\son\w+\s*=|javascript:/i);
      };
      for (const post of await q<{ md: string; html: string; text: string }>(
        'SELECT body_markdown AS md, body_html AS html, body_text AS text FROM posts',
      )) {
        const rendered = renderMarkdown(post.md);
        expect(post.html).toBe(rendered.html);
        expect(post.text).toBe(rendered.text);
        sanitized(post.html);
      }
      for (const row of await q<{ md: string; html: string }>(
        `SELECT body_markdown AS md, body_html AS html FROM comments
         UNION ALL SELECT bio_markdown, bio_html FROM profiles WHERE bio_markdown <> ''
         UNION ALL SELECT description_markdown, description_html FROM communities`,
      )) {
        expect(row.html).toBe(renderMarkdown(row.md).html);
        sanitized(row.html);
      }
    });

    it('only members post, comment and react in a community; announcements by its moderators; replies one level deep', async () => {
      const notMember = (alias: string, community: string) => `NOT EXISTS (
        SELECT 1 FROM memberships m WHERE m.community_id = ${community} AND m.user_id = ${alias}
           AND m.status IN ('active', 'banned'))`;
      expect(
        await count(
          `SELECT count(*) AS n FROM posts p WHERE p.community_id IS NOT NULL AND ${notMember('p.author_id', 'p.community_id')}`,
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*) AS n FROM comments c JOIN posts p ON p.id = c.post_id
            WHERE p.community_id IS NOT NULL AND ${notMember('c.author_id', 'p.community_id')}`,
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*) AS n FROM reactions r JOIN posts p ON p.id = r.subject_id
            WHERE r.subject_type = 'post' AND p.community_id IS NOT NULL AND ${notMember('r.user_id', 'p.community_id')}`,
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*) AS n FROM posts p WHERE p.kind = 'announcement' AND NOT EXISTS (
             SELECT 1 FROM memberships m WHERE m.community_id = p.community_id AND m.user_id = p.author_id
                AND m.role IN ('owner', 'moderator'))`,
        ),
      ).toBe(0);
      expect(
        await count(
          'SELECT count(*) AS n FROM comments r JOIN comments c ON c.id = r.parent_id WHERE c.parent_id IS NOT NULL',
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*) AS n FROM (SELECT community_id FROM posts WHERE pinned_at IS NOT NULL
             GROUP BY community_id HAVING count(*) > 5) x`,
        ),
      ).toBe(0);
      // Dates follow one another: a comment after its post, a member's post after they joined.
      expect(
        await count(
          'SELECT count(*) AS n FROM comments c JOIN posts p ON p.id = c.post_id WHERE c.created_at <= p.created_at',
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*) AS n FROM posts p JOIN memberships m ON m.community_id = p.community_id AND m.user_id = p.author_id
            WHERE m.joined_at > p.created_at`,
        ),
      ).toBe(0);
    });
  });

  describe('is served by the API', () => {
    let app: NestExpressApplication;
    let server: Server;

    beforeAll(async () => {
      app = await createApiApp(testConfig(main.database.url));
      await app.listen(0, '127.0.0.1');
      server = app.getHttpServer() as Server;
    });
    afterAll(() => app?.close());

    const FEED = `query ($after: String) { homeFeed(first: 20, after: $after) {
      nodes { id createdAt title bodyHtml author { displayName } community { name visibility } topics { slug } }
      pageInfo { hasNextPage endCursor } } }`;
    const COMMUNITIES = `query ($after: String) { communities(first: 100, after: $after) {
      nodes { name visibility myMembership { status } } pageInfo { hasNextPage endCursor } } }`;

    async function allCommunities(client: GraphqlClient) {
      const nodes: Array<{ name: string; visibility: string }> = [];
      let after: string | null = null;
      do {
        const page: {
          communities: { nodes: typeof nodes; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        } = await client.ok(COMMUNITIES, { after });
        nodes.push(...page.communities.nodes);
        after = page.communities.pageInfo.hasNextPage ? page.communities.pageInfo.endCursor : null;
      } while (after);
      return nodes;
    }

    it('signs the demo admin in; her home feed has posts, newest first, page after page', async () => {
      const admin = await signIn(server, demoAccount('admin').email);
      const me = await admin.ok<{ me: { displayName: string; roles: string[] } }>(
        '{ me { displayName roles } }',
      );
      expect(me.me).toEqual({ displayName: 'Camille Martin', roles: ['MEMBER', 'ADMIN'] });
      const first = (await admin.ok(FEED)).homeFeed;
      expect(first.nodes).toHaveLength(20);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await admin.ok(FEED, { after: first.pageInfo.endCursor })).homeFeed;
      expect(second.nodes).toHaveLength(20);
      const all = [...first.nodes, ...second.nodes] as Array<{
        id: string;
        createdAt: string;
        topics: unknown[];
      }>;
      expect(new Set(all.map((n) => n.id)).size).toBe(40);
      const times = all.map((n) => Date.parse(n.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(all.every((n) => n.topics.length > 0)).toBe(true);
    });

    it('lists every open and private community to the admin, and only the secret ones she belongs to', async () => {
      const admin = await signIn(server, demoAccount('admin').email);
      const listed = await allCommunities(admin);
      const names = (visibility: string) =>
        listed
          .filter((c) => c.visibility === visibility.toUpperCase())
          .map((c) => c.name)
          .sort();
      const inDb = async (visibility: string) =>
        (
          await q<{ name: string }>('SELECT name FROM communities WHERE visibility = $1 ORDER BY name', [
            visibility,
          ])
        ).map((r) => r.name);
      expect(names('open')).toEqual(await inDb('open'));
      expect(names('private')).toEqual(await inDb('private'));
      const hers = (
        await q<{ name: string }>(
          `SELECT c.name FROM communities c JOIN memberships m ON m.community_id = c.id JOIN users u ON u.id = m.user_id
            WHERE c.visibility = 'secret' AND u.email = $1 AND m.status IN ('active', 'invited') ORDER BY c.name`,
          [demoAccount('admin').email],
        )
      ).map((r) => r.name);
      expect(hers).toEqual(['Comité de direction élargi']);
      expect(names('secret')).toEqual(hers);
    });

    it('shows the employee the secret community he is invited to, his feed and his notifications', async () => {
      const employee = await signIn(server, demoAccount('employee').email);
      const secret = (await allCommunities(employee)).filter((c) => c.visibility === 'SECRET');
      expect(secret).toEqual([
        expect.objectContaining({ name: 'Red Team', myMembership: { status: 'INVITED' } }),
      ]);
      expect((await employee.ok(FEED)).homeFeed.nodes).toHaveLength(20);
      const notifications = await employee.ok<{
        notifications: { nodes: Array<{ kind: string; read: boolean }> };
        unreadNotificationCount: number;
      }>('{ notifications(first: 50) { nodes { kind read } } unreadNotificationCount }');
      const kinds = new Set(notifications.notifications.nodes.map((n) => n.kind));
      expect([...kinds]).toEqual(expect.arrayContaining(['REPLY', 'REACTION']));
      expect(notifications.notifications.nodes.some((n) => n.read)).toBe(true);
      // The invitation is stored as the API stores it (subject: the community); it shows once the
      // communities context registers its notification visibility checker.
      expect(
        await count(
          `SELECT count(*) AS n FROM notifications n JOIN users u ON u.id = n.recipient_id
            WHERE u.email = $1 AND n.kind = 'invitation' AND n.subject_type = 'community'`,
          [demoAccount('employee').email],
        ),
      ).toBe(1);
    });
  });
});
