/**
 * The recruiter's pages under load, against the built server as a real process:
 *
 *   npm run bench:pages                                  # SQLite
 *   BENCH_DATABASE_URL=postgres://… npm run bench:pages  # PostgreSQL (an empty database)
 *
 * 1. Over the API, as the admin: a recruiter, one open vacancy of theirs with
 *    BIG applications and OTHERS more of SMALL each, all through the import
 *    path (JSON lines, 10,000 a request, applied and screened), as
 *    bench/pipeline.ts fills them (see support/page-scene.ts).
 * 2. The recruiter signs in through the page form (the pre-session cookie,
 *    the form's CSRF token, the session cookie of the 303), as a browser does.
 * 3. Under load (autocannon, CONNECTIONS connections, DURATION seconds a run,
 *    ROUNDS rounds alternating), with the session cookie and a browser's
 *    Accept-Encoding (ACCEPT_ENCODING to change it): GET /health, the floor,
 *    and the pages: the dashboard, the big vacancy's board (first page) and
 *    the candidate page of the application in the middle of its ranking, the
 *    big vacancy's shortlist page (first page), as its recruiter reads it, and
 *    the compare page of the first four of its ranking.
 *    A page that answers 404 is not built yet: it is reported as not
 *    available and the others are measured.
 * Per path: requests per second (best of the rounds) and its ratio to
 * /health's, p50 (median of the rounds) and p99 (worst of the rounds)
 * latency, answers that were not 2xx, and the size of one answer.
 *
 * TARGETS=board,candidate measures only the paths whose names start so
 * (and /health). BENCH_DATA_DIR keeps the filled database in that folder and, when it
 * already holds one from an earlier run, measures it again without filling
 * (with BENCH_DATABASE_URL, give the same database again; the sizes are the
 * first run's).
 */
import autocannon from 'autocannon';
import { Client } from 'pg';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawGet, signInThroughForm } from '../test/support/raw-http';
import { fill, FilledScene, jobsDrained, settled } from './support/filled-scene';
import { RECRUITER } from './support/page-scene';
import { Api, apiClient, startBuiltServer } from './support/sift-server';

const BIG = Number(process.env.BIG ?? 100_000);
const SMALL = Number(process.env.SMALL ?? 500);
const OTHERS = Number(process.env.OTHERS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const DURATION = Number(process.env.DURATION ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
/** What Chromium sends. */
const ACCEPT_ENCODING = process.env.ACCEPT_ENCODING ?? 'gzip, deflate, br, zstd';
const PASSWORD = 'bench-admin-password';
/** The bar the board, the candidate page and the compare page must clear: this share of /health's requests per second. */
const BAR = 0.4;

interface Target {
  name: string;
  path: string;
  /** Held to the bar. */
  barred: boolean;
}

interface Figures {
  status: number;
  /** One answer's body: as sent, and decoded. */
  wireBytes: number;
  bytes: number;
  rps: number[];
  p50: number[];
  p99: number[];
  non2xx: number;
  errors: number;
}

async function main(): Promise<void> {
  const kept = process.env.BENCH_DATA_DIR;
  if (kept) mkdirSync(kept, { recursive: true });
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'sift-bench-pages-'));
  const sceneFile = join(dataDir, 'bench-scene.json');
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`;
  const server = await startBuiltServer({
    databaseUrl,
    dataDir,
    adminPassword: PASSWORD,
    logs: Boolean(process.env.BENCH_SERVER_LOGS),
    nodeFlags: process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean),
  });
  const { base } = server;
  const database = databaseUrl.startsWith('postgres') ? new Client({ connectionString: databaseUrl }) : undefined;
  await database?.connect();
  try {
    const api = await apiClient(base, PASSWORD);
    const { big, middle, importSeconds, sizes } = existsSync(sceneFile)
      ? (JSON.parse(readFileSync(sceneFile, 'utf8')) as FilledScene)
      : await fill(api, { big: BIG, others: OTHERS, small: SMALL });
    if (kept) writeFileSync(sceneFile, JSON.stringify({ big, middle, importSeconds, sizes } satisfies FilledScene));
    await jobsDrained(api);
    // After a bulk load, PostgreSQL's own advice: ANALYZE (autovacuum would, within a minute, where it is on).
    if (database) await database.query('ANALYZE');
    const { cookie } = await signInThroughForm(base, RECRUITER.email, RECRUITER.password);
    const headers = { cookie, 'accept-encoding': ACCEPT_ENCODING };

    const targets: Target[] = [
      { name: 'health', path: '/health', barred: false },
      { name: 'dashboard', path: '/recruiter', barred: false },
      { name: 'board, first page', path: `/recruiter/vacancies/${big}/board`, barred: true },
      { name: 'shortlist, first page', path: `/manager/vacancies/${big}/shortlist`, barred: true },
      {
        name: `candidate at ${middle.position.toLocaleString('en')} of ${sizes.big.toLocaleString('en')}`,
        path: `/recruiter/candidates/${middle.candidateId}?application=${middle.applicationId}`,
        barred: true,
      },
      {
        // Read by the recruiter, who may open it as the vacancy's hiring manager does.
        name: 'compare of four',
        path: `/manager/vacancies/${big}/compare?ids=${(await topOf(api, big, 4)).join(',')}`,
        barred: true,
      },
    ];
    const results = new Map<Target, Figures>();
    const missing: Target[] = [];
    const only = process.env.TARGETS?.split(',').map((name) => name.trim());
    for (const target of targets) {
      if (only && target !== targets[0] && !only.some((name) => target.name.startsWith(name))) continue;
      const answer = await rawGet(base, target.path, headers);
      if (answer.status === 404) {
        missing.push(target);
        continue;
      }
      if (answer.status >= 300) throw new Error(`${target.path}: ${answer.status} ${answer.text().slice(0, 300)}`);
      results.set(target, {
        status: answer.status,
        wireBytes: answer.wire.length,
        bytes: Buffer.byteLength(answer.text()),
        rps: [],
        p50: [],
        p99: [],
        non2xx: 0,
        errors: 0,
      });
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [target, figures] of results) {
        const run = await autocannon({
          url: base + target.path,
          connections: CONNECTIONS,
          duration: DURATION,
          headers,
        });
        figures.rps.push(run.requests.average);
        figures.p50.push(run.latency.p50);
        figures.p99.push(run.latency.p99);
        figures.non2xx += run.non2xx;
        figures.errors += run.errors + run.timeouts;
        await settled(server.child.pid, database);
        process.stderr.write(`round ${round + 1}, ${target.name}: ${run.requests.average.toFixed(0)} req/s\n`);
      }
    }

    const engine = databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
    console.log(
      `\nPages on ${engine}, Node ${process.version}: one vacancy of ${sizes.big.toLocaleString('en')} applications ` +
        `and ${sizes.others} of ${sizes.small.toLocaleString('en')}, imported in ${importSeconds.toFixed(0)} s; ` +
        `${CONNECTIONS} connections, ${DURATION} s a run, ${ROUNDS} rounds; Accept-Encoding: ${ACCEPT_ENCODING}\n`,
    );
    const health = Math.max(...results.get(targets[0])!.rps);
    const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
    console.log(row(['Path', 'req/s', 'of /health', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'KB sent (plain)']));
    console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const target of targets) {
      const figures = results.get(target);
      if (!figures && !missing.includes(target)) continue;
      if (!figures) {
        console.log(
          row([
            `${target.name}: \`${shape(target.path)}\``,
            'not available (404: not built yet)',
            '',
            '',
            '',
            '',
            '',
            '',
          ]),
        );
        continue;
      }
      const rps = Math.max(...figures.rps);
      const ratio = rps / health;
      console.log(
        row([
          `${target.name}: \`${shape(target.path)}\``,
          rps.toFixed(0),
          target === targets[0]
            ? '100%'
            : `${(ratio * 100).toFixed(0)}%${target.barred ? (ratio >= BAR ? ' ✓' : ' ✗ under 40%') : ''}`,
          median(figures.p50),
          Math.max(...figures.p99),
          figures.non2xx,
          figures.errors,
          `${(figures.wireBytes / 1000).toFixed(1)} (${(figures.bytes / 1000).toFixed(1)})`,
        ]),
      );
    }
    if (missing.length) console.log(`\nNot available yet: ${missing.map((target) => target.name).join(', ')}.`);
    const failing = [...results].filter(
      ([target, figures]) =>
        figures.non2xx > 0 || figures.errors > 0 || (target.barred && Math.max(...figures.rps) / health < BAR),
    );
    if (failing.length) process.exitCode = 1;
  } finally {
    await database?.end();
    await server.stop();
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The ids of the first `count` applications of the vacancy's ranking. */
async function topOf(api: Api, vacancyId: string, count: number): Promise<string[]> {
  const page = (await api('GET', `/vacancies/${vacancyId}/shortlist?limit=${count}`)) as {
    items: { applicationId: string }[];
  };
  return page.items.map((item) => item.applicationId);
}

/** A path with its ids as placeholders, for the table. */
function shape(path: string): string {
  return path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
