import { demoAccount } from '@relais/demo';
import { NOTIFICATIONS_QUEUE } from '@relais/notifications';
import type { Page } from 'playwright-core';
import {
  afterOperation,
  commentAs,
  graphqlResponse,
  horizontalOverflow,
  postAs,
  signedInPages,
} from './support/content';
import { expectAccessible, screenshot, settled, startWebStack, WebStack } from './support/web-stack';

const account = demoAccount;
const employee = account('employee');
const admin = account('admin');
const english = account('englishEmployee');

// Several pages and browser profiles per test: generous when the machine is busy.
jest.setTimeout(90_000);

/** The card of the post with this title (or text) in a feed. */
const card = (page: Page, text: string) => page.locator('article.post').filter({ hasText: text });

describe('web app feed and content', () => {
  let stack: WebStack;
  let open: ReturnType<typeof signedInPages>;
  beforeAll(async () => {
    stack = await startWebStack();
    open = signedInPages(stack);
  }, 120_000);
  afterAll(() => stack?.close());

  /** A demo post with a title and a discussion under it, for the post page's checks. */
  async function discussedPost(): Promise<string> {
    const client = await stack.api.signIn(employee.email);
    const { homeFeed } = await client.ok<{
      homeFeed: { nodes: Array<{ id: string; title: string | null; commentCount: number }> };
    }>('{ homeFeed(first: 50) { nodes { id title commentCount } } }');
    const discussed = homeFeed.nodes.filter((post) => post.commentCount >= 2);
    return (discussed.find((post) => post.title) ?? discussed[0] ?? homeFeed.nodes[0]!).id;
  }

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`shows home, a post and a topic on a ${viewport}${viewport === 'desktop' ? ', accessibly' : ' without sideways scrolling'}`, async () => {
      const postId = await discussedPost();
      const page = await open(employee.email, '/', { viewport });
      await page.locator('article.post').first().waitFor();
      await settled(page);
      if (viewport === 'desktop') await expectAccessible(page, 'home');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'home');

      await page.goto(`/posts/${postId}`);
      await page.locator('article.post h1').waitFor({ state: 'attached' });
      await page.locator('article.comment').first().waitFor();
      await settled(page);
      if (viewport === 'desktop') await expectAccessible(page, 'post');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'post');

      await page.goto('/topics/cloud-computing');
      await page.getByRole('heading', { level: 1, name: '#Informatique en nuage' }).waitFor();
      await page.locator('article.post').first().waitFor();
      await settled(page);
      if (viewport === 'desktop') await expectAccessible(page, 'topic');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'topic');

      if (viewport === 'phone') return;
      // Following the topic: the button says so at once, and the api agrees.
      await afterOperation(page, 'Follow', () =>
        page.getByRole('button', { name: 'Suivre ce sujet' }).click(),
      );
      await page.getByText('Vous suivez ce sujet').waitFor();
      const client = await stack.api.signIn(employee.email);
      const followed = () =>
        client.ok<{ topic: { followedByMe: boolean } }>(
          '{ topic(slug: "cloud-computing") { followedByMe } }',
        );
      await expect(followed()).resolves.toEqual({ topic: { followedByMe: true } });
      await afterOperation(page, 'Unfollow', () =>
        page.getByRole('button', { name: 'Ne plus suivre' }).click(),
      );
      await page.getByRole('button', { name: 'Suivre ce sujet' }).waitFor();
      await expect(followed()).resolves.toEqual({ topic: { followedByMe: false } });
    });
  }

  it('posts on the home page with a @mention and a #hashtag picked from suggestions with the keyboard', async () => {
    const page = await open(employee.email);
    const composer = page.getByRole('region', { name: 'Nouvelle publication' });
    await composer.getByLabel('Titre (facultatif)').fill('Retour d’atelier');
    const body = composer.getByRole('textbox', { name: 'Message' });
    await body.focus();
    await body.pressSequentially('Merci @camille.mar');
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    const camille = suggestions.getByRole('option', { name: /Camille Martin/ });
    await camille.waitFor();
    // The active option is the one the textarea points at; Enter inserts it.
    const activeId = await body.getAttribute('aria-activedescendant');
    await expect(camille.getAttribute('id')).resolves.toBe(activeId);
    await expect(camille.getAttribute('aria-selected')).resolves.toBe('true');
    await body.press('Enter');
    await suggestions.waitFor({ state: 'detached' });
    await expect(body.inputValue()).resolves.toBe('Merci @camille.martin ');

    await body.pressSequentially('pour l’atelier #kuber');
    await suggestions.getByRole('option', { name: /Kubernetes/ }).waitFor();
    await body.press('ArrowDown');
    await body.press('ArrowUp');
    await expect(
      suggestions
        .getByRole('option', { name: /Kubernetes/ })
        .first()
        .getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await body.press('Enter');
    await expect(body.inputValue()).resolves.toBe('Merci @camille.martin pour l’atelier #kubernetes ');
    // Escape closes the suggestions and leaves the text alone.
    await body.pressSequentially('#clou');
    await suggestions.waitFor();
    await body.press('Escape');
    await suggestions.waitFor({ state: 'detached' });
    await body.press('Backspace');
    await body.press('Backspace');
    await body.press('Backspace');
    await body.press('Backspace');
    await body.press('Backspace');
    await suggestions.waitFor({ state: 'detached' });

    await afterOperation(page, 'CreatePost', () => composer.getByRole('button', { name: 'Publier' }).click());
    const post = card(page, 'Retour d’atelier');
    await post.waitFor();
    const mention = post.getByRole('link', { name: '@camille.martin' });
    const adminClient = await stack.api.signIn(admin.email);
    const { me } = await adminClient.ok<{ me: { id: string } }>('{ me { id } }');
    await expect(mention.getAttribute('href')).resolves.toBe(`/people/${me.id}`);
    await expect(post.getByRole('link', { name: '#Kubernetes' }).getAttribute('href')).resolves.toBe(
      '/topics/kubernetes',
    );
    // The form is empty again, the focus still in it, and the post's first in the feed.
    await expect(body.inputValue()).resolves.toBe('');
    await expect(body.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(page.locator('article.post').first().textContent()).resolves.toContain('Retour d’atelier');
    await composer.getByRole('status').filter({ hasText: 'Votre publication est en ligne.' }).waitFor();

    const href = await post.getByRole('link', { name: 'Retour d’atelier' }).getAttribute('href');
    const postId = href!.replace('/posts/', '');
    // Notifications are written by a job: wait for the queue, not for luck.
    await stack.api.jobs.drain(NOTIFICATIONS_QUEUE);
    const { notifications } = await adminClient.ok<{
      notifications: { nodes: Array<{ kind: string; subjectId: string; actor: { displayName: string } }> };
    }>('{ notifications(first: 10) { nodes { kind subjectId actor { displayName } } } }');
    expect(notifications.nodes).toContainEqual({
      kind: 'MENTION',
      subjectId: postId,
      actor: { displayName: `${employee.firstName} ${employee.lastName}` },
    });

    // A click on the mention opens the profile in the app.
    await mention.click();
    await page.waitForURL(`**/people/${me.id}`);
  });

  it('previews markdown with the server’s renderer, and refuses an empty post with a message', async () => {
    const page = await open(english.email, '/', { locale: 'en-GB' });
    const composer = page.getByRole('region', { name: 'New post' });
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) sent.push(request.postDataJSON()?.operationName);
    });
    await composer.getByRole('button', { name: 'Post', exact: true }).click();
    await composer.getByText('Write a message before posting.').waitFor();
    const body = composer.getByRole('textbox', { name: 'Message' });
    await expect(body.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(body.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    expect(sent).not.toContain('CreatePost');

    await body.fill('A **bold** idea and a [link](https://example.com)');
    const preview = graphqlResponse(page, 'PreviewMarkdown');
    await composer.getByRole('button', { name: 'Preview' }).click();
    await preview;
    const region = composer.getByRole('region', { name: 'Preview of the message' });
    await expect(region.locator('strong').textContent()).resolves.toBe('bold');
    await expect(region.locator('a').getAttribute('href')).resolves.toBe('https://example.com');
    await expect(
      composer.getByRole('button', { name: 'Preview' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await composer.getByRole('button', { name: 'Write' }).click();
    await expect(body.inputValue()).resolves.toBe('A **bold** idea and a [link](https://example.com)');
  });

  it('comments, replies (a reply to a reply joins the thread) and reacts; the reactions survive a reload', async () => {
    const post = await postAs(stack, employee.email, { title: 'Quel outil de CI ?', body: 'On compare ?' });
    const page = await open(employee.email, `/posts/${post.id}`);
    await page.getByRole('heading', { level: 1, name: 'Quel outil de CI ?' }).waitFor();

    await page.getByRole('textbox', { name: 'Votre commentaire' }).fill('GitLab CI pour commencer.');
    await afterOperation(page, 'AddComment', () => page.getByRole('button', { name: 'Commenter' }).click());
    const comment = page.locator('article.comment').filter({ hasText: 'GitLab CI pour commencer.' }).first();
    await comment.waitFor();
    await page.locator('#comments-heading').filter({ hasText: '(1)' }).waitFor();

    await comment.getByRole('button', { name: 'Répondre' }).first().click();
    const reply = page.getByRole('textbox', { name: 'Votre réponse à Hugo Petit' });
    await expect(reply.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await reply.fill('Et GitHub Actions ?');
    await afterOperation(page, 'AddComment', () =>
      page.getByRole('button', { name: 'Envoyer la réponse' }).click(),
    );
    const thread = page.locator('.comment-thread').filter({ hasText: 'GitLab CI pour commencer.' });
    const firstReply = thread
      .locator('.comment-replies article.comment')
      .filter({ hasText: 'Et GitHub Actions ?' });
    await firstReply.waitFor();

    await firstReply.getByRole('button', { name: 'Répondre' }).click();
    await page.getByRole('textbox', { name: 'Votre réponse à Hugo Petit' }).fill('Les deux se valent.');
    await afterOperation(page, 'AddComment', () =>
      page.getByRole('button', { name: 'Envoyer la réponse' }).click(),
    );
    await thread
      .locator('.comment-replies article.comment')
      .filter({ hasText: 'Les deux se valent.' })
      .waitFor();
    await expect(thread.locator('.comment-replies article.comment').count()).resolves.toBe(2);
    await page.locator('#comments-heading').filter({ hasText: '(3)' }).waitFor();

    // Reactions on the post: one, another, none.
    const reactions = page.locator('article.post').getByRole('group', { name: 'Réactions' });
    const like = reactions.getByRole('button', { name: /J’aime/ });
    const bravo = reactions.getByRole('button', { name: /Bravo/ });
    await afterOperation(page, 'React', () => like.click());
    await expect(like.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(like.textContent()).resolves.toContain('1');
    await afterOperation(page, 'React', () => bravo.click());
    await expect(like.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(bravo.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(like.textContent()).resolves.not.toContain('1');
    // And on a comment.
    const commentLike = comment
      .getByRole('group', { name: 'Réactions' })
      .first()
      .getByRole('button', {
        name: /J’aime/,
      });
    await afterOperation(page, 'React', () => commentLike.click());
    await expect(commentLike.getAttribute('aria-pressed')).resolves.toBe('true');

    await page.reload();
    await page.locator('article.comment').first().waitFor();
    await expect(bravo.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(bravo.textContent()).resolves.toContain('1');
    await expect(commentLike.getAttribute('aria-pressed')).resolves.toBe('true');
    await afterOperation(page, 'Unreact', () => bravo.click());
    await expect(bravo.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.reload();
    await page.locator('article.comment').first().waitFor();
    await expect(reactions.locator('[aria-pressed="true"]').count()).resolves.toBe(0);
    await expect(thread.locator('.comment-replies article.comment').count()).resolves.toBe(2);

    // A long thread shows its first replies, then all of them on demand.
    const long = await commentAs(stack, admin.email, post.id, 'Un long fil.');
    for (let i = 1; i <= 10; i++)
      await commentAs(stack, english.email, post.id, `Reply number ${i}.`, long.id);
    await page.reload();
    const longThread = page.locator('.comment-thread').filter({ hasText: 'Un long fil.' });
    await longThread.locator('.comment-replies article.comment').first().waitFor();
    await expect(longThread.locator('.comment-replies article.comment').count()).resolves.toBe(8);
    await afterOperation(page, 'ThreadReplies', () =>
      longThread.getByRole('button', { name: 'Afficher toutes les réponses (10)' }).click(),
    );
    await longThread.getByText('Reply number 10.').waitFor();
    await expect(longThread.locator('.comment-replies article.comment').count()).resolves.toBe(10);
  });

  it('asks a question, another person answers, the asker accepts the answer', async () => {
    const asker = await open(employee.email);
    const composer = asker.getByRole('region', { name: 'Nouvelle publication' });
    await composer.getByLabel('Titre (facultatif)').fill('Comment nommer nos branches ?');
    await composer.getByRole('textbox', { name: 'Message' }).fill('Une convention à recommander ?');
    await composer.getByLabel('Type').selectOption({ label: 'Question' });
    await afterOperation(asker, 'CreatePost', () =>
      composer.getByRole('button', { name: 'Publier' }).click(),
    );
    const question = card(asker, 'Comment nommer nos branches ?');
    await question.getByText('Question', { exact: true }).waitFor();
    const href = (await question
      .getByRole('link', { name: 'Comment nommer nos branches ?' })
      .getAttribute('href'))!;

    const answerer = await open(english.email, href, { locale: 'en-GB' });
    await answerer.getByRole('heading', { level: 2, name: /Answers/ }).waitFor();
    await answerer.getByRole('textbox', { name: 'Your answer' }).fill('We use `feature/<ticket>`.');
    await afterOperation(answerer, 'AddComment', () =>
      answerer.getByRole('button', { name: 'Answer the question' }).click(),
    );
    await answerer.locator('article.comment').filter({ hasText: 'feature/<ticket>' }).waitFor();
    // Only the asker (or a moderator) accepts.
    await expect(answerer.getByRole('button', { name: 'Accept this answer' }).count()).resolves.toBe(0);

    await asker.goto(href);
    const answer = asker.locator('article.comment').filter({ hasText: 'feature/<ticket>' });
    await afterOperation(asker, 'AcceptAnswer', () =>
      answer.getByRole('button', { name: 'Accepter cette réponse' }).click(),
    );
    await answer.locator('.post-pill-accepted').filter({ hasText: 'Réponse acceptée' }).waitFor();
    await asker.getByText(`Réponse acceptée, de ${english.firstName} ${english.lastName}`).waitFor();
    await expect(answer.getByRole('button', { name: 'Accepter cette réponse' }).count()).resolves.toBe(0);
    await asker.reload();
    await answer.locator('.post-pill-accepted').filter({ hasText: 'Réponse acceptée' }).waitFor();
  });

  it('edits a post (marked edited), deletes a post and a comment', async () => {
    const edited = await postAs(stack, employee.email, { title: 'Brouillon de note', body: 'Premier jet.' });
    const doomed = await postAs(stack, employee.email, { title: 'À supprimer', body: 'Par erreur.' });
    const page = await open(employee.email);

    const post = card(page, 'Brouillon de note');
    await post.getByRole('button', { name: 'Modifier' }).click();
    const body = post.getByRole('textbox', { name: 'Message' });
    await expect(body.inputValue()).resolves.toBe('Premier jet.');
    await body.fill('Version relue et **corrigée**.');
    await afterOperation(page, 'UpdatePost', () => post.getByRole('button', { name: 'Enregistrer' }).click());
    await post.locator('.post-body strong').filter({ hasText: 'corrigée' }).waitFor();
    await post.getByText('modifiée', { exact: true }).waitFor();
    await expect(
      post
        .getByRole('button', { name: 'Modifier' })
        .evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true);

    const gone = card(page, doomed.title!);
    await gone.getByRole('button', { name: 'Supprimer' }).click();
    await afterOperation(page, 'DeletePost', () =>
      gone.getByRole('button', { name: 'Oui, supprimer' }).click(),
    );
    await gone.waitFor({ state: 'detached' });
    await page.reload();
    await card(page, 'Brouillon de note').waitFor();
    await expect(card(page, 'À supprimer').count()).resolves.toBe(0);
    await expect(
      card(page, 'Brouillon de note').getByText('modifiée', { exact: true }).count(),
    ).resolves.toBe(1);

    // A comment, deleted by its author, from a notification-style link to it.
    const { id: commentId } = await commentAs(stack, employee.email, edited.id, 'Commentaire de trop.');
    await page.goto(`/posts/${edited.id}#comment-${commentId}`);
    const comment = page.locator(`#comment-${commentId}`);
    await comment.waitFor();
    await expect(comment.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await comment.getByRole('button', { name: 'Supprimer' }).click();
    await afterOperation(page, 'DeleteComment', () =>
      comment.getByRole('button', { name: 'Oui, supprimer' }).click(),
    );
    await comment.waitFor({ state: 'detached' });
    await page.locator('#comments-heading').filter({ hasText: '(0)' }).waitFor();
    const client = await stack.api.signIn(employee.email);
    const { post: after } = await client.ok<{ post: { commentCount: number; edited: boolean } }>(
      'query ($id: ID!) { post(id: $id) { commentCount edited } }',
      { id: edited.id },
    );
    expect(after).toEqual({ commentCount: 0, edited: true });
  });

  it('loads the next page of the home feed when scrolling to its end', async () => {
    const page = await open(admin.email);
    const posts = page.locator('article.post');
    await posts.first().waitFor();
    await expect(posts.count()).resolves.toBe(20);
    const next = graphqlResponse(page, 'HomeFeed');
    await posts.nth(19).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
    await next;
    await posts.nth(20).waitFor();
    expect(await posts.count()).toBeGreaterThan(20);
  });

  it('keeps what a person who left wrote, with their name marked and no link to their closed profile', async () => {
    const leaver = await stack.api.db.query<Array<{ id: string; email: string; display_name: string }>>(
      `INSERT INTO users (email, display_name, locale, status) VALUES ('sam.leaving@demo.relais.example', 'Sam Départ', 'fr', 'active')
       RETURNING id, email, display_name`,
    );
    // A community post: what stays after a departure (a post on the closed profile goes with it).
    const [community] = await stack.api.db.query<Array<{ id: string }>>(
      `SELECT id FROM communities WHERE visibility = 'open' AND archived_at IS NULL ORDER BY slug LIMIT 1`,
    );
    await stack.api.db.query(
      `INSERT INTO memberships (community_id, user_id, role, status, joined_at) VALUES ($1, $2, 'member', 'active', now())`,
      [community!.id, leaver[0]!.id],
    );
    const post = await postAs(stack, leaver[0]!.email, {
      communityId: community!.id,
      title: 'Passation avant départ',
      body: 'Tout est dans le wiki.',
    });
    await stack.api.db.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [leaver[0]!.id]);
    const page = await open(employee.email, `/posts/${post.id}`);
    const author = page.locator('article.post .post-author').first();
    await author.waitFor();
    await expect(author.textContent()).resolves.toBe(
      'Sam Départ (ancien collaborateur ou ancienne collaboratrice)',
    );
    await expect(page.locator('article.post a[href^="/people/"]').count()).resolves.toBe(0);
  });
});
