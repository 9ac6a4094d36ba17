import { Injectable, Logger } from '@nestjs/common';
import { JobHandlers } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue';
import { Leniency } from '../scoring/calibration';
import { ReviewRound, reviewVacancy } from '../scoring/panel-review';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import {
  applicationScoreRow,
  ApplicationScoreRow,
  InterviewResultsRepository,
  ReviewedRow,
  VacancyEvidence,
} from './interview-results.repository';
import { InterviewDecisions } from './interview-decisions.service';
import type { ReviewOptions } from './panel-review-queue';
import { RoundContexts } from './round-contexts';

export type { ReviewOptions };

export interface ReviewFigures {
  interviews: number;
  scorecards: number;
  applications: number;
  interviewers: number;
  /** Rows written back: only those whose result or score changed, unless every result was asked for. */
  interviewsWritten: number;
  applicationsWritten: number;
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
 * Reviews a vacancy's interview evidence as a whole, as the job
 * PanelReviewQueue records. Then, for a vacancy whose decisions move its
 * applications, it applies any decision that committed without its move (the
 * process stopped between the two), so none is left undone.
 */
@Injectable()
export class PanelReview {
  private readonly logger = new Logger(PanelReview.name);

  constructor(
    private readonly results: InterviewResultsRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly contexts: RoundContexts,
    private readonly decisions: InterviewDecisions,
    private readonly jobQueue: JobQueue,
    handlers: JobHandlers,
  ) {
    handlers.handle('panels.review', async ({ vacancyId, rewriteResults }) => {
      const figures = await this.reviewVacancy(vacancyId, { rewriteResults });
      this.logger.log(
        `Reviewed ${figures.interviews} interviews of vacancy ${vacancyId}; ${figures.interviewsWritten} changed`,
      );
      const applied = await this.decisions.applyPending(vacancyId);
      if (applied) this.logger.log(`Applied ${applied} decision(s) of vacancy ${vacancyId} left without their move`);
    });
  }

  /** Resolves once the reviews recorded so far (and every other due job) have run. */
  async idle(): Promise<void> {
    await this.jobQueue.idle();
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
