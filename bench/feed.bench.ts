import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { getDataSourceToken } from '@nestjs/typeorm';
import { BULK_VIEWER_EMAIL, generateBulk, terminalProgress } from '@relais/demo';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { normalizeSql } from './me-request.sql';
import { httpCall, keepAliveAgent } from './support/http';
import { startBenchApi } from './support/bench-api';
import { ms, ratio, Summary, summarize, table, Verdict } from './support/measure';
import { coveredMs, RecordedQuery, recordPgQueries, recordStatementSpans } from './support/pg-recorder';

const DATABASE = 'relais_bench_feed';
const SESSION_COOKIE = 'relais_session'; // libs/identity/src/sessions/session-token.ts
const TARGET_RATIO = 1.5;
/** The page deep in the feed that is measured besides the first (reached through the cursors). */
const DEEP_PAGE = 5;

/**
 * What a home feed shows for each post, as a client asks for it: the post, its author, community, topics,
 * mentions, counts and reactions, the viewer's permissions, and the first two comments with their authors.
 */
const FEED_QUERY = `query HomeFeed($after: String) {
  homeFeed(first: 20, after: $after) {
    nodes {
      id kind title bodyHtml classification language pinned edited createdAt
      author { id displayName title handle }
      community { id slug name visibility }
      topics { slug label }
      mentions { id handle }
      commentCount myReaction reactionCounts { kind count }
      acceptedAnswer { id author { displayName } }
      viewerCan { edit delete comment react pin acceptAnswer }
      comments(first: 2) { nodes { id bodyHtml createdAt author { displayName } replyCount } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface FeedPage {
  nodes: Array<{ id: string; createdAt: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface FeedBenchOptions {
  repoRoot: string;
  dataDir: string;
  /** Posts to generate (people: a tenth of it). */
  posts: number;
  /** Measured requests per series. */
  iterations: number;
  warmup: number;
}

/**
 * `homeFeed(first: 20)` over GraphQL (HTTP, Nest, Apollo, guards, DataLoaders) against the raw SQL of the
 * same page: the statements one real request sends, recorded at the pg driver and replayed one after the
 * other on one connection. For the first page and for a page deep in the feed (through the cursors), on a
 * bulk-generated organisation.
 */
export async function feedBench(options: FeedBenchOptions): Promise<Verdict[]> {
  const { app, databaseUrl, cleanups } = await startBenchApi({
    dataDir: options.dataDir,
    repoRoot: options.repoRoot,
    database: DATABASE,
  });
  try {
    const people = Math.max(100, Math.round(options.posts / 10));
    const bar = terminalProgress(`generating ${people} people and ${options.posts} posts`);
    const generated = await generateBulk(app.get<DataSource>(getDataSourceToken()), {
      people,
      posts: options.posts,
      seed: 1,
      onProgress: bar.progress,
    }).finally(() => bar.stop());
    console.log(
      `generated ${generated.people} people, ${generated.communities} communities, ${generated.memberships} memberships, ` +
        `${generated.posts} posts, ${generated.postTopics} topic links, ${generated.comments} comments, ` +
        `${generated.reactions} reactions, ${generated.follows} follows in ${(generated.durationMs / 1000).toFixed(1)} s (COPY)`,
    );

    await app.listen(0, '127.0.0.1');
    const apiPort = (app.getHttpServer().address() as AddressInfo).port;
    const signIn = await httpCall({
      port: apiPort,
      method: 'POST',
      path: '/graphql',
      agent: false,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: DevSignInInput!) { devSignIn(input: $input) { user { id } } }',
        variables: { input: { email: BULK_VIEWER_EMAIL } },
      }),
    });
    const token = ([] as string[])
      .concat(signIn.headers['set-cookie'] ?? [])
      .map((cookie) => new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1])
      .find(Boolean);
    if (!token) throw new Error(`devSignIn gave no session cookie: ${signIn.status} ${signIn.body}`);
    const headers = { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` };
    const agent = keepAliveAgent();
    cleanups.unshift(async () => agent.destroy());

    const feed = async (after: string | null): Promise<FeedPage> => {
      const res = await httpCall({
        port: apiPort,
        method: 'POST',
        path: '/graphql',
        agent,
        headers,
        body: JSON.stringify({ query: FEED_QUERY, variables: { after } }),
      });
      const parsed = JSON.parse(res.body) as { data?: { homeFeed: FeedPage }; errors?: unknown };
      if (res.status !== 200 || parsed.errors || !parsed.data)
        throw new Error(`homeFeed: ${res.status} ${res.body}`);
      return parsed.data.homeFeed;
    };

    // The cursor of the page before the deep one, found by walking the feed.
    let cursor: string | null = null;
    for (let page = 1; page < DEEP_PAGE; page++) cursor = (await feed(cursor)).pageInfo.endCursor;
    const pages = [
      { label: 'first page', after: null as string | null },
      { label: `page ${DEEP_PAGE}`, after: cursor },
    ];
    const viewerStats = (await app.get<DataSource>(getDataSourceToken()).query(
      `SELECT (SELECT count(*) FROM memberships m WHERE m.user_id = u.id AND m.status = 'active')::int AS communities,
                (SELECT count(*) FROM follows f WHERE f.follower_id = u.id AND f.target_type = 'user')::int AS people,
                (SELECT count(*) FROM follows f WHERE f.follower_id = u.id AND f.target_type = 'topic')::int AS topics,
                (SELECT count(*) FROM follows f WHERE f.follower_id = u.id AND f.target_type = 'community')::int AS followed
           FROM users u WHERE u.email = $1`,
      [BULK_VIEWER_EMAIL],
    )) as Array<Record<string, number>>;
    const v = viewerStats[0]!;
    console.log(
      `viewer ${BULK_VIEWER_EMAIL}: member of ${v.communities} communities, follows ${v.people} people, ` +
        `${v.topics} topics and ${v.followed} more communities`,
    );

    // What one request of each page runs, recorded at the pg driver (the api's pool included).
    const recorded: RecordedQuery[][] = [];
    for (const page of pages) {
      await feed(page.after); // warm: prepared plans, DataLoader code paths
      const recording = recordPgQueries();
      const result = await feed(page.after);
      recording.stop();
      const statements = recording.queries.filter((q) => !/pgboss/i.test(q.text));
      recorded.push(statements);
      console.log(
        `one ${page.label} request returned ${result.nodes.length} posts and ran ${statements.length} statement(s):`,
      );
      for (const q of statements) console.log(`  - ${normalizeSql(q.text).slice(0, 150)}`);
    }

    const raw = new Client({ connectionString: databaseUrl, application_name: 'relais-bench' });
    await raw.connect();
    cleanups.unshift(() => raw.end());
    const statementTimes = recorded.map((statements) => statements.map(() => [] as number[]));
    const replay = async (p: number) => {
      let rows = 0;
      for (let i = 0; i < recorded[p]!.length; i++) {
        const statement = recorded[p]![i]!;
        const started = performance.now();
        const result = await raw.query(statement.text, statement.values);
        statementTimes[p]![i]!.push(performance.now() - started);
        rows += result.rowCount ?? 0;
      }
      return rows;
    };
    // Proof the baseline does the real work: the replayed page query returns the page's posts.
    for (let p = 0; p < pages.length; p++) {
      const page = await feed(pages[p]!.after);
      const ids = new Set(page.nodes.map((n) => n.id));
      let found = false;
      for (const statement of recorded[p]!) {
        const result = await raw.query<{ id?: string }>(statement.text, statement.values);
        if (result.rows.filter((row) => row.id !== undefined && ids.has(row.id)).length >= ids.size)
          found = true;
      }
      if (!found)
        console.log(`WARNING: no replayed statement of the ${pages[p]!.label} returns its ${ids.size} posts`);
    }

    type SeriesName = 'graphql1' | 'raw1' | 'graphqlDeep' | 'rawDeep';
    const series: Record<SeriesName, () => Promise<unknown>> = {
      graphql1: () => feed(pages[0]!.after),
      raw1: () => replay(0),
      graphqlDeep: () => feed(pages[1]!.after),
      rawDeep: () => replay(1),
    };
    const names = Object.keys(series) as SeriesName[];
    // Interleaved, one of each per iteration: the machine's other work slows every series alike.
    for (let i = 0; i < options.warmup; i++) for (const name of names) await series[name]();
    for (const perPage of statementTimes) for (const list of perPage) list.length = 0;
    const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
      SeriesName,
      number[]
    >;
    for (let i = 0; i < options.iterations; i++) {
      for (const name of names) {
        const started = performance.now();
        await series[name]();
        samples[name].push(performance.now() - started);
      }
    }

    // Where a GraphQL request spends its time: with a statement in flight (as the api's pool runs them; the
    // DataLoaders run some side by side, counted once) or with none (HTTP, Nest, Apollo, resolvers).
    const profiled = Math.max(50, Math.round(options.iterations / 3));
    const spans = recordStatementSpans();
    const profileStarted = performance.now();
    for (let i = 0; i < profiled; i++) await series.graphql1();
    const profileMs = (performance.now() - profileStarted) / profiled;
    spans.stop();
    const apiStatements = spans.spans.filter((span) => !/pgboss/i.test(span.text));
    const inSqlMs = coveredMs(apiStatements) / profiled;
    const summedSqlMs = apiStatements.reduce((total, span) => total + (span.end - span.start), 0) / profiled;

    const s = Object.fromEntries(names.map((name) => [name, summarize(samples[name])])) as Record<
      SeriesName,
      Summary
    >;
    const row = (label: string, summary: Summary, baseline: Summary) => [
      label,
      String(summary.n),
      ms(summary.mean),
      ms(summary.p50),
      ms(summary.p95),
      ratio(summary.p50 / baseline.p50),
      ratio(summary.p95 / baseline.p95),
    ];
    console.log('');
    console.log(
      table(
        ['per request', 'n', 'mean', 'p50', 'p95', 'p50 vs raw', 'p95 vs raw'],
        [
          row(`POST /graphql homeFeed(first: 20), first page`, s.graphql1, s.raw1),
          row(`raw SQL: the same ${recorded[0]!.length} statements, one pg connection`, s.raw1, s.raw1),
          row(`POST /graphql homeFeed(first: 20), page ${DEEP_PAGE}`, s.graphqlDeep, s.rawDeep),
          row(`raw SQL: the same ${recorded[1]!.length} statements, one pg connection`, s.rawDeep, s.rawDeep),
        ],
      ),
    );
    console.log('');
    console.log(
      table(
        ['raw SQL of the first page, per statement', 'p50', 'p95'],
        recorded[0]!.map((statement, i) => {
          const summary = summarize(statementTimes[0]![i]!);
          return [normalizeSql(statement.text).slice(0, 70), ms(summary.p50), ms(summary.p95)];
        }),
      ),
    );
    console.log('');
    console.log(
      `  profile of ${profiled} more first-page requests: ${ms(profileMs)} each, ` +
        `${(apiStatements.length / profiled).toFixed(1)} statements each; ${ms(inSqlMs)} with a statement in flight ` +
        `(${ms(summedSqlMs)} summed over statements, some run side by side), ${ms(Math.max(0, profileMs - inSqlMs))} ` +
        'with none (HTTP, Nest, Apollo, guards, resolvers, serialisation, pool checkouts)',
    );

    const verdict = (label: string, graphql: Summary, rawSql: Summary): Verdict => {
      const p50 = graphql.p50 / rawSql.p50;
      return {
        target: `homeFeed ${label} / raw SQL <= ${TARGET_RATIO.toFixed(1)} (p50)`,
        pass: p50 <= TARGET_RATIO,
        detail:
          `${ratio(p50)} at p50 (${ms(graphql.p50)} vs ${ms(rawSql.p50)}), ${ratio(graphql.p95 / rawSql.p95)} at p95 ` +
          `(${ms(graphql.p95)} vs ${ms(rawSql.p95)}), ${graphql.n} requests, ${options.posts} posts`,
      };
    };
    return [
      verdict('first page', s.graphql1, s.raw1),
      verdict(`page ${DEEP_PAGE}`, s.graphqlDeep, s.rawDeep),
    ];
  } finally {
    for (const cleanup of cleanups)
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}
