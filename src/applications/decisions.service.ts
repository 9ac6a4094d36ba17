import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { ValidationFailedError } from '../common/errors/domain-error';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesService } from '../vacancies/vacancies.service';
import { isId } from '../database/database-errors';
import { ApplicationChangedError, ApplicationsNotInVacancyError, StageMoveError } from './applications.errors';
import { ApplicationRecorder } from './application-recorder';
import { ApplicationsRepository, Move } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { DecisionDto } from './dto/decision.dto';
import { Application } from './entities/application.entity';
import { Decision } from './entities/application-event.entity';
import { decideMove } from './move-rules';
import { FINAL_STAGES, nextPosition, Position } from './pipeline';
import { ScreeningAdvice } from './screening-advice';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export interface Comparison {
  vacancy: Vacancy;
  /** In the order asked for. */
  applications: (Application & { candidateName: string })[];
}

/**
 * A hiring manager's work on a vacancy's applicants: comparing a few side by
 * side, and deciding on each (advance, hold or reject). A hold is a recorded
 * decision that keeps the stage (an event from and to the same place, with
 * its reason). A decision against the screening advice needs a reason.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly rows: ApplicationsRepository,
    private readonly recorder: ApplicationRecorder,
    private readonly vacancies: VacanciesService,
    private readonly advice: ScreeningAdvice,
  ) {}

  /** Two to four applications of one vacancy; 404 for a vacancy the viewer may not see, 400 naming bad ids. */
  async compare(vacancyId: string, ids: string[], viewer: AuthenticatedUser): Promise<Comparison> {
    const vacancy = await this.vacancies.get(vacancyId, viewer);
    const unique = [...new Set(ids)];
    const fail = (message: string) => new ValidationFailedError([{ field: 'ids', messages: [message] }]);
    if (unique.length < COMPARE_MIN || unique.length > COMPARE_MAX || unique.length !== ids.length) {
      throw fail(`ids must name ${COMPARE_MIN} to ${COMPARE_MAX} different applications; it names ${ids.length}`);
    }
    const notIds = unique.filter((id) => !isId(id));
    if (notIds.length) throw fail(`ids must be application ids (UUIDs); not: ${notIds.join(', ')}`);
    const found = await this.rows.findInVacancy(vacancy.id, unique);
    const missing = unique.filter((id) => !found.some((row) => row.id === id));
    if (missing.length) throw new ApplicationsNotInVacancyError(missing);
    return { vacancy, applications: unique.map((id) => found.find((row) => row.id === id)!) };
  }

  /** One application to decide on, as a comparison of one; 404 unless the viewer may change it. */
  async one(id: string, viewer: AuthenticatedUser): Promise<Comparison> {
    const { vacancy } = await this.applications.getToChange(id, viewer);
    return { vacancy, applications: await this.rows.findInVacancy(vacancy.id, [id]) };
  }

  async decide(id: string, input: DecisionDto, user: AuthenticatedUser): Promise<Application> {
    const { application, vacancy } = await this.applications.getToChange(id, user);
    if (input.revision !== undefined && input.revision !== application.revision) {
      throw new ApplicationChangedError(input.revision, application.revision, application.stage);
    }
    const reason = input.reason?.trim() || null;
    const advice = await this.advice.demandReason(application, vacancy, input.decision, reason);
    const move = {
      ...this.moveOf(application, vacancy, input.decision, reason, user.id),
      decision: input.decision,
      ...(advice ? { advice } : {}),
    };
    if (!(await this.recorder.move(application, move))) {
      const now = (await this.rows.findById(id))!;
      throw new ApplicationChangedError(application.revision, now.revision, now.stage);
    }
    return (await this.rows.findById(id))!;
  }

  private moveOf(
    application: Application,
    vacancy: Vacancy,
    decision: Decision,
    reason: string | null,
    actorId: string,
  ): Move {
    const from: Position = { stage: application.stage, roundId: application.roundId };
    const roundIds = vacancy.rounds.map((round) => round.id);
    if (decision === 'reject')
      return decideMove(application, vacancy, { stage: 'rejected', reason: reason ?? undefined }, actorId);
    const to = decision === 'hold' ? from : nextPosition(from, roundIds);
    if (!to || FINAL_STAGES.includes(from.stage)) {
      throw new StageMoveError(from, from, [], 'it has reached a final stage');
    }
    if (decision === 'hold') return { to, reason, override: false, actorId };
    return decideMove(
      application,
      vacancy,
      { stage: to.stage, roundId: to.roundId ?? undefined, reason: reason ?? undefined },
      actorId,
    );
  }
}
