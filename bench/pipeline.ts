/**
 * The pipeline at scale, against the built server as a real process:
 *
 *   npm run bench:pipeline                                  # SQLite
 *   BENCH_DATABASE_URL=postgres://… npm run bench:pipeline  # PostgreSQL (an empty database)
 *
 * 1. Through the import path (POST /candidates/import with JSON lines, 10,000
 *    a request, each applied to its vacancy and screened): one vacancy with
 *    BIG applications and TEN more with SMALL each. Each request is timed.
 * 2. Under load (autocannon's command line in a process of its own,
 *    CONNECTIONS connections, DURATION seconds a run, two rounds alternating):
 *    GET /health, the baseline, and GET /vacancies/:id/shortlist?limit=50 on
 *    the big vacancy, first page (plain, as before, and gzip-encoded, as most
 *    clients ask) and a page deep in the ranking. Each run also reports the
 *    server's CPU time per request and, on PostgreSQL on this machine, the
 *    database's (see support/load-run.ts).
 * 3. With APIS=2 (PostgreSQL only): a second API process on the same database
 *    with the same AUTH_TOKEN_SECRET, and the shortlist's first page against
 *    the first process alone and against both (the connections spread over
 *    the two), two rounds alternating, plain and asking for gzip; the pair's
 *    rate over one's.
 * 4. A new profile version pinned on the big vacancy, then the time until all
 *    its applications are screened again (its shortlist revision, raised once
 *    per batch, read from the database every 20 ms), by the first process alone.
 * Every server process's resident memory (VmRSS) is sampled every 100 ms throughout.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resumeLine } from './support/generated-resumes';
import { DatabaseCpu, databaseCpu, LoadRun, loadRun } from './support/load-run';
import { watchMemory } from './support/memory-watch';
import { Api, apiClient, ServerOptions, SiftServer, startBuiltServer } from './support/sift-server';

const BIG = Number(process.env.BIG ?? 100_000);
const SMALL = Number(process.env.SMALL ?? 10_000);
const TEN = Number(process.env.TEN ?? 10);
const PER_REQUEST = 10_000;
/** Applications the server screens again per batch (Rescorer's BATCH): each raises the revision once. */
const RESCREEN_BATCH = 2000;
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const DURATION = Number(process.env.DURATION ?? 10);
const APIS = Number(process.env.APIS ?? 1);
const PASSWORD = 'bench-admin-password';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-pipeline-'));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`;
  const postgres = databaseUrl.startsWith('postgres');
  if (APIS > 1 && !postgres) throw new Error('APIS=2 needs PostgreSQL: set BENCH_DATABASE_URL');
  const profile = process.env.BENCH_CPU_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
    : [];
  const serverOptions: ServerOptions = {
    databaseUrl,
    dataDir,
    adminPassword: PASSWORD,
    nodeFlags: profile,
    env: {
      // Given to every process, as an operator running several would: a token one issues, another accepts.
      AUTH_TOKEN_SECRET: randomBytes(48).toString('base64url'),
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    },
    logs: Boolean(process.env.BENCH_SERVER_LOGS),
  };
  const server = await startBuiltServer(serverOptions);
  const { base, child } = server;
  const memory = watchMemory(child.pid!);
  let database: DatabaseCpu | undefined;
  let pair: Awaited<ReturnType<typeof measurePair>> | undefined;
  try {
    const api = await apiClient(base, PASSWORD);
    const manager = await api('POST', '/users', {
      name: 'Bench Manager',
      email: 'manager@bench.local',
      roles: ['hiring_manager'],
    });
    const profile = await api('POST', '/role-profiles/templates/accountmanager-b/copy', {});
    const vacancy = () =>
      api('POST', '/vacancies', {
        title: 'Accountmanager B',
        description: 'Benchmark',
        employmentType: 'full_time',
        headcount: 1,
        roleProfileId: profile.id,
        hiringManagerIds: [manager.user.id],
      }).then(async (created) => (await api('POST', `/vacancies/${created.id}/status`, { status: 'open' }), created));

    const big = await vacancy();
    const small = [];
    for (let i = 0; i < TEN; i++) small.push(await vacancy());
    const importSeconds: number[] = [];
    let next = 0;
    const importInto = async (vacancyId: string, count: number) => {
      for (let done = 0; done < count; done += PER_REQUEST) {
        const size = Math.min(PER_REQUEST, count - done);
        const body = Array.from({ length: size }, (_, i) => resumeLine(next + i)).join('\n');
        next += size;
        const started = performance.now();
        const report = await api('POST', `/candidates/import?vacancyId=${vacancyId}`, body, 'application/x-ndjson');
        importSeconds.push((performance.now() - started) / 1000);
        if (report.applied !== size)
          throw new Error(`applied ${report.applied} of ${size}: ${JSON.stringify(report.failed.slice(0, 3))}`);
        process.stderr.write(
          `imported ${next.toLocaleString('en')} (${importSeconds.at(-1)!.toFixed(1)} s for ${size})\n`,
        );
      }
    };
    const importStarted = performance.now();
    await importInto(big.id, BIG);
    for (const target of small) await importInto(target.id, SMALL);
    const importTotal = (performance.now() - importStarted) / 1000;
    memory.phase('import');

    const deepCursor = await cursorAt(api, big.id, Math.min(BIG, 50_000));
    const firstPage = `/vacancies/${big.id}/shortlist?limit=50`;
    const gzip = { 'accept-encoding': 'gzip, deflate, br' };
    const targets: Record<string, [path: string, headers?: Record<string, string>]> = {
      health: ['/health'],
      'shortlist, first page': [firstPage],
      'shortlist, first page, gzip': [firstPage, gzip],
      'shortlist, page at 50,000': [`/vacancies/${big.id}/shortlist?limit=50&cursor=${deepCursor}`],
    };
    database = await databaseCpu(databaseUrl);
    const authorization = `Bearer ${api.token}`;
    const results: Record<string, LoadRun[]> = {};
    for (let round = 0; round < 2; round++) {
      for (const [name, [path, headers]] of Object.entries(targets)) {
        const run = await loadRun({
          urls: [base + path],
          connections: CONNECTIONS,
          duration: DURATION,
          headers: { authorization, ...headers },
          serverPids: [child.pid!],
          database,
        }).catch((error: Error) => Promise.reject(new Error(`${name}: ${error.message}`)));
        (results[name] ??= []).push(run);
      }
    }
    memory.phase('load test');

    if (APIS > 1) {
      pair = await measurePair(serverOptions, server, firstPage, { authorization }, gzip, database);
      memory.phase('two processes');
    }

    const { body: current } = { body: await api('GET', `/role-profiles/${profile.id}`) };
    const criteria = { ...current.criteria, salesExperience: { ...current.criteria.salesExperience, targetYears: 6 } };
    const version = await api('POST', `/role-profiles/${profile.id}/versions`, { criteria });
    const revision = await revisionReader(databaseUrl, big.id);
    const target = (await revision.read()) + Math.ceil(BIG / RESCREEN_BATCH);
    const rescoreStarted = performance.now();
    await api('PATCH', `/vacancies/${big.id}`, { roleProfileVersion: version.version });
    while ((await revision.read()) < target) await pause();
    await revision.close();
    const rescoreSeconds = (performance.now() - rescoreStarted) / 1000;
    memory.phase('re-screening');

    memory.stop();
    const engine = postgres ? 'PostgreSQL' : 'SQLite';
    console.log(
      `\nPipeline on ${engine}, Node ${process.version}: ${BIG.toLocaleString('en')} + ${TEN} × ${SMALL.toLocaleString('en')} applications`,
    );
    console.log(
      `import: ${next.toLocaleString('en')} candidates in ${importTotal.toFixed(1)} s; per request of 10,000: ` +
        `median ${median(importSeconds).toFixed(1)} s, slowest ${Math.max(...importSeconds).toFixed(1)} s`,
    );
    const health = best(results.health);
    for (const [name, runs] of Object.entries(results)) {
      console.log(
        `${name}: ${describeRuns(runs)}` +
          (name === 'health' ? '' : `; ${((best(runs) / health) * 100).toFixed(0)}% of /health`),
      );
    }
    if (pair) {
      for (const [name, { one, both }] of Object.entries(pair.variants)) {
        console.log(`shortlist, first page${name}, one process of two: ${describeRuns(one)}`);
        console.log(`shortlist, first page${name}, both processes: ${describeRuns(both)}`);
        console.log(`two processes / one${name}: ${(best(both) / best(one)).toFixed(2)}×`);
      }
      console.log(`the second process's resident memory: peak ${pair.peakMb.toFixed(0)} MB`);
    }
    console.log(
      `re-screening ${BIG.toLocaleString('en')} applications after a profile change: ${rescoreSeconds.toFixed(1)} s`,
    );
    console.log(`server resident memory: peak ${memory.peakMb().toFixed(0)} MB (${memory.phases()})`);
  } finally {
    memory.stop();
    await database?.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The shortlist's first page against one process and against two on the same
 * database, alternating, plain and asking for gzip (15 KB rather than 103 KB
 * for the load generator to read: on a machine it shares with the servers,
 * what it spends reading is taken from them); the second process is started
 * for this and stopped after, so that re-screening afterwards runs as it does
 * without it.
 */
async function measurePair(
  options: ServerOptions,
  first: SiftServer,
  path: string,
  headers: Record<string, string>,
  gzip: Record<string, string>,
  database: DatabaseCpu | undefined,
) {
  const second = await startBuiltServer(options);
  const memory = watchMemory(second.child.pid!);
  try {
    const variants: Record<string, { one: LoadRun[]; both: LoadRun[] }> = {};
    for (const [name, extra] of [
      ['', {}],
      [', gzip', gzip],
    ] as const) {
      const { one, both } = (variants[name] = { one: [] as LoadRun[], both: [] as LoadRun[] });
      const common = { connections: CONNECTIONS, duration: DURATION, headers: { ...headers, ...extra }, database };
      for (let round = 0; round < 2; round++) {
        one.push(await loadRun({ ...common, urls: [first.base + path], serverPids: [first.child.pid!] }));
        both.push(
          await loadRun({
            ...common,
            urls: [first.base + path, second.base + path],
            serverPids: [first.child.pid!, second.child.pid!],
          }),
        );
      }
    }
    return { variants, peakMb: memory.peakMb() };
  } finally {
    memory.stop();
    await second.stop();
  }
}

const best = (runs: LoadRun[]) => Math.max(...runs.map((run) => run.rps));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Rate (best of the rounds), latency (median p50, worst p99), and CPU per request (least of the rounds). */
function describeRuns(runs: LoadRun[]): string {
  const least = (values: (number | undefined)[]) => Math.min(...values.map((value) => value ?? Infinity));
  const database = least(runs.map((run) => run.databaseMs));
  return (
    `${best(runs).toFixed(0)} req/s (best of ${runs.length}), p50 ${median(runs.map((run) => run.p50))} ms, ` +
    `p99 ${Math.max(...runs.map((run) => run.p99))} ms; CPU per request: server ` +
    `${least(runs.map((run) => run.serverMs)).toFixed(2)} ms` +
    (database < Infinity ? `, database ${database.toFixed(2)} ms` : '') +
    `; load generator ${median(runs.map((run) => run.loadCores)).toFixed(2)} cores`
  );
}

/** The cursor that starts the page at `position` in the ranking. */
async function cursorAt(api: Api, vacancyId: string, position: number): Promise<string> {
  let cursor: string | null = null;
  for (let seen = 0; seen < position; seen += 200) {
    const page: { nextCursor: string | null } = await api(
      'GET',
      `/vacancies/${vacancyId}/shortlist?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return cursor ?? '';
}

/**
 * Reads a vacancy's shortlist revision straight from the database: each batch
 * screened again raises it once, so this primary-key read tells
 * when re-screening is done without scanning the applications it is timing.
 */
async function revisionReader(databaseUrl: string, vacancyId: string) {
  const sql = 'SELECT shortlist_revision AS revision FROM vacancies WHERE id = $1';
  if (databaseUrl.startsWith('postgres')) {
    const { Client } = await import('pg');
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    return {
      read: async () => Number((await db.query(sql, [vacancyId])).rows[0].revision),
      close: () => db.end(),
    };
  }
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true });
  const statement = db.prepare(sql.replace('$1', '?'));
  return {
    read: async () => Number((statement.get(vacancyId) as { revision: number }).revision),
    close: async () => void db.close(),
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
