/**
 * The pipeline report at scale, against the built server as a real process:
 *
 *   npm run bench:reports                                  # SQLite
 *   BENCH_DATABASE_URL=postgres://… npm run bench:reports  # PostgreSQL (an empty database)
 *
 * 1. A vacancy of BIG applications imported over the API as bench/pages.ts
 *    fills it (support/page-scene.ts), their application dates spread over a
 *    year; then, straight in the database, seven in ten moved on to
 *    screening, four to interview, two to an offer and one hired, three
 *    rejected after screening, each move a day or more after the last, so
 *    that every figure of the report has a hundred thousand rows under it.
 * 2. GET /reports/pipeline for the vacancy, for the vacancy over one quarter,
 *    and over every vacancy, and one CSV: each TIMES times, the median and
 *    the slowest time printed.
 *
 * BENCH_DATA_DIR keeps the filled database, as in bench/pages.ts.
 */
import { Client } from 'pg';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildPageScene } from './support/page-scene';
import { Api, apiClient, startBuiltServer } from './support/sift-server';

const BIG = Number(process.env.BIG ?? 100_000);
const TIMES = Number(process.env.TIMES ?? 5);
const PASSWORD = 'bench-admin-password';

/** The moves added, in order: the stage, from which, which applications (by k mod 10), days after the one before. */
const MOVES: { to: string; from: string; buckets: number[]; days: number }[] = [
  { to: 'screening', from: 'applied', buckets: [0, 1, 2, 3, 4, 5, 6], days: 2 },
  { to: 'interview', from: 'screening', buckets: [0, 1, 2, 3], days: 3 },
  { to: 'rejected', from: 'screening', buckets: [4, 5, 6], days: 4 },
  { to: 'offer', from: 'interview', buckets: [0, 1], days: 7 },
  { to: 'hired', from: 'offer', buckets: [0], days: 5 },
];

async function main(): Promise<void> {
  const kept = process.env.BENCH_DATA_DIR;
  if (kept) mkdirSync(kept, { recursive: true });
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'sift-bench-reports-'));
  const sceneFile = join(dataDir, 'bench-reports.json');
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`;
  const postgres = databaseUrl.startsWith('postgres');
  const server = await startBuiltServer({
    databaseUrl,
    dataDir,
    adminPassword: PASSWORD,
    logs: Boolean(process.env.BENCH_SERVER_LOGS),
  });
  try {
    const api = await apiClient(server.base, PASSWORD);
    const scene = existsSync(sceneFile)
      ? (JSON.parse(readFileSync(sceneFile, 'utf8')) as { vacancyId: string; spread: boolean })
      : { vacancyId: await imported(api), spread: false };
    const { vacancyId } = scene;
    if (kept) writeFileSync(sceneFile, JSON.stringify(scene));
    if (!scene.spread) {
      await spreadStages(databaseUrl, dataDir, vacancyId, postgres);
      if (kept) writeFileSync(sceneFile, JSON.stringify({ vacancyId, spread: true }));
    }
    const paths = [
      `/reports/pipeline?vacancyId=${vacancyId}`,
      `/reports/pipeline?vacancyId=${vacancyId}&from=2026-01-01&to=2026-03-31`,
      '/reports/pipeline',
      `/reports/pipeline.csv?table=stages&vacancyId=${vacancyId}`,
    ];
    for (const path of paths) {
      const times: number[] = [];
      let body = '';
      for (let i = 0; i < TIMES; i++) {
        const started = performance.now();
        const response = await fetch(server.base + path, { headers: { authorization: `Bearer ${api.token}` } });
        body = await response.text();
        if (!response.ok) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${path.padEnd(110)} median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, slowest ${times[times.length - 1].toFixed(0)} ms`,
      );
      if (path === paths[0]) console.log(body.slice(0, 600));
    }
  } finally {
    await server.stop();
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function imported(api: Api): Promise<string> {
  const started = performance.now();
  const scene = await buildPageScene(api, [BIG], (done) => process.stdout.write(`\rimported ${done}`));
  console.log(`\nimported in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return scene.vacancies[0].id;
}

/** Application dates over 2026 and the moves of MOVES, written in a few statements. */
async function spreadStages(databaseUrl: string, dataDir: string, vacancyId: string, postgres: boolean) {
  const started = performance.now();
  const statements: string[] = [
    `CREATE TEMPORARY TABLE bench_k AS
       SELECT id, revision, ROW_NUMBER() OVER (ORDER BY id) AS k FROM applications WHERE vacancy_id = '${vacancyId}'`,
    'CREATE UNIQUE INDEX bench_k_id ON bench_k (id)',
    postgres
      ? `UPDATE applications a SET applied_at = TIMESTAMPTZ '2026-01-01' + (b.k % 365) * INTERVAL '1 day' FROM bench_k b WHERE b.id = a.id`
      : `UPDATE applications SET applied_at = strftime('%Y-%m-%d %H:%M:%f', '2026-01-01', ((SELECT k FROM bench_k b WHERE b.id = applications.id) % 365) || ' days')
          WHERE vacancy_id = '${vacancyId}'`,
    postgres
      ? `UPDATE application_events e SET created_at = a.applied_at FROM applications a WHERE a.id = e.application_id AND a.vacancy_id = '${vacancyId}'`
      : `UPDATE application_events SET created_at = (SELECT applied_at FROM applications a WHERE a.id = application_events.application_id)
          WHERE application_id IN (SELECT id FROM bench_k)`,
  ];
  let offset = 0;
  for (const [step, move] of MOVES.entries()) {
    offset += move.days;
    const id = postgres ? 'gen_random_uuid()' : `lower(hex(randomblob(16)))`;
    const at = postgres
      ? `a.applied_at + (${offset} + b.k % 7) * INTERVAL '1 day'`
      : `strftime('%Y-%m-%d %H:%M:%f', a.applied_at, (${offset} + b.k % 7) || ' days')`;
    statements.push(
      `INSERT INTO application_events (id, application_id, revision, from_stage, to_stage, override, created_at)
         SELECT ${id}, a.id, b.revision + ${step + 1}, '${move.from}', '${move.to}', ${postgres ? 'false' : '0'}, ${at}
           FROM applications a JOIN bench_k b ON b.id = a.id
          WHERE b.k % 10 IN (${move.buckets.join(', ')})`,
      `UPDATE applications SET stage = '${move.to}', revision = revision + 1
        WHERE id IN (SELECT id FROM bench_k WHERE k % 10 IN (${move.buckets.join(', ')}))`,
    );
  }
  if (postgres) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
      // What autovacuum would have done by the time anyone reads a report: index-only scans need the visibility map.
      await client.query('VACUUM ANALYZE');
    } finally {
      await client.end();
    }
  } else {
    const database = new Database(join(dataDir, 'sift.db'));
    try {
      database.pragma('busy_timeout = 10000');
      database.transaction(() => statements.forEach((statement) => database.exec(statement)))();
      database.exec('ANALYZE');
    } finally {
      database.close();
    }
  }
  console.log(`moves written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
