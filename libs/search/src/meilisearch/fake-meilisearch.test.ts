import * as http from 'node:http';
import type { DataSource } from 'typeorm';
import type { AddressInfo } from 'node:net';

/**
 * Test support, not a test suite (the `.test.ts` suffix keeps it out of the build and out of jest's
 * `*.spec.ts` match): a local HTTP server that speaks enough of the Meilisearch v1 API for the engine's
 * unit tests, and records every request it receives.
 *
 * Writes answer like Meilisearch: 202 and an enqueued task summary; the task is processed at once, so
 * `GET /tasks/:uid` already reports it succeeded (or failed, with Meilisearch's error object). Searches
 * answer with what `answerSearch` returns, shaped by the request's pagination mode.
 */

export interface RecordedRequest {
  method: string;
  /** The path without its query string, e.g. `/indexes/relais_people/settings`. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body, undefined without one. */
  body: unknown;
  headers: http.IncomingHttpHeaders;
}

export interface SearchRequest {
  indexUid: string;
  body: Record<string, unknown>;
}

export interface SearchAnswer {
  hits?: Array<Record<string, unknown>>;
  /** Defaults to the number of hits. */
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

export type FakeSettings = Record<string, unknown>;

interface FakeIndex {
  uid: string;
  primaryKey: string | null;
  settings: FakeSettings;
  documents: Map<string, Record<string, unknown>>;
  createdAt: string;
}

interface MeiliError {
  message: string;
  code: string;
  type: string;
  link: string;
}

interface FakeTask {
  uid: number;
  batchUid: number;
  indexUid: string | null;
  status: 'succeeded' | 'failed';
  type: string;
  canceledBy: null;
  details: Record<string, unknown>;
  error: MeiliError | null;
  duration: string;
  enqueuedAt: string;
  startedAt: string;
  finishedAt: string;
}

const NOW = '2026-01-01T00:00:00.000000000Z';

/** Meilisearch v1's settings of a new index. */
export function defaultSettings(): FakeSettings {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: ['*'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: {},
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
    pagination: { maxTotalHits: 1000 },
    embedders: {},
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

/** Settings whose sub-objects a PATCH merges field by field rather than replaces. */
const MERGED_SETTINGS = new Set(['typoTolerance', 'faceting', 'pagination']);

function apiError(code: string, message: string, type = 'invalid_request'): MeiliError {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}

export class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Map<string, FakeIndex>();
  /** What a search (POST /indexes/:uid/search or one query of /multi-search) answers. */
  answerSearch: (request: SearchRequest) => SearchAnswer = () => ({});
  /** The next task of this type fails with this error. */
  private failure: { type: string; error: MeiliError } | null = null;
  private readonly tasks = new Map<number, FakeTask>();
  private nextTaskUid = 0;

  private constructor(
    private readonly server: http.Server,
    private readonly apiKey: string | undefined,
  ) {}

  /** Listens on 127.0.0.1, on a free port. With an api key, requests must carry `Bearer <key>`. */
  static async start(options: { apiKey?: string } = {}): Promise<FakeMeilisearch> {
    const server = http.createServer((request, response) => {
      void fake.handle(request, response);
    });
    const fake = new FakeMeilisearch(server, options.apiKey);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Forgets the recorded requests (not the indexes). */
  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Every recorded request except task polling, as `METHOD path`. */
  calls(): string[] {
    return this.requests
      .filter((request) => !request.path.startsWith('/tasks/'))
      .map((request) => `${request.method} ${request.path}`);
  }

  /** The recorded requests with this method and path. */
  find(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && request.path === path);
  }

  /** Makes the next task of this type (e.g. `documentAdditionOrUpdate`) fail. */
  failNextTask(type: string, code = 'internal', message = 'the fake failed this task'): void {
    this.failure = { type, error: apiError(code, message, 'internal') };
  }

  /** An index as if it had been created earlier, with default settings unless given. */
  addIndex(uid: string, settings: FakeSettings = {}): void {
    this.indexes.set(uid, {
      uid,
      primaryKey: 'id',
      settings: { ...defaultSettings(), ...settings },
      documents: new Map(),
      createdAt: NOW,
    });
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://fake');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body: raw ? (JSON.parse(raw) as unknown) : undefined,
      headers: request.headers,
    };
    this.requests.push(recorded);

    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (this.apiKey !== undefined) {
      const authorization = request.headers.authorization;
      if (!authorization) {
        send(401, apiError('missing_authorization_header', 'The Authorization header is missing.', 'auth'));
        return;
      }
      if (authorization !== `Bearer ${this.apiKey}`) {
        send(403, apiError('invalid_api_key', 'The provided API key is invalid.', 'auth'));
        return;
      }
    }
    try {
      const [status, body] = this.route(recorded);
      send(status, body);
    } catch (error) {
      send(500, apiError('internal', error instanceof Error ? error.message : String(error), 'internal'));
    }
  }

  private route(request: RecordedRequest): [number, unknown] {
    const { method, path } = request;
    const body = request.body;
    const parts = path.split('/').filter(Boolean);

    if (method === 'GET' && parts[0] === 'tasks' && parts.length === 2) {
      const task = this.tasks.get(Number(parts[1]));
      return task ? [200, task] : [404, apiError('task_not_found', `Task \`${parts[1]}\` not found.`)];
    }
    if (method === 'POST' && path === '/indexes') {
      const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
      return this.enqueue('indexCreation', uid, () => {
        if (this.indexes.has(uid))
          return apiError('index_already_exists', `Index \`${uid}\` already exists.`);
        this.addIndex(uid);
        this.indexes.get(uid)!.primaryKey = primaryKey ?? null;
        return null;
      });
    }
    if (method === 'POST' && path === '/swap-indexes') {
      const swaps = body as Array<{ indexes: [string, string] }>;
      return this.enqueue('indexSwap', null, () => {
        for (const { indexes } of swaps) {
          const [a, b] = indexes.map((uid) => this.indexes.get(uid));
          const missing = indexes.find((uid) => !this.indexes.has(uid));
          if (!a || !b) return apiError('index_not_found', `Index \`${missing}\` not found.`);
          this.indexes.set(indexes[0], { ...b, uid: indexes[0] });
          this.indexes.set(indexes[1], { ...a, uid: indexes[1] });
        }
        return null;
      });
    }
    if (method === 'POST' && path === '/multi-search') {
      const { queries } = body as { queries: Array<Record<string, unknown>> };
      return [
        200,
        {
          results: queries.map((query) => {
            const { indexUid, ...search } = query;
            return { indexUid, ...this.search(String(indexUid), search) };
          }),
        },
      ];
    }
    if (parts[0] !== 'indexes' || parts.length < 2) {
      return [404, apiError('not_found', `No route for ${method} ${path}`)];
    }

    const uid = parts[1]!;
    const index = this.indexes.get(uid);
    const rest = parts.slice(2).join('/');
    const notFound = (): [number, unknown] => [
      404,
      apiError('index_not_found', `Index \`${uid}\` not found.`),
    ];

    if (rest === '' && method === 'GET') {
      if (!index) return notFound();
      return [200, { uid, primaryKey: index.primaryKey, createdAt: index.createdAt, updatedAt: NOW }];
    }
    if (rest === '' && method === 'DELETE') {
      return this.enqueue('indexDeletion', uid, () => {
        if (!this.indexes.delete(uid)) return apiError('index_not_found', `Index \`${uid}\` not found.`);
        return null;
      });
    }
    if (rest === 'settings' && method === 'GET') {
      if (!index) return notFound();
      // Meilisearch keeps these as sets: it answers them sorted.
      const settings = { ...index.settings };
      for (const key of ['filterableAttributes', 'sortableAttributes']) {
        const value = settings[key];
        if (Array.isArray(value)) settings[key] = [...(value as string[])].sort();
      }
      return [200, settings];
    }
    if (rest === 'settings' && method === 'PATCH') {
      return this.enqueue('settingsUpdate', uid, () => {
        const target = this.indexes.get(uid);
        if (!target) return apiError('index_not_found', `Index \`${uid}\` not found.`);
        for (const [key, value] of Object.entries(body as FakeSettings)) {
          target.settings[key] = MERGED_SETTINGS.has(key)
            ? merge(target.settings[key], value)
            : structuredClone(value);
        }
        return null;
      });
    }
    if (rest === 'documents' && method === 'POST') {
      const documents = body as Array<Record<string, unknown>>;
      return this.enqueue('documentAdditionOrUpdate', uid, () => {
        if (!this.indexes.has(uid)) this.addIndex(uid);
        const target = this.indexes.get(uid)!;
        const key = request.query.primaryKey ?? target.primaryKey ?? 'id';
        for (const document of documents) target.documents.set(String(document[key]), document);
        return null;
      });
    }
    if (rest === 'documents/delete-batch' && method === 'POST') {
      const ids = body as string[];
      return this.enqueue('documentDeletion', uid, () => {
        const target = this.indexes.get(uid);
        if (!target) return apiError('index_not_found', `Index \`${uid}\` not found.`);
        for (const id of ids) target.documents.delete(String(id));
        return null;
      });
    }
    if (rest === 'search' && method === 'POST') {
      return [200, this.search(uid, body as Record<string, unknown>)];
    }
    return [404, apiError('not_found', `No route for ${method} ${path}`)];
  }

  /** Runs the task's effect now and answers 202 with the summary Meilisearch gives of an enqueued task. */
  private enqueue(type: string, indexUid: string | null, run: () => MeiliError | null): [number, unknown] {
    const uid = this.nextTaskUid++;
    let error: MeiliError | null;
    if (this.failure?.type === type) {
      error = this.failure.error;
      this.failure = null;
    } else {
      error = run();
    }
    this.tasks.set(uid, {
      uid,
      batchUid: uid,
      indexUid,
      status: error ? 'failed' : 'succeeded',
      type,
      canceledBy: null,
      details: {},
      error,
      duration: 'PT0.001S',
      enqueuedAt: NOW,
      startedAt: NOW,
      finishedAt: NOW,
    });
    return [202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: NOW }];
  }

  private search(indexUid: string, body: Record<string, unknown>): Record<string, unknown> {
    const answer = this.answerSearch({ indexUid, body });
    let hits = answer.hits ?? [];
    const response: Record<string, unknown> = { query: body.q ?? '', processingTimeMs: 1 };
    if (body.page !== undefined || body.hitsPerPage !== undefined) {
      const hitsPerPage = typeof body.hitsPerPage === 'number' ? body.hitsPerPage : 20;
      const totalHits = answer.totalHits ?? hits.length;
      if (hitsPerPage === 0) hits = [];
      Object.assign(response, {
        hitsPerPage,
        page: typeof body.page === 'number' ? body.page : 1,
        totalPages: hitsPerPage === 0 ? 0 : Math.ceil(totalHits / hitsPerPage),
        totalHits,
      });
    } else {
      const limit = typeof body.limit === 'number' ? body.limit : 20;
      if (limit === 0) hits = [];
      Object.assign(response, {
        limit,
        offset: typeof body.offset === 'number' ? body.offset : 0,
        estimatedTotalHits: answer.totalHits ?? hits.length,
      });
    }
    if (Array.isArray(body.facets)) {
      const distribution: Record<string, Record<string, number>> = {};
      for (const facet of body.facets as string[])
        distribution[facet] = answer.facetDistribution?.[facet] ?? {};
      Object.assign(response, { facetDistribution: distribution, facetStats: {} });
    }
    return { hits, ...response };
  }
}

function merge(current: unknown, patch: unknown): unknown {
  if (!isObject(current) || !isObject(patch)) return structuredClone(patch);
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) merged[key] = merge(current[key], value);
  return merged;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One statement the engine ran on the fake DataSource: its label (`/* meilisearch:<label> *\/`) and params. */
export interface StatementCall {
  label: string;
  params: unknown[];
}

type StatementAnswer = unknown[] | ((params: unknown[]) => unknown[]);

/**
 * A DataSource whose `query` answers canned rows, chosen by the label every statement of the adapter
 * starts with (so tests check the parameters, never the SQL text). An unexpected statement fails the test.
 */
export function fakeDataSource(answers: Record<string, StatementAnswer>): {
  dataSource: DataSource;
  calls: StatementCall[];
} {
  const calls: StatementCall[] = [];
  const query = async (sql: string, params: unknown[] = []): Promise<unknown[]> => {
    const label = /\/\* meilisearch:([a-z.-]+) \*\//.exec(sql)?.[1] ?? sql;
    calls.push({ label, params });
    const answer = answers[label];
    if (answer === undefined) throw new Error(`unexpected statement: ${label}`);
    return typeof answer === 'function' ? answer(params) : answer;
  };
  // Only `query` is used by the adapter.
  return { dataSource: { query } as unknown as DataSource, calls };
}
