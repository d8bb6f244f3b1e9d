import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiProcess, ensureBuiltApi, spawnApi } from '../support/process';

/** A bad variable stops the built api before it starts anything, with a message naming the variable. */
describe('configuration errors (built api)', () => {
  const cases = [
    { name: 'PORT', value: 'abc', expects: 'expected a whole number between 0 and 65535' },
    {
      name: 'DATABASE_URL',
      value: 'mysql://x',
      expects: 'expected a postgres:// or postgresql:// URL',
    },
    { name: 'LOG_LEVEL', value: 'loud', expects: 'expected one of fatal, error, warn, info' },
    {
      name: 'RATE_LIMIT_PER_MINUTE',
      value: '-1',
      expects: 'expected a whole number between 1 and 1000000',
    },
  ];
  let tmp: string;
  const runs = new Map<string, { api: ApiProcess; code: number | string; dataDir: string }>();

  beforeAll(async () => {
    await ensureBuiltApi();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-config-'));
    // All at once: each run is mostly Node loading modules.
    await Promise.all(
      cases.map(async ({ name, value }) => {
        const dataDir = path.join(tmp, name);
        const api = spawnApi({ [name]: value, RELAIS_DATA_DIR: dataDir });
        const code = await api.waitForExit(30_000).catch((error: unknown) => String(error));
        runs.set(name, { api, code, dataDir });
      }),
    );
  });
  afterAll(async () => {
    await Promise.all([...runs.values()].map(({ api }) => api.kill()));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it.each(cases)('$name=$value exits with 78 and names the variable', ({ name, value, expects }) => {
    const { api, code, dataDir } = runs.get(name)!;
    expect(code).toBe(78);
    expect(api.stderr()).toContain('Invalid configuration');
    expect(api.stderr()).toContain(`${name}: ${expects}`);
    if (name === 'DATABASE_URL') expect(api.stderr()).not.toContain(value);
    else expect(api.stderr()).toContain(JSON.stringify(value));
    // Only that variable is blamed, and nothing else started: no database, no data folder, no server.
    expect(api.stderr().match(/^ {2}- /gm)).toHaveLength(1);
    expect(api.stdout()).not.toMatch(/\[database\]|Relais is ready/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
