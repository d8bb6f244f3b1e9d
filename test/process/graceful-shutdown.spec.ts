import * as http from 'node:http';
import { createTestDatabase, TestDatabase } from '@relais/testing';
import {
  ApiProcess,
  ensureBuiltApi,
  freePort,
  httpRequest,
  isListening,
  spawnApi,
  waitFor,
} from '../support/process';

/** SIGTERM lets requests already received finish, refuses new ones, then exits 0. */
describe('graceful shutdown (built api)', () => {
  let database: TestDatabase;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    await ensureBuiltApi();
    database = await createTestDatabase();
    api = spawnApi({ DATABASE_URL: database.url, LOG_LEVEL: 'warn' }, await freePort());
    await api.waitForOutput(/Relais is ready/);
  });
  afterAll(async () => {
    await api?.kill();
    await database?.drop();
  });

  it('finishes an in-flight request, refuses new connections, then exits 0', async () => {
    const { port } = api!;
    const body = JSON.stringify({
      query: 'mutation ($input: DevSignInInput!) { devSignIn(input: $input) { user { email displayName } } }',
      variables: { input: { email: 'in.flight@example.com', displayName: 'In Flight' } },
    });
    const half = Math.floor(body.length / 2);

    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/graphql',
      agent: false,
      // No Content-Length: the body goes chunked. `Expect: 100-continue` makes the server say when it
      // has read the headers, so the request is provably in flight before the signal.
      headers: { 'Content-Type': 'application/json', Expect: '100-continue' },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
    });
    await new Promise<void>((resolve, reject) => {
      req.once('continue', resolve);
      req.once('error', reject);
      req.flushHeaders();
    });
    await new Promise<void>((resolve, reject) =>
      req.write(body.slice(0, half), (e) => (e ? reject(e) : resolve())),
    );

    api!.child.kill('SIGTERM');
    // The listening socket closes at once: new connections are refused while the request is pending.
    await waitFor('the api to stop accepting connections', async () => !(await isListening(port)));
    await expect(httpRequest(port, 'GET', '/health')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(api!.child.exitCode).toBeNull();

    req.end(body.slice(half));
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      data: { devSignIn: { user: { email: 'in.flight@example.com', displayName: 'In Flight' } } },
    });

    expect(await api!.waitForExit()).toBe(0);
  });
});
