import { DomainError } from '../common/errors/domain-error';
import { VacancyStatus } from './entities/vacancy.entity';

export class VacancyNotFoundError extends DomainError {
  constructor(id: string) {
    super('VACANCY_NOT_FOUND', 'not_found', `There is no vacancy with id ${id}`);
  }
}

export class VacancyTransitionError extends DomainError {
  constructor(from: VacancyStatus, to: VacancyStatus, allowed: readonly VacancyStatus[]) {
    const moves = allowed.length ? `it can move to ${allowed.join(', ')}` : 'it cannot move any more';
    super('VACANCY_TRANSITION_NOT_ALLOWED', 'conflict', `The vacancy is ${from}, so it cannot become ${to}; ${moves}`);
  }
}

export class VacancyEndedError extends DomainError {
  constructor(status: VacancyStatus) {
    super('VACANCY_ENDED', 'conflict', `The vacancy is ${status}; it can be read but not changed`);
  }
}

export class RoundInUseError extends DomainError {
  constructor(name: string, interviews: number, change: string) {
    super(
      'ROUND_IN_USE',
      'conflict',
      `Round "${name}" has ${interviews} interview(s), so it cannot be ${change}; its name, questions, pass rule and weight may change`,
    );
  }
}
