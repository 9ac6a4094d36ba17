import { DomainError } from '../common/errors/domain-error';
import { VacancyStatus } from '../vacancies/entities/vacancy.entity';
import { Stage } from './entities/application.entity';
import { Position } from './pipeline';

export class ApplicationNotFoundError extends DomainError {
  constructor(id: string) {
    super('APPLICATION_NOT_FOUND', 'not_found', `There is no application with id ${id}`);
  }
}

export class ApplicationExistsError extends DomainError {
  constructor(candidateId: string, vacancyId: string) {
    super('APPLICATION_EXISTS', 'conflict', `Candidate ${candidateId} has already applied to vacancy ${vacancyId}`);
  }
}

export class VacancyNotOpenError extends DomainError {
  constructor(status: VacancyStatus) {
    super('VACANCY_NOT_OPEN', 'conflict', `The vacancy is ${status}; only an open vacancy takes applications`);
  }
}

export function describePosition(position: Position): string {
  return position.stage === 'interview' ? `interview round ${position.roundId}` : position.stage;
}

export class StageMoveError extends DomainError {
  constructor(from: Position, to: Position, allowed: Position[], why: string) {
    const moves = allowed.length ? allowed.map(describePosition).join(', ') : 'none';
    super(
      'APPLICATION_STAGE_CONFLICT',
      'conflict',
      `The application cannot move from ${describePosition(from)} to ${describePosition(to)}: ${why}. ` +
        `Allowed moves: ${moves}`,
    );
  }
}

export class ApplicationChangedError extends DomainError {
  constructor(read: number, now: number, stage: Stage) {
    super(
      'APPLICATION_CHANGED',
      'conflict',
      `The application changed since revision ${read}; it is now at revision ${now}, stage ${stage}. Reload and try again`,
    );
  }
}

export class InvalidCursorError extends DomainError {
  constructor() {
    super('INVALID_CURSOR', 'invalid', 'The cursor is not one this shortlist gave out; start again without it');
  }
}

/** A decision against the screening advice without a reason (see decision-advice.ts). */
export class DecisionNeedsReasonError extends DomainError {
  constructor(why: string, breach: unknown) {
    super('DECISION_NEEDS_REASON', 'unprocessable', `This decision needs a reason: ${why}`, {
      errors: [{ field: 'reason', messages: [`a reason is required: ${why}`] }],
      advice: breach,
    });
  }
}

export class ApplicationsNotInVacancyError extends DomainError {
  constructor(ids: string[]) {
    const message = `ids must be applications of this vacancy; not: ${ids.join(', ')}`;
    super('APPLICATIONS_NOT_IN_VACANCY', 'invalid', message, {
      errors: [{ field: 'ids', messages: [message] }],
      ids,
    });
  }
}
