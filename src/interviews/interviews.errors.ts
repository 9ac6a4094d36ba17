import { DomainError } from '../common/errors/domain-error';

export class InterviewNotFoundError extends DomainError {
  constructor(id: string) {
    super('INTERVIEW_NOT_FOUND', 'not_found', `There is no interview with id ${id}`);
  }
}

export class ScorecardNotFoundError extends DomainError {
  constructor(id: string) {
    super('SCORECARD_NOT_FOUND', 'not_found', `There is no scorecard with id ${id}`);
  }
}

export class InterviewExistsError extends DomainError {
  constructor(interviewId: string, round: string) {
    super(
      'INTERVIEW_EXISTS',
      'conflict',
      `The application already has interview ${interviewId} for round "${round}"; move or cancel that one first`,
      { interviewId },
    );
  }
}

export class InterviewCancelledError extends DomainError {
  constructor(id: string) {
    super('INTERVIEW_CANCELLED', 'conflict', `Interview ${id} is cancelled; it cannot be scored or changed`);
  }
}

export class ApplicationClosedError extends DomainError {
  constructor(stage: string) {
    super('APPLICATION_CLOSED', 'conflict', `The application is ${stage}; it takes no more interviews`);
  }
}

export class NotOnPanelError extends DomainError {
  constructor(interviewId: string) {
    super(
      'NOT_ON_PANEL',
      'forbidden',
      `You are not on the panel of interview ${interviewId}; only its panel members fill in scorecards`,
    );
  }
}

export class ScorecardsSealedError extends DomainError {
  constructor(interviewId: string) {
    super(
      'SCORECARDS_SEALED',
      'forbidden',
      `The other panel members' scorecards for interview ${interviewId} open once you have submitted your own`,
    );
  }
}

export class ScorecardExistsError extends DomainError {
  constructor(scorecardId: string) {
    super(
      'SCORECARD_EXISTS',
      'conflict',
      `You already have scorecard ${scorecardId} for this interview; change the draft, or amend it once submitted`,
      { scorecardId },
    );
  }
}

export class ScorecardFrozenError extends DomainError {
  constructor(id: string) {
    super(
      'SCORECARD_SUBMITTED',
      'conflict',
      `Scorecard ${id} is submitted and frozen; amend it with a reason to make a new revision`,
    );
  }
}

export class ScorecardNotSubmittedError extends DomainError {
  constructor(id: string) {
    super('SCORECARD_NOT_SUBMITTED', 'conflict', `Scorecard ${id} is a draft; change it, or submit it, instead`);
  }
}

export class ScorecardChangedError extends DomainError {
  constructor(read: number, now: number) {
    super(
      'SCORECARD_CHANGED',
      'conflict',
      `The scorecard changed since revision ${read}; it is now at revision ${now}. Reload and try again`,
    );
  }
}

export class PanelistHasScorecardError extends DomainError {
  constructor(userId: string) {
    super(
      'PANELIST_HAS_SCORECARD',
      'conflict',
      `Panel member ${userId} has submitted a scorecard for this interview and stays on its panel`,
    );
  }
}

export class DecisionPendingError extends DomainError {
  constructor(reason: string) {
    super('DECISION_PENDING', 'conflict', `The round has no decision yet: ${reason}`);
  }
}

export class DecisionAppliedError extends DomainError {
  constructor(id: string) {
    super('DECISION_APPLIED', 'conflict', `The decision of interview ${id} has already moved the application`);
  }
}

export class ApplicationNotInRoundError extends DomainError {
  constructor(round: string, where: string) {
    super(
      'APPLICATION_NOT_IN_ROUND',
      'conflict',
      `The application is at ${where}, not in round "${round}"; move it with a reason instead`,
    );
  }
}

export class NotYourScorecardError extends DomainError {
  constructor(id: string) {
    super('NOT_YOUR_SCORECARD', 'forbidden', `Scorecard ${id} is another interviewer's; only its author changes it`);
  }
}

export class PanelistScoredError extends DomainError {
  constructor(userId: string, scorecardId: string) {
    super(
      'PANELIST_SCORED',
      'conflict',
      `Panel member ${userId} has already submitted scorecard ${scorecardId}; they amend it themselves`,
      { scorecardId },
    );
  }
}
