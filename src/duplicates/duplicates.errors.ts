import { DomainError } from '../common/errors/domain-error';

/** A tombstone: the candidate was merged into another, whose id the message names. */
export class CandidateMergedError extends DomainError {
  constructor(
    id: string,
    readonly survivorId: string,
  ) {
    super('CANDIDATE_MERGED', 'not_found', `The candidate ${id} was merged into candidate ${survivorId}`, {
      mergedInto: survivorId,
    });
  }
}

export class MergeWithItselfError extends DomainError {
  constructor() {
    super('MERGE_WITH_ITSELF', 'invalid', 'A candidate cannot be merged with itself', {
      errors: [{ field: 'otherId', messages: ['otherId must name another candidate'] }],
    });
  }
}

/** Of two merges of the same candidates at once, the one that came second. */
export class CandidateAlreadyMergedError extends DomainError {
  constructor(id: string) {
    super('CANDIDATE_ALREADY_MERGED', 'conflict', `The candidate ${id} has already been merged into another`);
  }
}

/**
 * Both applied to the same vacancy: an application is one per vacancy and
 * candidate, and folding one application's moves, interviews, scorecards and
 * mails into another would rewrite both histories. Refused, so nothing is lost.
 */
export class MergeSameVacancyError extends DomainError {
  constructor(readonly vacancies: { id: string; title: string }[]) {
    super(
      'MERGE_SAME_VACANCY',
      'conflict',
      `Both candidates applied to ${vacancies.map((vacancy) => `"${vacancy.title}" (${vacancy.id})`).join(', ')}; ` +
        'an application is one per vacancy and candidate, so the two cannot be merged while both stand',
      { vacancies },
    );
  }
}
