import { demo, fullName, graphqlResponse, horizontalOverflow, userId, withText } from './support/people';
import {
  expectAccessible,
  screenshot,
  settled,
  signInAs,
  startWebStack,
  WebStack,
} from './support/web-stack';

const employee = demo('employee');
const colleague = demo('communityManager');
const reviewer = demo('commsReviewer');

interface ListedTopic {
  kind: string;
  endorsedByMe: boolean;
  endorsementCount: number;
  topic: { slug: string; label: string };
}

describe('people', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 120_000);
  afterAll(() => stack?.close());

  /** The colleague's topics as `email` sees them, through the api. */
  async function topicsOf(email: string, personId: string): Promise<ListedTopic[]> {
    const client = await stack.api.signIn(email);
    const { person } = await client.ok<{ person: { topics: ListedTopic[] } }>(
      `query ($id: ID!) {
        person(id: $id) { topics { kind endorsedByMe endorsementCount topic { slug label } } }
      }`,
      { id: personId },
    );
    return person.topics;
  }

  it('finds a colleague by part of the name, accents and case ignored', async () => {
    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, '/people');
    await page.getByRole('heading', { level: 1, name: 'Personnes' }).waitFor();
    await page.locator('.person-card').first().waitFor();
    await settled(page);
    await expectAccessible(page, 'people directory');
    await screenshot(page, 'people');

    await page.getByLabel('Rechercher une personne').fill('lea');
    await page.waitForURL(/\/people\?q=lea$/);
    const link = page.getByRole('link', { name: fullName(colleague), exact: true });
    await link.waitFor();
    // Every person listed matches the search: the list was filtered, not just scrolled.
    const names = await page.locator('.person-card-name').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toContain('lea');
    }
    await page.getByLabel('Rechercher une personne').fill('zzqxw');
    await page.getByText('Personne ne correspond à « zzqxw ».').waitFor();

    await link.waitFor({ state: 'detached' });
    await page.getByLabel('Rechercher une personne').fill('DUBOIS léa');
    await link.click();
    await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: fullName(colleague) }).waitFor();
  });

  it('lets an employee endorse a colleague on a listed topic, see who endorsed, and withdraw', async () => {
    const colleagueId = await userId(stack, colleague.email);
    const before = await topicsOf(employee.email, colleagueId);
    const target = before.find((listed) => listed.kind === 'EXPERTISE' && !listed.endorsedByMe);
    expect(target).toBeDefined();
    const { slug, label } = target!.topic;
    const count = target!.endorsementCount;
    const plural = (n: number) => `${n} recommandation${n > 1 ? 's' : ''}`;

    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, `/people/${colleagueId}`);
    await page.getByRole('heading', { level: 1, name: fullName(colleague) }).waitFor();
    // The first place the topic appears is its expertise group, where its buttons are.
    const item = page.locator(`.topic-item[data-topic="${slug}"]`).first();
    await expect(item.getByRole('link', { name: label }).getAttribute('href')).resolves.toBe(
      `/topics/${slug}`,
    );
    await withText(item.locator('.endorsement-count'), plural(count));

    const endorsed = graphqlResponse(page, 'EndorsePerson');
    await item.getByRole('button', { name: `Recommander ${fullName(colleague)} sur « ${label} »` }).click();
    await withText(item.locator('.endorsement-count'), plural(count + 1));
    expect((await (await endorsed).json()).errors).toBeUndefined();
    await item.getByRole('button', { name: /^Retirer ma recommandation/ }).waitFor();

    await item.getByRole('button', { name: /^Qui a recommandé/ }).click();
    await expect(
      item.getByRole('button', { name: /^Qui a recommandé/ }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    const me = item.locator('.endorsers-list').getByRole('link', { name: fullName(employee) });
    await me.waitFor();
    await expect(me.getAttribute('href')).resolves.toBe(`/people/${await userId(stack, employee.email)}`);

    // Saved: a reload shows the same, and the api agrees.
    await page.reload();
    const reloaded = page.locator(`.topic-item[data-topic="${slug}"]`).first();
    await withText(reloaded.locator('.endorsement-count'), plural(count + 1));
    await reloaded.getByRole('button', { name: /^Retirer ma recommandation/ }).waitFor();
    let now = (await topicsOf(employee.email, colleagueId)).find((l) => l.topic.slug === slug)!;
    expect(now).toMatchObject({ endorsedByMe: true, endorsementCount: count + 1 });

    await settled(page);
    await screenshot(page, 'profile');
    await expectAccessible(page, 'profile');

    const withdrawn = graphqlResponse(page, 'UnendorsePerson');
    await reloaded.getByRole('button', { name: /^Retirer ma recommandation/ }).click();
    await withText(reloaded.locator('.endorsement-count'), plural(count));
    expect((await (await withdrawn).json()).errors).toBeUndefined();
    await reloaded.getByRole('button', { name: /^Recommander/ }).waitFor();
    now = (await topicsOf(employee.email, colleagueId)).find((l) => l.topic.slug === slug)!;
    expect(now).toMatchObject({ endorsedByMe: false, endorsementCount: count });
  });

  it('shows the directory, a profile and the profile form on a 375 px phone without horizontal scroll', async () => {
    const colleagueId = await userId(stack, colleague.email);
    const page = await (await stack.context({ viewport: 'phone' })).newPage();
    await signInAs(page, employee.email, `/people/${colleagueId}`);
    await page.getByRole('heading', { level: 2, name: 'Sujets' }).waitFor();
    await settled(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'profile');
    await page.goto('/people');
    await page.locator('.person-card').first().waitFor();
    await settled(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'people');
    await page.goto('/profile/edit');
    await page.getByRole('combobox', { name: 'Ajouter un sujet : Mon expertise' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('edits my profile: a new title and an expertise added with the keyboard', async () => {
    const employeeId = await userId(stack, employee.email);
    const mine = await topicsOf(employee.email, employeeId);
    const client = await stack.api.signIn(employee.email);
    const { topics } = await client.ok<{ topics: { nodes: Array<{ slug: string; label: string }> } }>(
      '{ topics(first: 100) { nodes { slug label } } }',
    );
    const listed = new Set(mine.filter((l) => l.kind === 'EXPERTISE').map((l) => l.topic.slug));
    const added = topics.nodes.find((topic) => !listed.has(topic.slug) && topic.label.length >= 4)!;
    const title = 'Architecte de la plateforme';

    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, '/profile/edit');
    await page.getByRole('heading', { level: 1, name: 'Modifier mon profil' }).waitFor();
    await page.getByLabel('Fonction').fill(title);

    const combobox = page.getByRole('combobox', { name: 'Ajouter un sujet : Mon expertise' });
    await combobox.fill(added.label);
    const option = page.getByRole('option', { name: added.label, exact: true });
    await option.waitFor();
    const options = await page.getByRole('option').allTextContents();
    for (let i = 0; i <= options.indexOf(added.label); i++) await combobox.press('ArrowDown');
    await expect(combobox.getAttribute('aria-activedescendant')).resolves.toBe(
      await option.getAttribute('id'),
    );
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await combobox.press('Enter');
    const list = page.getByRole('list', { name: 'Liste : Mon expertise' });
    await withText(list.locator('.topic-editor-label'), added.label);
    await expect(combobox.inputValue()).resolves.toBe('');
    // Moved to the top with the keyboard: the focus follows the topic.
    const up = list.getByRole('button', { name: `Monter « ${added.label} »` });
    await up.focus();
    for (let i = 0; i < listed.size; i++) await page.keyboard.press('Enter');
    await expect(list.locator('.topic-editor-label').first().textContent()).resolves.toBe(added.label);

    await settled(page);
    await expectAccessible(page, 'edit profile');

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL((url) => url.pathname === `/people/${employeeId}`);
    await withText(page.locator('.profile-title'), title);
    const expertise = page.getByRole('region', { name: 'Expertise' });
    await expect(expertise.getByRole('link').first().textContent()).resolves.toBe(added.label);

    const saved = await topicsOf(employee.email, employeeId);
    expect(saved.filter((l) => l.kind === 'EXPERTISE').map((l) => l.topic.slug)).toEqual([
      added.slug,
      ...mine.filter((l) => l.kind === 'EXPERTISE').map((l) => l.topic.slug),
    ]);
  });

  it('checks the languages, and shows the api’s complaints next to the field they are about', async () => {
    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, '/profile/edit');
    const languages = page.getByLabel('Langues parlées');
    await languages.fill('fr, xx');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(/Codes inconnus : xx/).waitFor();
    await expect(languages.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('profile-languages');
    await languages.fill('fr, en');

    // A title the form would refuse reaches the api anyway: its own check answers, under the field.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: any };
      if (body.operationName !== 'UpdateMyProfile') return route.continue();
      body.variables.input.title = 'x'.repeat(121);
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page
      .locator('#profile-title-error')
      .getByText(/title must be at most 120 characters/)
      .waitFor();
    await expect(page.getByLabel('Fonction').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByRole('alert').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile/edit');
  });

  it('switches the interface language from the profile form, and saves it', async () => {
    const reviewerId = await userId(stack, reviewer.email);
    const page = await (await stack.context({ locale: 'fr-FR' })).newPage();
    await signInAs(page, reviewer.email, '/profile/edit');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL((url) => url.pathname === `/people/${reviewerId}`);
    await page.getByRole('heading', { level: 2, name: 'About' }).waitFor();
    await page.getByRole('link', { name: 'Edit my profile' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const client = await stack.api.signIn(reviewer.email);
    const { me } = await client.ok<{ me: { locale: string } }>('{ me { locale } }');
    expect(me.locale).toBe('en');
  });
});
