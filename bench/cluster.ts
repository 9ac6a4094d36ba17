/**
 * Sift scaled out, measured for docs/scaling.md: two API processes and one
 * worker (the built server, with deploy/sift.env) on PostgreSQL and a private
 * Redis, with a real SMTP receiver in a process of its own.
 *
 * 1. Intake: APPLICATIONS applications (default 3,000) of imported candidates,
 *    sent 16 at a time split over both APIs, each with its confirmation mail;
 *    timed until the last mail arrived.
 * 2. Reads: one application's JSON (`GET /applications/:id`, read from the
 *    database on every request) under autocannon for DURATION seconds against
 *    one API, then split over both.
 * For each phase the CPU seconds of each part are read from /proc (the APIs,
 * the worker, the whole PostgreSQL server, so run it on a quiet one) and
 * from Redis's own INFO, so each part's cost per application or request can
 * be scaled to other machines.
 *
 *   npm run bench:cluster   (BENCH_DATABASE_URL, APPLICATIONS, DURATION, CONNECTIONS)
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { startPrivateRedis } from '../test/support/redis-server';
import { apiClient, ROOT, SiftServer, startBuiltServer } from './support/sift-server';
import { startSmtpSink } from './support/smtp-sink';
import { startBuiltWorker } from './support/sift-worker';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const APPLICATIONS = Number(process.env.APPLICATIONS ?? 3000);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** CPU seconds a process has used so far (0 once it is gone), with its reaped children's when asked. */
function cpuOf(pid: number | string, withChildren = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (withChildren ? own + Number(fields[13]) + Number(fields[14]) : own) / TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of the whole PostgreSQL server: its live processes, and the
 * backends that ended, which the postmaster reaps into its children's time.
 * Every database's work counts: run this benchmark on a quiet server.
 */
function postgresCpu(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let comm: string;
    let parent: string;
    try {
      comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      parent = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1];
    } catch {
      continue;
    }
    if (comm !== 'postgres') continue;
    const postmaster = readFileSync(`/proc/${parent}/comm`, 'utf8').trim() !== 'postgres';
    total += cpuOf(pid, postmaster);
  }
  return total;
}

async function main(): Promise<void> {
  const name = `sift_bench_cluster_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-cluster-'));
  const redis = await startPrivateRedis();
  const smtp = await startSmtpSink();
  const password = `Bench-${randomBytes(9).toString('base64url')}`;
  const env = {
    ...(parseEnv(readFileSync(join(ROOT, 'deploy', 'sift.env'), 'utf8')) as Record<string, string>),
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    AUTH_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    JOBS_DAILY_AT: 'off',
  };
  const servers: SiftServer[] = [];
  const options = { databaseUrl: url.toString(), dataDir, adminPassword: password, env };
  servers.push(await startBuiltServer(options));
  servers.push(await startBuiltServer(options));
  const worker = await startBuiltWorker(options);
  const redisCpu = redisCpuReader(redis.url);
  const measure = async () => {
    const started = {
      apis: servers.map((server) => cpuOf(server.child.pid!)),
      worker: cpuOf(worker.child.pid!),
      postgres: postgresCpu(),
      redis: await redisCpu(),
      at: performance.now(),
    };
    return async () => ({
      seconds: (performance.now() - started.at) / 1000,
      apis: servers.reduce((sum, server, index) => sum + cpuOf(server.child.pid!) - started.apis[index], 0),
      worker: cpuOf(worker.child.pid!) - started.worker,
      postgres: postgresCpu() - started.postgres,
      redis: (await redisCpu()) - started.redis,
    });
  };

  try {
    const apis = await Promise.all(servers.map((server) => apiClient(server.base, password)));
    const profile = await apis[0]('POST', '/role-profiles/templates/accountmanager-b/copy', {});
    const manager = await apis[0]('POST', '/users', {
      email: 'manager@bench.example',
      name: 'Manager',
      roles: ['hiring_manager'],
    });
    const vacancy = await apis[0]('POST', '/vacancies', {
      title: 'Accountmanager B',
      description: 'Nationale klanten beheren en uitbouwen.',
      employmentType: 'full_time',
      headcount: 1,
      roleProfileId: profile.id,
      hiringManagerIds: [manager.user.id],
      rounds: [{ name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus'] }],
    });
    await apis[0]('POST', `/vacancies/${vacancy.id}/status`, { status: 'open' });
    const lines = Array.from({ length: APPLICATIONS }, (_, index) =>
      JSON.stringify({ basics: { name: `Kandidaat ${index}`, email: `bench-${index}@example.com` } }),
    );
    await apis[1]('POST', '/candidates/import', lines.join('\n'), 'application/x-ndjson');
    const reader = new Client({ connectionString: url.toString() });
    await reader.connect();
    const ids: string[] = (
      await reader.query(`SELECT id FROM candidates WHERE email LIKE 'bench-%' ORDER BY email`)
    ).rows.map((row) => row.id as string);
    await reader.end();

    // 1. Intake.
    const intake = await measure();
    let next = 0;
    const applicationIds: string[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async (_, lane) => {
        while (next < ids.length) {
          const index = next++;
          const made = await apis[lane % 2]('POST', `/vacancies/${vacancy.id}/applications`, {
            candidateId: ids[index],
          });
          applicationIds.push(made.id);
        }
      }),
    );
    const accepted = await intake();
    await smtp.waitFor(APPLICATIONS, 600_000);
    const delivered = await intake();
    console.log(`\nIntake of ${APPLICATIONS} applications through two APIs, one worker:`);
    console.log(
      `  accepted in ${accepted.seconds.toFixed(1)} s (${(APPLICATIONS / accepted.seconds).toFixed(0)}/s); ` +
        `every mail delivered after ${delivered.seconds.toFixed(1)} s (${(APPLICATIONS / delivered.seconds).toFixed(0)}/s)`,
    );
    printCpu(delivered, APPLICATIONS, 'application');

    // 2. Reads, one API and then both.
    const path = `/applications/${applicationIds[0]}`;
    for (const count of [1, 2]) {
      const reads = await measure();
      const results = await Promise.all(
        servers.slice(0, count).map((server) =>
          autocannon({
            url: server.base + path,
            connections: Math.max(1, Math.round(CONNECTIONS / count)),
            duration: DURATION,
            headers: { authorization: `Bearer ${apis[0].token}` },
          }),
        ),
      );
      const used = await reads();
      const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
      const non2xx = results.reduce((sum, result) => sum + result.non2xx, 0);
      console.log(
        `\nGET /applications/:id on ${count} API${count > 1 ? 's' : ''}: ${(requests / used.seconds).toFixed(0)} req/s` +
          ` (p99 ${Math.max(...results.map((result) => result.latency.p99))} ms, ${non2xx} not 2xx)`,
      );
      printCpu(used, requests, 'request');
    }
  } finally {
    await worker.stop();
    await Promise.all(servers.map((server) => server.stop()));
    await smtp.close();
    await redis.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function printCpu(
  used: { seconds: number; apis: number; worker: number; postgres: number; redis: number },
  count: number,
  unit: string,
): void {
  const per = (seconds: number) => ((seconds * 1000) / count).toFixed(2);
  console.log(
    `  CPU seconds over ${used.seconds.toFixed(1)} s: APIs ${used.apis.toFixed(1)}, worker ${used.worker.toFixed(1)}, ` +
      `PostgreSQL ${used.postgres.toFixed(1)}, Redis ${used.redis.toFixed(1)}`,
  );
  console.log(
    `  CPU ms per ${unit}: APIs ${per(used.apis)}, worker ${per(used.worker)}, PostgreSQL ${per(used.postgres)}, ` +
      `Redis ${per(used.redis)}`,
  );
}

/** Redis's own CPU seconds (INFO cpu: user and system, main thread and children). */
function redisCpuReader(url: string): () => Promise<number> {
  return async () => {
    const client = new IORedis(url, { maxRetriesPerRequest: 1 });
    try {
      const info = await client.info('cpu');
      return [...info.matchAll(/^used_cpu_(?:sys|user):([\d.]+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
    } finally {
      client.disconnect();
    }
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
