/**
 * What logging reads of personal data costs the candidate page, against the
 * built server as a real process, on one filled database:
 *
 *   npm run bench:audit-reads
 *   BENCH_DATA_DIR=<folder> npm run bench:audit-reads   # keeps (or reuses) the filled database
 *
 * The database is filled as bench/pages.ts fills it (BIG applications in one
 * vacancy, OTHERS of SMALL; the same BENCH_DATA_DIR serves both). Then, in
 * ROUNDS rounds, the server is started with AUDIT_LOG_READS on and then off,
 * and each time /health (the floor) and the candidate page of the
 * application in the middle of the big vacancy's ranking are loaded
 * (autocannon, CONNECTIONS connections, DURATION seconds). Reported: the
 * best requests per second of each, the page's share of /health's rate with
 * and without logging, and the page's rate with logging over its rate
 * without: the goal is at least 90%.
 */
import autocannon from 'autocannon';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { signInThroughForm } from '../test/support/raw-http';
import { fill, FilledScene, jobsDrained, settled } from './support/filled-scene';
import { RECRUITER } from './support/page-scene';
import { apiClient, startBuiltServer } from './support/sift-server';

const BIG = Number(process.env.BIG ?? 20_000);
const SMALL = Number(process.env.SMALL ?? 500);
const OTHERS = Number(process.env.OTHERS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const DURATION = Number(process.env.DURATION ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PASSWORD = 'bench-admin-password';
const GOAL = 0.9;

type Mode = 'on' | 'off';

async function main(): Promise<void> {
  const kept = process.env.BENCH_DATA_DIR;
  if (kept) mkdirSync(kept, { recursive: true });
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'sift-bench-audit-'));
  const sceneFile = join(dataDir, 'bench-scene.json');
  const databaseUrl = `sqlite:${join(dataDir, 'sift.db')}`;
  const start = (mode: Mode) =>
    startBuiltServer({
      databaseUrl,
      dataDir,
      adminPassword: PASSWORD,
      env: { AUDIT_LOG_READS: String(mode === 'on') },
    });
  try {
    let scene: FilledScene;
    if (existsSync(sceneFile)) scene = JSON.parse(readFileSync(sceneFile, 'utf8')) as FilledScene;
    else {
      const server = await start('on');
      try {
        const api = await apiClient(server.base, PASSWORD);
        scene = await fill(api, { big: BIG, others: OTHERS, small: SMALL });
        await jobsDrained(api);
      } finally {
        await server.stop();
      }
      writeFileSync(sceneFile, JSON.stringify(scene));
    }
    const page = `/recruiter/candidates/${scene.middle.candidateId}?application=${scene.middle.applicationId}`;
    const best: Record<Mode, { health: number; page: number; p99: number }> = {
      on: { health: 0, page: 0, p99: 0 },
      off: { health: 0, page: 0, p99: 0 },
    };
    const readsBefore = readEntries(dataDir);
    let pageRequestsLogged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of ['on', 'off'] as Mode[]) {
        const server = await start(mode);
        try {
          const { cookie } = await signInThroughForm(server.base, RECRUITER.email, RECRUITER.password);
          const headers = { cookie, 'accept-encoding': 'gzip, deflate, br, zstd' };
          const health = await autocannon({
            url: server.base + '/health',
            connections: CONNECTIONS,
            duration: DURATION,
          });
          await settled(server.child.pid);
          const run = await autocannon({
            url: server.base + page,
            connections: CONNECTIONS,
            duration: DURATION,
            headers,
          });
          if (run.non2xx || run.errors) throw new Error(`${page}: ${run.non2xx} answers not 2xx, ${run.errors} errors`);
          if (mode === 'on') pageRequestsLogged += run.requests.total;
          best[mode].health = Math.max(best[mode].health, health.requests.average);
          best[mode].page = Math.max(best[mode].page, run.requests.average);
          best[mode].p99 = Math.max(best[mode].p99, run.latency.p99);
          process.stderr.write(
            `round ${round + 1}, logging ${mode}: /health ${health.requests.average.toFixed(0)}, page ${run.requests.average.toFixed(0)} req/s\n`,
          );
        } finally {
          await server.stop();
        }
      }
    }
    const logged = readEntries(dataDir) - readsBefore;
    const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
    console.log(
      `\nThe candidate page at ${scene.middle.position.toLocaleString('en')} of ${scene.sizes.big.toLocaleString('en')}, ` +
        `SQLite, Node ${process.version}; ${CONNECTIONS} connections, ${DURATION} s a run, ${ROUNDS} rounds\n`,
    );
    console.log(row(['Reads logged', '/health req/s', 'page req/s', 'of /health', 'p99 ms']));
    console.log(row(['---', '---:', '---:', '---:', '---:']));
    for (const mode of ['on', 'off'] as Mode[]) {
      const figures = best[mode];
      console.log(
        row([
          mode === 'on' ? 'yes' : 'no',
          figures.health.toFixed(0),
          figures.page.toFixed(0),
          `${((figures.page / figures.health) * 100).toFixed(0)}%`,
          figures.p99,
        ]),
      );
    }
    const ratio = best.on.page / best.off.page;
    const share = best.on.page / best.on.health / (best.off.page / best.off.health);
    console.log(
      `\nWith logging the page keeps ${(ratio * 100).toFixed(0)}% of its rate without ` +
        `(${(share * 100).toFixed(0)}% measured against each run's /health); the goal is ${GOAL * 100}%. ` +
        `${logged.toLocaleString('en')} read entries written for ${pageRequestsLogged.toLocaleString('en')} page loads.`,
    );
    if (ratio < GOAL || logged < pageRequestsLogged) process.exitCode = 1;
  } finally {
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The read entries in the trail, counted on the file between runs (the server is stopped then). */
function readEntries(dataDir: string): number {
  const db = new Database(join(dataDir, 'sift.db'), { readonly: true });
  try {
    return (
      db.prepare("SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'candidate.read'").get() as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
