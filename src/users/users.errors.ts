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
