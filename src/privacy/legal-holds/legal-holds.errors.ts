import { DomainError } from '../../common/errors/domain-error';

export class LegalHoldNotFoundError extends DomainError {
  constructor(id: string) {
    super('LEGAL_HOLD_NOT_FOUND', 'not_found', `There is no legal hold with id ${id}`);
  }
}

export class LegalHoldReleasedError extends DomainError {
  constructor(id: string, releasedAt: Date) {
    super('LEGAL_HOLD_RELEASED', 'conflict', `Legal hold ${id} was released already, at ${releasedAt.toISOString()}`);
  }
}
