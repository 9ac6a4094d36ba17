/**
 * The pipeline at scale, against the built server as a real process:
 *
 *   npm run bench:pipeline                                  # SQLite
 *   BENCH_DATABASE_URL=postgres://… npm run bench:pipeline  # PostgreSQL (an empty database)
 *
 * 1. Through the import path (POST /candidates/import with JSON lines, 10,000
 *    a request, each applied to its vacancy and screened): one vacancy with
 *    BIG applications and TEN more with SMALL each. Each request is timed.
 * 2. Under load (autocannon, CONNECTIONS connections, DURATION seconds a run,
 *    two rounds alternating): GET /health, the baseline, and GET
 *    /vacancies/:id/shortlist?limit=50 on the big vacancy, first page and a
 *    page deep in the ranking.
 * 3. A new profile version pinned on the big vacancy, then the time until all
 *    its applications are screened again (its shortlist revision, raised once
 *    per batch, read from the database every 20 ms).
 * The server's resident memory (VmRSS) is sampled every 100 ms throughout.
 */
import autocannon from 'autocannon';
import { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resumeLine } from './support/generated-resumes';
import { Api, apiClient, startBuiltServer } from './support/sift-server';

const BIG = Number(process.env.BIG ?? 100_000);
const SMALL = Number(process.env.SMALL ?? 10_000);
const TEN = Number(process.env.TEN ?? 10);
const PER_REQUEST = 10_000;
/** Applications the server screens again per batch (Rescorer's BATCH): each raises the revision once. */
const RESCREEN_BATCH = 2000;
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const DURATION = Number(process.env.DURATION ?? 10);
const PASSWORD = 'bench-admin-password';

/** Samples the child's resident memory until stopped. */
function watchMemory(child: ChildProcess) {
  let peak = 0;
  const samples: number[] = [];
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      samples.push(kb);
      peak = Math.max(peak, kb);
    } catch {
      // gone
    }
  }, 100);
  const phases: [string, number][] = [];
  return {
    stop: () => clearInterval(timer),
    peakMb: () => peak / 1024,
    /** Ends a phase: its peak, then starts the next from nothing. */
    phase: (name: string) => {
      phases.push([name, Math.max(0, ...samples) / 1024]);
      samples.length = 0;
    },
    phases: () => phases,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-pipeline-'));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`;
  const profile = process.env.BENCH_CPU_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
    : [];
  const server = await startBuiltServer({
    databaseUrl,
    dataDir,
    adminPassword: PASSWORD,
    nodeFlags: profile,
    env: process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {},
    logs: Boolean(process.env.BENCH_SERVER_LOGS),
  });
  const { base, child } = server;
  const memory = watchMemory(child);
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
    const targets = {
      health: '/health',
      'shortlist, first page': `/vacancies/${big.id}/shortlist?limit=50`,
      'shortlist, page at 50,000': `/vacancies/${big.id}/shortlist?limit=50&cursor=${deepCursor}`,
    };
    const results: Record<string, { rps: number[]; p99: number[]; p50: number[] }> = {};
    for (let round = 0; round < 2; round++) {
      for (const [name, path] of Object.entries(targets)) {
        const run = await autocannon({
          url: base + path,
          connections: CONNECTIONS,
          duration: DURATION,
          headers: { authorization: `Bearer ${api.token}` },
        });
        if (run.non2xx) throw new Error(`${name}: ${run.non2xx} answers were not 2xx`);
        (results[name] ??= { rps: [], p99: [], p50: [] }).rps.push(run.requests.average);
        results[name].p99.push(run.latency.p99);
        results[name].p50.push(run.latency.p50);
      }
    }

    memory.phase('load test');
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
    const engine = databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `\nPipeline on ${engine}, Node ${process.version}: ${BIG.toLocaleString('en')} + ${TEN} × ${SMALL.toLocaleString('en')} applications`,
    );
    console.log(
      `import: ${next.toLocaleString('en')} candidates in ${importTotal.toFixed(1)} s; per request of 10,000: ` +
        `median ${median(importSeconds).toFixed(1)} s, slowest ${Math.max(...importSeconds).toFixed(1)} s`,
    );
    const health = Math.max(...results.health.rps);
    for (const [name, result] of Object.entries(results)) {
      const rps = Math.max(...result.rps);
      console.log(
        `${name}: ${rps.toFixed(0)} req/s (best of 2), p50 ${median(result.p50)} ms, p99 ${Math.max(...result.p99)} ms` +
          (name === 'health' ? '' : `, ${((rps / health) * 100).toFixed(0)}% of /health`),
      );
    }
    console.log(
      `re-screening ${BIG.toLocaleString('en')} applications after a profile change: ${rescoreSeconds.toFixed(1)} s`,
    );
    console.log(
      `server resident memory: peak ${memory.peakMb().toFixed(0)} MB (${memory
        .phases()
        .map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`)
        .join(', ')})`,
    );
  } finally {
    memory.stop();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
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
