import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as ts from 'typescript';
import { parse } from 'yaml';
import { environmentSchema } from '../../libs/config/src/config.schema';
import { loadConfig } from '../../libs/config/src/relais-config';

/**
 * No Docker engine runs in the tests, so this reads docker/compose.yaml and docker/Dockerfile the way
 * `docker compose up --build` would and checks that what they say fits the code: the build targets exist,
 * the images are pinned, every variable is one Relais reads and is valid for its validator, the services
 * reach each other, the images start files the build produces, and the api's health check works.
 * Each check collects every problem it finds, so a failure lists them all.
 */

const ROOT = path.resolve(__dirname, '../..');
const COMPOSE_FILE = path.join(ROOT, 'docker/compose.yaml');
const REQUIRED_SERVICES = ['postgres', 'meilisearch', 'api', 'worker'];
const APP_SERVICES = ['api', 'worker'] as const;

// ---------------------------------------------------------------- compose file

interface ComposeBuild {
  context?: string;
  dockerfile?: string;
  target?: string;
}

interface ComposeService {
  image?: string;
  build?: string | ComposeBuild;
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
}

interface ComposeFile {
  services?: Record<string, ComposeService>;
}

function readCompose(): ComposeFile {
  // Merge keys (`<<: *anchor`) are YAML 1.1, which Compose supports; the yaml package needs them enabled.
  return parse(fs.readFileSync(COMPOSE_FILE, 'utf8'), { merge: true }) as ComposeFile;
}

function service(compose: ComposeFile, name: string): ComposeService {
  const found = compose.services?.[name];
  if (!found) throw new Error(`docker/compose.yaml: service "${name}" is missing`);
  return found;
}

/**
 * Replaces Compose interpolation with what it yields when no variable is set: `${VAR:-default}` and
 * `${VAR-default}` give the default, `$$` gives `$`. A variable without a default would make the file
 * depend on the caller's shell, so it is reported.
 */
function interpolateDefaults(value: string, where: string): string {
  return value.replace(
    /\$\$|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced?: string, bare?: string) => {
      if (whole === '$$') return '$';
      const withDefault = braced === undefined ? null : /^[A-Za-z_][A-Za-z0-9_]*:?-(.*)$/s.exec(braced);
      if (withDefault) return withDefault[1];
      const variable = (braced ?? bare ?? '').replace(/[^A-Za-z0-9_].*$/s, '');
      throw new Error(
        `docker/compose.yaml ${where}: ${whole} has no default (write \${${variable}:-default})`,
      );
    },
  );
}

/** A service's environment as Relais would receive it with no variable set in the caller's shell. */
function environmentOf(compose: ComposeFile, name: string): Record<string, string> {
  const declared = service(compose, name).environment ?? {};
  const entries: [string, string][] = Array.isArray(declared)
    ? declared.map((line) => {
        const eq = line.indexOf('=');
        return eq < 0 ? [line, ''] : [line.slice(0, eq), line.slice(eq + 1)];
      })
    : Object.entries(declared).map(([key, value]) => [key, value === null ? '' : String(value)]);
  return Object.fromEntries(
    entries.map(([key, value]) => [key, interpolateDefaults(value, `services.${name}.environment.${key}`)]),
  );
}

function buildOf(svc: ComposeService): ComposeBuild | undefined {
  if (svc.build === undefined) return undefined;
  return typeof svc.build === 'string' ? { context: svc.build } : svc.build;
}

function dependsOn(svc: ComposeService): Record<string, string> {
  const deps = svc.depends_on ?? {};
  return Array.isArray(deps)
    ? Object.fromEntries(deps.map((d) => [d, 'service_started']))
    : Object.fromEntries(Object.entries(deps).map(([d, v]) => [d, v.condition ?? 'service_started']));
}

/** `name[:tag][@digest]`, the tag being what follows the last ':' after the last '/' (a registry port is not a tag). */
function imageTag(image: string): { tag: string | undefined; digest: boolean } {
  const [ref, digest] = image.split('@');
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':', lastSlash + 1);
  return { tag: colon < 0 ? undefined : ref.slice(colon + 1), digest: digest !== undefined };
}

function pinningProblem(image: string): string | undefined {
  const { tag, digest } = imageTag(image);
  if (digest) return undefined;
  if (tag === undefined) return 'has no tag (Docker would pull :latest)';
  if (tag === 'latest') return 'uses :latest';
  if (tag.includes('$')) return 'takes its tag from a variable';
  return undefined;
}

// ---------------------------------------------------------------- Dockerfile

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

interface Stage {
  name: string | undefined;
  from: string;
  instructions: Instruction[];
}

/** The stages of a Dockerfile: `FROM image [AS name]` and the instructions under each. */
function readDockerfile(file: string): Stage[] {
  const stages: Stage[] = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i].trim();
    if (text === '' || text.startsWith('#')) continue;
    // Continuation lines; comment lines inside an instruction are dropped, as Docker does.
    while (text.endsWith('\\') && i + 1 < lines.length) {
      text = text.slice(0, -1);
      const next = lines[++i].trim();
      if (!next.startsWith('#')) text += ` ${next}`;
    }
    const match = /^(\S+)\s*(.*)$/s.exec(text);
    if (!match) continue;
    const keyword = match[1].toUpperCase();
    const args = match[2].trim();
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`docker/Dockerfile line ${start + 1}: cannot read FROM ${args}`);
      stages.push({ from: from[1], name: from[2]?.toLowerCase(), instructions: [] });
    } else if (stages.length === 0) {
      if (keyword !== 'ARG') throw new Error(`docker/Dockerfile line ${start + 1}: ${keyword} before FROM`);
    } else {
      stages[stages.length - 1].instructions.push({ keyword, args, line: start + 1 });
    }
  }
  return stages;
}

/** The stage and the stages it is built on, nearest first. */
function lineage(stages: Stage[], name: string): Stage[] {
  const chain: Stage[] = [];
  let current = stages.find((s) => s.name === name);
  while (current) {
    chain.push(current);
    const parent = current.from.toLowerCase();
    current = stages.find((s) => s.name === parent && !chain.includes(s));
  }
  return chain;
}

/** The instruction in effect for a stage: its own last one, else the one it inherits (CMD, USER, ...). */
function effective(stages: Stage[], name: string, keyword: string): Instruction | undefined {
  for (const stage of lineage(stages, name)) {
    const own = stage.instructions.filter((ins) => ins.keyword === keyword);
    if (own.length) return own[own.length - 1];
  }
  return undefined;
}

/** Exec form (a JSON array) is what lets the process receive SIGTERM for a graceful shutdown. */
function execForm(instruction: Instruction, what: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(instruction.args);
  } catch {
    throw new Error(
      `docker/Dockerfile line ${instruction.line}: ${what} must use the exec form ["node", ...]`,
    );
  }
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) {
    throw new Error(`docker/Dockerfile line ${instruction.line}: ${what} must be a JSON array of strings`);
  }
  return parsed;
}

/** Absolute destinations of COPY instructions in a stage's lineage (relative ones against WORKDIR). */
function copyDestinations(stages: Stage[], name: string): string[] {
  const destinations: string[] = [];
  for (const stage of lineage(stages, name)) {
    let workdir = '/';
    // WORKDIR in effect at each COPY comes from this stage or its parents.
    const inherited = effective(stages, stage.from.toLowerCase(), 'WORKDIR');
    if (inherited) workdir = inherited.args;
    for (const ins of stage.instructions) {
      if (ins.keyword === 'WORKDIR') workdir = path.posix.resolve(workdir, ins.args);
      if (ins.keyword !== 'COPY') continue;
      const parts = ins.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      destinations.push(path.posix.resolve(workdir, parts[parts.length - 1]));
    }
  }
  return destinations;
}

// ---------------------------------------------------------------- the build's output

interface ServerBuild {
  outDir: string;
  rootDir: string;
  sources: Set<string>;
  buildInfo: string | undefined;
}

/** What `npm run build:server` (tsc -p tsconfig.build.json) compiles and where it writes it. */
function readServerBuild(): ServerBuild {
  const configFile = path.join(ROOT, 'tsconfig.build.json');
  const read = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
  if (read.error)
    throw new Error(`tsconfig.build.json: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configFile);
  const { outDir, rootDir, tsBuildInfoFile } = parsed.options;
  if (!outDir || !rootDir)
    throw new Error('tsconfig.build.json (with what it extends) must set outDir and rootDir');
  return {
    outDir: path.resolve(outDir),
    rootDir: path.resolve(rootDir),
    sources: new Set(parsed.fileNames.map((f) => path.resolve(f))),
    buildInfo: tsBuildInfoFile ? path.resolve(ROOT, tsBuildInfoFile) : undefined,
  };
}

// ---------------------------------------------------------------- the checks

describe('docker/compose.yaml and docker/Dockerfile', () => {
  const compose = readCompose();
  const services = compose.services ?? {};

  it('defines the postgres, meilisearch, api and worker services', () => {
    const missing = REQUIRED_SERVICES.filter((name) => !(name in services));
    expect(missing.map((name) => `service "${name}" is missing from docker/compose.yaml`)).toEqual([]);
  });

  it('builds every built service from an existing Dockerfile and a stage it defines', () => {
    const problems: string[] = [];
    const built = Object.entries(services).filter(([, svc]) => svc.build !== undefined);
    for (const [name, svc] of built) {
      const build = buildOf(svc)!;
      const context = path.resolve(path.dirname(COMPOSE_FILE), build.context ?? '.');
      const dockerfile = path.resolve(context, build.dockerfile ?? 'Dockerfile');
      if (!fs.existsSync(path.join(context, 'package.json'))) {
        problems.push(`${name}: build context ${context} is not the repository root (no package.json)`);
      }
      if (!fs.existsSync(dockerfile)) {
        problems.push(`${name}: Dockerfile ${path.relative(ROOT, dockerfile)} does not exist`);
        continue;
      }
      const stages = readDockerfile(dockerfile).flatMap((s) => (s.name ? [s.name] : []));
      if (!build.target) problems.push(`${name}: build has no target, so it would get the last stage`);
      else if (!stages.includes(build.target.toLowerCase())) {
        problems.push(
          `${name}: target "${build.target}" is not a stage of ${path.relative(ROOT, dockerfile)} (${stages.join(', ')})`,
        );
      }
    }
    expect(built.map(([name]) => name)).toEqual(expect.arrayContaining(['api', 'worker']));
    expect(problems).toEqual([]);
  });

  it('pins every image to a tag other than latest', () => {
    const problems: string[] = [];
    for (const [name, svc] of Object.entries(services)) {
      if (svc.image === undefined) {
        if (svc.build === undefined) problems.push(`${name}: neither image nor build`);
        continue;
      }
      const problem = pinningProblem(svc.image);
      if (problem) problems.push(`${name}: image ${svc.image} ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('sets only variables that Relais reads', () => {
    const known = new Set(Object.keys(environmentSchema.shape));
    const problems = APP_SERVICES.flatMap((name) =>
      Object.keys(environmentOf(compose, name))
        .filter((key) => !known.has(key))
        .map((key) => `${name}: ${key} is not in environmentSchema (libs/config/src/config.schema.ts)`),
    );
    expect(problems).toEqual([]);
  });

  it("gives the api a production configuration that Relais's validator accepts", () => {
    const config = loadConfig(environmentOf(compose, 'api'));
    expect({
      isProduction: config.isProduction,
      host: config.http.host,
      port: config.http.port,
      runWorkersInApi: config.jobs.runWorkersInApi,
      hasDatabaseUrl: config.database.url !== undefined,
      meiliUrl: config.search.meiliUrl,
      hasMeiliApiKey: config.search.meiliApiKey !== undefined,
    }).toEqual({
      isProduction: true,
      host: '0.0.0.0', // reachable from outside the container
      port: 3000,
      runWorkersInApi: false, // jobs belong to the worker service
      hasDatabaseUrl: true, // never the embedded database in a container
      meiliUrl: 'http://meilisearch:7700',
      hasMeiliApiKey: true,
    });
  });

  it("gives the worker a production configuration that Relais's validator accepts, on the api's database", () => {
    const worker = loadConfig(environmentOf(compose, 'worker'));
    const api = loadConfig(environmentOf(compose, 'api'));
    expect(worker.isProduction).toBe(true);
    expect(worker.database.url).toBeDefined();
    expect(worker.database.url).toBe(api.database.url);
    expect(worker.search).toEqual(api.search);
  });

  it('points DATABASE_URL at the postgres service with its user, password and database', () => {
    const postgres = environmentOf(compose, 'postgres');
    const problems: string[] = [];
    for (const name of APP_SERVICES) {
      const raw = environmentOf(compose, name).DATABASE_URL;
      if (!raw) {
        problems.push(`${name}: DATABASE_URL is not set`);
        continue;
      }
      const url = new URL(raw);
      const expected = {
        host: 'postgres',
        port: '5432',
        user: postgres.POSTGRES_USER,
        password: postgres.POSTGRES_PASSWORD,
        database: postgres.POSTGRES_DB,
      };
      const actual = {
        host: url.hostname,
        port: url.port || '5432',
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        database: url.pathname.replace(/^\//, ''),
      };
      for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
        if (actual[key] !== expected[key]) {
          // The password itself stays out of the message.
          const shown =
            key === 'password' ? 'differs from POSTGRES_PASSWORD' : `${actual[key]} != ${expected[key]}`;
          problems.push(`${name}: DATABASE_URL ${key} ${shown}`);
        }
      }
      const deps = dependsOn(service(compose, name));
      if (deps.postgres !== 'service_healthy') {
        problems.push(
          `${name}: depends_on postgres must wait for condition service_healthy (got ${deps.postgres ?? 'nothing'})`,
        );
      }
    }
    if (!service(compose, 'postgres').healthcheck?.test)
      problems.push('postgres: no healthcheck to wait for');
    if (!('postgres' in services)) problems.push('no postgres service');
    expect(problems).toEqual([]);
  });

  it('offers a demo SAML IdP (profile sso-demo) that knows the api as Relais configures itself', () => {
    const idp = service(compose, 'idp') as ComposeService & { profiles?: string[] };
    // Never started by a plain `up`: its people and keys are public.
    expect(idp.profiles).toEqual(['sso-demo']);
    const env = environmentOf(compose, 'idp');
    const api = loadConfig({
      ...environmentOf(compose, 'api'),
      SAML_IDP_METADATA_URL: `http://idp:8080/simplesaml/saml2/idp/metadata.php`,
    });
    expect({ entityId: env.RELAIS_SP_ENTITY_ID, acs: env.RELAIS_SP_ACS }).toEqual({
      entityId: api.saml!.spEntityId,
      acs: api.saml!.acsUrl,
    });
    // Its image copies the IdP configuration the tests use.
    const dockerfile = path.join(ROOT, buildOf(idp)!.dockerfile!);
    const copies = readDockerfile(dockerfile)
      .flatMap((stage) => stage.instructions)
      .filter((ins) => ins.keyword === 'COPY')
      .flatMap((ins) => ins.args.split(/\s+/).slice(0, -1));
    expect(copies.filter((source) => !fs.existsSync(path.join(ROOT, source)))).toEqual([]);
    expect(copies).toEqual(expect.arrayContaining(['test/saml-idp/config', 'test/saml-idp/metadata']));
  });

  it('points MEILI_URL at the meilisearch service', () => {
    const problems = APP_SERVICES.flatMap((name) => {
      const raw = environmentOf(compose, name).MEILI_URL;
      if (!raw) return [`${name}: MEILI_URL is not set`];
      const host = new URL(raw).hostname;
      return host in services ? [] : [`${name}: MEILI_URL host ${host} is not a service`];
    });
    expect(problems).toEqual([]);
  });
});

describe('docker/Dockerfile', () => {
  const dockerfile = path.join(ROOT, 'docker/Dockerfile');
  const stages = readDockerfile(dockerfile);
  const stageNames = new Set(stages.flatMap((s) => (s.name ? [s.name] : [])));
  const server = readServerBuild();

  it('defines the api and worker stages', () => {
    expect([...stageNames]).toEqual(expect.arrayContaining(['api', 'worker']));
  });

  it('builds on Node 24 images pinned by tag', () => {
    const external = stages.map((s) => s.from).filter((from) => !stageNames.has(from.toLowerCase()));
    expect(external.length).toBeGreaterThan(0);
    const problems = external.flatMap((image) => {
      const found: string[] = [];
      const pinning = pinningProblem(image);
      if (pinning) found.push(`FROM ${image} ${pinning}`);
      if (!/^(?:docker\.io\/)?(?:library\/)?node:24(?:[.-]|$)/.test(image))
        found.push(`FROM ${image} is not a node:24 image`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it.each(['api', 'worker'])('runs %s as the non-root user node, from /app', (target) => {
    expect({
      user: effective(stages, target, 'USER')?.args,
      workdir: effective(stages, target, 'WORKDIR')?.args,
    }).toEqual({ user: 'node', workdir: '/app' });
  });

  it.each([
    ['api', 'apps/api/src/main.ts'],
    ['worker', 'apps/worker/src/main.ts'],
  ])('starts %s with the image node on the file build:server compiles from %s', (target, source) => {
    const cmd = effective(stages, target, 'CMD');
    if (!cmd) throw new Error(`docker/Dockerfile: stage ${target} has no CMD`);
    const [executable, script, ...rest] = execForm(cmd, `CMD of ${target}`);
    // `node` from the image's PATH: the node_modules/.bin/node of the `node` devDependency is not installed.
    expect({ executable, rest }).toEqual({ executable: 'node', rest: [] });

    const workdir = effective(stages, target, 'WORKDIR')?.args ?? '/';
    const inImage = path.posix.resolve(workdir, script);
    const compiled = path.resolve(ROOT, path.posix.relative(workdir, inImage));
    const expected = path
      .join(server.outDir, path.relative(server.rootDir, path.join(ROOT, source)))
      .replace(/\.ts$/, '.js');
    expect(path.relative(ROOT, compiled)).toBe(path.relative(ROOT, expected));
    expect(server.sources.has(path.join(ROOT, source))).toBe(true); // tsconfig.build.json compiles it

    const copied = copyDestinations(stages, target).some(
      (dest) => inImage === dest || inImage.startsWith(`${dest}/`),
    );
    expect(copied ? [] : [`${inImage} is not put in the ${target} image by any COPY`]).toEqual([]);

    // After `npm run build:server` (which `npm test` runs before jest) the file must really be there.
    if (server.buildInfo && fs.existsSync(server.buildInfo)) {
      expect(fs.existsSync(compiled) ? [] : [`${path.relative(ROOT, compiled)} was not built`]).toEqual([]);
    }
  });

  it('ships the web app where the api serves it from (dist/web under its working directory)', () => {
    const workdir = effective(stages, 'api', 'WORKDIR')?.args ?? '/';
    const webDist = path.posix.resolve(workdir, 'dist/web');
    const destinations = copyDestinations(stages, 'api');
    expect(destinations.some((d) => webDist === d || webDist.startsWith(`${d}/`))).toBe(true);
  });

  it('copies only sources that exist in the build context', () => {
    const problems: string[] = [];
    for (const stage of stages) {
      for (const ins of stage.instructions.filter((i) => i.keyword === 'COPY' && !/--from=/.test(i.args))) {
        const parts = ins.args.split(/\s+/).filter((p) => !p.startsWith('--'));
        for (const source of parts.slice(0, -1)) {
          if (!fs.existsSync(path.join(ROOT, source)))
            problems.push(`line ${ins.line}: COPY ${source} does not exist`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps host node_modules, dist and .git out of the build context', () => {
    const ignored = fs
      .readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim().replace(/^\/|\/$/g, ''));
    expect(['node_modules', 'dist', '.git'].filter((entry) => !ignored.includes(entry))).toEqual([]);
  });

  it("has an api HEALTHCHECK that asks /health on the api's PORT and fails when it is not 200", async () => {
    const healthcheck = effective(stages, 'api', 'HEALTHCHECK');
    if (!healthcheck) throw new Error('docker/Dockerfile: stage api has no HEALTHCHECK');
    const cmdAt = healthcheck.args.search(/\bCMD\s/);
    expect(cmdAt).toBeGreaterThanOrEqual(0);
    const command = execForm(
      { ...healthcheck, args: healthcheck.args.slice(cmdAt + 4).trim() },
      'HEALTHCHECK CMD',
    );
    expect(command[0]).toBe('node');

    // Run the check itself against a stand-in server: healthy when /health answers 200, unhealthy on 503.
    let healthy = true;
    const asked: string[] = [];
    const stub = http.createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(req.url === '/health' && healthy ? 200 : 503).end();
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    const port = (stub.address() as AddressInfo).port;
    const run = () =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, command.slice(1), {
          env: { ...process.env, PORT: String(port) },
          stdio: 'ignore',
        });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code));
      });
    try {
      expect(await run()).toBe(0);
      healthy = false;
      expect(await run()).not.toBe(0);
      expect(new Set(asked)).toEqual(new Set(['/health']));
    } finally {
      await new Promise((resolve) => stub.close(resolve));
    }
  });
});
