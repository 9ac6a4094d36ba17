/**
 * Interview panels at scale: one vacancy with 2,000 interviewed applicants.
 *
 *   npm run bench:panels                                  # SQLite
 *   BENCH_DATABASE_URL=postgres://… npm run bench:panels  # PostgreSQL (an empty database)
 *
 * 1. The app booted in this process as main.ts boots it (real migrations, on
 *    a fresh database). Over HTTP, as the admin: INTERVIEWERS users with the
 *    interviewer role, the Accountmanager B template copied and given a
 *    version with competency weights, an open vacancy with three rounds
 *    (1–4 average, 1–5 majority yes, 1–5 no veto) and calibrated interview
 *    scores, and APPLICANTS candidates through the import path (applied and
 *    screened). Then in bulk, straight into the tables: per application one
 *    interview per round, each with a panel of 3–5 of the interviewers, and a
 *    submitted scorecard with its first revision per panel member (see
 *    support/panels-data.ts).
 * 2. RUNS times each: PanelReview.reviewVacancy (every round result,
 *    decision, leniency, calibrated score and shortlist score worked out and
 *    written back), PanelReportsService.agreement and .calibration. Goal: the
 *    three together under 2 s. Then PROFILE_RUNS reviews and agreement reports
 *    step by step (load, compute, save) to show where the time goes.
 * 3. The built server started as a real process on the same database, and
 *    under load (autocannon, CONNECTIONS connections, DURATION seconds a run,
 *    ROUNDS rounds alternating) GET /health, the baseline, and the vacancy's
 *    shortlist, first page of 50. Goal: at least half the requests per second
 *    of /health, as in the pipeline benchmark.
 */
import { databaseUrl, dataDir, engine } from './support/panels-env';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { Application } from '../src/applications/entities/application.entity';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/bootstrap';
import { AuthenticatedUser } from '../src/common/auth/decorators';
import { Role } from '../src/common/auth/role';
import { loadSettings } from '../src/config/settings';
import { Interview } from '../src/interviews/entities/interview.entity';
import { Scorecard } from '../src/interviews/entities/scorecard.entity';
import { PanelReportsService } from '../src/interviews/panel-reports.service';
import { PanelReview } from '../src/interviews/panel-review.service';
import { User } from '../src/users/entities/user.entity';
import { resumeLine } from './support/generated-resumes';
import { generatePanels, insertPanels } from './support/panels-data';
import { measureUnderLoad } from './support/panels-load';
import { apiClient } from './support/sift-server';
import { profileAgreement, profileReview, Steps } from './support/panels-profile';

const APPLICANTS = Number(process.env.APPLICANTS ?? 2000);
const INTERVIEWERS = Number(process.env.INTERVIEWERS ?? 40);
const RUNS = Number(process.env.RUNS ?? 5);
const PROFILE_RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const DURATION = Number(process.env.DURATION ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const GOAL_MS = 2000;
const PASSWORD = 'bench-admin-password';
const COMPETENCIES = ['customer_focus', 'persuasiveness', 'analytical', 'entrepreneurship'];
const WEIGHTS: Record<string, number> = { customer_focus: 3, persuasiveness: 2, analytical: 1, entrepreneurship: 1 };

async function main(): Promise<void> {
  const settings = loadSettings({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    ADMIN_PASSWORD: PASSWORD,
    // Errors only: the write-back's statements pass the slow-query threshold on PostgreSQL and
    // would be logged whole (half a megabyte each); the step timings below say the same.
    LOG_LEVEL: 'error',
    PORT: '0',
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, settings);
  await app.listen(0, '127.0.0.1');
  let closed = false;
  try {
    const api = await apiClient((await app.getUrl()).replace('[::1]', '127.0.0.1'), PASSWORD);
    const dataSource = app.get(DataSource);
    const seedStarted = performance.now();

    // The plan, over HTTP as a recruiter would set it up.
    const manager = await api('POST', '/users', {
      name: 'Hiring Manager 1',
      email: 'manager-1@bench.local',
      roles: ['hiring_manager'],
    });
    const interviewerIds: string[] = [];
    for (let n = 1; n <= INTERVIEWERS; n++) {
      const created = await api('POST', '/users', {
        name: `Interviewer ${n}`,
        email: `interviewer-${n}@bench.local`,
        roles: ['interviewer'],
      });
      interviewerIds.push(created.user.id);
    }
    const copied = await api('POST', '/role-profiles/templates/accountmanager-b/copy', {});
    const current = await api('GET', `/role-profiles/${copied.id}`);
    const items = current.criteria.competencies.items.map((item: { code: string }) => ({
      ...item,
      weight: WEIGHTS[item.code] ?? 1,
    }));
    await api('POST', `/role-profiles/${copied.id}/versions`, {
      criteria: { ...current.criteria, competencies: { ...current.criteria.competencies, items } },
    });
    const created = await api('POST', '/vacancies', {
      title: 'Accountmanager B',
      description: 'Benchmark',
      employmentType: 'full_time',
      headcount: 1,
      roleProfileId: copied.id,
      hiringManagerIds: [manager.user.id],
      screeningWeight: 50,
      interviewWeight: 50,
      calibrateInterviews: true,
      rounds: [
        { name: 'First interview', kind: 'interview', competencies: COMPETENCIES, scorecard: { scale: 4 } },
        {
          name: 'Case with the team',
          kind: 'panel',
          competencies: [...COMPETENCIES].reverse(),
          weight: 2,
          scorecard: { scale: 5, passRule: 'majority_yes' },
        },
        {
          name: 'Final interview',
          kind: 'final_interview',
          competencies: COMPETENCIES,
          scorecard: { scale: 5, passRule: 'no_veto' },
        },
      ],
    });
    await api('POST', `/vacancies/${created.id}/status`, { status: 'open' });
    const vacancy: { id: string; rounds: { id: string; competencies: string[]; scorecard: { scale: number } }[] } =
      await api('GET', `/vacancies/${created.id}`);

    // The applicants, through the import path: created, applied and screened.
    const importStarted = performance.now();
    const body = Array.from({ length: APPLICANTS }, (_, i) => resumeLine(i)).join('\n');
    const report = await api('POST', `/candidates/import?vacancyId=${vacancy.id}`, body, 'application/x-ndjson');
    if (report.applied !== APPLICANTS) throw new Error(`applied ${report.applied} of ${APPLICANTS}`);
    const importSeconds = (performance.now() - importStarted) / 1000;

    // The interviews, in bulk; every application now in its last round.
    const applications = await dataSource.getRepository(Application).find({
      select: { id: true, candidateId: true },
      where: { vacancyId: vacancy.id },
      order: { id: 'ASC' },
    });
    const lastRound = vacancy.rounds[vacancy.rounds.length - 1].id;
    await dataSource
      .getRepository(Application)
      .update({ vacancyId: vacancy.id }, { stage: 'interview', roundId: lastRound, stageChangedAt: new Date() });
    const admin = await dataSource.getRepository(User).findOneByOrFail({ email: 'admin@sift.local' });
    const generateStarted = performance.now();
    const panels = generatePanels({
      vacancyId: vacancy.id,
      createdBy: admin.id,
      applications,
      rounds: vacancy.rounds.map((round) => ({
        id: round.id,
        competencies: round.competencies,
        scale: round.scorecard.scale,
      })),
      interviewerIds,
    });
    const generateSeconds = (performance.now() - generateStarted) / 1000;
    const insertSeconds = await insertPanels(dataSource, panels);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    // 2. The review and the two reports, timed.
    const viewer: AuthenticatedUser = { id: admin.id, email: admin.email, name: admin.name, roles: [Role.Admin] };
    const review = app.get(PanelReview);
    const reports = app.get(PanelReportsService);
    type Run = { review: number; agreement: number; calibration: number; total: number; written: number };
    const runs: Record<'full' | 'submission', Run[]> = { full: [], submission: [] };
    let agreement: Awaited<ReturnType<PanelReportsService['agreement']>> = [];
    let calibration: Awaited<ReturnType<PanelReportsService['calibration']>> = [];
    let figures: Awaited<ReturnType<PanelReview['reviewVacancy']>> | null = null;
    // "full": every result worked out and written back, as after a change to the plan (run 1 is the first
    // after seeding). "submission": as after one more scorecard, which moves leniency a little; only rows
    // whose scores changed are written.
    const oneScorecard: { id: string; ratings: unknown }[] = await dataSource.query(
      `SELECT s.id, s.ratings FROM scorecards s JOIN interviews i ON i.id = s.interview_id
        WHERE i.vacancy_id = ${engine === 'PostgreSQL' ? '$1' : '?'} ORDER BY s.id LIMIT 1`,
      [vacancy.id],
    );
    const original =
      typeof oneScorecard[0].ratings === 'string' ? JSON.parse(oneScorecard[0].ratings) : oneScorecard[0].ratings;
    for (const mode of ['full', 'submission'] as const) {
      for (let run = 0; run < RUNS; run++) {
        if (mode === 'submission') {
          const ratings = (original as { rating: number | null }[]).map((r, i) =>
            i === 0 && r.rating !== null ? { ...r, rating: run % 2 ? r.rating : r.rating === 1 ? 2 : r.rating - 1 } : r,
          );
          await dataSource.getRepository(Scorecard).update({ id: oneScorecard[0].id }, { ratings: ratings as never });
        }
        const t0 = performance.now();
        figures = await review.reviewVacancy(vacancy.id, { rewriteResults: mode === 'full' });
        const t1 = performance.now();
        agreement = await reports.agreement(vacancy.id, viewer);
        const t2 = performance.now();
        calibration = await reports.calibration(vacancy.id, viewer);
        const t3 = performance.now();
        const written = figures.interviewsWritten;
        runs[mode].push({ review: t1 - t0, agreement: t2 - t1, calibration: t3 - t2, total: t3 - t0, written });
        process.stderr.write(
          `${mode} run ${run + 1}: review ${ms(t1 - t0)} (${written} interviews written), agreement ${ms(t2 - t1)}, ` +
            `calibration ${ms(t3 - t2)}, total ${ms(t3 - t0)}\n`,
        );
      }
    }
    const reviewSteps: Steps[] = [];
    const agreementSteps: Steps[] = [];
    for (let run = 0; run < PROFILE_RUNS; run++) {
      reviewSteps.push(await profileReview(app, vacancy.id, { rewriteResults: true }));
      agreementSteps.push(await profileAgreement(app, vacancy.id, viewer));
    }

    // Sanity: what the review found against what the data was generated from.
    const decisions: { roundId: string; decision: string | null; count: string | number }[] = await dataSource
      .getRepository(Interview)
      .createQueryBuilder('i')
      .select(['i.round_id AS "roundId"', 'i.decision AS decision', 'COUNT(*) AS count'])
      .where('i.vacancy_id = :id', { id: vacancy.id })
      .groupBy('i.round_id')
      .addGroupBy('i.decision')
      .getRawMany();
    const scores = await dataSource.getRepository(Application).find({
      select: { id: true, interviewScore: true },
      where: { vacancyId: vacancy.id },
    });
    await app.close();
    closed = true;

    // 3. The shortlist under load, on the built server.
    const load = await measureUnderLoad({
      databaseUrl,
      dataDir,
      adminPassword: PASSWORD,
      targets: () => ({
        health: '/health',
        'shortlist, first page of 50': `/vacancies/${vacancy.id}/shortlist?limit=50`,
      }),
      connections: CONNECTIONS,
      duration: DURATION,
      rounds: ROUNDS,
    });

    // The summary.
    const seats = panels.panelists.length;
    console.log(
      `\nInterview panels on ${engine}, Node ${process.version}: ${APPLICANTS.toLocaleString('en')} applications, ` +
        `${vacancy.rounds.length} rounds, ${INTERVIEWERS} interviewers`,
    );
    console.log(
      `data: ${panels.interviews.length.toLocaleString('en')} interviews, ${seats.toLocaleString('en')} panel seats ` +
        `(${(seats / panels.interviews.length).toFixed(2)} a panel), ${panels.scorecards.length.toLocaleString('en')} ` +
        `submitted scorecards and as many revisions, ${panels.ratings.toLocaleString('en')} ratings ` +
        `(${panels.notAssessed.toLocaleString('en')} not assessed)`,
    );
    console.log(
      `seeding: ${seedSeconds.toFixed(1)} s in all; import of ${APPLICANTS.toLocaleString('en')} candidates ` +
        `${importSeconds.toFixed(1)} s; generating ${generateSeconds.toFixed(1)} s; inserts ` +
        Object.entries(insertSeconds)
          .map(([table, seconds]) => `${table} ${seconds.toFixed(1)} s`)
          .join(', '),
    );
    console.log(
      `review figures: ${figures!.interviews} interviews, ${figures!.scorecards} scorecards, ` +
        `${figures!.applications} applications, ${figures!.interviewers} interviewers`,
    );

    for (const mode of ['full', 'submission'] as const) {
      const pick = (key: keyof Run) => runs[mode].map((run) => run[key]);
      const total = summary(pick('total'));
      const heading =
        mode === 'full'
          ? 'every result written back, as after a change to the plan'
          : `after one more scorecard: ${Math.round(summary(pick('written')).median)} interviews written back (median)`;
      console.log(`\n${heading}\n| Step (${RUNS} runs) | median | min | max |`);
      console.log('| --- | --- | --- | --- |');
      for (const [name, key] of [
        ['PanelReview.reviewVacancy', 'review'],
        ['PanelReportsService.agreement', 'agreement'],
        ['PanelReportsService.calibration', 'calibration'],
        ['all three', 'total'],
      ] as const) {
        const s = summary(pick(key));
        console.log(`| ${name} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} |`);
      }
      console.log(
        `goal: all three under ${ms(GOAL_MS)}: ${total.median < GOAL_MS ? 'met' : 'NOT met'} ` +
          `(median ${ms(total.median)}, min ${ms(total.min)}, max ${ms(total.max)}; run 1: ${ms(runs[mode][0].total)})`,
      );
    }

    for (const [title, steps] of [
      ['reviewVacancy', reviewSteps],
      ['agreement', agreementSteps],
    ] as const) {
      console.log(`\n| ${title}, step by step (median of ${PROFILE_RUNS}) | ms | share |`);
      console.log('| --- | --- | --- |');
      const names = Object.keys(steps[0]);
      const medians = names.map((name) => summary(steps.map((s) => s[name])).median);
      const sum = medians.reduce((a, b) => a + b, 0);
      names.forEach((name, i) =>
        console.log(`| ${name} | ${ms(medians[i])} | ${((medians[i] / sum) * 100).toFixed(0)}% |`),
      );
    }

    console.log('\nagreement per round (Krippendorff alpha, interval):');
    for (const round of agreement) {
      const counts = decisions.filter((row) => row.roundId === round.roundId);
      const count = (decision: string | null) =>
        Number(counts.find((row) => row.decision === decision)?.count ?? 0).toLocaleString('en');
      console.log(
        `  ${round.name}: alpha ${round.alpha?.alpha ?? '—'}${round.flagged ? ' (flagged)' : ''}, ` +
          `${round.interviews} interviews, ${round.scorecards} scorecards, ${round.ratings} ratings, ` +
          `${round.flaggedInterviews.length} interviews with a spread above 2 points; ` +
          `decisions: ${count('pass')} pass, ${count('fail')} fail, ${count(null)} none`,
      );
    }
    const generated = calibration.map((row) => panels.offset.get(row.interviewerId)!);
    const leniency = calibration.map((row) => row.leniency);
    const line = (row: (typeof calibration)[number]) =>
      `  ${row.name}: leniency ${signed(row.leniency)}, correction ${signed(row.correction)}, ` +
      `generated offset ${signed(panels.offset.get(row.interviewerId)!)} (${row.interviews} interviews)`;
    console.log('most lenient (calibration is ordered by leniency):');
    calibration.slice(0, 3).forEach((row) => console.log(line(row)));
    console.log('least lenient:');
    calibration.slice(-3).forEach((row) => console.log(line(row)));
    console.log(
      `leniency against the generated offsets, ${calibration.length} interviewers: Pearson r = ` +
        `${pearson(leniency, generated).toFixed(3)}; mean |leniency − offset| = ` +
        `${(leniency.reduce((sum, l, i) => sum + Math.abs(l - generated[i]), 0) / leniency.length).toFixed(4)}`,
    );
    const scored = scores.filter((row) => row.interviewScore !== null);
    console.log(
      `interview score against the generated ability, ${scored.length} applications: Pearson r = ` +
        pearson(
          scored.map((row) => row.interviewScore!),
          scored.map((row) => panels.ability.get(row.id)!),
        ).toFixed(3),
    );

    console.log(`\nunder load (${CONNECTIONS} connections, ${DURATION} s a run, best of ${ROUNDS}):`);
    const health = Math.max(...load.health.rps);
    for (const [name, result] of Object.entries(load)) {
      const rps = Math.max(...result.rps);
      console.log(
        `  ${name} (${(result.bytes / 1024).toFixed(1)} KB): ${rps.toFixed(0)} req/s, p50 ${summary(result.p50).median} ms, p99 ${Math.max(...result.p99)} ms` +
          (name === 'health' ? '' : `, ${((rps / health) * 100).toFixed(0)}% of /health (goal: at least 50%)`),
      );
    }
  } finally {
    if (!closed) await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function summary(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
