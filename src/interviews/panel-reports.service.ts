import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { groupScorecards, RoundAgreement, roundAgreement } from '../scoring/panel-review';
import { VacanciesService } from '../vacancies/vacancies.service';
import { InterviewResultsRepository } from './interview-results.repository';
import { RoundContexts } from './round-contexts';

/** What recruiters read about a vacancy's panels: how far they agree, and how lenient each interviewer is. */
@Injectable()
export class PanelReportsService {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly results: InterviewResultsRepository,
    private readonly contexts: RoundContexts,
  ) {}

  async agreement(vacancyId: string, viewer: AuthenticatedUser): Promise<RoundAgreement[]> {
    const vacancy = await this.vacancies.get(vacancyId, viewer);
    const rounds = await this.contexts.roundsOf(vacancy);
    const evidence = await this.results.loadVacancy(vacancyId);
    const byInterview = groupScorecards(evidence.scorecards);
    return vacancy.rounds.map((round) => roundAgreement(rounds.get(round.id)!, evidence.interviews, byInterview));
  }

  async calibration(vacancyId: string, viewer: AuthenticatedUser) {
    await this.vacancies.get(vacancyId, viewer);
    return this.results.calibrationsOf(vacancyId);
  }
}
