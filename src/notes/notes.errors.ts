import { DomainError } from '../common/errors/domain-error';

export class NoteApplicationError extends DomainError {
  constructor(applicationId: string) {
    super(
      'NOTE_APPLICATION_NOT_OF_CANDIDATE',
      'invalid',
      `The application ${applicationId} is not one of this candidate's`,
      { errors: [{ field: 'applicationId', messages: ["applicationId must be one of the candidate's applications"] }] },
    );
  }
}
