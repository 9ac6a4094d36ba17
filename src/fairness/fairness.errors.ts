import { DomainError } from '../common/errors/domain-error';

export class FairnessReportsClosedError extends DomainError {
  constructor() {
    super(
      'FAIRNESS_REPORTS_CLOSED',
      'forbidden',
      'Hiring managers may not read fairness reports here (FAIRNESS_MANAGERS_SEE_REPORTS is off); ask an admin or compliance officer',
    );
  }
}
