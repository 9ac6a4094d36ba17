/**
 * Where a review's time goes: the same steps PanelReview.reviewVacancy and
 * PanelReportsService.agreement take, each timed on its own (the vacancy and
 * its plan, the evidence read, the pure computation, the rows built, the
 * write-back), through the same repositories and functions.
 */
import { INestApplicationContext } from '@nestjs/common';
import { AuthenticatedUser } from '../../src/common/auth/decorators';
import {
  applicationScoreRow,
  InterviewResultsRepository,
  ReviewedRow,
} from '../../src/interviews/interview-results.repository';
import { RoundContexts } from '../../src/interviews/round-contexts';
import { groupScorecards, reviewVacancy, roundAgreement } from '../../src/scoring/panel-review';
import { SPREAD_FLAG_POINTS } from '../../src/scoring/round-result';
import { VacanciesRepository } from '../../src/vacancies/vacancies.repository';
import { VacanciesService } from '../../src/vacancies/vacancies.service';

export type Steps = Record<string, number>;

async function step<T>(steps: Steps, name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const value = await work();
  steps[name] = (steps[name] ?? 0) + performance.now() - started;
  return value;
}

/** One review of the vacancy, step by step; milliseconds per step. */
export async function profileReview(app: INestApplicationContext, vacancyId: string, now = new Date()): Promise<Steps> {
  const steps: Steps = {};
  const vacancies = app.get(VacanciesRepository);
  const contexts = app.get(RoundContexts);
  const results = app.get(InterviewResultsRepository);
  const vacancy = (await step(steps, 'vacancy and plan', () => vacancies.findById(vacancyId)))!;
  const rounds = await step(steps, 'vacancy and plan', () => contexts.roundsOf(vacancy));
  const evidence = await step(steps, 'load (loadVacancy)', () => results.loadVacancy(vacancyId));
  const review = await step(steps, 'compute (reviewVacancy, pure)', () =>
    reviewVacancy(rounds, evidence.interviews, evidence.scorecards, vacancy.calibrateInterviews),
  );
  const { interviews, applications } = await step(steps, 'rows for the write-back', () => {
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
    return { interviews, applications };
  });
  await step(steps, 'save (saveVacancyReview)', () =>
    results.saveVacancyReview(vacancyId, interviews, applications, review.leniency, now),
  );
  return steps;
}

/** One agreement report, step by step; milliseconds per step. */
export async function profileAgreement(
  app: INestApplicationContext,
  vacancyId: string,
  viewer: AuthenticatedUser,
): Promise<Steps> {
  const steps: Steps = {};
  const vacancy = await step(steps, 'vacancy and plan', () => app.get(VacanciesService).get(vacancyId, viewer));
  const rounds = await step(steps, 'vacancy and plan', () => app.get(RoundContexts).roundsOf(vacancy));
  const evidence = await step(steps, 'load (loadVacancy)', () =>
    app.get(InterviewResultsRepository).loadVacancy(vacancyId),
  );
  await step(steps, 'compute (roundAgreement, pure)', () => {
    const byInterview = groupScorecards(evidence.scorecards);
    return vacancy.rounds.map((round) =>
      roundAgreement(rounds.get(round.id)!, evidence.interviews, byInterview, SPREAD_FLAG_POINTS),
    );
  });
  return steps;
}
