import type { Page, Response } from 'playwright-core';
import type { DataSource } from 'typeorm';

/** What the database says of communities and memberships, to choose test subjects and check outcomes. */
export class CommunityFacts {
  constructor(private readonly db: DataSource) {}

  /** The person's membership (lower-case status and role), or null. */
  async membership(slug: string, email: string): Promise<{ status: string; role: string } | null> {
    const rows = await this.db.query(
      `SELECT m.status, m.role FROM memberships m
         JOIN communities c ON c.id = m.community_id JOIN users u ON u.id = m.user_id
        WHERE c.slug = $1 AND u.email = $2`,
      [slug, email],
    );
    return rows[0] ?? null;
  }

  /** A community of this visibility the person has no membership in, with an active owner or moderator. */
  async without(visibility: string, email: string, except: readonly string[] = []): Promise<string> {
    const rows = await this.db.query(
      `SELECT c.slug FROM communities c
        WHERE c.visibility = $1 AND c.archived_at IS NULL AND NOT (c.slug = ANY($3))
          AND NOT EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                           WHERE m.community_id = c.id AND u.email = $2)
          AND EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                       WHERE m.community_id = c.id AND m.status = 'active'
                         AND m.role IN ('owner', 'moderator') AND u.locale = 'fr')
        ORDER BY c.slug LIMIT 1`,
      [visibility, email, except],
    );
    if (!rows[0]) throw new Error(`no ${visibility} community without ${email}`);
    return rows[0].slug;
  }

  /** An active owner or moderator of the community (owners first) who uses Relais in French. */
  async moderator(slug: string): Promise<{ email: string; displayName: string }> {
    const rows = await this.db.query(
      `SELECT u.email, u.display_name AS "displayName" FROM memberships m
         JOIN communities c ON c.id = m.community_id JOIN users u ON u.id = m.user_id
        WHERE c.slug = $1 AND m.status = 'active' AND m.role IN ('owner', 'moderator')
          AND u.status = 'active' AND u.locale = 'fr'
        ORDER BY m.role = 'owner' DESC, u.email LIMIT 1`,
      [slug],
    );
    if (!rows[0]) throw new Error(`no moderator in ${slug}`);
    return rows[0];
  }

  /** An active person with no membership at all in the community, other than those listed. */
  async outsider(slug: string, except: readonly string[]): Promise<{ email: string; displayName: string }> {
    const rows = await this.db.query(
      `SELECT u.email, u.display_name AS "displayName" FROM users u
        WHERE u.status = 'active' AND NOT (u.email = ANY($2))
          AND NOT EXISTS (SELECT 1 FROM memberships m JOIN communities c ON c.id = m.community_id
                           WHERE m.user_id = u.id AND c.slug = $1)
        ORDER BY u.email LIMIT 1`,
      [slug, except],
    );
    return rows[0];
  }

  /** Names of the communities where the person's membership has one of these statuses. */
  async namesWhere(email: string, statuses: readonly string[], visibility?: string): Promise<string[]> {
    const rows = await this.db.query(
      `SELECT c.name FROM communities c JOIN memberships m ON m.community_id = c.id
         JOIN users u ON u.id = m.user_id
        WHERE u.email = $1 AND m.status = ANY($2) AND c.archived_at IS NULL
          AND ($3::text IS NULL OR c.visibility = $3)
        ORDER BY c.name`,
      [email, statuses, visibility ?? null],
    );
    return rows.map((row: { name: string }) => row.name);
  }

  async activeMembers(slug: string): Promise<number> {
    const rows = await this.db.query(
      `SELECT count(*)::int AS n FROM memberships m JOIN communities c ON c.id = m.community_id
        WHERE c.slug = $1 AND m.status = 'active'`,
      [slug],
    );
    return rows[0].n;
  }

  async slugOf(name: string): Promise<string> {
    const rows = await this.db.query('SELECT slug FROM communities WHERE name = $1', [name]);
    return rows[0].slug;
  }

  async descriptionOf(slug: string): Promise<string> {
    const rows = await this.db.query('SELECT description_markdown FROM communities WHERE slug = $1', [slug]);
    return rows[0].description_markdown;
  }
}

/** The names of the communities the directory shows, once its list has loaded. */
export async function directoryNames(page: Page): Promise<string[]> {
  await page.locator('.directory-results[aria-busy="false"]').waitFor();
  const list = page.getByRole('list', { name: /^(Communautés|Communities)$/ });
  if (!(await list.count())) return [];
  return (await list.locator('.community-card h2').allTextContents()).map((name) => name.trim());
}

/** Whether the page scrolls sideways (it must not, down to 375 px). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The next answer to the directory's query, optionally only one whose variables contain `text`. */
export function directoryResponse(page: Page, text = ''): Promise<Response> {
  return page.waitForResponse((res) => {
    const body = res.request().postData() ?? '';
    return res.url().endsWith('/graphql') && body.includes('CommunitiesDirectory') && body.includes(text);
  });
}
