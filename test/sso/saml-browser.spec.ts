import * as fs from 'node:fs';
import { launchChromium, webIndexPath } from '@relais/testing';
import { Browser, Response } from 'playwright-core';
import { expectAccessible } from '../web/support/web-stack';
import { startSsoStack, SsoStack } from './support/sso-api';

const WEB_INDEX = webIndexPath();
interface MeAnswer {
  data?: { me: { id: string; email: string; displayName: string } | null };
}

/** The web app's own `query Me` answer, as the page received it. */
const isMe = (response: Response) =>
  response.url().endsWith('/graphql') &&
  /"operationName":"Me"|query Me\b/.test(response.request().postData() ?? '');

/**
 * A real browser through a real SAML login: Relais's web app sends a signed-out visitor to its sign-in page,
 * which offers only the organisation's SSO; SimpleSAMLphp asks for the password and posts the assertion back;
 * the person lands where they were going, signed in, and signs out from the header.
 */
describe('SAML login in a browser', () => {
  let sso: SsoStack;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(WEB_INDEX))
      throw new Error(`${WEB_INDEX} is missing: run \`npm run build:web\` (npm test does).`);
    sso = await startSsoStack();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await sso?.close();
  });

  it('signs in through the IdP from a deep link, lands back on it signed in, and signs out from the header', async () => {
    const context = await browser.newContext({ baseURL: sso.base, locale: 'fr-FR' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    try {
      await page.goto('/people');
      await page.waitForURL((url) => url.pathname === '/sign-in' && url.search === '?returnTo=%2Fpeople');
      const ssoLink = page.getByRole('link', {
        name: 'Se connecter avec l’authentification unique de mon organisation',
      });
      await ssoLink.waitFor();
      await expect(ssoLink.getAttribute('href')).resolves.toBe('/auth/saml/login?returnTo=%2Fpeople');
      // SSO configured: no development sign-in, neither its accounts nor its form.
      await expect(page.locator('#dev-email').count()).resolves.toBe(0);
      await expect(page.locator('.account').count()).resolves.toBe(0);
      await expectAccessible(page, 'sign-in-sso');

      await ssoLink.click();
      await page.waitForURL((url) => url.port === String(sso.idp.port));
      await page.locator('input[name="username"]').fill('bob');
      await page.locator('input[name="password"]').fill('bob-pass');
      const meAnswer = page.waitForResponse(
        async (response) => isMe(response) && !!((await response.json()) as MeAnswer).data?.me,
      );
      await page.locator('input[name="password"]').press('Enter');

      // The IdP posts the assertion to the ACS (its form submits itself), which sends the person on.
      await page.waitForURL((url) => url.origin === sso.base && url.pathname === '/people', {
        timeout: 30_000,
      });
      const me = ((await (await meAnswer).json()) as MeAnswer).data!.me!;
      expect(me).toMatchObject({ email: 'bob@example.com', displayName: 'Bob Durand' });
      const avatar = page.locator('.app-header a.header-me');
      await avatar.waitFor();
      await expect(avatar.getAttribute('href')).resolves.toBe(`/people/${me.id}`);
      await expect(avatar.textContent()).resolves.toContain('BD');

      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await ssoLink.waitFor();
      const after = await page.evaluate(async () => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
          body: JSON.stringify({ query: '{ me { id } }' }),
        });
        return (await res.json()) as MeAnswer;
      });
      expect(after.data?.me).toBeNull();
    } catch (error) {
      throw new Error(`${(error as Error).message}\nat ${page.url()}\nIdP log:\n${sso.idp.logs()}`);
    } finally {
      await context.close();
    }
  }, 120_000);
});
