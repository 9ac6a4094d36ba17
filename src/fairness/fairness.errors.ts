import { DomainError } from '../common/errors/domain-error';

export class AnswersNotCsvError extends DomainError {
  constructor(type: string | undefined) {
    super(
      'UNSUPPORTED_MEDIA_TYPE',
      'unsupported_media_type',
      `Answers are imported as text/csv, not ${type ?? 'without a Content-Type'}`,
    );
  }
}

export class FairnessReportsClosedError extends DomainError {
  constructor() {
    super(
      'FAIRNESS_REPORTS_CLOSED',
      'forbidden',
      'Hiring managers may not read fairness reports here (FAIRNESS_MANAGERS_SEE_REPORTS is off); ask an admin or compliance officer',
    );
  }
}
