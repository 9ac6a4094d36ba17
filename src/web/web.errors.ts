import { DomainError } from '../common/errors/domain-error';

/** A signed-out visitor on a page that needs a session: answered by a redirect to sign-in. */
export class SignedOutError extends DomainError {
  constructor() {
    super('SIGNED_OUT', 'unauthenticated', 'This page needs you to sign in');
  }
}

export class CsrfTokenError extends DomainError {
  constructor() {
    super('CSRF_TOKEN_INVALID', 'forbidden', 'The form was sent without its security token, or with a stale one');
  }
}
