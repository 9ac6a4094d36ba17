/**
 * Where a review's time goes: the same steps PanelReview.reviewVacancy and
 * PanelReportsService.agreement take, each timed on its own (the vacancy and
 * its plan, the evidence read, the pure computation of what to write, the
 * write-back), through the same repositories and functions.
 */
import { INestApplicationContext } from '@nestjs/common';
import { AuthenticatedUser } from '../../src/common/auth/decorators';
import { InterviewResultsRepository } from '../../src/interviews/interview-results.repository';
import { ReviewOptions, reviewWrites } from '../../src/interviews/panel-review.service';
import { RoundContexts } from '../../src/interviews/round-contexts';
import { groupScorecards, roundAgreement } from '../../src/scoring/panel-review';
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
export async function profileReview(
  app: INestApplicationContext,
  vacancyId: string,
  options: ReviewOptions,
  now = new Date(),
): Promise<Steps> {
  const steps: Steps = {};
  const vacancies = app.get(VacanciesRepository);
  const contexts = app.get(RoundContexts);
  const results = app.get(InterviewResultsRepository);
  const vacancy = (await step(steps, 'vacancy and plan', () => vacancies.findById(vacancyId)))!;
  const rounds = await step(steps, 'vacancy and plan', () => contexts.roundsOf(vacancy));
  const evidence = await step(steps, 'load (loadVacancy)', () => results.loadVacancy(vacancyId));
  const writes = await step(steps, 'compute (reviewVacancy, pure)', () =>
    reviewWrites(vacancy, rounds, evidence, options, now),
  );
  await step(steps, 'save (saveVacancyReview)', () =>
    results.saveVacancyReview(vacancyId, writes.interviews, writes.applications, writes.leniency, now),
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
    return vacancy.rounds.map((round) => roundAgreement(rounds.get(round.id)!, evidence.interviews, byInterview));
  });
  return steps;
}
