import { DEMO_ACCOUNTS, demoAccount } from '@relais/demo';
import {
  expectAccessible,
  screenshot,
  settled,
  signInAs,
  startWebStack,
  WebStack,
} from './support/web-stack';

const employee = demoAccount('employee');
const english = demoAccount('englishEmployee');

describe('web app shell', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(() => stack?.close());

  it('sends a signed-out visitor to the sign-in page, which lists the demo people and brings them back', async () => {
    const context = await stack.context();
    const page = await context.newPage();
    await page.goto('/notifications');
    await page.waitForURL(/\/sign-in\?returnTo=%2Fnotifications/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Connexion');
    const accounts = page.locator('.account-name');
    await expect(accounts.first().textContent()).resolves.toBe(
      `${DEMO_ACCOUNTS[0]!.firstName} ${DEMO_ACCOUNTS[0]!.lastName}`,
    );
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await page
      .getByRole('button', { name: new RegExp(`${employee.firstName} ${employee.lastName}`) })
      .click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await page.locator('.app-header').waitFor();
  });

  it('refuses a returnTo that leaves the app', async () => {
    const page = await (await stack.context()).newPage();
    await page.goto('/sign-in?returnTo=//evil.example/x');
    await page.locator('#dev-email').fill(employee.email);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(new URL(page.url()).host).toBe(new URL(stack.base).host);
  });

  it('speaks the person’s saved language, and saves a switch to the other one on their profile', async () => {
    const page = await (await stack.context({ locale: 'fr-FR' })).newPage();
    await signInAs(page, english.email);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('link', { name: 'Communities' }).count()).resolves.toBe(1);
    const saved = page.waitForResponse(
      (res) => res.url().endsWith('/graphql') && res.request().postData()?.includes('SaveLocale') === true,
    );
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('link', { name: 'Communautés' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await saved;
    // Saved on the profile: a new browser profile opens in French.
    const other = await (await stack.context({ locale: 'en-GB' })).newPage();
    await signInAs(other, english.email);
    await other.getByRole('link', { name: 'Communautés' }).waitFor();
    const rows = await stack.api.db.query('SELECT locale FROM users WHERE email = $1', [english.email]);
    expect(rows[0].locale).toBe('fr');
  });

  it('shows the unread count on the bell and finds people, topics and communities from the header', async () => {
    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email);
    const client = await stack.api.signIn(employee.email);
    const { unreadNotificationCount } = await client.ok<{ unreadNotificationCount: number }>(
      '{ unreadNotificationCount }',
    );
    expect(unreadNotificationCount).toBeGreaterThan(0);
    // The bell asks once the page has settled.
    await page.getByTestId('unread-count').waitFor();
    await expect(page.locator('.bell').getAttribute('aria-label')).resolves.toBe(
      `Notifications : ${unreadNotificationCount} non lue${unreadNotificationCount > 1 ? 's' : ''}`,
    );
    await expect(page.getByTestId('unread-count').textContent()).resolves.toBe(
      String(unreadNotificationCount),
    );
    await page.getByRole('searchbox').fill('martin');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL(/\/search\?q=martin/);
    await page.getByRole('heading', { name: 'Personnes' }).waitFor();
    await expect(page.getByRole('link', { name: 'Camille Martin' }).count()).resolves.toBeGreaterThan(0);
    await settled(page);
    await expectAccessible(page, 'search');
  });

  it('is usable on a 375 px phone: no horizontal scroll, navigation reachable', async () => {
    const page = await (await stack.context({ viewport: 'phone' })).newPage();
    await page.goto('/sign-in');
    await page.locator('.account-name').first().waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'sign-in');
    await signInAs(page, employee.email);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Communautés' }).click();
    await page.waitForURL(/\/communities/);
  });
});
