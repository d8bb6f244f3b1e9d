import type { BrowserContext, Page, Response } from 'playwright-core';
import { signInAs, WebStack } from './web-stack';

/** Waits for the answer to the web app's GraphQL operation of this name (e.g. 'CreatePost'). */
export function graphqlResponse(page: Page, operationName: string): Promise<Response> {
  return page.waitForResponse(
    (res) =>
      res.url().endsWith('/graphql') &&
      res.request().method() === 'POST' &&
      (res.request().postDataJSON() as { operationName?: string } | null)?.operationName === operationName,
  );
}

/** Runs an action and waits for the GraphQL operation it sends; fails when the api answered with errors. */
export async function afterOperation(page: Page, operationName: string, action: () => Promise<unknown>) {
  const response = graphqlResponse(page, operationName);
  await action();
  const body = (await (await response).json()) as { errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${operationName}: ${JSON.stringify(body.errors)}`);
  return body;
}

export interface ApiPost {
  id: string;
  title: string | null;
}

/** A post written through the api by this person (profile post unless communityId is given). */
export async function postAs(
  stack: WebStack,
  email: string,
  input: { body: string; title?: string; kind?: string; communityId?: string },
): Promise<ApiPost> {
  const client = await stack.api.signIn(email);
  const { createPost } = await client.ok<{ createPost: ApiPost }>(
    `mutation ($input: CreatePostInput!) { createPost(input: $input) { id title } }`,
    { input },
  );
  return createPost;
}

/** A comment written through the api by this person. */
export async function commentAs(
  stack: WebStack,
  email: string,
  postId: string,
  body: string,
  parentId?: string,
): Promise<{ id: string }> {
  const client = await stack.api.signIn(email);
  const { addComment } = await client.ok<{ addComment: { id: string } }>(
    `mutation ($postId: ID!, $body: String!, $parentId: ID) {
       addComment(postId: $postId, body: $body, parentId: $parentId) { id }
     }`,
    { postId, body, parentId: parentId ?? null },
  );
  return addComment;
}

/** How far the page scrolls sideways: more than 0 means a horizontal scrollbar on a phone. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Pages of people already signed in: one browser profile per person, viewport and language, signed in
 * once through the sign-in page, then a new tab at `path` for each call. Sign-in is the slow part of a
 * browser test; the tests stay independent of each other's pages.
 */
export function signedInPages(stack: WebStack) {
  const contexts = new Map<string, Promise<BrowserContext>>();
  return async (
    email: string,
    path = '/',
    options: { viewport?: 'desktop' | 'phone'; locale?: 'fr-FR' | 'en-GB' } = {},
  ): Promise<Page> => {
    const key = `${email}|${options.viewport ?? 'desktop'}|${options.locale ?? 'fr-FR'}`;
    let context = contexts.get(key);
    if (!context) {
      context = (async () => {
        const created = await stack.context(options);
        const first = await created.newPage();
        await signInAs(first, email);
        await first.close();
        return created;
      })();
      contexts.set(key, context);
    }
    const page = await (await context).newPage();
    await page.goto(path);
    await page.locator('.app-header').waitFor();
    return page;
  };
}
