import { DomainError } from '../common/errors/domain-error';

export class CandidateNotFoundError extends DomainError {
  constructor(id: string) {
    super('CANDIDATE_NOT_FOUND', 'not_found', `There is no candidate with id ${id}`);
  }
}

/** Nothing is added to a candidate whose personal data was erased: it would be personal data again. */
export class CandidateErasedError extends DomainError {
  constructor(id: string) {
    super('CANDIDATE_ERASED', 'conflict', `Candidate ${id} was erased: nothing can be added to them`);
  }
}

/** Refuses a write to an erased candidate. */
export function ensureNotErased(candidate: { id: string; erasedAt: Date | null }): void {
  if (candidate.erasedAt) throw new CandidateErasedError(candidate.id);
}

export class CandidateEmailTakenError extends DomainError {
  constructor(email: string) {
    super(
      'CANDIDATE_EMAIL_TAKEN',
      'conflict',
      `A candidate with the e-mail address ${email.toLowerCase()} already exists`,
    );
  }
}

export class FactNotFoundError extends DomainError {
  constructor(id: string) {
    super('FACT_NOT_FOUND', 'not_found', `The candidate has no fact with id ${id}`);
  }
}
