import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { constants as zlib, gzipSync } from 'node:zlib';
import { getDataSourceToken } from '@nestjs/typeorm';
import { demoAccount, seedDemoOrganisation } from '@relais/demo';
import { launchChromium } from '@relais/testing';
import { Browser, BrowserContext } from 'playwright-core';
import { DataSource } from 'typeorm';
import { WEB_DIST } from '../apps/api/src/web/web.controller';
import { httpCall, keepAliveAgent } from './support/http';
import { ms, ratio, Summary, summarize, table, Verdict } from './support/measure';
import { startBenchApi } from './support/bench-api';

const DATABASE = 'relais_bench_web';
const SESSION_COOKIE = 'relais_session'; // libs/identity/src/sessions/session-token.ts
const TARGET_JS_GZIP_BYTES = 200 * 1024;
const TARGET_FIRST_POST_MS = 1000;
/**
 * A post of the home feed: the feed's cards carry data-testid="post-card"; `main article` keeps the
 * benchmark working on a build from before that attribute (a post's comments come after the post itself).
 */
const FIRST_POST = '[data-testid="post-card"], main article';
export interface WebBenchOptions {
  repoRoot: string;
  dataDir: string;
  /** Measured page loads per series. */
  runs: number;
  warmup: number;
}

interface ScriptFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

declare global {
  interface Window {
    /** performance.now() of the first animation frame with a post in the page (set by the init script). */
    __relaisFirstPost?: number;
  }
}

/*
 * Functions run in the page (page.evaluate, addInitScript) are sent as their source text: they use the
 * page's globals only (window.performance, never an import of this file).
 */

/**
 * The built web app in Chromium against the real api (loopback, demo organisation): (a) the JavaScript the
 * home page loads, gzipped; (b) from navigation start to the first post of the home feed on screen, for a
 * new browser profile (nothing cached) and for a reload (assets cached), against two baselines of the same
 * run: the same page's static index.html (its scripts refused), and the page's own homeFeed request alone.
 */
export async function webBench(options: WebBenchOptions): Promise<Verdict[]> {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`${index} is missing: run \`npm run build:web\` first`);
  const { app, cleanups } = await startBenchApi({
    dataDir: options.dataDir,
    repoRoot: options.repoRoot,
    database: DATABASE,
  });
  try {
    const seeded = await seedDemoOrganisation(app.get<DataSource>(getDataSourceToken()), { seed: 1 });
    if (!seeded.created) throw new Error('the bench database already had people');
    console.log(
      `web app: ${WEB_DIST}; demo organisation: ${seeded.people} people, ${seeded.posts} posts, ` +
        `${seeded.comments} comments`,
    );
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const base = `http://127.0.0.1:${port}`;

    const employee = demoAccount('employee');
    const signIn = await httpCall({
      port,
      method: 'POST',
      path: '/graphql',
      agent: false,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: DevSignInInput!) { devSignIn(input: $input) { user { id } } }',
        variables: { input: { email: employee.email } },
      }),
    });
    const token = ([] as string[])
      .concat(signIn.headers['set-cookie'] ?? [])
      .map((cookie) => new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1])
      .find(Boolean);
    if (!token) throw new Error(`devSignIn gave no session cookie: ${signIn.status} ${signIn.body}`);
    console.log(`signed in as ${employee.email} (the demo employee)`);

    const browser: Browser = await launchChromium();
    cleanups.unshift(() => browser.close());
    const agent = keepAliveAgent();
    cleanups.unshift(async () => agent.destroy());

    /**
     * A new browser profile (empty cache) with the session cookie, timing the first post on screen; with
     * `appScripts` false, the app's JavaScript files are refused (the static index.html baseline).
     */
    const newProfile = async (appScripts = true): Promise<BrowserContext> => {
      const context = await browser.newContext({
        baseURL: base,
        locale: 'fr-FR',
        viewport: { width: 1280, height: 800 },
      });
      // Without the app's scripts, what is left is the static page: index.html and its stylesheet.
      if (!appScripts) await context.route('**/*.js', (route) => route.abort());
      context.setDefaultTimeout(30_000);
      await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base, httpOnly: true }]);
      await context.addInitScript((selector: string) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          // The frame that paints the post, not the DOM insertion before it.
          requestAnimationFrame(() => {
            window.__relaisFirstPost = window.performance.now();
          });
        });
        observer.observe(document, { childList: true, subtree: true });
      }, FIRST_POST);
      return context;
    };

    /** Loads / and returns navigation start -> first post painted, in ms (performance.now() of the page). */
    const firstPost = async (context: BrowserContext, reload = false): Promise<number> => {
      const page = context.pages()[0] ?? (await context.newPage());
      if (reload) await page.reload({ waitUntil: 'commit' });
      else await page.goto('/', { waitUntil: 'commit' });
      await page.locator(FIRST_POST).first().waitFor({ state: 'visible' });
      await page.waitForFunction(() => window.__relaisFirstPost !== undefined);
      return page.evaluate(() => window.__relaisFirstPost!);
    };

    // (a) Every script of a first visit to the home page, and the page's own homeFeed request.
    const scripts: ScriptFile[] = [];
    let styleBytes = 0;
    let styleGzipBytes = 0;
    let homeFeedBody: string | undefined;
    {
      const context = await newProfile();
      const page = await context.newPage();
      const pending: Array<Promise<void>> = [];
      page.on('request', (request) => {
        const body = request.postData();
        if (request.url().endsWith('/graphql') && body && /homeFeed/.test(body)) homeFeedBody ??= body;
      });
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        pending.push(
          response.body().then((body) => {
            const gzipBytes = gzipSync(body, { level: zlib.Z_BEST_COMPRESSION }).length;
            if (type === 'script') {
              scripts.push({ path: new URL(response.url()).pathname, bytes: body.length, gzipBytes });
            } else {
              styleBytes += body.length;
              styleGzipBytes += gzipBytes;
            }
          }),
        );
      });
      await page.goto('/');
      await page.locator(FIRST_POST).first().waitFor({ state: 'visible' });
      // Whatever the page still fetches for what it shows (lazy chunks, preloads) belongs to this load.
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const posts = await page.locator(FIRST_POST).count();
      await context.close();
      console.log(`the home page shows ${posts} post(s) at the first screen's network idle`);
    }
    if (!homeFeedBody) throw new Error('the home page sent no homeFeed request');
    scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const jsBytes = scripts.reduce((total, file) => total + file.bytes, 0);
    const jsGzipBytes = scripts.reduce((total, file) => total + file.gzipBytes, 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log('');
    console.log(
      table(
        ['JavaScript of the first page (signed in, /)', 'bytes', 'gzip -9'],
        [
          ...scripts.map((file) => [file.path, kb(file.bytes), kb(file.gzipBytes)]),
          [`total: ${scripts.length} file(s)`, kb(jsBytes), kb(jsGzipBytes)],
          ['(stylesheets, not counted)', kb(styleBytes), kb(styleGzipBytes)],
        ],
      ),
    );

    // (b) Time to the first post, interleaved with its baselines: the machine's other work slows all alike.
    const homeFeed = async () => {
      const res = await httpCall({
        port,
        method: 'POST',
        path: '/graphql',
        agent,
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          cookie: `${SESSION_COOKIE}=${token}`,
        },
        body: homeFeedBody,
      });
      if (res.status !== 200 || !res.body.includes('"homeFeed"') || res.body.includes('"errors"'))
        throw new Error(`homeFeed: ${res.status} ${res.body.slice(0, 500)}`);
    };
    const staticIndex = async (): Promise<number> => {
      const context = await newProfile(false);
      try {
        const page = await context.newPage();
        await page.goto('/', { waitUntil: 'load' });
        return await page.evaluate(
          () =>
            (window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .loadEventEnd,
        );
      } finally {
        await context.close();
      }
    };
    // Where a cold load's time goes, from the page's own resource timings (up to the first post).
    const timeline: Record<'html' | 'scripts' | 'graphql' | 'graphqlRequests', number[]> = {
      html: [],
      scripts: [],
      graphql: [],
      graphqlRequests: [],
    };
    const coldFirstPost = async (): Promise<number> => {
      const context = await newProfile();
      try {
        const shown = await firstPost(context);
        const marks = await context.pages()[0]!.evaluate((first) => {
          const navigation = window.performance.getEntriesByType(
            'navigation',
          )[0] as PerformanceNavigationTiming;
          const before = (
            window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]
          ).filter((entry) => entry.responseEnd <= first);
          const scripts = before.filter((entry) => new URL(entry.name).pathname.endsWith('.js'));
          const graphql = before.filter((entry) => new URL(entry.name).pathname === '/graphql');
          return {
            html: navigation.responseEnd,
            scripts: Math.max(0, ...scripts.map((entry) => entry.responseEnd)),
            graphql: Math.max(0, ...graphql.map((entry) => entry.responseEnd)),
            graphqlRequests: graphql.length,
          };
        }, shown);
        for (const key of Object.keys(timeline) as Array<keyof typeof timeline>)
          timeline[key].push(marks[key]);
        return shown;
      } finally {
        await context.close();
      }
    };
    // One profile kept for reloads: the assets come from its cache (the api serves them with max-age).
    const warmProfile = await newProfile();
    cleanups.unshift(() => warmProfile.close());
    await firstPost(warmProfile);
    const warmFirstPost = () => firstPost(warmProfile, true);

    type SeriesName = 'cold' | 'warm' | 'index' | 'graphql';
    const series: Record<SeriesName, () => Promise<number>> = {
      cold: coldFirstPost,
      warm: warmFirstPost,
      index: staticIndex,
      graphql: async () => {
        const started = performance.now();
        await homeFeed();
        return performance.now() - started;
      },
    };
    const names = Object.keys(series) as SeriesName[];
    for (let i = 0; i < options.warmup; i++) for (const name of names) await series[name]();
    const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
      SeriesName,
      number[]
    >;
    for (let i = 0; i < options.runs; i++) {
      for (const name of names) samples[name].push(await series[name]());
    }
    const s = Object.fromEntries(names.map((name) => [name, summarize(samples[name])])) as Record<
      SeriesName,
      Summary
    >;
    const row = (label: string, summary: Summary) => [
      label,
      String(summary.n),
      ms(summary.min),
      ms(summary.p50),
      ms(summary.p95),
      ratio(summary.p50 / s.graphql.p50),
      ratio(summary.p50 / s.index.p50),
    ];
    console.log('');
    console.log(
      table(
        ['from navigation start', 'n', 'min', 'p50', 'p95', 'p50 vs homeFeed', 'p50 vs index.html'],
        [
          row('first post on screen, new browser profile (nothing cached)', s.cold),
          row('first post on screen, reload (assets cached)', s.warm),
          row('baseline: index.html and its CSS, app scripts refused, load event', s.index),
          row('baseline: the page’s homeFeed request alone (node, keep-alive)', s.graphql),
        ],
      ),
    );

    const cold = (key: keyof typeof timeline) => summarize(timeline[key].slice(-options.runs)).p50;
    console.log('');
    console.log(
      `  a cold load, medians from navigation start: index.html received ${ms(cold('html'))}, last script ` +
        `received ${ms(cold('scripts'))}, last GraphQL answer received ${ms(cold('graphql'))} ` +
        `(${cold('graphqlRequests')} GraphQL request(s) before the first post), first post on screen ${ms(s.cold.p50)}`,
    );

    return [
      {
        target: `JavaScript of the first page, gzipped <= ${TARGET_JS_GZIP_BYTES / 1024} KB`,
        pass: jsGzipBytes <= TARGET_JS_GZIP_BYTES,
        detail: `${kb(jsGzipBytes)} in ${scripts.length} file(s) (${kb(jsBytes)} before gzip)`,
      },
      {
        target: `first post of the home feed on screen <= ${TARGET_FIRST_POST_MS} ms (p50, new browser profile)`,
        pass: s.cold.p50 <= TARGET_FIRST_POST_MS,
        detail:
          `${ms(s.cold.p50)} p50, ${ms(s.cold.p95)} p95 over ${s.cold.n} loads; ` +
          `${ratio(s.cold.p50 / s.graphql.p50)} the homeFeed request alone (${ms(s.graphql.p50)}), ` +
          `${ratio(s.cold.p50 / s.index.p50)} the static index.html (${ms(s.index.p50)}); ` +
          `reload with cached assets ${ms(s.warm.p50)}`,
      },
    ];
  } finally {
    for (const cleanup of cleanups)
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}
