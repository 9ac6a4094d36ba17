import { DomainError } from '../common/errors/domain-error';

export class UserNotFoundError extends DomainError {
  constructor(id: string) {
    super('USER_NOT_FOUND', 'not_found', `There is no user with id ${id}`);
  }
}

export class EmailTakenError extends DomainError {
  constructor(email: string) {
    super('EMAIL_TAKEN', 'conflict', `A user with the e-mail address ${email.toLowerCase()} already exists`);
  }
}

export class LastAdminError extends DomainError {
  constructor() {
    super('LAST_ADMIN', 'conflict', 'This is the last active admin; make another user admin first');
  }
}

export class InvitationNotFoundError extends DomainError {
  constructor() {
    super('INVITATION_NOT_FOUND', 'not_found', 'There is no invitation with this link');
  }
}

export class InvitationUsedError extends DomainError {
  constructor() {
    super('INVITATION_USED', 'conflict', 'This invitation was used already; sign in, or ask an admin for a new one');
  }
}

export class InvitationExpiredError extends DomainError {
  constructor() {
    super('INVITATION_EXPIRED', 'conflict', 'This invitation has expired; ask an admin for a new one');
  }
}

export class InvitationNotAwaitedError extends DomainError {
  constructor(id: string) {
    super(
      'INVITATION_NOT_AWAITED',
      'conflict',
      `User ${id} has no invitation to send again: they were not invited, or set their password already (reset it instead)`,
    );
  }
}

export class UserInactiveError extends DomainError {
  constructor(id: string) {
    super('USER_INACTIVE', 'conflict', `User ${id} is deactivated; activate them first`);
  }
}
