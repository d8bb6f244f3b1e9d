import { demoAccount } from '@relais/demo';
import { fullName } from './support/people';
import { CommunityFacts, directoryNames, directoryResponse, horizontalOverflow } from './support/communities';
import {
  expectAccessible,
  screenshot,
  settled,
  signInAs,
  startWebStack,
  WebStack,
} from './support/web-stack';

const account = demoAccount;
const employee = account('employee');
const english = account('englishEmployee');
const manager = account('communityManager');

describe('communities in the web app', () => {
  let stack: WebStack;
  let facts: CommunityFacts;
  beforeAll(async () => {
    stack = await startWebStack();
    facts = new CommunityFacts(stack.api.db);
  }, 120_000);
  afterAll(() => stack?.close());

  it('lets an employee ask to join a private community, and its moderator approve or deny requests', async () => {
    const slug = await facts.without('private', employee.email);
    const moderator = await facts.moderator(slug);
    const other = await facts.outsider(slug, [employee.email, moderator.email]);

    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, `/c/${slug}`);
    // An outsider learns what the community is and what they can do, and sees none of its content.
    await page.getByRole('heading', { name: 'Communauté privée' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Publications' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Membres', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Demander à rejoindre' }).click();
    await page.getByText('Demande en attente', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Retirer ma demande' }).waitFor();
    await expect(facts.membership(slug, employee.email)).resolves.toMatchObject({ status: 'pending' });

    // A second request, through the api, for the denial.
    const otherClient = await stack.api.signIn(other.email);
    await otherClient.ok('mutation ($slug: String!) { requestToJoin(slug: $slug) { id } }', { slug });

    const membersBefore = await facts.activeMembers(slug);
    const modPage = await (await stack.context()).newPage();
    await signInAs(modPage, moderator.email, `/c/${slug}/members`);
    const requests = modPage.getByRole('region', { name: 'Demandes pour rejoindre' });
    await requests.getByRole('link', { name: fullName(employee) }).waitFor();
    await requests.getByRole('link', { name: other.displayName }).waitFor();
    await settled(modPage);
    await expectAccessible(modPage, 'members');
    await requests.getByRole('button', { name: `Accepter ${fullName(employee)}` }).click();
    await requests.getByText(`${fullName(employee)} est maintenant membre.`).waitFor();
    await expect(requests.getByRole('link', { name: fullName(employee) }).count()).resolves.toBe(0);
    // The member list counts the newcomer.
    await modPage.getByRole('heading', { level: 2, name: `${membersBefore + 1} membres` }).waitFor();
    await requests.getByRole('button', { name: `Refuser ${other.displayName}` }).click();
    await requests.getByText(`Demande de ${other.displayName} refusée.`).waitFor();
    await expect(facts.membership(slug, employee.email)).resolves.toMatchObject({ status: 'active' });
    await expect(facts.membership(slug, other.email)).resolves.toBeNull();

    // Back on the community page, the employee is now a member and reads its posts.
    await page.reload();
    await page.getByText('Vous êtes membre', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Publications' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Communauté privée' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Membres', exact: true }).waitFor();
  });

  it('creates a private community with a topic, shows the api’s errors by field, and edits it in settings', async () => {
    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, '/communities');
    await page.getByRole('link', { name: 'Créer une communauté' }).click();
    await page.waitForURL(/\/communities\/new$/);
    await page.getByLabel('Nom', { exact: true }).fill('Guilde Rust');
    await page.getByLabel('Adresse (facultative)').fill('Pas Valide!');
    await page.getByRole('button', { name: 'Créer la communauté' }).click();
    // The api refuses the slug: the message sits under the field, which is marked invalid.
    await page.locator('#new-community-slug-error').waitFor();
    await expect(page.getByLabel('Adresse (facultative)').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByLabel('Adresse (facultative)').fill('');
    await page.getByRole('radio', { name: 'Privée' }).check();
    // The topic autocomplete, with the keyboard only.
    const topic = page.getByRole('combobox', { name: 'Ajouter un sujet' });
    await topic.fill('kuber');
    await page.getByRole('option', { name: 'Kubernetes' }).waitFor();
    await topic.press('ArrowDown');
    await expect(topic.getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await topic.press('Enter');
    await page
      .getByRole('list', { name: 'Sujets choisis' })
      .getByText('#Kubernetes', { exact: true })
      .waitFor();
    await expect(topic.inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Créer la communauté' }).click();

    await page.waitForURL(/\/c\/guilde-rust$/);
    await page.getByRole('heading', { level: 1, name: 'Guilde Rust' }).waitFor();
    await page.getByText('Vous en êtes propriétaire', { exact: true }).waitFor();
    await page.getByRole('link', { name: '#Kubernetes' }).waitFor();
    await expect(page.locator('.community-header .community-badge').first().textContent()).resolves.toBe(
      'Privée',
    );
    await expect(facts.membership('guilde-rust', employee.email)).resolves.toEqual({
      status: 'active',
      role: 'owner',
    });
    // The page of a community one owns: header, actions, composer, (empty) feed.
    await settled(page);
    await expectAccessible(page, 'community');
    // Its only owner cannot leave it: the refusal is explained.
    await page.getByRole('button', { name: 'Quitter la communauté' }).click();
    await page
      .getByRole('group', { name: 'Quitter « Guilde Rust » ?' })
      .getByRole('button', { name: 'Quitter' })
      .click();
    await page.getByRole('alert').filter({ hasText: 'garde toujours au moins un propriétaire' }).waitFor();

    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.waitForURL(/\/c\/guilde-rust\/settings$/);
    const description = page.getByLabel('Description', { exact: true });
    await description.fill('Les **rustacés** de la maison.');
    // Choosing "secret" warns that the address will change.
    await page.getByRole('radio', { name: 'Secrète' }).check();
    await page.getByText(/en devenant secrète, la communauté change d’adresse/).waitFor();
    await page.getByRole('radio', { name: 'Privée' }).check();
    await settled(page);
    await expectAccessible(page, 'settings');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Modifications enregistrées.').waitFor();
    await expect(facts.descriptionOf('guilde-rust')).resolves.toBe('Les **rustacés** de la maison.');
    await page.getByRole('link', { name: 'Retour à Guilde Rust' }).click();
    await page.locator('.community-header strong', { hasText: 'rustacés' }).waitFor();
  });

  it('invites a colleague from the members page, who accepts from the community page', async () => {
    const slug = await facts.slugOf('Communication interne — relais sites');
    await expect(facts.membership(slug, english.email)).resolves.toBeNull();
    const page = await (await stack.context()).newPage();
    await signInAs(page, manager.email, `/c/${slug}/members`);
    const person = page.getByRole('combobox', { name: 'Personne à inviter' });
    await person.fill('Bennett');
    await page.getByRole('option', { name: new RegExp(fullName(english)) }).click();
    await expect(person.inputValue()).resolves.toBe(fullName(english));
    await page.getByRole('button', { name: `Inviter ${fullName(english)}` }).click();
    await page.getByText(`${fullName(english)} est invité·e`, { exact: false }).waitFor();
    await expect(facts.membership(slug, english.email)).resolves.toMatchObject({ status: 'invited' });

    // Olivia uses Relais in English.
    const invited = await (await stack.context({ locale: 'en-GB' })).newPage();
    await signInAs(invited, english.email, `/c/${slug}`);
    await invited.getByText('You are invited to join this community.').waitFor();
    await invited.getByRole('button', { name: 'Accept the invitation' }).click();
    await invited.getByText('You are a member', { exact: true }).waitFor();
    await invited.getByRole('heading', { name: 'Posts' }).waitFor();
    await expect(facts.membership(slug, english.email)).resolves.toMatchObject({ status: 'active' });
  });

  it('filters the directory by membership and visibility, in the address, and never lists an unseen secret community', async () => {
    const page = await (await stack.context()).newPage();
    await signInAs(page, employee.email, '/communities');
    const firstPage = await directoryNames(page);
    expect(firstPage).toHaveLength(20);
    await settled(page);
    await expectAccessible(page, 'directory');
    await screenshot(page, 'communities');
    // Infinite scroll: reaching the end of the list brings the next page.
    await page.locator('.load-more').scrollIntoViewIfNeeded();
    await page.locator('.community-card').nth(20).waitFor();
    await page.locator('.load-more').waitFor({ state: 'detached' });
    const all = await directoryNames(page);
    expect(all.slice(0, 20)).toEqual(firstPage);

    let answered = directoryResponse(page, '"mine":true');
    await page.getByRole('checkbox', { name: 'Mes communautés uniquement' }).click();
    await answered;
    await page.waitForURL(/[?&]mine=1/);
    const mine = await facts.namesWhere(employee.email, ['active']);
    expect((await directoryNames(page)).sort()).toEqual([...mine].sort());
    // The filter survives a reload.
    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: 'Mes communautés uniquement' }).isChecked(),
    ).resolves.toBe(true);
    expect((await directoryNames(page)).sort()).toEqual([...mine].sort());

    answered = directoryResponse(page, '"visibility":"PRIVATE"');
    await page.getByRole('checkbox', { name: 'Mes communautés uniquement' }).click();
    await page.getByLabel('Visibilité').selectOption('PRIVATE');
    await answered;
    await page.waitForURL(
      (url) => url.searchParams.get('visibility') === 'PRIVATE' && !url.searchParams.has('mine'),
    );
    const privateNames = await directoryNames(page);
    expect(privateNames.length).toBeGreaterThan(3);
    const badges = await page.locator('.community-card .community-badge:first-child').allTextContents();
    expect(new Set(badges)).toEqual(new Set(['Privée']));

    // Secret: only those the employee belongs to or is invited to (the demo invites him to one).
    answered = directoryResponse(page, '"visibility":"SECRET"');
    await page.getByLabel('Visibilité').selectOption('SECRET');
    await answered;
    const secretNames = await directoryNames(page);
    const visibleSecrets = await facts.namesWhere(employee.email, ['active', 'invited'], 'secret');
    expect(visibleSecrets.length).toBeGreaterThan(0);
    expect(secretNames.sort()).toEqual([...visibleSecrets].sort());
    await expect(page.getByText('Invitation reçue').count()).resolves.toBeGreaterThan(0);

    // A secret community he is not in is found neither by name nor by address.
    answered = directoryResponse(page, 'Herm');
    await page.getByLabel('Rechercher par nom').fill('Hermès');
    await answered;
    await page.waitForURL((url) => url.searchParams.get('q') === 'Hermès');
    expect(await directoryNames(page)).toEqual([]);
    await page.getByText('Aucune communauté ne correspond à ces filtres').waitFor();
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    expect(all).not.toContain('Projet Hermès — rapprochement');
    const hermes = await facts.slugOf('Projet Hermès — rapprochement');
    await page.goto(`/c/${hermes}`);
    await page.getByRole('heading', { name: 'Communauté introuvable' }).waitFor();
  });

  it('shows a community and its members on desktop and phone, without sideways scrolling', async () => {
    const slug = await facts.slugOf('Ambassadeurs Relais');
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await (await stack.context({ viewport })).newPage();
      await signInAs(page, manager.email, `/c/${slug}`);
      await page.getByRole('heading', { level: 1, name: 'Ambassadeurs Relais' }).waitFor();
      await page.getByText('Officielle', { exact: true }).waitFor();
      await settled(page);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'community');

      await page.getByRole('link', { name: 'Membres', exact: true }).first().click();
      await page.waitForURL(/\/members$/);
      await page.getByRole('heading', { name: 'Inviter une personne' }).waitFor();
      await page
        .getByRole('combobox', { name: /^Rôle de / })
        .first()
        .waitFor();
      await settled(page);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'community-members');

      if (viewport === 'phone') {
        await page.goto('/communities');
        await directoryNames(page);
        await settled(page);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, 'communities');
      }
    }
  });
});
