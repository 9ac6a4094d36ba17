import { DomainError } from '../common/errors/domain-error';
import { PasswordRule } from './password-rules';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    // The same answer for an unknown e-mail, a wrong password and a deactivated account.
    super('INVALID_CREDENTIALS', 'unauthenticated', 'The e-mail address or password is not correct');
  }
}

export class TooManyLoginAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'TOO_MANY_LOGIN_ATTEMPTS',
      'too_many_requests',
      `Too many failed logins; try again in ${retryAfterSeconds} seconds`,
      { retryAfterSeconds },
    );
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(reason: 'missing' | 'invalid') {
    super(
      reason === 'missing' ? 'TOKEN_MISSING' : 'TOKEN_INVALID',
      'unauthenticated',
      reason === 'missing'
        ? 'This route needs a bearer token in the Authorization header'
        : 'The bearer token is invalid, expired or revoked',
    );
  }
}

export class ForbiddenRoleError extends DomainError {
  constructor(required: string[]) {
    super('FORBIDDEN_ROLE', 'forbidden', `This action needs one of the roles: ${required.join(', ')}`);
  }
}

export class WrongCurrentPasswordError extends DomainError {
  constructor() {
    super('WRONG_CURRENT_PASSWORD', 'invalid', 'The current password is not correct');
  }
}

export class TooManyPasswordAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'TOO_MANY_PASSWORD_ATTEMPTS',
      'too_many_requests',
      `Too many wrong current passwords; try again in ${retryAfterSeconds} seconds`,
      { retryAfterSeconds },
    );
  }
}

const PASSWORD_RULE_MESSAGES: Record<PasswordRule, string> = {
  PASSWORD_TOO_COMMON: 'is one of the most common passwords (or one with digits or signs added); choose another',
  PASSWORD_UNCHANGED: 'must differ from the current password',
};

/** A new password that breaks a rule beyond its length; the code names the rule. */
export class PasswordRuleError extends DomainError {
  constructor(rule: PasswordRule, field: string) {
    const message = `${field} ${PASSWORD_RULE_MESSAGES[rule]}`;
    super(rule, 'invalid', `The new password is refused: ${message}`, { errors: [{ field, messages: [message] }] });
  }
}
