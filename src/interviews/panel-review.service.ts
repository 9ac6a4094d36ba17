import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
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
 * plan, the profile or the calibration setting; runs in-process after the
 * response, the same vacancy queued twice once.
 */
@Injectable()
export class PanelReview implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PanelReview.name);
  /** Queued vacancies, and whether every result is to be written back. */
  private readonly queued = new Map<string, boolean>();
  private running: Promise<void> | null = null;

  constructor(
    private readonly results: InterviewResultsRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly contexts: RoundContexts,
    private readonly interviewsChanged: VacancyInterviewsChanged,
  ) {}

  onModuleInit(): void {
    this.interviewsChanged.listen((vacancyId) => this.queue(vacancyId, { rewriteResults: true }));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.idle();
  }

  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  queue(vacancyId: string, options: ReviewOptions = {}): void {
    this.queued.set(vacancyId, (this.queued.get(vacancyId) ?? false) || (options.rewriteResults ?? false));
    if (!this.running) this.running = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  /** Reviews the vacancy now; what the benchmark times. */
  async reviewVacancy(vacancyId: string, options: ReviewOptions = {}, now = new Date()): Promise<ReviewFigures> {
    const vacancy = await this.vacancies.findById(vacancyId);
    const figures = { interviews: 0, scorecards: 0, applications: 0, interviewers: 0 };
    if (!vacancy) return { ...figures, interviewsWritten: 0, applicationsWritten: 0 };
    const rounds = await this.contexts.roundsOf(vacancy);
    const evidence = await this.results.loadVacancy(vacancyId);
    const writes = reviewWrites(vacancy, rounds, evidence, options, now);
    await this.results.saveVacancyReview(vacancyId, writes.interviews, writes.applications, writes.leniency, now);
    return {
      interviews: evidence.interviews.length,
      scorecards: evidence.scorecards.length,
      applications: evidence.applications.length,
      interviewers: writes.leniency.length,
      interviewsWritten: writes.interviews.length,
      applicationsWritten: writes.applications.length,
    };
  }

  private async drain(): Promise<void> {
    try {
      while (this.queued.size) {
        for (const [vacancyId, rewriteResults] of [...this.queued]) {
          this.queued.delete(vacancyId);
          try {
            const figures = await this.reviewVacancy(vacancyId, { rewriteResults });
            this.logger.log(
              `Reviewed ${figures.interviews} interviews of vacancy ${vacancyId}; ${figures.interviewsWritten} changed`,
            );
          } catch (error) {
            this.logger.error(`Reviewing the interviews of vacancy ${vacancyId} failed: ${(error as Error).stack}`);
          }
        }
      }
    } finally {
      this.running = null;
    }
  }
}
