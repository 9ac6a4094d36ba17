import { DomainError } from '../../common/errors/domain-error';

export class CandidateOnHoldError extends DomainError {
  constructor(hold: { id: string; reason: string; scope: 'candidate' | 'vacancy'; vacancyId: string | null }) {
    const through = hold.scope === 'vacancy' ? ` through vacancy ${hold.vacancyId}` : '';
    super(
      'CANDIDATE_ON_LEGAL_HOLD',
      'conflict',
      `The candidate is under legal hold ${hold.id}${through} ("${hold.reason}"): nothing of theirs is erased until it is released`,
      { hold },
    );
  }
}

export class ErasureNotFoundError extends DomainError {
  constructor(candidateId: string) {
    super('ERASURE_NOT_FOUND', 'not_found', `Candidate ${candidateId} has not been erased, nor asked to be`);
  }
}
