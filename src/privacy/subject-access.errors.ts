import { DomainError } from '../common/errors/domain-error';

/**
 * The archive names the person and holds their original CVs: a recruiter who
 * still sees them by an alias unblinds first, with a reason that is recorded,
 * as for the original CV file.
 */
export class SubjectAccessBlindError extends DomainError {
  constructor() {
    super(
      'SUBJECT_ACCESS_BLIND',
      'forbidden',
      'This candidate applied to a vacancy screened blind and you have not unblinded them: unblind their ' +
        'application first (POST /applications/:id/unblind, with a reason), then make the archive',
    );
  }
}
