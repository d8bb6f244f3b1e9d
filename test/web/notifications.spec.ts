import { NOTIFICATIONS_QUEUE } from '@relais/notifications';
import type { Page } from 'playwright-core';
import { demo, fullName, graphqlResponse, horizontalOverflow } from './support/people';
import {
  expectAccessible,
  screenshot,
  settled,
  signInAs,
  startWebStack,
  WebStack,
} from './support/web-stack';

const employee = demo('employee');
const english = demo('englishEmployee');
const author = demo('communityManager');
const handle = (email: string) => email.split('@')[0];

describe('notifications', () => {
  let stack: WebStack;
  let postId: string;
  beforeAll(async () => {
    stack = await startWebStack();
    // The community manager mentions both employees in a post on her profile.
    const client = await stack.api.signIn(author.email);
    const { createPost } = await client.ok<{ createPost: { id: string } }>(
      `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      {
        input: {
          body: `Bienvenue à @${handle(employee.email)} et @${handle(english.email)} dans l’équipe !`,
        },
      },
    );
    postId = createPost.id;
    await stack.api.jobs.drain(NOTIFICATIONS_QUEUE);
  }, 120_000);
  afterAll(() => stack?.close());

  async function unreadCount(email: string): Promise<number> {
    const client = await stack.api.signIn(email);
    const { unreadNotificationCount } = await client.ok<{ unreadNotificationCount: number }>(
      '{ unreadNotificationCount }',
    );
    return unreadNotificationCount;
  }

  const bellSays = (page: Page, label: string) =>
    page.waitForFunction(
      (expected) => document.querySelector('.bell')?.getAttribute('aria-label') === expected,
      label,
    );
  const frenchBell = (count: number) =>
    count === 0
      ? 'Notifications : aucune non lue'
      : `Notifications : ${count} non lue${count > 1 ? 's' : ''}`;

  it('tells the mention in French, with a link to the post; marks one, then all, read', async () => {
    const unread = await unreadCount(employee.email);
    expect(unread).toBeGreaterThan(1);
    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, '/notifications');
    await bellSays(page, frenchBell(unread));
    await expect(page.getByTestId('unread-count').textContent()).resolves.toBe(String(unread));

    const first = page.locator('.notification').first();
    const sentence = `${fullName(author)} vous mentionne dans une publication.`;
    const link = first.getByRole('link', { name: sentence });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe(`/posts/${postId}`);
    await first.getByText('Non lue', { exact: true }).waitFor();
    await page.getByText(`${unread} non lues`).waitFor();
    await settled(page);
    await expectAccessible(page, 'notifications');
    await screenshot(page, 'notifications');

    const marked = graphqlResponse(page, 'MarkNotificationsRead');
    await first.getByRole('button', { name: 'Marquer comme lue' }).click();
    await first.getByText('Non lue', { exact: true }).waitFor({ state: 'detached' });
    expect((await (await marked).json()).data.markNotificationsRead).toBe(1);
    await bellSays(page, frenchBell(unread - 1));
    // The focus does not get lost when the button goes.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(sentence);
    expect(await unreadCount(employee.email)).toBe(unread - 1);

    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.locator('.notification-unread').first().waitFor({ state: 'detached' });
    await page.getByText('Tout est lu.').waitFor();
    await bellSays(page, frenchBell(0));
    await page.getByTestId('unread-count').waitFor({ state: 'detached' });
    expect(await unreadCount(employee.email)).toBe(0);
    await page.reload();
    await page.locator('.notification').first().waitFor();
    await expect(page.locator('.notification-unread').count()).resolves.toBe(0);
  });

  it('speaks English to the English employee, and marks a notification read on click-through', async () => {
    const unread = await unreadCount(english.email);
    const page = await (await stack.context({ locale: 'en-GB' })).newPage();
    await signInAs(page, english.email, '/notifications');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const first = page.locator('.notification').first();
    const link = first.getByRole('link', { name: `${fullName(author)} mentioned you in a post.` });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe(`/posts/${postId}`);
    await first.getByText('Unread', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mark all as read' }).waitFor();

    const marked = graphqlResponse(page, 'MarkNotificationsRead');
    await link.click();
    await page.waitForURL((url) => url.pathname === `/posts/${postId}`);
    expect((await (await marked).json()).data.markNotificationsRead).toBe(1);
    expect(await unreadCount(english.email)).toBe(unread - 1);
    await page.waitForFunction(
      (expected) => document.querySelector('.bell')?.getAttribute('aria-label') === expected,
      `Notifications: ${unread - 1} unread`,
    );
  });

  it('says what creates notifications when there is none, and fits a 375 px phone', async () => {
    const newcomer = 'zoe.nouvelle@demo.relais.example';
    await stack.api.signIn(newcomer, 'Zoé Nouvelle');
    const page = await (await stack.context()).newPage();
    await signInAs(page, newcomer, '/notifications');
    await page.getByText('Aucune notification pour l’instant.').waitFor();
    await page.getByText(/quand un collègue vous mentionne avec @/).waitFor();
    await expect(page.getByRole('button', { name: 'Tout marquer comme lu' }).count()).resolves.toBe(0);

    const phone = await (await stack.context({ viewport: 'phone' })).newPage();
    await signInAs(phone, author.email, '/notifications');
    await phone.locator('.notification').first().waitFor();
    await settled(phone);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'notifications on a phone');
    await screenshot(phone, 'notifications');
  });
});
