import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { reviewVacancy } from '../scoring/panel-review';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { VacancyInterviewsChanged } from '../vacancies/vacancy-interviews-changed';
import { applicationScoreRow, InterviewResultsRepository, ReviewedRow } from './interview-results.repository';
import { RoundContexts } from './round-contexts';

export interface ReviewFigures {
  interviews: number;
  scorecards: number;
  applications: number;
  interviewers: number;
}

/**
 * Reviews a vacancy's interview evidence as a whole: every interview's result
 * and decision again, each interviewer's leniency over all the vacancy's
 * scorecards, the calibrated scores it gives, and each application's
 * interview and shortlist score. Queued after every submission (the
 * leniency of everyone on the panel changes) and after a change to the plan
 * or the calibration setting; runs in-process after the response, the same
 * vacancy queued twice once.
 */
@Injectable()
export class PanelReview implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PanelReview.name);
  private readonly queued = new Set<string>();
  private running: Promise<void> | null = null;

  constructor(
    private readonly results: InterviewResultsRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly contexts: RoundContexts,
    private readonly interviewsChanged: VacancyInterviewsChanged,
  ) {}

  onModuleInit(): void {
    this.interviewsChanged.listen((vacancyId) => this.queue(vacancyId));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.idle();
  }

  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  queue(vacancyId: string): void {
    this.queued.add(vacancyId);
    if (!this.running) this.running = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  /** Reviews the vacancy now; what the benchmark times. */
  async reviewVacancy(vacancyId: string, now = new Date()): Promise<ReviewFigures> {
    const vacancy = await this.vacancies.findById(vacancyId);
    if (!vacancy) return { interviews: 0, scorecards: 0, applications: 0, interviewers: 0 };
    const rounds = await this.contexts.roundsOf(vacancy);
    const evidence = await this.results.loadVacancy(vacancyId);
    const review = reviewVacancy(rounds, evidence.interviews, evidence.scorecards, vacancy.calibrateInterviews);
    const interviews: ReviewedRow[] = [];
    for (const interview of evidence.interviews) {
      const reviewed = review.interviews.get(interview.id);
      if (!reviewed) continue;
      const decision = reviewed.result.decision;
      interviews.push({
        id: interview.id,
        result: reviewed.result,
        decision,
        roundScore: reviewed.roundScore,
        calibratedScore: reviewed.calibratedScore,
        decidedAt: decision === interview.decision ? interview.decidedAt : decision ? now : null,
      });
    }
    const applications = evidence.applications.map((application) =>
      applicationScoreRow(
        application,
        review.applications.get(application.id) ?? { interviewScore: null, roundsScored: 0 },
        vacancy,
      ),
    );
    await this.results.saveVacancyReview(vacancyId, interviews, applications, review.leniency, now);
    return {
      interviews: interviews.length,
      scorecards: evidence.scorecards.length,
      applications: applications.length,
      interviewers: review.leniency.length,
    };
  }

  private async drain(): Promise<void> {
    try {
      while (this.queued.size) {
        for (const vacancyId of [...this.queued]) {
          this.queued.delete(vacancyId);
          try {
            const figures = await this.reviewVacancy(vacancyId);
            this.logger.log(`Reviewed ${figures.interviews} interviews of vacancy ${vacancyId}`);
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
