import { Injectable } from '@nestjs/common';
import { RoleProfilesRepository } from '../role-profiles/role-profiles.repository';
import { ReviewRound } from '../scoring/panel-review';
import { Criteria } from '../scoring/profile';
import { competencyWeights } from '../scoring/round-result';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { templateOf } from '../vacancies/round-template';
import { SettleContext } from './interview-decisions.repository';

/** A vacancy's rounds as scoring sees them: templates, and competency weights from the profile version it screens with. */
@Injectable()
export class RoundContexts {
  constructor(private readonly profiles: RoleProfilesRepository) {}

  async roundsOf(vacancy: Vacancy): Promise<Map<string, ReviewRound>> {
    const version = await this.profiles.findVersion(vacancy.roleProfileId, vacancy.roleProfileVersion);
    const items = (version?.criteria as Criteria | undefined)?.competencies?.items ?? [];
    return new Map(
      vacancy.rounds.map((round) => [
        round.id,
        {
          id: round.id,
          name: round.name,
          template: templateOf(round),
          weights: competencyWeights(round.competencies, items),
          weight: round.weight,
        },
      ]),
    );
  }

  async settleContext(
    vacancy: Vacancy,
    interview: { id: string; applicationId: string; roundId: string },
  ): Promise<SettleContext> {
    const rounds = await this.roundsOf(vacancy);
    return {
      interviewId: interview.id,
      applicationId: interview.applicationId,
      vacancyId: vacancy.id,
      round: rounds.get(interview.roundId)!,
      roundWeights: new Map([...rounds.values()].map((round) => [round.id, round.weight])),
      weights: vacancy,
      calibrate: vacancy.calibrateInterviews,
    };
  }
}
