import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CandidateFactsChanged } from '../candidates/candidate-facts-changed';
import { candidateFactsOf } from '../screening/candidate-facts';
import { PreparedScreening, ScreeningRunner } from '../screening/screening-runner';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { VacancyScreeningChanged } from '../vacancies/vacancy-screening-changed';
import { JobQueue } from '../jobs/job-queue';
import { JobHandlers } from '../jobs/job-handlers';
import { Jobs } from '../jobs/jobs';
import { SiftMetrics } from '../metrics/sift-metrics';
import { Transaction } from '../database/transaction';
import { Transactions } from '../database/transactions';
import {
  ApplicationToScreen,
  ScreeningResult,
  ScreeningResultsRepository,
  ScreeningSettings,
} from './screening-results.repository';
import { today } from '../screening/reference-date';
import { screeningColumns } from './screened-application';

/**
 * Applications per batch: one read with their candidates' facts, one write of
 * their results, one raise of the shortlist revision (bench/pipeline.ts counts
 * those to tell when re-screening is done).
 */
const BATCH = 2000;

/**
 * Screens applications again when what they were screened with changes: a
 * vacancy's profile version, weights or knock-out policy, or a candidate's
 * facts. The work is a job, run a batch at a time; the same vacancy or
 * candidate queued twice before its job starts runs once. Hired, rejected
 * and withdrawn applications keep the result they were decided on.
 */
@Injectable()
export class Rescorer implements OnModuleInit {
  private readonly logger = new Logger(Rescorer.name);

  constructor(
    private readonly applications: ScreeningResultsRepository,
    private readonly vacancyRows: VacanciesRepository,
    private readonly transactions: Transactions,
    private readonly runner: ScreeningRunner,
    private readonly factsChanged: CandidateFactsChanged,
    private readonly screeningChanged: VacancyScreeningChanged,
    private readonly jobs: Jobs,
    private readonly queue: JobQueue,
    private readonly metrics: SiftMetrics,
    handlers: JobHandlers,
  ) {
    handlers.handle('screening.vacancy', async ({ vacancyId }) => {
      const count = await this.rescoreVacancy(vacancyId);
      this.logger.log(`Screened ${count} applications again for vacancy ${vacancyId}`);
    });
    handlers.handle('screening.candidate', async ({ candidateId }) => {
      const count = await this.rescoreCandidate(candidateId);
      this.logger.log(`Screened ${count} applications again for candidate ${candidateId}`);
    });
  }

  /** The screening jobs are recorded in the transaction of the change that calls for them. */
  onModuleInit(): void {
    this.factsChanged.listen(async (tx, candidateId) => {
      await this.applications.holdOpenApplicationsOf(tx, candidateId);
      return this.jobs.enqueueIn(tx, [
        {
          name: 'screening.candidate',
          payload: { candidateId },
          options: { dedupeKey: `screening.candidate:${candidateId}` },
        },
      ]);
    });
    this.screeningChanged.listen((tx, vacancyId) =>
      this.jobs.enqueueIn(tx, [
        { name: 'screening.vacancy', payload: { vacancyId }, options: { dedupeKey: vacancyKey(vacancyId) } },
      ]),
    );
  }

  /** Whether the vacancy's screening again is still waiting or running. */
  vacancyPending(vacancyId: string): Promise<boolean> {
    return this.jobs.isPending(vacancyKey(vacancyId));
  }

  /** Resolves once the screening jobs recorded so far (and every other due job) have run. */
  async idle(): Promise<void> {
    await this.queue.idle();
  }

  /**
   * Screens every open application of a vacancy again; returns how many. Each
   * batch is read, screened and written in one transaction, so what it writes
   * rests on what it read. The vacancy is read as last committed, a change in
   * flight waited for: a change that found this job still queued recorded
   * none of its own. A change made once the job runs queues a screening of its
   * own: this one then stops at its next batch rather than write results the
   * newer one would have to overwrite.
   */
  async rescoreVacancy(vacancyId: string): Promise<number> {
    const vacancy = await this.transactions.run((tx) => this.applications.screeningSettings(tx, vacancyId));
    if (!vacancy) return 0;
    const prepared = await this.runner.prepare(vacancy.roleProfileId, vacancy.roleProfileVersion);
    let count = 0;
    let afterId: string | null = null;
    for (;;) {
      const { last, written } = await this.transactions.run(async (tx) => {
        const batch = await this.applications.openApplicationsToScreen(tx, vacancy, afterId, BATCH);
        const written = await this.rescoreBatch(tx, batch.applications, () => ({ vacancy, prepared }));
        return { last: batch.last, written };
      });
      // Counted once committed, as every batch is.
      this.metrics.applicationsRescreened(written);
      count += written;
      if (last === null) break;
      afterId = last;
    }
    if (count) await this.runner.markUsed(prepared);
    return count;
  }

  /** Screens a candidate's open applications again, each with its own vacancy's profile. */
  async rescoreCandidate(candidateId: string): Promise<number> {
    const contexts = new Map<string, { vacancy: Vacancy; prepared: PreparedScreening }>();
    const written = await this.transactions.run(async (tx) => {
      const applications = await this.applications.openApplicationsOfCandidate(tx, candidateId);
      for (const { vacancyId } of applications) {
        if (contexts.has(vacancyId)) continue;
        const vacancy = (await this.vacancyRows.findById(vacancyId))!;
        contexts.set(vacancyId, {
          vacancy,
          prepared: await this.runner.prepare(vacancy.roleProfileId, vacancy.roleProfileVersion),
        });
      }
      return this.rescoreBatch(tx, applications, (application) => contexts.get(application.vacancyId)!);
    });
    this.metrics.applicationsRescreened(written);
    return written;
  }

  /** Screens a batch again; each result is made as it is written, so none outlives its row's write. */
  private async rescoreBatch(
    tx: Transaction,
    applications: readonly ApplicationToScreen[],
    contextOf: (application: ApplicationToScreen) => { vacancy: ScreeningSettings; prepared: PreparedScreening },
  ): Promise<number> {
    if (applications.length === 0) return 0;
    const now = new Date();
    const referenceDate = today(now);
    const runner = this.runner;
    function* results(): Generator<ScreeningResult> {
      for (const application of applications) {
        const { vacancy, prepared } = contextOf(application);
        const outcome = runner.screen(prepared, candidateFactsOf(application.facts()), referenceDate);
        yield {
          id: application.id,
          vacancyId: application.vacancyId,
          columns: screeningColumns(vacancy, prepared, outcome, now, application.interviewScore),
        };
      }
    }
    return this.applications.saveScreenings(tx, results(), now);
  }
}

function vacancyKey(vacancyId: string): string {
  return `screening.vacancy:${vacancyId}`;
}
