/**
 * Mail through the job queue: 10,000 confirmation mails to a local SMTP receiver.
 *
 *   npm run bench:mail                      # database queue, then Redis (a private redis-server)
 *   BENCH_REDIS_URL=redis://… npm run bench:mail
 *
 * For each queue: Sift booted in this process as main.ts boots it, on a
 * fresh SQLite file, running its jobs here (JOB_CONCURRENCY, default 16); an
 * SMTP receiver (smtp-server, on 127.0.0.1, in a child process so that it
 * takes no CPU from this one) parsing each mail back with mailparser; an
 * admin, an open vacancy and MAILS candidates put straight in the tables.
 * The business change is the real intake path: applications in batches of
 * BATCH (ApplicationRecorder.recordIn with confirmation, one
 * transaction a batch recording the applications, their mails and their
 * jobs). Two loads on each queue: a burst (MAILS mails, batches back to
 * back: the throughput, and how long the last in line waits) and a steady
 * stream below capacity (PACED_MAILS mails at PACED_RATE a second in batches
 * of 10: how long one mail takes when it does not queue behind others).
 * Measured: mails per second from the first commit to the last arrival, and
 * for each mail the time from its batch's commit to its arrival at the
 * receiver (median, p99). Goal with Redis: at least 200 mails per second.
 */
import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { ApplicationRecorder } from '../src/applications/application-recorder';
import { Transactions } from '../src/database/transactions';
import { screenedApplication } from '../src/applications/screened-application';
import { Candidate } from '../src/candidates/entities/candidate.entity';
import { loadSettings } from '../src/config/settings';
import { insertRows } from '../src/database/bulk-insert';
import { newId } from '../src/database/ids';
import { JobQueue } from '../src/jobs/job-queue';
import { ScreeningRunner } from '../src/screening/screening-runner';
import { candidateFactsOf } from '../src/screening/candidate-facts';
import { Vacancy } from '../src/vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../src/vacancies/vacancies.repository';
import { RoleProfilesService } from '../src/role-profiles/role-profiles.service';
import { User } from '../src/users/entities/user.entity';
import { startPrivateRedis } from '../test/support/redis-server';
import { startSmtpSink } from './support/smtp-sink';

const MAILS = Number(process.env.MAILS ?? 10_000);
const BATCH = Number(process.env.BATCH ?? 100);
const PACED_MAILS = Number(process.env.PACED_MAILS ?? 2000);
const PACED_RATE = Number(process.env.PACED_RATE ?? 100);
const CONCURRENCY = process.env.JOB_CONCURRENCY ?? '16';

interface Load {
  name: string;
  mails: number;
  batch: number;
  /** Milliseconds between the starts of two batches; 0 for back to back. */
  every: number;
}

interface Run {
  queue: string;
  load: string;
  mails: number;
  seconds: number;
  mailsPerSecond: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

async function run(queue: 'database' | 'redis', load: Load, redisUrl?: string): Promise<Run> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-mail-'));
  const smtp = await startSmtpSink();
  const arrivals = smtp.arrivals;
  const settings = loadSettings({
    DATA_DIR: dataDir,
    ADMIN_PASSWORD: 'bench-admin-password',
    LOG_LEVEL: 'warn',
    SMTP_URL: smtp.url,
    JOB_CONCURRENCY: CONCURRENCY,
    JOB_POLL_MS: '200',
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}` } : {}),
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(settings), { logger: ['error', 'warn'] });
  await app.init();
  try {
    const { vacancy, candidateIds, adminId } = await prepare(app, load.mails);
    const runner = app.get(ScreeningRunner);
    const prepared = await runner.prepare(vacancy.roleProfileId, vacancy.roleProfileVersion);
    const recorder = app.get(ApplicationRecorder);
    const transactions = app.get(Transactions);
    const committedAt = new Map<string, number>();
    const emails = await emailsOf(app, candidateIds);
    const started = Date.now();
    for (let from = 0; from < candidateIds.length; from += load.batch) {
      const now = new Date();
      const inputs = candidateIds.slice(from, from + load.batch).map((candidateId) => {
        const outcome = runner.screen(prepared, candidateFactsOf([]), now.toISOString().slice(0, 10));
        return screenedApplication(vacancy, prepared, outcome, candidateId, 'bench', now);
      });
      await transactions.run((tx) => recorder.recordIn(tx, inputs, adminId, now, { confirm: true }));
      const at = Date.now();
      for (const input of inputs) committedAt.set(emails.get(input.candidateId)!, at);
      const next = started + ((from + load.batch) / load.batch) * load.every;
      if (load.every) await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
    }
    await smtp.waitFor(load.mails, 600_000);
    const finished = Math.max(...arrivals.values());
    const latencies = [...committedAt].map(([email, at]) => arrivals.get(email)! - at).sort((a, b) => a - b);
    const seconds = (finished - started) / 1000;
    return {
      queue,
      load: load.name,
      mails: load.mails,
      seconds: round(seconds, 2),
      mailsPerSecond: Math.round(load.mails / seconds),
      medianMs: latencies[Math.floor(latencies.length / 2)],
      p99Ms: latencies[Math.floor(latencies.length * 0.99)],
      maxMs: latencies[latencies.length - 1],
    };
  } finally {
    await app
      .get(JobQueue)
      .idle(60_000)
      .catch(() => undefined);
    await app.close();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** An open vacancy on the Accountmanager B template and MAILS candidates, written straight to the tables. */
async function prepare(app: INestApplicationContext, count: number) {
  const dataSource = app.get(DataSource);
  const [admin] = await dataSource.getRepository(User).find({ take: 1 });
  const { profile } = await app.get(RoleProfilesService).copyTemplate('accountmanager-b', undefined, admin.id);
  const now = new Date();
  const vacancyId = newId();
  await dataSource.getRepository(Vacancy).insert({
    id: vacancyId,
    title: 'Accountmanager B',
    description: 'Nationale klanten beheren en uitbouwen.',
    location: null,
    employmentType: 'full_time',
    headcount: 1,
    roleProfileId: profile.id,
    roleProfileVersion: profile.currentVersion,
    status: 'open',
    knockoutPolicy: 'flag',
    screeningWeight: 100,
    interviewWeight: 0,
    autoAdvance: false,
    calibrateInterviews: false,
    rejectionMailDelayHours: 48,
    shortlistRevision: 0,
    createdBy: admin.id,
    createdAt: now,
    updatedAt: now,
  });
  const languages = ['nl', 'et', 'en'] as const;
  const candidates = Array.from({ length: count }, (_, index) => ({
    id: newId(),
    name: `Kandidaat ${index + 1}`,
    email: `kandidaat-${index + 1}@example.com`,
    phone: null,
    location: null,
    language: languages[index % 3],
    consentPurpose: null,
    consentAt: null,
    source: 'bench',
    createdAt: now,
    updatedAt: now,
  }));
  await dataSource.transaction((tx) => insertRows(tx, Candidate, candidates, 500));
  const vacancy = (await app.get(VacanciesRepository).findById(vacancyId))!;
  return { vacancy, candidateIds: candidates.map((candidate) => candidate.id), adminId: admin.id };
}

async function emailsOf(app: INestApplicationContext, ids: string[]): Promise<Map<string, string>> {
  const rows = await app
    .get(DataSource)
    .getRepository(Candidate)
    .find({ select: { id: true, email: true } });
  const wanted = new Set(ids);
  return new Map(rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, row.email]));
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const loads: Load[] = [
    { name: 'burst', mails: MAILS, batch: BATCH, every: 0 },
    { name: `steady ${PACED_RATE}/s`, mails: PACED_MAILS, batch: 10, every: (10 / PACED_RATE) * 1000 },
  ];
  const results: Run[] = [];
  const privateRedis = process.env.BENCH_REDIS_URL ? undefined : await startPrivateRedis();
  try {
    for (const load of loads) {
      results.push(await run('database', load));
      results.push(await run('redis', load, process.env.BENCH_REDIS_URL ?? privateRedis!.url));
    }
  } finally {
    await privateRedis?.stop();
  }
  console.table(results);
  const redis = results.find((result) => result.queue === 'redis' && result.load === 'burst')!;
  console.log(
    `Goal: at least 200 mails/s with Redis: ${redis.mailsPerSecond >= 200 ? 'met' : 'NOT met'} (${redis.mailsPerSecond}/s)`,
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
