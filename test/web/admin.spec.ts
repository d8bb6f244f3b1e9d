import { randomUUID } from 'node:crypto';
import { demoAccount } from '@relais/demo';
import type { GraphqlClient } from '@relais/testing';
import type { Page } from 'playwright-core';
import { createDeadLetter, pickTopic } from './support/admin';
import {
  expectAccessible,
  screenshot,
  settled,
  signInAs,
  startWebStack,
  WebStack,
} from './support/web-stack';

const admin = demoAccount('admin');
const employee = demoAccount('employee');
const fullName = (a: { firstName: string; lastName: string }) => `${a.firstName} ${a.lastName}`;

const USERS = `query ($first: Int!, $after: String) {
  users(first: $first, after: $after) { nodes { id email roles } pageInfo { hasNextPage endCursor } }
}`;
const CHANGE_ROLE = (mutation: 'grantRole' | 'revokeRole') =>
  `mutation ($input: RoleChangeInput!) { ${mutation}(input: $input) { id } }`;

/** Browser steps on a loaded machine (axe over a list of accounts takes seconds): room beyond jest's minute. */
const SLOW = 180_000;

describe('administration screens', () => {
  let stack: WebStack;
  let api: GraphqlClient;

  beforeAll(async () => {
    stack = await startWebStack();
    api = await stack.api.signIn(admin.email);
  }, 120_000);
  afterAll(() => stack?.close());

  interface Account {
    id: string;
    email: string;
    roles: string[];
  }

  /** Every account with its roles, read from the api (every page of `users`). */
  async function accounts(): Promise<Account[]> {
    const all: Account[] = [];
    let after: string | null = null;
    for (;;) {
      const {
        users,
      }: { users: { nodes: Account[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await api.ok(USERS, { first: 100, after });
      all.push(...users.nodes);
      if (!users.pageInfo.hasNextPage) return all;
      after = users.pageInfo.endCursor;
    }
  }

  async function rolesOf(email: string): Promise<string[]> {
    const found = (await accounts()).find((account) => account.email === email);
    if (!found) throw new Error(`no account ${email}`);
    return found.roles;
  }

  async function adminPage(path: string, viewport: 'desktop' | 'phone' = 'desktop'): Promise<Page> {
    const page = await (await stack.context({ viewport })).newPage();
    await signInAs(page, admin.email);
    await page.goto(path);
    await page.locator('.admin').waitFor();
    return page;
  }

  it(
    'lets the admin grant the comms reviewer role to an employee and revoke it, but not remove the last admin',
    async () => {
      const page = await (await stack.context()).newPage();
      await signInAs(page, admin.email);
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.waitForURL((url) => url.pathname === '/admin/roles');
      await page.getByRole('heading', { level: 1, name: 'Rôles et comptes' }).waitFor();
      await settled(page);
      await expectAccessible(page, 'admin-roles');
      await screenshot(page, 'admin-roles');

      const name = fullName(employee);
      await page.getByLabel('Filtrer par nom ou adresse e-mail').fill('hugo petit');
      const row = page.locator(`[data-testid="admin-account"][data-email="${employee.email}"]`);
      await row.getByRole('button', { name: `Gérer les rôles et l’accès de ${name}` }).click();
      await expect(row.getByRole('list', { name: `Rôles de ${name}` }).textContent()).resolves.toBe('Membre');

      await row.getByRole('button', { name: `Accorder le rôle Relecture communication à ${name}` }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading').textContent()).resolves.toBe(
        'Accorder le rôle Relecture communication ?',
      );
      await expect(dialog.textContent()).resolves.toContain(employee.email);
      await expectAccessible(page, 'admin-roles-confirm');
      await dialog.getByRole('button', { name: 'Accorder' }).click();
      await page
        .getByTestId('admin-notice')
        .filter({ hasText: `Rôle Relecture communication accordé à ${name}.` })
        .waitFor();
      await expect(dialog.isVisible()).resolves.toBe(false);
      await row
        .getByRole('list', { name: `Rôles de ${name}` })
        .getByText('Relecture communication')
        .waitFor();
      expect(await rolesOf(employee.email)).toEqual(expect.arrayContaining(['MEMBER', 'COMMS_REVIEWER']));

      await row.getByRole('button', { name: `Retirer le rôle Relecture communication à ${name}` }).click();
      await expect(dialog.getByRole('heading').textContent()).resolves.toBe(
        'Retirer le rôle Relecture communication ?',
      );
      await dialog.getByRole('button', { name: 'Retirer' }).click();
      await page
        .getByTestId('admin-notice')
        .filter({ hasText: `Rôle Relecture communication retiré à ${name}.` })
        .waitFor();
      expect(await rolesOf(employee.email)).toEqual(['MEMBER']);

      // The last admin cannot revoke their own admin role: the api refuses, the dialog says why. The demo has
      // two more admins; they lose the role for this check and get it back after.
      const otherAdmins = (await accounts()).filter(
        (account) => account.roles.includes('ADMIN') && account.email !== admin.email,
      );
      for (const other of otherAdmins)
        await api.ok(CHANGE_ROLE('revokeRole'), { input: { userId: other.id, role: 'ADMIN' } });
      try {
        await expectLastAdminRefused(page);
      } finally {
        for (const other of otherAdmins)
          await api.ok(CHANGE_ROLE('grantRole'), { input: { userId: other.id, role: 'ADMIN' } });
      }
    },
    SLOW,
  );

  async function expectLastAdminRefused(page: Page): Promise<void> {
    const dialog = page.getByRole('dialog');
    const me = fullName(admin);
    await page.getByLabel('Filtrer par nom ou adresse e-mail').fill(admin.email);
    const mine = page.locator(`[data-testid="admin-account"][data-email="${admin.email}"]`);
    await mine.getByRole('button', { name: `Gérer les rôles et l’accès de ${me}` }).click();
    await expect(mine.getByText('Vous ne pouvez pas désactiver votre propre compte.').count()).resolves.toBe(
      1,
    );
    await mine.getByRole('button', { name: `Retirer le rôle Administration à ${me}` }).click();
    await dialog.getByRole('button', { name: 'Retirer' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: 'Cette personne est la dernière à administrer l’organisation.' })
      .waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(await rolesOf(admin.email)).toContain('ADMIN');
  }

  it(
    'shows a reserved state to people who are not administrators, and the api refuses them too',
    async () => {
      const page = await (await stack.context()).newPage();
      await signInAs(page, employee.email);
      await expect(page.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
      await page.goto('/admin/roles');
      await page.getByTestId('admin-reserved').waitFor();
      await expect(page.getByText('Réservé aux administrateurs').count()).resolves.toBe(1);
      await expect(page.locator('[data-testid="admin-account"]').count()).resolves.toBe(0);
      await expectAccessible(page, 'admin-reserved');
      const client = await stack.api.signIn(employee.email);
      await expect(client.errorCode('{ users(first: 1) { nodes { id } } }')).resolves.toBe('FORBIDDEN');
    },
    SLOW,
  );

  it(
    'edits the synonyms of a topic, and merges one topic into another, picked with the keyboard',
    async () => {
      const page = await adminPage('/admin/topics');
      await page.getByRole('heading', { level: 1, name: 'Sujets' }).waitFor();
      await settled(page);
      await expectAccessible(page, 'admin-topics');
      await screenshot(page, 'admin-topics');

      await page.getByRole('searchbox', { name: 'Rechercher un sujet' }).fill('django');
      await page.locator('[data-testid="admin-topic"][data-slug="python"]').waitFor();
      await page.getByRole('link', { name: 'Modifier le sujet Python' }).click();
      await page.waitForURL((url) => url.pathname === '/admin/topics/python/edit');
      const synonymsEn = page.getByRole('textbox', { name: 'Synonymes en anglais' });
      await expect(synonymsEn.inputValue()).resolves.toBe('Python 3\nDjango\nFlask\npandas');
      await synonymsEn.fill('Python 3\nDjango\nFlask\npandas\nJupyter');
      await page
        .getByRole('textbox', { name: 'Synonymes en français' })
        .fill('Python 3\nDjango\nFlask\n\nJupyter');
      await settled(page);
      await expectAccessible(page, 'admin-topic-edit');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByTestId('admin-notice').filter({ hasText: 'Modifications enregistrées.' }).waitFor();
      const { topic: python } = await api.ok('{ topic(slug: "python") { synonymsFr synonymsEn } }');
      expect(python).toEqual({
        synonymsFr: ['Python 3', 'Django', 'Flask', 'Jupyter'],
        synonymsEn: ['Python 3', 'Django', 'Flask', 'pandas', 'Jupyter'],
      });

      await page.goto('/admin/topics/merge');
      await page.getByRole('heading', { level: 1, name: 'Fusionner deux sujets' }).waitFor();
      await pickTopic(page, page.getByTestId('merge-from'), 'typescr', 'typescript');
      await pickTopic(page, page.getByTestId('merge-into'), 'javascr', 'javascript');
      await expectAccessible(page, 'admin-topics-merge');
      await page.getByRole('button', { name: 'Fusionner…' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading').textContent()).resolves.toBe(
        'Fusionner « TypeScript » dans « JavaScript » ?',
      );
      const explanation = await dialog.textContent();
      expect(explanation).toContain('« TypeScript » (typescript) disparaîtra définitivement.');
      expect(explanation).toContain('ses libellés et synonymes deviendront des synonymes de « JavaScript »');
      await expectAccessible(page, 'admin-topics-merge-confirm');
      await dialog.getByRole('button', { name: 'Fusionner' }).click();
      await page
        .getByTestId('admin-notice')
        .filter({ hasText: '« TypeScript » a été fusionné dans « JavaScript ».' })
        .waitFor();

      await expect(api.errorCode('{ topic(slug: "typescript") { id } }')).resolves.toBe('NOT_FOUND');
      const { topic: javascript } = await api.ok('{ topic(slug: "javascript") { synonymsFr synonymsEn } }');
      expect(javascript.synonymsFr).toEqual(expect.arrayContaining(['TypeScript', 'TS']));
      expect(javascript.synonymsEn).toEqual(expect.arrayContaining(['TypeScript', 'TS']));
    },
    SLOW,
  );

  it(
    'lists a failed job with its queue, error and data, and retry sends it back to its queue',
    async () => {
      const ref = `web-${randomUUID()}`;
      const id = await createDeadLetter(
        stack.api,
        'test.web-dead',
        { ref, note: 'payload kept as JSON' },
        'the remote service said no',
      );
      const page = await adminPage('/admin/jobs');
      await page.getByRole('heading', { level: 1, name: 'Tâches en échec' }).waitFor();
      const card = page.locator(`[data-testid="dead-letter"][data-id="${id}"]`);
      await card.waitFor();
      const text = await card.textContent();
      expect(text).toContain('test.web-dead');
      expect(text).toContain('the remote service said no');
      expect(text).toContain(ref);
      expect(text).toContain('payload kept as JSON');
      await settled(page);
      await expectAccessible(page, 'admin-jobs');

      await card.getByRole('button', { name: /^Relancer la tâche de la file test\.web-dead/ }).click();
      await card.waitFor({ state: 'detached' });
      await page
        .getByTestId('admin-notice')
        .filter({ hasText: 'Tâche renvoyée dans la file test.web-dead.' })
        .waitFor();
      const { deadLetterJobs } = await api.ok<{ deadLetterJobs: { nodes: Array<{ id: string }> } }>(
        '{ deadLetterJobs(first: 200) { nodes { id } } }',
      );
      expect(deadLetterJobs.nodes.map((node) => node.id)).not.toContain(id);
      const waiting: Array<{ state: string }> = await stack.api.db.query(
        `SELECT state FROM pgboss.job WHERE name = 'test.web-dead' AND data->>'ref' = $1 AND state = 'created'`,
        [ref],
      );
      expect(waiting).toHaveLength(1);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Tâches en échec' }).waitFor();
      await settled(page);
      await expect(card.count()).resolves.toBe(0);
    },
    SLOW,
  );

  it(
    'fits a 375 px phone: no horizontal scroll on the roles and topics screens',
    async () => {
      const page = await adminPage('/admin/roles', 'phone');
      await page.getByRole('heading', { level: 1, name: 'Rôles et comptes' }).waitFor();
      await settled(page);
      await page
        .locator('[data-testid="admin-account"]')
        .first()
        .getByRole('button', { name: /^Gérer/ })
        .click();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await expect(overflow()).resolves.toBeLessThanOrEqual(0);
      await screenshot(page, 'admin-roles');
      await page.getByRole('link', { name: 'Sujets' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sujets' }).waitFor();
      await settled(page);
      await expect(overflow()).resolves.toBeLessThanOrEqual(0);
      await screenshot(page, 'admin-topics');
    },
    SLOW,
  );
});
