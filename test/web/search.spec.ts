import type { Page } from 'playwright-core';
import { demo, horizontalOverflow } from './support/people';
import {
  expectAccessible,
  screenshot,
  settled,
  signInAs,
  startWebStack,
  WebStack,
} from './support/web-stack';

const employee = demo('employee');
const DEPARTMENT = 'Infrastructure & Cloud';

interface ExpertSearch {
  searchExperts: {
    totalCount: number;
    correctedQuery: string | null;
    nodes: Array<{ person: { displayName: string; handle: string } }>;
  };
}

describe('search', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(() => stack?.close());

  /** The expert search as the employee gets it from the api, to compare the page with. */
  async function experts(query: string, filters: Record<string, string> | null = null) {
    const client = await stack.api.signIn(employee.email);
    const { searchExperts } = await client.ok<ExpertSearch>(
      `query ($query: String!, $filters: ExpertSearchFilters) {
        searchExperts(query: $query, filters: $filters, first: 50) {
          totalCount correctedQuery nodes { person { displayName handle } }
        }
      }`,
      { query, filters },
    );
    return searchExperts;
  }

  /** Waits until the expert search page shows the answer to the search in its address. */
  async function expertResults(page: Page, count: number) {
    await page.locator('.search-count', { hasText: new RegExp(`^${count} personnes? trouvées?`) }).waitFor();
    await page.locator('.search-busy').waitFor({ state: 'detached' });
  }

  it('corrects a misspelt topic from the header, then narrows the experts down by department', async () => {
    const found = await experts('kubernets');
    expect(found.correctedQuery).toBe('kubernetes');
    expect(found.totalCount).toBeGreaterThan(0);

    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email);
    const header = page.getByRole('searchbox', { name: 'Rechercher', exact: true });
    await header.fill('kubernets');
    await header.press('Enter');
    await page.waitForURL(/\/search\?q=kubernets$/);
    await page.getByRole('heading', { level: 1, name: 'Recherche : kubernets' }).waitFor();
    await page.getByText('Résultats pour « kubernetes »').waitFor();

    // People: the best experts first, as the api ranks them.
    const people = page.getByRole('region', { name: 'Personnes' });
    await people.locator('.expert-card').first().waitFor();
    const names = await people.locator('.expert-name').allTextContents();
    expect(names).toEqual(found.nodes.slice(0, 5).map((hit) => hit.person.displayName));
    // Posts: what matched is marked, as text.
    const posts = page.getByRole('region', { name: 'Publications' });
    await posts.locator('.search-hit').first().waitFor();
    await expect(posts.locator('mark', { hasText: /^kubernetes$/i }).count()).resolves.toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Communautés' }).locator('.search-hit').first().waitFor();
    await settled(page);
    await expectAccessible(page, 'header search results');

    // The kind facet keeps only the questions.
    const questions = posts.getByRole('radio', { name: /^Question \(\d+\)$/ });
    await questions.click();
    await page.waitForURL(/kind=QUESTION/);
    await expect(questions.isChecked()).resolves.toBe(true);
    await settled(page);
    const kinds = await posts.locator('.search-hit .post-pill-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Question']));
    await expect(posts.locator('.search-hit').count()).resolves.toBe(kinds.length);

    await people.getByRole('link', { name: 'Voir tous les experts' }).click();
    await page.waitForURL(/\/experts\?q=kubernets$/);
    await page.getByRole('heading', { level: 1, name: 'Experts' }).waitFor();
    await expect(page.getByLabel('Qui connaît…').inputValue()).resolves.toBe('kubernets');
    await expertResults(page, found.totalCount);
    await page.getByText('Résultats pour « kubernetes »').waitFor();

    // The department offered is the facet's, with its count.
    const department = page.getByLabel('Service', { exact: true });
    const options = await department.locator('option').allTextContents();
    const option = options.find((text) => text.startsWith(`${DEPARTMENT} (`));
    expect(option).toMatch(/^Infrastructure & Cloud \(\d+\)$/);
    await department.selectOption({ label: option! });
    await page.waitForURL((url) => url.searchParams.get('department') === DEPARTMENT);
    const narrowed = await experts('kubernets', { department: DEPARTMENT });
    await expertResults(page, narrowed.totalCount);

    const cards = page.locator('.expert-card');
    await expect(cards.count()).resolves.toBe(Math.min(narrowed.totalCount, 20));
    for (const card of await cards.all()) {
      await expect(card.locator('.expert-department').textContent()).resolves.toBe(DEPARTMENT);
      await expect(card.locator('.expert-evidence').textContent()).resolves.toMatch(/\S/);
      await card.getByRole('link', { name: /^Poser une question à / }).waitFor();
    }
    await settled(page);
    await expectAccessible(page, 'expert search');
    await screenshot(page, 'experts');

    // The address keeps the search: a reload shows the same.
    await page.reload();
    await expertResults(page, narrowed.totalCount);
    await expect(page.getByLabel('Service', { exact: true }).inputValue()).resolves.toBe(DEPARTMENT);

    const first = cards.first().locator('.expert-name a');
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });

  it('asks an expert a question: the composer opens on a question that mentions them', async () => {
    const found = await experts('kubernetes');
    const expert = found.nodes[0]!.person;
    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, '/experts');
    await page.getByLabel('Qui connaît…').fill('kubernetes');
    await page.waitForURL(/\/experts\?q=kubernetes$/);
    await expertResults(page, found.totalCount);
    await page.getByRole('link', { name: `Poser une question à ${expert.displayName}` }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.search === '');
    const composer = page.getByRole('region', { name: 'Nouvelle publication' });
    // Said once the question is ready (the address changes a moment before the form does).
    await composer.getByText(`Question pour @${expert.handle}`).waitFor();
    const body = composer.getByRole('textbox', { name: 'Message' });
    await expect(body.inputValue()).resolves.toBe(`@${expert.handle} `);
    await expect(composer.getByLabel('Type', { exact: true }).inputValue()).resolves.toBe('QUESTION');
    await expect(body.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });

  it('shows the expert search on a 375 px phone without horizontal scroll', async () => {
    const narrowed = await experts('kubernets', { department: DEPARTMENT });
    const page = await (await stack.context({ viewport: 'phone' })).newPage();
    await signInAs(page, employee.email, '/experts');
    await page.getByRole('link', { name: 'Experts' }).first().waitFor();
    await page.getByLabel('Qui connaît…').fill('kubernets');
    await page.waitForURL(/\/experts\?q=kubernets$/);
    // On a phone the filters are a tap away, the results first.
    const filters = page.locator('.expert-filters summary');
    await expect(page.getByLabel('Service', { exact: true }).isVisible()).resolves.toBe(false);
    await filters.click();
    await page.getByLabel('Service', { exact: true }).selectOption(DEPARTMENT);
    await expertResults(page, narrowed.totalCount);
    await page.locator('.expert-card').first().waitFor();
    // Folded again, the filters say how many apply.
    await filters.click();
    await page.getByText('Affiner (1 filtre)').waitFor();
    await settled(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'experts');
  });
});
