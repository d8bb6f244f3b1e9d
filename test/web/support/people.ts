import { demoAccount, DemoAccount } from '@relais/demo';
import type { Locator, Page } from 'playwright-core';
import type { WebStack } from './web-stack';

export const demo = demoAccount;
export const fullName = (account: DemoAccount) => `${account.firstName} ${account.lastName}`;

/** The id of the account with this e-mail address. */
export async function userId(stack: WebStack, email: string): Promise<string> {
  const rows: Array<{ id: string }> = await stack.api.db.query('SELECT id FROM users WHERE email = $1', [
    email,
  ]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].id;
}

/** Waits until one of the elements has exactly this text (spaces trimmed), and returns it. */
export async function withText(locator: Locator, text: string): Promise<Locator> {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = locator.filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) }).first();
  await found.waitFor();
  return found;
}

/** How many pixels the page is wider than the window: 0 or less means no horizontal scroll. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Resolves with the next GraphQL response of this operation (its name in the request body). */
export function graphqlResponse(page: Page, operation: string) {
  return page.waitForResponse(
    (res) => res.url().endsWith('/graphql') && res.request().postData()?.includes(operation) === true,
  );
}
