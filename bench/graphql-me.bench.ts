import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ME_REQUEST_STATEMENTS, MeRequestParams, normalizeSql, RATE_LIMIT_UPSERT } from './me-request.sql';
import { httpCall, keepAliveAgent } from './support/http';
import { startBenchApi } from './support/bench-api';
import { ms, ratio, Summary, summarize, table, Verdict } from './support/measure';
import { recordPgQueries } from './support/pg-recorder';

const DATABASE = 'relais_bench';
const SESSION_COOKIE = 'relais_session'; // libs/identity/src/sessions/session-token.ts
const TARGET_RATIO = 2.0;
const ME_QUERY = JSON.stringify({ query: '{ me { id email displayName roles } }' });
const TYPENAME_QUERY = JSON.stringify({ query: '{ __typename }' });
const SIGN_IN = JSON.stringify({
  query: 'mutation ($input: DevSignInInput!) { devSignIn(input: $input) { user { id email } } }',
  variables: { input: { email: 'camille.martin@example.com' } },
});

export interface GraphqlMeOptions {
  repoRoot: string;
  dataDir: string;
  /** Measured requests per series. */
  iterations: number;
  warmup: number;
  /** The ratio is also shown for this many consecutive slices of the run, to show how steady it was. */
  slices: number;
}

/** `{ me }` over HTTP against the raw SQL it runs, over one pg connection. */
export async function graphqlMeBench(options: GraphqlMeOptions): Promise<Verdict[]> {
  const { app, databaseUrl, cleanups } = await startBenchApi({
    dataDir: options.dataDir,
    repoRoot: options.repoRoot,
    database: DATABASE,
  });
  try {
    await app.listen(0, '127.0.0.1');
    const apiPort = (app.getHttpServer().address() as AddressInfo).port;

    const empty = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"data":{}}');
      });
    });
    await new Promise<void>((resolve) => empty.listen(0, '127.0.0.1', resolve));
    cleanups.unshift(() => new Promise<void>((resolve) => empty.close(() => resolve())));
    const emptyPort = (empty.address() as AddressInfo).port;

    // Sign in: the first account of the empty organisation becomes admin, so roles has one granted row.
    const signIn = await httpCall({
      port: apiPort,
      method: 'POST',
      path: '/graphql',
      agent: false,
      headers: { 'content-type': 'application/json' },
      body: SIGN_IN,
    });
    const token = ([] as string[])
      .concat(signIn.headers['set-cookie'] ?? [])
      .map((cookie) => new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1])
      .find(Boolean);
    if (!token) throw new Error(`devSignIn gave no session cookie: ${signIn.status} ${signIn.body}`);
    const userId = (JSON.parse(signIn.body) as { data: { devSignIn: { user: { id: string } } } }).data
      .devSignIn.user.id;
    const headers = { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` };

    const agent = keepAliveAgent();
    const emptyAgent = keepAliveAgent();
    cleanups.unshift(async () => {
      agent.destroy();
      emptyAgent.destroy();
    });
    const post = (port: number, body: string, via: http.Agent) =>
      httpCall({ port, method: 'POST', path: '/graphql', agent: via, headers, body });

    const first = await post(apiPort, ME_QUERY, agent);
    const me = (JSON.parse(first.body) as { data?: { me?: { email: string; roles: string[] } } }).data?.me;
    if (first.status !== 200 || me?.email !== 'camille.martin@example.com')
      throw new Error(`me answered ${first.status} ${first.body}`);
    console.log(
      `signed in as ${me.email}, roles ${me.roles.join(', ')}; me answers ${first.body.length} bytes`,
    );

    // What one request runs, recorded at the pg driver, against the copies the raw series runs.
    const recording = recordPgQueries();
    await post(apiPort, ME_QUERY, agent);
    recording.stop();
    const ran = recording.queries.filter((q) => !/pgboss/i.test(q.text));
    const copies = ME_REQUEST_STATEMENTS.map((statement) => normalizeSql(statement.text));
    const matches = ran.length === copies.length && ran.every((q, i) => normalizeSql(q.text) === copies[i]);
    console.log(`one me request ran ${ran.length} statement(s):`);
    for (const q of ran) console.log(`  - ${normalizeSql(q.text)}`);
    console.log(
      matches
        ? 'the raw-SQL series runs the same statements, in the same order, with the same parameters'
        : 'WARNING: bench/me-request.sql.ts no longer matches what the request runs; the ratio compares different work',
    );

    const raw = new Client({ connectionString: databaseUrl, application_name: 'relais-bench' });
    await raw.connect();
    cleanups.unshift(() => raw.end());
    // The rate-limit row the request itself counted on: same key, same row, whatever the key scheme.
    const upsert = ran.find((q) => normalizeSql(q.text) === normalizeSql(RATE_LIMIT_UPSERT.text));
    const params: MeRequestParams = {
      tokenHash: createHash('sha256').update(token).digest(),
      rateLimitKey: String(upsert?.values?.[0] ?? 'default:relais-bench'),
      rateLimitTtlMs: Number(upsert?.values?.[1] ?? 60_000),
      userId,
    };
    if (!upsert) console.log('WARNING: no rate-limit upsert recorded; the raw series counts on its own row');
    const statementTimes = ME_REQUEST_STATEMENTS.map(() => [] as number[]);
    const runRaw = async () => {
      for (let i = 0; i < ME_REQUEST_STATEMENTS.length; i++) {
        const statement = ME_REQUEST_STATEMENTS[i]!;
        const started = performance.now();
        const result = await raw.query(statement.text, statement.params(params));
        statementTimes[i]!.push(performance.now() - started);
        // Each returns one row here (the admin has one granted role): proof the baseline does the real work.
        if (result.rowCount !== 1) throw new Error(`${statement.name}: ${result.rowCount} rows, expected 1`);
      }
    };

    const series = {
      graphql: async () => {
        const res = await post(apiPort, ME_QUERY, agent);
        if (res.status !== 200 || res.body.includes('"errors"'))
          throw new Error(`me: ${res.status} ${res.body}`);
      },
      typename: async () => {
        const res = await post(apiPort, TYPENAME_QUERY, agent);
        if (res.status !== 200) throw new Error(`__typename: ${res.status} ${res.body}`);
      },
      rawSql: runRaw,
      emptyHttp: async () => {
        const res = await post(emptyPort, ME_QUERY, emptyAgent);
        if (res.status !== 200) throw new Error(`empty server: ${res.status}`);
      },
    };
    type SeriesName = keyof typeof series;
    const names = Object.keys(series) as SeriesName[];

    // Interleaved, one request of each series per iteration: load from other work on the machine then
    // slows every series alike instead of whichever happened to run at that moment.
    for (let i = 0; i < options.warmup; i++) for (const name of names) await series[name]();
    for (const list of statementTimes) list.length = 0;

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
    const sliceSize = Math.ceil(options.iterations / options.slices);
    const sliceRatios = Array.from({ length: options.slices }, (_, k) => {
      const mean = (list: number[]) => summarize(list.slice(k * sliceSize, (k + 1) * sliceSize)).mean;
      return mean(samples.graphql) / mean(samples.rawSql);
    });

    // Where a me request spends its time: the statements as the api's pool runs them (after checkout).
    const profiled = 500;
    const profile = recordPgQueries();
    const profileStarted = performance.now();
    for (let i = 0; i < profiled; i++) await series.graphql();
    const profileMs = (performance.now() - profileStarted) / profiled;
    profile.stop();
    const apiStatements = profile.queries.filter((q) => !/pgboss/i.test(q.text));
    const inSqlMs = apiStatements.reduce((total, q) => total + q.ms, 0) / profiled;

    const s = Object.fromEntries(names.map((name) => [name, summarize(samples[name])])) as Record<
      SeriesName,
      Summary
    >;
    const row = (label: string, summary: Summary) => [
      label,
      String(summary.n),
      ms(summary.mean),
      ms(summary.p50),
      ms(summary.p95),
      ratio(summary.mean / s.rawSql.mean),
    ];
    const combined = {
      mean: s.rawSql.mean + s.emptyHttp.mean,
      p50: s.rawSql.p50 + s.emptyHttp.p50,
      p95: s.rawSql.p95 + s.emptyHttp.p95,
    };
    console.log('');
    console.log(
      table(
        ['per request', 'n', 'mean', 'p50', 'p95', 'vs raw SQL'],
        [
          row('POST /graphql { me { id email displayName roles } }', s.graphql),
          row(`raw SQL: the same ${ME_REQUEST_STATEMENTS.length} statements, one pg connection`, s.rawSql),
          row('POST /graphql { __typename } (no resolver, no SQL)', s.typename),
          row('empty HTTP round trip (node http server, same body)', s.emptyHttp),
          [
            'raw SQL + empty HTTP round trip (sums)',
            '',
            ms(combined.mean),
            ms(combined.p50),
            ms(combined.p95),
            ratio(combined.mean / s.rawSql.mean),
          ],
        ],
      ),
    );
    console.log('');
    console.log(
      table(
        ['raw SQL, per statement', 'mean', 'p50', 'p95'],
        ME_REQUEST_STATEMENTS.map((statement, i) => {
          const summary = summarize(statementTimes[i]!);
          return [statement.name, ms(summary.mean), ms(summary.p50), ms(summary.p95)];
        }),
      ),
    );
    const graphqlRatio = s.graphql.mean / s.rawSql.mean;
    console.log('');
    console.log(
      `  graphql / raw SQL:                  ${ratio(graphqlRatio)} (means; p50 ${ratio(s.graphql.p50 / s.rawSql.p50)}; ` +
        `per ${sliceSize}-request slice ${sliceRatios.map(ratio).join(' ')})`,
    );
    console.log(
      `  graphql / (raw SQL + empty HTTP):   ${ratio(s.graphql.mean / combined.mean)} (means; informative: ` +
        `${ms(combined.mean - s.rawSql.mean)} of the gap is HTTP itself)`,
    );
    console.log(
      `  profile of ${profiled} more me requests: ${ms(profileMs)} each, ` +
        `${(apiStatements.length / profiled).toFixed(2)} statements each, ${ms(inSqlMs)} inside pg queries, ` +
        `${ms(profileMs - inSqlMs)} elsewhere (HTTP, Nest, Apollo, guards, pool checkouts, client)`,
    );
    return [
      {
        target: `graphql me / raw SQL <= ${TARGET_RATIO.toFixed(1)}`,
        pass: graphqlRatio <= TARGET_RATIO,
        detail: `${ratio(graphqlRatio)} (${ms(s.graphql.mean)} vs ${ms(s.rawSql.mean)} per request, means over ${s.graphql.n})`,
      },
    ];
  } finally {
    for (const cleanup of cleanups)
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}
