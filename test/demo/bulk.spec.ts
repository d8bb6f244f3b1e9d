import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { renderMarkdown } from '@relais/common';
import { slugFromName } from '@relais/communities';
import { dataSourceOptions } from '@relais/database';
import {
  BULK_COMMENTS,
  BULK_POST_BODIES,
  BULK_TITLES,
  BULK_VIEWER_EMAIL,
  BulkSummary,
  generateBulk,
  plainParagraphHtml,
} from '@relais/demo';
import { createTestDatabase, signIn, testConfig, TestDatabase } from '@relais/testing';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';

describe('bulk bodies', () => {
  it('are written with the HTML and text renderMarkdown gives them', () => {
    const things = ['la revue de code', 'next year’s budget', 'l’analyse d’impact', 'the CRM & <ERP>'];
    for (const language of ['fr', 'en'] as const) {
      for (const template of BULK_POST_BODIES[language]) {
        for (const thing of things) {
          const body = template({ thing, site: 'Montréal', n: 12, tags: '#kubernetes #data-protection' });
          expect(renderMarkdown(body)).toEqual({ html: plainParagraphHtml(body), text: body });
        }
      }
      for (const comment of BULK_COMMENTS[language]) {
        expect(renderMarkdown(comment).html).toBe(plainParagraphHtml(comment));
      }
      expect(BULK_TITLES[language].question('x').length).toBeLessThan(200);
    }
  });
});

describe('the bulk generator', () => {
  let database: TestDatabase;
  let db: DataSource;
  let summary: BulkSummary;
  const count = async (sql: string) => Number(((await db.query(sql)) as Array<{ n: string }>)[0]!.n);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource(
      dataSourceOptions({ url: database.url, poolSize: 4, migrations: [] }),
    ).initialize();
    summary = await generateBulk(db, { people: 2000, posts: 20_000, seed: 3 });
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('writes the people, communities, posts and links it says, consistently', async () => {
    expect(summary).toMatchObject({ people: 2000, communities: 12, posts: 20_000 });
    expect(await count('SELECT count(*) AS n FROM users')).toBe(2000);
    expect(await count('SELECT count(*) AS n FROM communities')).toBe(12);
    expect(await count('SELECT count(*) AS n FROM posts')).toBe(20_000);
    expect(await count('SELECT count(*) AS n FROM memberships')).toBe(summary.memberships);
    expect(summary.memberships).toBeGreaterThan(4000);
    expect(await count('SELECT count(*) AS n FROM post_topics')).toBe(summary.postTopics);
    expect(summary.postTopics).toBeGreaterThanOrEqual(20_000);
    expect(await count('SELECT count(*) AS n FROM comments')).toBe(summary.comments);
    expect(summary.comments).toBeGreaterThan(1000);
    expect(await count('SELECT count(*) AS n FROM reactions')).toBe(summary.reactions);
    expect(summary.reactions).toBeGreaterThan(2000);
    expect(await count('SELECT count(*) AS n FROM follows')).toBe(summary.follows);

    expect(
      await count(
        'SELECT count(*) AS n FROM post_topics pt JOIN posts p ON p.id = pt.post_id WHERE pt.post_created_at <> p.created_at',
      ),
    ).toBe(0);
    // Authors of community posts are members; every community has an owner; secret slugs are unguessable.
    expect(
      await count(
        `SELECT count(*) AS n FROM posts p WHERE p.community_id IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM memberships m WHERE m.community_id = p.community_id AND m.user_id = p.author_id)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM communities c WHERE NOT EXISTS (
           SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.role = 'owner' AND m.status = 'active')`,
      ),
    ).toBe(0);
    for (const c of (await db.query('SELECT name, slug, visibility FROM communities')) as Array<
      Record<string, string>
    >) {
      expect(c.slug).toMatch(
        new RegExp(`^${slugFromName(c.name!)}${c.visibility === 'secret' ? '-[a-z0-9]{8}' : ''}$`),
      );
    }
    // A sample of bodies: the stored HTML is what the API would render.
    for (const post of (await db.query(
      'SELECT body_markdown, body_html, body_text FROM posts ORDER BY id LIMIT 200',
    )) as Array<Record<string, string>>) {
      const rendered = renderMarkdown(post.body_markdown!);
      expect([post.body_html, post.body_text]).toEqual([rendered.html, rendered.text]);
    }
    const viewer = (await db.query(
      `SELECT (SELECT count(*) FROM memberships m WHERE m.user_id = u.id AND m.status = 'active') AS communities,
              (SELECT count(*) FROM follows f WHERE f.follower_id = u.id) AS follows
         FROM users u WHERE u.email = $1`,
      [BULK_VIEWER_EMAIL],
    )) as Array<{ communities: string; follows: string }>;
    expect(Number(viewer[0]!.communities)).toBeGreaterThanOrEqual(6);
    expect(Number(viewer[0]!.follows)).toBeGreaterThanOrEqual(30);
  });

  it('refuses a database that already has people, and leaves it as it was', async () => {
    await expect(generateBulk(db, { people: 10, posts: 10 })).rejects.toThrow(/already has 2000 people/);
    expect(await count('SELECT count(*) AS n FROM users')).toBe(2000);
  });

  describe('feeds the API', () => {
    let app: NestExpressApplication;
    beforeAll(async () => {
      app = await createApiApp(testConfig(database.url));
      await app.listen(0, '127.0.0.1');
    });
    afterAll(() => app?.close());

    it('serves the viewer’s home feed, page after page, newest first', async () => {
      const viewer = await signIn(app.getHttpServer() as Server, BULK_VIEWER_EMAIL);
      const FEED = `query ($after: String) { homeFeed(first: 20, after: $after) {
        nodes { id createdAt author { displayName } community { name } topics { slug } commentCount }
        pageInfo { hasNextPage endCursor } } }`;
      const ids: string[] = [];
      const times: number[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const feed: {
          homeFeed: { nodes: Array<{ id: string; createdAt: string }>; pageInfo: { endCursor: string } };
        } = await viewer.ok(FEED, { after });
        expect(feed.homeFeed.nodes).toHaveLength(20);
        ids.push(...feed.homeFeed.nodes.map((n) => n.id));
        times.push(...feed.homeFeed.nodes.map((n) => Date.parse(n.createdAt)));
        after = feed.homeFeed.pageInfo.endCursor;
      }
      expect(new Set(ids).size).toBe(60);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });
  });
});
