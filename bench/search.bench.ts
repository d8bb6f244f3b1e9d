import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { getDataSourceToken } from '@nestjs/typeorm';
import { freePort } from '@relais/database';
import { BULK_VIEWER_EMAIL, generateBulk, terminalProgress } from '@relais/demo';
import {
  ExpertiseService,
  SEARCH_ENGINE,
  SearchEngine,
  SearchIndexerService,
  SearchType,
  SearchViewer,
} from '@relais/search';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { normalizeSql } from './me-request.sql';
import { httpCall, keepAliveAgent } from './support/http';
import { startBenchApi } from './support/bench-api';
import { ms, percentile, ratio, seconds, table, Verdict } from './support/measure';
import { coveredMs, RecordedQuery, recordPgQueries, recordStatementSpans } from './support/pg-recorder';

const SESSION_COOKIE = 'relais_session'; // libs/identity/src/sessions/session-token.ts
const PAGE_SIZE = 20;
const LEVELS = [1, 8, 32] as const;
const TARGET_P95_MS = 50;
const TARGET_RATIO = 1.3;
const TARGET_RPS_AT_8 = 200;
const TARGET_REINDEX_DOCS_PER_S = 5000;
const TARGET_RSS_MB = 350;
const RSS_SAMPLE_MS = 100;
const API_START_DEADLINE_MS = 180_000;
/** A series stops early after this many failed requests (a crashed api must not spin the loop). */
const MAX_ERRORS = 200;
/** The api's pool (DATABASE_POOL_SIZE's default, libs/config/src/config.schema.ts). */
const API_POOL_SIZE = 10;
/** At one client, every series runs each query at least this many times. */
const MIN_PASSES_AT_ONE = 4;

/** What a search page shows for each person, with the facets beside the results (as the web app asks). */
const SEARCH_QUERY = `query SearchExperts($q: String!, $first: Int!) {
  searchExperts(query: $q, first: $first) {
    totalCount correctedQuery
    nodes {
      person { id displayName }
      score evidenceLine matchedTopics { slug }
      highlights { field fragments { text match } }
    }
    facets {
      departments { value count } locations { value count } languages { value count }
      communities { community { id name } count } topics { topic { slug } count }
    }
  }
}`;

/**
 * What people type in the search box, taken from what the bulk generator writes and from the topic taxonomy
 * (libs/people/src/topics/topic-taxonomy.data.ts): topic labels and synonyms in French and English, words of
 * the posts' texts, several words, names (libs/demo/src/organisation/organisation.data.ts) and sites. Each
 * has a misspelt twin, at the same index, for the series with typos.
 */
const QUERIES: ReadonlyArray<readonly [exact: string, typo: string]> = [
  ['kubernetes', 'kubernets'],
  ['cybersécurité', 'cybersécurié'],
  ['intelligence artificielle', 'inteligence artificielle'],
  ['IA générative', 'IA génératve'],
  ['machine learning', 'machine lerning'],
  ['data', 'dataa'],
  // Four letters and no near word: by design (query-analyzer.ts) the typo stays as typed.
  ['RGPD', 'RGDP'],
  ['DevOps', 'DevOsp'],
  ['cloud computing', 'cloud computng'],
  ['gestion de projet', 'gestion de projt'],
  ['qualité des données', 'qualité des donnés'],
  ['kubernetes Paris', 'kubernets Paris'],
  ['data scientist', 'data scientst'],
  ['architecte logiciel Lyon', 'architecte logicel Lyon'],
  ['Camille Martin', 'Camile Martin'],
  ['Nguyen', 'Nguyem'],
  ['Lefèvre Lyon', 'Lefèvere Lyon'],
  ['Montréal', 'Montréla'],
];

type SetName = 'exact' | 'typos';
const SETS: ReadonlyArray<{ name: SetName; label: string; queries: readonly string[] }> = [
  { name: 'exact', label: 'without typos', queries: QUERIES.map(([exact]) => exact) },
  { name: 'typos', label: 'with typos', queries: QUERIES.map(([, typo]) => typo) },
];

type SeriesName = 'graphql' | 'engine' | 'raw';
const SERIES_LABELS: Record<SeriesName, string> = {
  graphql: 'POST /graphql searchExperts (api process)',
  engine: 'engine.searchExperts in-process (its SQL)',
  raw: 'raw SQL: the request’s statements on pg',
};

export interface SearchBenchOptions {
  repoRoot: string;
  /** This run's temporary folder. */
  dataDir: string;
  /** A folder kept between runs: the generated organisation is reused from it when its sizes match. */
  data?: string;
  people: number;
  posts: number;
  /** Measured seconds per series, set and concurrency level (split in two rounds). */
  seconds: number;
  /** Called with a function that stops the api process, for Ctrl-C; with undefined once it stopped. */
  onRunning(stop: (() => void) | undefined): void;
}

interface LoadResult {
  latencies: number[];
  /** Latencies per query index. */
  perQuery: number[][];
  elapsedMs: number;
  errors: number;
  firstError?: string;
}

interface Stats {
  n: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  firstError?: string;
}

/**
 * `searchExperts` on a bulk-generated organisation: (a) a full reindex (`SearchIndexerService.rebuild`:
 * expertise scores, then every index) in documents per second; (b) the GraphQL query sent to the api
 * running as its own process (`node dist/apps/api/src/main.js`), by 1, 8 and 32 clients each sending
 * requests back to back, with and without typos, against two baselines of the same run and concurrency:
 * the engine's own work called in-process (`engine.searchExperts`: query analysis, the search statement, the
 * highlights) and every statement one GraphQL request runs (recorded at the pg driver, replayed one after the
 * other on a pg connection, with as many connections as the api's pool); (c) the api process's resident
 * memory (/proc/<pid>/status) during the 32-client load. The data comes from the bulk generator as it is.
 */
export async function searchBench(options: SearchBenchOptions): Promise<Verdict[]> {
  const folder = options.data ?? options.dataDir;
  if (options.data) fs.mkdirSync(options.data, { recursive: true, mode: 0o755 });
  // Named after the sizes and the generator's code: a changed generator generates a new organisation.
  const database = `relais_bench_search_${options.people}p_${options.posts}n_${generatorFingerprint(options.repoRoot)}`;
  const { app, databaseUrl, cleanups } = await startBenchApi({
    dataDir: folder,
    repoRoot: options.repoRoot,
    database,
  });
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const existing = (
      (await dataSource.query('SELECT count(*)::int AS n FROM users')) as Array<{ n: number }>
    )[0]!.n;
    if (existing === 0) {
      const bar = terminalProgress(`generating ${options.people} people and ${options.posts} posts`);
      const generated = await generateBulk(dataSource, {
        people: options.people,
        posts: options.posts,
        seed: 1,
        onProgress: bar.progress,
      }).finally(() => bar.stop());
      console.log(
        `generated ${generated.people} people, ${generated.communities} communities, ${generated.memberships} memberships, ` +
          `${generated.posts} posts, ${generated.postTopics} topic links, ${generated.comments} comments, ` +
          `${generated.reactions} reactions, ${generated.follows} follows in ${(generated.durationMs / 1000).toFixed(1)} s (COPY)` +
          (options.data ? `; kept in ${options.data} (database ${database}) for the next run` : ''),
      );
    } else if (existing === options.people) {
      const [counts] = (await dataSource.query(
        `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM communities)::int AS communities`,
      )) as Array<{ posts: number; communities: number }>;
      console.log(
        `reusing the organisation generated before in ${options.data ?? folder} (database ${database}): ` +
          `${existing} people, ${counts!.communities} communities, ${counts!.posts} posts`,
      );
    } else {
      throw new Error(
        `database ${database} in ${folder} has ${existing} people, not ${options.people}: delete the folder`,
      );
    }

    // ─── (a) full reindex ────────────────────────────────────────────────────────────────────────────
    const reindex = await timeReindex(
      app.get(SearchIndexerService),
      app.get(ExpertiseService),
      app.get(SEARCH_ENGINE),
    );
    // The rebuild swaps in new tables: autovacuum analyses them within a minute; done now so the plans are
    // the ones a running installation gets.
    await dataSource.query('ANALYZE search_people, search_posts, search_communities, search_vocabulary');

    // ─── the api as its own process, and the viewer's session ─────────────────────────────────────────
    const api = await startApiProcess(options, databaseUrl);
    cleanups.unshift(api.stop);
    options.onRunning(() => api.kill());
    console.log(
      `api process: node ${path.relative(options.repoRoot, api.entry)} (pid ${api.pid}, DATABASE_POOL_SIZE ` +
        `default), /health answered after ${seconds(api.startMs)}; RSS ${mb(api.status().rssKb)} at rest`,
    );
    const token = await signIn(api.port);
    const headers = { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` };
    const apiAgent = keepAliveAgent();
    cleanups.unshift(async () => apiAgent.destroy());
    const me = await graphqlJson<{ me: { id: string; roles: string[] } }>(
      api.port,
      apiAgent,
      headers,
      JSON.stringify({ query: '{ me { id roles } }' }),
    );
    const viewer: SearchViewer = { userId: me.me.id, isAdmin: me.me.roles.includes('admin') };
    const viewerRow = (await dataSource.query(
      `SELECT (SELECT count(*) FROM memberships m WHERE m.user_id = $1 AND m.status = 'active')::int AS communities`,
      [viewer.userId],
    )) as Array<{ communities: number }>;
    console.log(
      `viewer ${BULK_VIEWER_EMAIL}: roles [${me.me.roles.join(', ')}], member of ${viewerRow[0]!.communities} communities`,
    );

    // The same api in this process (same code, same database), only to record what one request runs.
    await app.listen(0, '127.0.0.1');
    const localPort = (app.getHttpServer().address() as AddressInfo).port;
    const localAgent = keepAliveAgent();
    cleanups.unshift(async () => localAgent.destroy());
    const searchBody = (q: string) =>
      JSON.stringify({ query: SEARCH_QUERY, variables: { q, first: PAGE_SIZE } });
    type SearchAnswer = {
      searchExperts: {
        totalCount: number;
        correctedQuery: string | null;
        nodes: Array<{ person: { id: string } }>;
      };
    };

    const allQueries = SETS.flatMap((set) => set.queries);
    const recorded = new Map<string, RecordedQuery[]>();
    const answers = new Map<string, SearchAnswer['searchExperts']>();
    for (const q of allQueries) {
      await graphqlJson<SearchAnswer>(localPort, localAgent, headers, searchBody(q)); // warm the code paths
      const recording = recordPgQueries();
      await graphqlJson<SearchAnswer>(localPort, localAgent, headers, searchBody(q));
      recording.stop();
      recorded.set(
        q,
        recording.queries.filter((s) => !/pgboss/i.test(s.text)),
      );
      answers.set(
        q,
        (await graphqlJson<SearchAnswer>(api.port, apiAgent, headers, searchBody(q))).searchExperts,
      );
    }
    const engine = app.get<SearchEngine>(SEARCH_ENGINE);
    const engineCall = (q: string) =>
      engine.searchExperts({ text: q, filters: {}, limit: PAGE_SIZE, offset: 0 }, viewer);
    console.log('');
    console.log(
      table(
        ['query', 'totalCount', 'nodes', 'correctedQuery', 'topics named', 'statements'],
        await Promise.all(
          allQueries.map(async (q) => {
            const answer = answers.get(q)!;
            const analysed = await engineCall(q);
            return [
              JSON.stringify(q),
              String(answer.totalCount),
              String(answer.nodes.length),
              answer.correctedQuery === null ? '-' : JSON.stringify(answer.correctedQuery),
              String(analysed.topicIds.length),
              String(recorded.get(q)!.length),
            ];
          }),
        ),
      ),
    );
    const [held] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM user_topics)::int AS declared, (SELECT count(*) FROM profiles)::int AS profiles,
              (SELECT count(*) FROM users WHERE title IS NOT NULL OR department IS NOT NULL)::int AS titled,
              (SELECT count(*) FROM expertise_scores)::int AS scores,
              (SELECT count(DISTINCT user_id) FROM expertise_scores)::int AS experts`,
    )) as Array<Record<string, number>>;
    console.log(
      `  what people's search documents hold (search_people: name, title, department, site, bio, declared topics): ` +
        `${held!.titled} people with a title or department, ${held!.profiles} profiles, ${held!.declared} declared ` +
        `topics (user_topics); ${held!.scores} expertise scores (from posts, comments, declarations) for ${held!.experts} people`,
    );
    const nobody = allQueries.filter((q) => answers.get(q)!.totalCount === 0);
    if (nobody.length > 0)
      console.log(
        `  NOTE: ${nobody.length} of ${allQueries.length} queries find nobody (${nobody.map((q) => JSON.stringify(q)).join(', ')}): ` +
          'a person is found through the words of their search document only',
      );
    const example = recorded.get(QUERIES[0]![0])!;
    console.log(`  one request for ${JSON.stringify(QUERIES[0]![0])} ran ${example.length} statement(s):`);
    for (const s of example) console.log(`  - ${normalizeSql(s.text).slice(0, 150)}`);

    // Raw SQL: a client takes a pg connection for the request's statements, one after the other; as many
    // connections as the api's pool has (DATABASE_POOL_SIZE, 10 by default), so 32 clients queue for them
    // as the api's requests do.
    const rawPool = new Pool({
      connectionString: databaseUrl,
      application_name: 'relais-bench',
      max: API_POOL_SIZE,
    });
    const rawOne = new Client({ connectionString: databaseUrl, application_name: 'relais-bench' });
    await rawOne.connect();
    cleanups.unshift(async () => {
      await rawOne.end();
      await rawPool.end();
    });
    const replay = async (q: string) => {
      const client = await rawPool.connect();
      try {
        for (const statement of recorded.get(q)!) await client.query(statement.text, statement.values);
      } finally {
        client.release();
      }
    };
    // Proof the baseline does the real work: a replayed statement counts what the request counted.
    for (const q of allQueries) {
      let total: number | undefined;
      for (const statement of recorded.get(q)!) {
        const result = await rawOne.query<{ total?: number }>(statement.text, statement.values);
        if (result.rows[0]?.total !== undefined) total = Number(result.rows[0].total);
      }
      if (total !== answers.get(q)!.totalCount)
        console.log(
          `WARNING: the replayed statements of ${JSON.stringify(q)} count ${total}, the request ${answers.get(q)!.totalCount}`,
        );
    }

    const agents: http.Agent[] = Array.from({ length: Math.max(...LEVELS) }, () => keepAliveAgent());
    cleanups.unshift(async () => agents.forEach((agent) => agent.destroy()));
    const calls: Record<SeriesName, (client: number, q: string) => Promise<unknown>> = {
      graphql: async (client, q) => {
        const res = await httpCall({
          port: api.port,
          method: 'POST',
          path: '/graphql',
          agent: agents[client]!,
          headers,
          body: searchBody(q),
          timeoutMs: 60_000,
        });
        if (
          res.status !== 200 ||
          !res.body.startsWith('{"data":{"searchExperts"') ||
          res.body.includes('"errors"')
        )
          throw new Error(`searchExperts(${JSON.stringify(q)}): ${res.status} ${res.body.slice(0, 300)}`);
      },
      engine: (_client, q) => engineCall(q),
      raw: (_client, q) => replay(q),
    };
    const names: SeriesName[] = ['graphql', 'engine', 'raw'];

    // Warm every series on every query (plans, JIT-free code paths, pools filled).
    for (const set of SETS)
      for (const name of names) await closedLoop(Math.max(...LEVELS), 0, set.queries, calls[name], 1);

    // ─── (b) load: every level, both sets, the series alternating over two rounds ──────────────────────
    const rssSamples: number[] = [];
    const allLoadRss: number[] = [];
    const results = new Map<string, Stats>();
    const perQueryAtOne = new Map<string, number[][]>();
    const halfMs = (options.seconds * 1000) / 2;
    console.log('');
    console.log(
      `load: clients send requests back to back, cycling through the ${QUERIES.length} queries of a set. One client: ` +
        `the three series interleaved request by request (each query through each series in turn, the order ` +
        `rotating) for ${seconds(3 * options.seconds * 1000)} and at least ${MIN_PASSES_AT_ONE} passes over the queries. ` +
        `8 and 32 clients: each series ${options.seconds} s in two rounds of ${seconds(halfMs)}, the series' order ` +
        `reversed in the second. Raw SQL uses at most ${API_POOL_SIZE} pg connections, as the api's pool.`,
    );
    for (const clients of LEVELS) {
      for (const set of SETS) {
        const merged = Object.fromEntries(names.map((n) => [n, [] as LoadResult[]])) as Record<
          SeriesName,
          LoadResult[]
        >;
        if (clients === 1) {
          const one = await interleaved(
            3 * options.seconds * 1000,
            MIN_PASSES_AT_ONE,
            set.queries,
            names,
            calls,
          );
          for (const name of names) merged[name].push(one[name]);
        }
        for (const order of clients === 1 ? [] : [names, [...names].reverse()]) {
          for (const name of order) {
            // A second of warm-up at this level, not counted.
            await closedLoop(clients, 1000, set.queries, calls[name]);
            const sampler = name === 'graphql' ? sampleRss(api.status, RSS_SAMPLE_MS) : undefined;
            merged[name].push(await closedLoop(clients, halfMs, set.queries, calls[name]));
            const samples = sampler?.stop() ?? [];
            allLoadRss.push(...samples);
            if (clients === 32) rssSamples.push(...samples);
          }
        }
        for (const name of names) {
          results.set(`${clients}/${set.name}/${name}`, stats(merged[name]));
          if (clients === 1)
            perQueryAtOne.set(
              `${set.name}/${name}`,
              set.queries.map((_, i) => merged[name].flatMap((r) => r.perQuery[i]!)),
            );
        }
        const g = results.get(`${clients}/${set.name}/graphql`)!;
        process.stdout.write(
          `  ${clients} client(s), ${set.label}: GraphQL p95 ${ms(g.p95)}, ${g.rps.toFixed(0)} requests/s` +
            `${g.errors ? `, ${g.errors} error(s)` : ''}\n`,
        );
      }
    }
    const status = api.status();
    console.log(
      `  load average after the load: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (this machine's other work shares its CPUs with the api, PostgreSQL and this process)`,
    );

    // ─── report ───────────────────────────────────────────────────────────────────────────────────────
    for (const set of SETS) {
      console.log('');
      console.log(
        table(
          [
            `searchExperts(first: ${PAGE_SIZE}), ${set.label}`,
            'clients',
            'requests',
            'req/s',
            'p50',
            'p95',
            'p99',
            'max',
            'p95 vs raw',
            'p95 vs engine',
          ],
          LEVELS.flatMap((clients) =>
            names.map((name) => {
              const s = results.get(`${clients}/${set.name}/${name}`)!;
              const raw = results.get(`${clients}/${set.name}/raw`)!;
              const eng = results.get(`${clients}/${set.name}/engine`)!;
              return [
                SERIES_LABELS[name] + (s.errors ? ` (${s.errors} errors)` : ''),
                String(clients),
                String(s.n),
                s.rps.toFixed(0),
                ms(s.p50),
                ms(s.p95),
                ms(s.p99),
                ms(s.max),
                ratio(s.p95 / raw.p95),
                ratio(s.p95 / eng.p95),
              ];
            }),
          ),
        ),
      );
    }
    for (const [key, s] of results) if (s.firstError) console.log(`  first error of ${key}: ${s.firstError}`);

    console.log('');
    console.log(
      table(
        ['one client, per query', 'GraphQL p50', 'engine p50', 'raw SQL p50', 'GraphQL p95'],
        SETS.flatMap((set) =>
          set.queries.map((q, i) => {
            const of = (name: SeriesName) => sorted(perQueryAtOne.get(`${set.name}/${name}`)![i]!);
            return [
              JSON.stringify(q),
              ms(percentile(of('graphql'), 50)),
              ms(percentile(of('engine'), 50)),
              ms(percentile(of('raw'), 50)),
              ms(percentile(of('graphql'), 95)),
            ];
          }),
        ),
      ),
    );

    // Where one request's time goes, on the in-process api (statements in flight or not), one client.
    const profiled = Math.max(2, Math.round(60 / allQueries.length));
    const spans = recordStatementSpans();
    const profileStarted = performance.now();
    for (let i = 0; i < profiled; i++)
      for (const q of allQueries) await graphqlJson(localPort, localAgent, headers, searchBody(q));
    const requests = profiled * allQueries.length;
    const profileMs = (performance.now() - profileStarted) / requests;
    spans.stop();
    const apiStatements = spans.spans.filter((span) => !/pgboss/i.test(span.text));
    const inSqlMs = coveredMs(apiStatements) / requests;
    const summedSqlMs = apiStatements.reduce((total, span) => total + (span.end - span.start), 0) / requests;
    console.log('');
    console.log(
      `  profile of ${requests} more requests on the api in this process, one client: ${ms(profileMs)} each, ` +
        `${(apiStatements.length / requests).toFixed(1)} statements each; ${ms(inSqlMs)} with a statement in flight ` +
        `(${ms(summedSqlMs)} summed over statements), ${ms(Math.max(0, profileMs - inSqlMs))} with none ` +
        '(HTTP, Nest, Apollo, guards, resolvers, serialisation, pool checkouts)',
    );

    // The slowest query at one client, and the slowest of those that find someone: their statements one by
    // one, and the plan of each one's slowest statement.
    const byLatency = SETS.flatMap((set) =>
      set.queries.map((q, i) => ({
        q,
        p50: percentile(sorted(perQueryAtOne.get(`${set.name}/graphql`)![i]!), 50),
      })),
    ).sort((a, b) => b.p50 - a.p50);
    const diagnosed = [byLatency[0]!];
    const withHits = byLatency.find(({ q }) => answers.get(q)!.totalCount > 0);
    if (withHits && withHits.q !== byLatency[0]!.q) diagnosed.push(withHits);
    for (const slow of diagnosed) {
      const statements = recorded.get(slow.q)!;
      const statementTimes = statements.map(() => [] as number[]);
      for (let i = 0; i < 10; i++) {
        for (let k = 0; k < statements.length; k++) {
          const started = performance.now();
          await rawOne.query(statements[k]!.text, statements[k]!.values);
          statementTimes[k]!.push(performance.now() - started);
        }
      }
      const slowestOf = slow === byLatency[0] ? 'the slowest query' : 'the slowest query with hits';
      console.log('');
      console.log(
        table(
          [
            `statements of ${slowestOf}, ${JSON.stringify(slow.q)} (${answers.get(slow.q)!.totalCount} people; GraphQL p50 ${ms(slow.p50)})`,
            'p50',
            'max',
          ],
          statements.map((s, k) => [
            normalizeSql(s.text).slice(0, 90),
            ms(percentile(sorted(statementTimes[k]!), 50)),
            ms(Math.max(...statementTimes[k]!)),
          ]),
        ),
      );
      const worst = statements
        .map((s, k) => ({ s, p50: percentile(sorted(statementTimes[k]!), 50) }))
        .sort((a, b) => b.p50 - a.p50)[0]!;
      const plan = await rawOne.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${worst.s.text}`,
        worst.s.values,
      );
      console.log('');
      console.log(
        `  EXPLAIN (ANALYZE, BUFFERS) of its slowest statement (${ms(worst.p50)}), parts never executed left out:`,
      );
      let skipDepth = -1;
      for (const row of plan.rows) {
        const line = row['QUERY PLAN'];
        const depth = line.length - line.trimStart().length;
        if (skipDepth >= 0 && depth > skipDepth) continue;
        skipDepth = /\(never executed\)/.test(line) ? depth : -1;
        if (skipDepth >= 0) continue;
        console.log(`    ${line.length > 300 ? `${line.slice(0, 300)}… (${line.length} characters)` : line}`);
      }
    }

    // ─── memory ───────────────────────────────────────────────────────────────────────────────────────
    const peakRss = Math.max(...rssSamples);
    console.log('');
    console.log(
      `  api process memory (VmRSS of pid ${api.pid} from /proc, sampled every ${RSS_SAMPLE_MS} ms; the load ` +
        `generator is this process, not the api's): at rest ${mb(api.restRssKb)}, peak during the 32-client ` +
        `series ${mb(peakRss)} (${rssSamples.length} samples, median ${mb(percentile(sorted(rssSamples), 50))}), ` +
        `peak during all load ${mb(Math.max(...allLoadRss))}, VmHWM (the kernel's peak since start) ${mb(status.hwmKb)}`,
    );

    // ─── verdicts ─────────────────────────────────────────────────────────────────────────────────────
    const verdicts: Verdict[] = [];
    const sizes = `${options.people} people, ${options.posts} posts`;
    for (const set of SETS) {
      const one = results.get(`1/${set.name}/graphql`)!;
      const oneRaw = results.get(`1/${set.name}/raw`)!;
      const oneEngine = results.get(`1/${set.name}/engine`)!;
      verdicts.push({
        target: `searchExperts ${set.label}, 1 client: p95 <= ${TARGET_P95_MS} ms`,
        pass: one.p95 <= TARGET_P95_MS && one.errors === 0,
        detail: `${ms(one.p95)} p95, ${ms(one.p50)} p50, ${ms(one.p99)} p99 over ${one.n} requests${errorsOf(one)}, ${sizes}`,
      });
      const r = one.p95 / oneRaw.p95;
      verdicts.push({
        target: `searchExperts ${set.label}, 1 client: p95 <= ${TARGET_RATIO.toFixed(1)}x raw SQL`,
        pass: r <= TARGET_RATIO && one.errors === 0,
        detail:
          `${ratio(r)} (${ms(one.p95)} vs ${ms(oneRaw.p95)} for the request's ${statementsPerRequest(recorded, set.queries)} statements replayed); ` +
          `${ratio(one.p95 / oneEngine.p95)} the engine's own work in-process (${ms(oneEngine.p95)})`,
      });
      const eight = results.get(`8/${set.name}/graphql`)!;
      verdicts.push({
        target: `searchExperts ${set.label}, 8 clients: >= ${TARGET_RPS_AT_8} requests/s`,
        pass: eight.rps >= TARGET_RPS_AT_8 && eight.errors === 0,
        detail:
          `${eight.rps.toFixed(0)} requests/s (p95 ${ms(eight.p95)})${errorsOf(eight)}; raw SQL ` +
          `${results.get(`8/${set.name}/raw`)!.rps.toFixed(0)}/s, engine ${results.get(`8/${set.name}/engine`)!.rps.toFixed(0)}/s`,
      });
    }
    verdicts.push({
      // What `npm run reindex` does: rebuild the indexes. Recomputing every expertise score (a derived table
      // the index jobs and a nightly job keep current; `npm run reindex -- --expertise`) is timed beside it.
      target: `full reindex >= ${TARGET_REINDEX_DOCS_PER_S} documents/s (PostgreSQL engine)`,
      pass: reindex.indexDocsPerSecond >= TARGET_REINDEX_DOCS_PER_S,
      detail:
        `${reindex.indexDocsPerSecond.toFixed(0)} documents/s: ${reindex.documents} documents in ` +
        `${seconds(reindex.totalMs - reindex.expertiseMs)}; with every expertise score recomputed first ` +
        `(${seconds(reindex.expertiseMs)}) ${reindex.docsPerSecond.toFixed(0)} documents/s`,
    });
    verdicts.push({
      target: `api RSS <= ${TARGET_RSS_MB} MB during the 32-client load`,
      pass: peakRss <= TARGET_RSS_MB * 1024,
      detail: `peak ${mb(peakRss)} sampled (VmRSS every ${RSS_SAMPLE_MS} ms), VmHWM ${mb(status.hwmKb)}, at rest ${mb(api.restRssKb)}`,
    });
    return verdicts;
  } finally {
    options.onRunning(undefined);
    for (const cleanup of cleanups)
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}

interface ReindexTimes {
  documents: number;
  totalMs: number;
  expertiseMs: number;
  docsPerSecond: number;
  indexDocsPerSecond: number;
}

/**
 * Times `rebuild()` of every index, and within it the expertise scores and each type (the engine's and the
 * expertise service's methods are wrapped on their instances for the duration, then restored).
 */
async function timeReindex(
  indexer: SearchIndexerService,
  expertise: ExpertiseService,
  engine: SearchEngine,
): Promise<ReindexTimes> {
  const typeMs = new Map<SearchType, number>();
  let expertiseMs = 0;
  let people = 0;
  const originalRebuild = engine.rebuild;
  const originalRecompute = expertise.recomputeEveryone;
  engine.rebuild = async function (this: SearchEngine, type, onProgress) {
    const started = performance.now();
    try {
      return await originalRebuild.call(this, type, onProgress);
    } finally {
      typeMs.set(type, performance.now() - started);
    }
  };
  expertise.recomputeEveryone = async function (this: ExpertiseService, now) {
    const started = performance.now();
    try {
      people = await originalRecompute.call(this, now);
      return people;
    } finally {
      expertiseMs = performance.now() - started;
    }
  };
  const bar = terminalProgress('full reindex');
  let counts: Record<string, number>;
  const started = performance.now();
  try {
    counts = await indexer.rebuild(undefined, (type, done, total) =>
      bar.progress({ step: type, done, total }),
    );
  } finally {
    bar.stop();
    engine.rebuild = originalRebuild;
    expertise.recomputeEveryone = originalRecompute;
  }
  const totalMs = performance.now() - started;
  const documents = Object.values(counts).reduce((total, n) => total + n, 0);
  const indexMs = [...typeMs.values()].reduce((total, n) => total + n, 0);
  console.log('');
  console.log(
    table(
      ['full reindex (SearchIndexerService.rebuild)', 'documents', 'time', 'documents/s'],
      [
        [
          'expertise scores (recomputeEveryone, people)',
          String(people),
          seconds(expertiseMs),
          (people / (expertiseMs / 1000)).toFixed(0),
        ],
        ...[...typeMs.entries()].map(([type, t]) => [
          `index: ${type}`,
          String(counts[type] ?? 0),
          seconds(t),
          ((counts[type] ?? 0) / (t / 1000)).toFixed(0),
        ]),
        [
          'total (documents of every index / whole rebuild)',
          String(documents),
          seconds(totalMs),
          (documents / (totalMs / 1000)).toFixed(0),
        ],
      ],
    ),
  );
  return {
    documents,
    totalMs,
    expertiseMs,
    docsPerSecond: documents / (totalMs / 1000),
    indexDocsPerSecond: documents / (indexMs / 1000),
  };
}

interface ApiProcess {
  entry: string;
  pid: number;
  port: number;
  startMs: number;
  restRssKb: number;
  status(): { rssKb: number; hwmKb: number };
  kill(): void;
  stop(): Promise<void>;
}

/**
 * `node dist/apps/api/src/main.js` on the bench database, as a deployment runs it (no workers in the api,
 * logs off, rate limit out of the way), until GET /health answers 200.
 */
async function startApiProcess(options: SearchBenchOptions, databaseUrl: string): Promise<ApiProcess> {
  const entry = path.join(options.repoRoot, 'dist', 'apps', 'api', 'src', 'main.js');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['HOST', 'PUBLIC_URL', 'DATABASE_POOL_SIZE', 'MEILI_URL', 'NODE_OPTIONS'])
    delete env[name];
  Object.assign(env, {
    NODE_ENV: 'development', // the development sign-in is refused in production
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
    DATABASE_URL: databaseUrl,
    RUN_WORKERS_IN_API: 'false',
    RELAIS_DATA_DIR: options.dataDir,
    PORT: String(port),
  });
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: options.repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (output.length > 200) output.shift();
    });
  }
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const kill = () => {
    if (!exited) child.kill('SIGTERM');
  };
  const stop = async () => {
    kill();
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exit;
    clearTimeout(timer);
  };
  for (;;) {
    const res = await httpCall({ port, method: 'GET', path: '/health', agent: false, timeoutMs: 5000 }).catch(
      () => undefined,
    );
    if (res?.status === 200) break;
    if (exited || performance.now() - started > API_START_DEADLINE_MS) {
      await stop();
      throw new Error(
        `the api process did not answer GET /health 200\n--- its output ---\n${output.join('\n')}`,
      );
    }
    await sleep(50);
  }
  const startMs = performance.now() - started;
  const status = () => procStatus(child.pid!);
  await sleep(1000);
  return { entry, pid: child.pid!, port, startMs, restRssKb: status().rssKb, status, kill, stop };
}

/** 8 hex digits of the compiled demo library (the bulk generator and its data), to key a kept database. */
function generatorFingerprint(repoRoot: string): string {
  const root = path.join(repoRoot, 'dist', 'libs', 'demo', 'src');
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.js')) hash.update(entry.name).update(fs.readFileSync(file));
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 8);
}

/** VmRSS and VmHWM of a process, in KiB (Linux). */
function procStatus(pid: number): { rssKb: number; hwmKb: number } {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
  } catch {
    return { rssKb: Number.NaN, hwmKb: Number.NaN };
  }
}

function sampleRss(status: () => { rssKb: number }, everyMs: number): { stop(): number[] } {
  const samples: number[] = [status().rssKb];
  const timer = setInterval(() => samples.push(status().rssKb), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(status().rssKb);
      return samples.filter(Number.isFinite);
    },
  };
}

async function signIn(port: number): Promise<string> {
  const res = await httpCall({
    port,
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
    .concat(res.headers['set-cookie'] ?? [])
    .map((cookie) => new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1])
    .find(Boolean);
  if (!token) throw new Error(`devSignIn gave no session cookie: ${res.status} ${res.body}`);
  return token;
}

async function graphqlJson<T>(
  port: number,
  agent: http.Agent,
  headers: http.OutgoingHttpHeaders,
  body: string,
): Promise<T> {
  const res = await httpCall({
    port,
    method: 'POST',
    path: '/graphql',
    agent,
    headers,
    body,
    timeoutMs: 60_000,
  });
  const parsed = JSON.parse(res.body) as { data?: T; errors?: unknown };
  if (res.status !== 200 || parsed.errors || !parsed.data)
    throw new Error(`graphql: ${res.status} ${res.body}`);
  return parsed.data;
}

/**
 * `clients` loops, each sending the next query (round robin over the list, shared) as soon as its previous
 * one answered, for `durationMs`, or for `rounds` passes over the list when given.
 */
async function closedLoop(
  clients: number,
  durationMs: number,
  queries: readonly string[],
  call: (client: number, q: string) => Promise<unknown>,
  rounds?: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const perQuery = queries.map(() => [] as number[]);
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + durationMs;
  const more = () =>
    errors < MAX_ERRORS &&
    (rounds !== undefined ? next < rounds * queries.length : performance.now() < deadline);
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (more()) {
        const i = next++ % queries.length;
        const t0 = performance.now();
        try {
          await call(client, queries[i]!);
          const t = performance.now() - t0;
          latencies.push(t);
          perQuery[i]!.push(t);
        } catch (error) {
          errors++;
          firstError ??= String(error);
        }
      }
    }),
  );
  return {
    latencies,
    perQuery,
    elapsedMs: performance.now() - started,
    errors,
    ...(firstError ? { firstError } : {}),
  };
}

/**
 * One client, the series interleaved request by request: each query goes through every series in turn (the
 * order rotating), for `durationMs` and at least `minPasses` passes over the queries. A series' elapsed
 * time is the sum of its own requests' times (its throughput as one client sending back to back).
 */
async function interleaved(
  durationMs: number,
  minPasses: number,
  queries: readonly string[],
  names: readonly SeriesName[],
  calls: Record<SeriesName, (client: number, q: string) => Promise<unknown>>,
): Promise<Record<SeriesName, LoadResult>> {
  const results = Object.fromEntries(
    names.map((name) => [
      name,
      { latencies: [], perQuery: queries.map(() => []), elapsedMs: 0, errors: 0 } as LoadResult,
    ]),
  ) as Record<SeriesName, LoadResult>;
  const started = performance.now();
  for (let i = 0; ; i++) {
    if (i >= minPasses * queries.length && performance.now() - started >= durationMs) break;
    if (names.some((name) => results[name].errors >= MAX_ERRORS)) break;
    const q = i % queries.length;
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length]!;
      const result = results[name];
      const t0 = performance.now();
      try {
        await calls[name](0, queries[q]!);
        const t = performance.now() - t0;
        result.latencies.push(t);
        result.perQuery[q]!.push(t);
      } catch (error) {
        result.errors++;
        result.firstError ??= String(error);
      }
      result.elapsedMs += performance.now() - t0;
    }
  }
  return results;
}

function stats(runs: readonly LoadResult[]): Stats {
  const all = sorted(runs.flatMap((r) => r.latencies));
  const elapsed = runs.reduce((total, r) => total + r.elapsedMs, 0);
  const errors = runs.reduce((total, r) => total + r.errors, 0);
  const firstError = runs.find((r) => r.firstError)?.firstError;
  const at = (p: number) => (all.length ? percentile(all, p) : Number.NaN);
  return {
    n: all.length,
    rps: all.length / (elapsed / 1000),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: all.length ? all[all.length - 1]! : Number.NaN,
    errors,
    ...(firstError ? { firstError } : {}),
  };
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

function mb(kb: number): string {
  return `${(kb / 1024).toFixed(0)} MB`;
}

function errorsOf(s: Stats): string {
  return s.errors ? `, ${s.errors} FAILED request(s)` : '';
}

function statementsPerRequest(recorded: Map<string, RecordedQuery[]>, queries: readonly string[]): string {
  const counts = queries.map((q) => recorded.get(q)!.length);
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  return min === max ? String(min) : `${min}-${max}`;
}
