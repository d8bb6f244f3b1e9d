import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { seedDemoOrganisation } from '@relais/demo';
import { SearchIndexerService } from '@relais/search';
import { launchChromium, webIndexPath } from '@relais/testing';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, TestApi } from '../../support/test-api';

const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');
const WEB_INDEX = webIndexPath();

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;

export interface WebStack {
  api: TestApi;
  base: string;
  browser: Browser;
  /** A fresh browser profile (cookies, storage) at this viewport and language. */
  context(options?: {
    viewport?: keyof typeof VIEWPORTS;
    locale?: 'fr-FR' | 'en-GB';
  }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * The real api on its own database, with the demo organisation seeded (fixed seed, dates relative to now),
 * serving the built web app, and a headless Chromium to drive it. One per test file.
 */
export async function startWebStack(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<WebStack> {
  if (!fs.existsSync(WEB_INDEX))
    throw new Error(`${WEB_INDEX} is missing: run \`npm run build:web\` (npm test does).`);
  const api = await startTestApi(options.env ?? {});
  if (options.seed !== false) {
    await seedDemoOrganisation(api.db, { seed: 1 });
    // The seed writes rows directly, without index jobs: build the search indexes over it.
    await api.app.get(SearchIndexerService).rebuild();
  }
  const base = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    api,
    base,
    browser,
    async context({ viewport = 'desktop', locale = 'fr-FR' } = {}) {
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale, baseURL: base });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      return context;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await api.close();
    },
  };
}

/** Signs in through the development sign-in page, as a person would, and waits for the home page. */
export async function signInAs(page: Page, email: string, returnTo = '/'): Promise<void> {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.locator('#dev-email').fill(email);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === returnTo.split('?')[0]);
  await page.locator('.app-header').waitFor();
}

/**
 * axe-core on the page as it stands: fails with the rule, impact and elements of every serious or critical
 * violation of WCAG 2.1 A and AA.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      page: label,
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}

/** Saves the page as docs/screenshots/<name>-<width>.png, for the README. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: false });
}

/** Waits until no loading indicator is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.state-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}
