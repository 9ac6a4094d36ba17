import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Transaction } from '../database/transaction';
import { JobHandlers } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue';
import { Jobs } from '../jobs/jobs';
import { Leniency } from '../scoring/calibration';
import { ReviewRound, reviewVacancy } from '../scoring/panel-review';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { VacancyInterviewsChanged } from '../vacancies/vacancy-interviews-changed';
import {
  applicationScoreRow,
  ApplicationScoreRow,
  InterviewResultsRepository,
  ReviewedRow,
  VacancyEvidence,
} from './interview-results.repository';
import { RoundContexts } from './round-contexts';

export interface ReviewFigures {
  interviews: number;
  scorecards: number;
  applications: number;
  interviewers: number;
  /** Rows written back: only those whose result or score changed, unless every result was asked for. */
  interviewsWritten: number;
  applicationsWritten: number;
}

export interface ReviewOptions {
  /** Write every interview's result back, not only those whose decision or scores changed (the plan changed). */
  rewriteResults?: boolean;
}

export interface ReviewWrites {
  interviews: ReviewedRow[];
  applications: ApplicationScoreRow[];
  leniency: Leniency[];
}

/**
 * What a review of the vacancy writes back: every interview's result worked
 * out again with each interviewer's leniency over all the vacancy's
 * scorecards, and each application's scores; of those, the rows that differ
 * from what is stored (all interviews with `rewriteResults`).
 */
export function reviewWrites(
  vacancy: Vacancy,
  rounds: ReadonlyMap<string, ReviewRound>,
  evidence: VacancyEvidence,
  options: ReviewOptions,
  now: Date,
): ReviewWrites {
  const review = reviewVacancy(rounds, evidence.interviews, evidence.scorecards, vacancy.calibrateInterviews);
  const interviews: ReviewedRow[] = [];
  for (const stored of evidence.interviews) {
    const reviewed = review.interviews.get(stored.id);
    if (!reviewed) continue;
    const decision = reviewed.result.decision;
    const changed =
      decision !== stored.decision ||
      reviewed.roundScore !== stored.roundScore ||
      reviewed.calibratedScore !== stored.calibratedScore;
    if (!changed && !options.rewriteResults) continue;
    interviews.push({
      id: stored.id,
      result: reviewed.result,
      decision,
      roundScore: reviewed.roundScore,
      calibratedScore: reviewed.calibratedScore,
      decidedAt: decision === stored.decision ? stored.decidedAt : decision ? now : null,
    });
  }
  const applications = evidence.applications
    .map((stored) => ({
      stored,
      row: applicationScoreRow(
        stored,
        review.applications.get(stored.id) ?? { interviewScore: null, roundsScored: 0 },
        vacancy,
      ),
    }))
    .filter(
      ({ stored, row }) =>
        row.interviewScore !== stored.interviewScore ||
        row.roundsScored !== stored.roundsScored ||
        row.shortlistScore !== stored.shortlistScore ||
        row.sortKey !== stored.sortKey,
    )
    .map(({ row }) => row);
  return { interviews, applications, leniency: review.leniency };
}

/**
 * Reviews a vacancy's interview evidence as a whole. Queued after every
 * submission (the leniency of everyone on the panel changes, so calibrated
 * scores elsewhere move) and, rewriting every result, after a change to the
 * plan, the profile or the calibration setting; a job, the same vacancy
 * queued twice before it starts reviewed once.
 */
@Injectable()
export class PanelReview implements OnModuleInit {
  private readonly logger = new Logger(PanelReview.name);

  constructor(
    private readonly results: InterviewResultsRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly contexts: RoundContexts,
    private readonly interviewsChanged: VacancyInterviewsChanged,
    private readonly jobs: Jobs,
    private readonly jobQueue: JobQueue,
    handlers: JobHandlers,
  ) {
    handlers.handle('panels.review', async ({ vacancyId, rewriteResults }) => {
      const figures = await this.reviewVacancy(vacancyId, { rewriteResults });
      this.logger.log(
        `Reviewed ${figures.interviews} interviews of vacancy ${vacancyId}; ${figures.interviewsWritten} changed`,
      );
    });
  }

  onModuleInit(): void {
    this.interviewsChanged.listen((tx, vacancyId) => this.queueIn(tx, vacancyId, { rewriteResults: true }));
  }

  /** Resolves once the reviews recorded so far (and every other due job) have run. */
  async idle(): Promise<void> {
    await this.jobQueue.idle();
  }

  /** Records the review in the caller's transaction: it is queued if and only if the change commits. */
  async queueIn(tx: Transaction, vacancyId: string, options: ReviewOptions = {}): Promise<void> {
    const rewriteResults = options.rewriteResults ?? false;
    await this.jobs.enqueueIn(tx, [
      {
        name: 'panels.review',
        payload: { vacancyId, rewriteResults },
        options: { dedupeKey: `panels.review:${vacancyId}:${rewriteResults}` },
      },
    ]);
  }

  /** Reviews the vacancy now; what the benchmark times. */
  async reviewVacancy(vacancyId: string, options: ReviewOptions = {}, now = new Date()): Promise<ReviewFigures> {
    const vacancy = await this.vacancies.findById(vacancyId);
    const figures = { interviews: 0, scorecards: 0, applications: 0, interviewers: 0 };
    if (!vacancy) return { ...figures, interviewsWritten: 0, applicationsWritten: 0 };
    const rounds = await this.contexts.roundsOf(vacancy);
    const { evidence, writes } = await this.results.transaction(async (tx) => {
      // Read and written back under the interviews' locks: a decision made meanwhile is never overwritten.
      await this.results.lockVacancyInterviews(tx, vacancyId);
      const evidence = await this.results.loadVacancy(vacancyId, tx);
      const writes = reviewWrites(vacancy, rounds, evidence, options, now);
      await this.results.saveVacancyReview(vacancyId, writes.interviews, writes.applications, writes.leniency, now, tx);
      return { evidence, writes };
    });
    return {
      interviews: evidence.interviews.length,
      scorecards: evidence.scorecards.length,
      applications: evidence.applications.length,
      interviewers: writes.leniency.length,
      interviewsWritten: writes.interviews.length,
      applicationsWritten: writes.applications.length,
    };
  }
}
