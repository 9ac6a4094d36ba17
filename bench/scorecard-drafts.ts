/**
 * Scorecard drafts saved while interviewers type, against the built server as a real process:
 *
 *   npm run bench:drafts                                  # SQLite
 *   BENCH_DATABASE_URL=postgres://… npm run bench:drafts  # PostgreSQL (an empty database)
 *
 * 1. Over the API, as the admin: INTERVIEWERS interviewers, and for each a candidate, an application
 *    in the vacancy's first round and an interview with that interviewer alone on its panel.
 * 2. Each interviewer signs in through the page form (their own session and CSRF token).
 * 3. For DURATION seconds all of them at once save their draft through the interview page's draft
 *    route, as htmx does after a pause in typing: a save every PACE_MS (±20%), the notes a little
 *    longer each time, the rating changing now and then. Meanwhile /health is asked every 100 ms.
 * Reported: p50, p99 and max of the saves, how many and how many not 2xx, and /health's p50 and p99
 * in the same run. The bar: a save's p99 under 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInThroughForm } from '../test/support/raw-http';
import { apiClient, startBuiltServer } from './support/sift-server';

const INTERVIEWERS = Number(process.env.INTERVIEWERS ?? 20);
const DURATION = Number(process.env.DURATION ?? 30);
const PACE_MS = Number(process.env.PACE_MS ?? 300);
const PASSWORD = 'bench-admin-password';
const USER_PASSWORD = 'bench-interviewer-password';
const BAR_MS = 50;

interface Seat {
  interviewId: string;
  cookie: string;
  csrf: string;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-drafts-'));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`;
  const server = await startBuiltServer({
    databaseUrl,
    dataDir,
    adminPassword: PASSWORD,
    // A CPU profile of the server, say: BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=profiles".
    nodeFlags: process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean),
  });
  try {
    const seats = await fill(server.base);
    const saves: number[] = [];
    const health: number[] = [];
    let failed = 0;
    const until = performance.now() + DURATION * 1000;
    const probe = (async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const answer = await fetch(`${server.base}/health`);
        await answer.arrayBuffer();
        health.push(performance.now() - started);
        await sleep(100);
      }
    })();
    await Promise.all([
      probe,
      ...seats.map(async (seat, index) => {
        // Interviewers do not start in step.
        await sleep(Math.random() * PACE_MS);
        for (let save = 0; performance.now() < until; save++) {
          const started = performance.now();
          const answer = await fetch(`${server.base}/panel/interviews/${seat.interviewId}/draft`, {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              cookie: seat.cookie,
              'hx-request': 'true',
              'x-csrf-token': seat.csrf,
            },
            body: new URLSearchParams({
              rating_customer_focus: String(1 + (Math.floor(save / 10) % 4)),
              notes_customer_focus: `Interviewer ${index} noted: ${'a clear example of the client call. '.repeat(1 + (save % 40))}`,
              summary: `Save ${save}`,
              _csrf: seat.csrf,
            }),
          });
          const text = await answer.text();
          const took = performance.now() - started;
          saves.push(took);
          if (!answer.ok || !text.includes('panel-saved')) failed += 1;
          await sleep(Math.max(0, PACE_MS * (0.8 + Math.random() * 0.4) - took));
        }
      }),
    ]);
    report(saves, health, failed, databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite');
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The interviewers, each with their own interview and session. */
async function fill(base: string): Promise<Seat[]> {
  const api = await apiClient(base, PASSWORD);
  const { user: recruiter } = await api('POST', '/users', {
    name: 'Bench Recruiter',
    email: 'recruiter@bench.local',
    password: 'bench-recruiter-password',
    roles: ['recruiter'],
  });
  const { user: manager } = await api('POST', '/users', {
    name: 'Bench Manager',
    email: 'manager@bench.local',
    roles: ['hiring_manager'],
  });
  const profile = await api('POST', '/role-profiles/templates/accountmanager-b/copy', {});
  const vacancy = await api('POST', '/vacancies', {
    title: 'Accountmanager B',
    description: 'Benchmark',
    employmentType: 'full_time',
    headcount: 1,
    roleProfileId: profile.id,
    hiringManagerIds: [manager.id],
    recruiterIds: [recruiter.id],
    rounds: [{ name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus', 'persuasiveness'] }],
  });
  const opened = await api('POST', `/vacancies/${vacancy.id}/status`, { status: 'open' });
  const roundId = opened.rounds[0].id;
  const seats: Seat[] = [];
  for (let index = 0; index < INTERVIEWERS; index++) {
    const email = `interviewer-${index}@bench.local`;
    const { user } = await api('POST', '/users', {
      name: `Interviewer ${index}`,
      email,
      password: USER_PASSWORD,
      roles: ['interviewer'],
    });
    const candidate = await api('POST', '/candidates', {
      name: `Kandidaat ${index}`,
      email: `kandidaat-${index}@bench.local`,
    });
    const application = await api('POST', `/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id });
    await api('POST', `/applications/${application.id}/moves`, { stage: 'screening' });
    await api('POST', `/applications/${application.id}/moves`, { stage: 'interview', roundId });
    const interview = await api('POST', `/applications/${application.id}/interviews`, {
      roundId,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      panel: [user.id],
    });
    const { cookie, csrf } = await signInThroughForm(base, email, USER_PASSWORD);
    seats.push({ interviewId: interview.id, cookie, csrf });
  }
  return seats;
}

function report(saves: number[], health: number[], failed: number, engine: string): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const p99 = percentile(saves, 0.99);
  console.log(
    `Scorecard drafts on ${engine}: ${INTERVIEWERS} interviewers, a save every ~${PACE_MS} ms, ${DURATION} s`,
  );
  console.log(`  saves:   ${saves.length} (${failed} not saved), ${(saves.length / DURATION).toFixed(1)} a second`);
  console.log(`  save:    p50 ${ms(percentile(saves, 0.5))}, p99 ${ms(p99)}, max ${ms(Math.max(...saves))}`);
  console.log(
    `  /health: p50 ${ms(percentile(health, 0.5))}, p99 ${ms(percentile(health, 0.99))} (${health.length} asked)`,
  );
  console.log(`  bar:     p99 under ${BAR_MS} ms: ${p99 < BAR_MS && failed === 0 ? 'met' : 'NOT met'}`);
  if (p99 >= BAR_MS || failed > 0) process.exitCode = 1;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
