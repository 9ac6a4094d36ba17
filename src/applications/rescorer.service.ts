import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CandidateFactsChanged } from '../candidates/candidate-facts-changed';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { candidateFactsOf } from '../screening/candidate-facts';
import { PreparedScreening, ScreeningRunner } from '../screening/screening-runner';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { VacancyScreeningChanged } from '../vacancies/vacancy-screening-changed';
import { JobQueue } from '../jobs/job-queue';
import { JobHandlers } from '../jobs/job-handlers';
import { Jobs } from '../jobs/jobs';
import { ApplicationRef, ScreeningResultsRepository } from './screening-results.repository';
import { today } from '../screening/reference-date';
import { screeningColumns } from './screened-application';

/** Applications per batch: one read of their candidates' facts, one write of their results (in chunks). */
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
    private readonly candidateRows: CandidatesRepository,
    private readonly runner: ScreeningRunner,
    private readonly factsChanged: CandidateFactsChanged,
    private readonly screeningChanged: VacancyScreeningChanged,
    private readonly jobs: Jobs,
    private readonly queue: JobQueue,
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
    this.factsChanged.listen((tx, candidateId) =>
      this.jobs.enqueueIn(tx, [
        {
          name: 'screening.candidate',
          payload: { candidateId },
          options: { dedupeKey: `screening.candidate:${candidateId}` },
        },
      ]),
    );
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

  /** Screens every open application of a vacancy again; returns how many. */
  async rescoreVacancy(vacancyId: string): Promise<number> {
    const vacancy = await this.vacancyRows.findById(vacancyId);
    if (!vacancy) return 0;
    const prepared = await this.runner.prepare(vacancy.roleProfileId, vacancy.roleProfileVersion);
    let count = 0;
    let afterId: string | null = null;
    for (;;) {
      const batch = await this.applications.openApplicationsBatch(vacancyId, afterId, BATCH);
      if (batch.length === 0) break;
      count += await this.rescoreBatch(batch, () => ({ vacancy, prepared }));
      afterId = batch[batch.length - 1].id;
    }
    if (count) await this.runner.markUsed(prepared);
    return count;
  }

  /** Screens a candidate's open applications again, each with its own vacancy's profile. */
  async rescoreCandidate(candidateId: string): Promise<number> {
    const refs = await this.applications.openApplicationsOf(candidateId);
    const contexts = new Map<string, { vacancy: Vacancy; prepared: PreparedScreening }>();
    for (const ref of refs) {
      if (contexts.has(ref.vacancyId)) continue;
      const vacancy = (await this.vacancyRows.findById(ref.vacancyId))!;
      contexts.set(ref.vacancyId, {
        vacancy,
        prepared: await this.runner.prepare(vacancy.roleProfileId, vacancy.roleProfileVersion),
      });
    }
    return this.rescoreBatch(refs, (ref) => contexts.get(ref.vacancyId)!);
  }

  private async rescoreBatch(
    refs: ApplicationRef[],
    contextOf: (ref: ApplicationRef) => { vacancy: Vacancy; prepared: PreparedScreening },
  ): Promise<number> {
    if (refs.length === 0) return 0;
    const facts = await this.candidateRows.factsOfMany([...new Set(refs.map((ref) => ref.candidateId))]);
    const now = new Date();
    const referenceDate = today(now);
    const results = refs.map((ref) => {
      const { vacancy, prepared } = contextOf(ref);
      const outcome = this.runner.screen(prepared, candidateFactsOf(facts.get(ref.candidateId) ?? []), referenceDate);
      return {
        id: ref.id,
        vacancyId: ref.vacancyId,
        columns: screeningColumns(vacancy, prepared, outcome, now, ref.interviewScore),
      };
    });
    await this.applications.saveScreenings(results, now);
    return results.length;
  }
}

function vacancyKey(vacancyId: string): string {
  return `screening.vacancy:${vacancyId}`;
}
