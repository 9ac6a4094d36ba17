import { Client } from 'pg';
import { readFileSync } from 'node:fs';
import { buildPageScene } from './page-scene';
import { Api } from './sift-server';

/**
 * The filled database the page benchmarks measure: one big vacancy and some
 * small ones, imported through the API, with the application in the middle
 * of the big one's ranking; kept in BENCH_DATA_DIR between runs.
 */
export interface FilledScene {
  big: string;
  middle: { applicationId: string; candidateId: string; position: number };
  importSeconds: number;
  sizes: { big: number; others: number; small: number };
}

export async function fill(api: Api, sizes: { big: number; others: number; small: number }): Promise<FilledScene> {
  const { big: BIG, others: OTHERS, small: SMALL } = sizes;
  const importStarted = performance.now();
  const scene = await buildPageScene(api, [BIG, ...Array<number>(OTHERS).fill(SMALL)], (imported, seconds) =>
    process.stderr.write(`imported ${imported.toLocaleString('en')} (${seconds.toFixed(1)} s for the last request)\n`),
  );
  const importSeconds = (performance.now() - importStarted) / 1000;
  const big = scene.vacancies[0].id;
  const middle = await applicationAt(api, big, Math.floor(BIG / 2));
  return { big, middle, importSeconds, sizes: { big: BIG, others: OTHERS, small: SMALL } };
}

/**
 * Waits until the work the import left for the worker (mails, screenings) is
 * done, so that the pages are measured, not the worker beside them.
 */
export async function jobsDrained(
  api: Api,
  timeoutMs = Number(process.env.DRAIN_TIMEOUT_MS ?? 600_000),
): Promise<void> {
  const started = performance.now();
  for (;;) {
    const { counts } = (await api('GET', '/jobs?limit=1')) as { counts: Record<string, number> };
    const left = (counts.outbox ?? 0) + (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0);
    if (left === 0) return;
    const seconds = (performance.now() - started) / 1000;
    if (seconds * 1000 > timeoutMs) throw new Error(`${left} jobs still waiting after ${seconds.toFixed(0)} s`);
    process.stderr.write(`waiting for ${left.toLocaleString('en')} jobs (${seconds.toFixed(0)} s)\n`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}

/**
 * Waits until the server has worked off what the last run left queued: a
 * slow page's requests still in progress when autocannon stops would
 * otherwise be counted against the next path. Quiet is when the server's
 * process used under 5% of a core over a quarter of a second (Linux's
 * /proc; elsewhere a fixed pause) and, on PostgreSQL, no other query of the
 * database is running.
 */
export async function settled(pid: number | undefined, database?: Client, timeoutMs = 120_000): Promise<void> {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const cpuTicks = (): number | undefined => {
    try {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return undefined;
    }
  };
  const started = performance.now();
  let before = cpuTicks();
  if (before === undefined) return void (await pause(2000));
  for (;;) {
    await pause(250);
    const now: number = cpuTicks() ?? before;
    if (performance.now() - started > timeoutMs) return;
    // Ticks are hundredths of a second: 1 in 25 is 4% of a core.
    if (now - before <= 1 && (await othersRunning(database)) === 0) return;
    before = now;
  }
}

async function othersRunning(database: Client | undefined): Promise<number> {
  if (!database) return 0;
  const { rows } = await database.query<{ running: string }>(
    `SELECT COUNT(*) AS running FROM pg_stat_activity
      WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
  );
  return Number(rows[0].running);
}

/** The application at `position` (1 is first) in the vacancy's ranking, found by walking the shortlist's pages. */
export async function applicationAt(
  api: Api,
  vacancyId: string,
  position: number,
): Promise<{ applicationId: string; candidateId: string; position: number }> {
  let cursor: string | null = null;
  let last: { applicationId: string; candidate: { id: string }; position: number } | undefined;
  for (;;) {
    const page: {
      items: { applicationId: string; candidate: { id: string }; position: number }[];
      nextCursor: string | null;
    } = await api('GET', `/vacancies/${vacancyId}/shortlist?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    const found = page.items.find((item) => item.position >= position);
    last = found ?? page.items.at(-1) ?? last;
    if (found || !page.nextCursor) break;
    cursor = page.nextCursor;
  }
  if (!last) throw new Error('the vacancy has no applications');
  return { applicationId: last.applicationId, candidateId: last.candidate.id, position: last.position };
}
