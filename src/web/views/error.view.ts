import { DomainError } from '../../common/errors/domain-error';

export interface ErrorModel {
  status: number;
  headingKey: string;
  messageKey: string;
  /** Shown so that a person can quote it; nothing else of the error is. */
  requestId: string;
}

const BY_STATUS: Record<number, { headingKey: string; messageKey: string }> = {
  400: { headingKey: 'error.badRequest.title', messageKey: 'error.badRequest.message' },
  403: { headingKey: 'error.forbidden.title', messageKey: 'error.forbidden.message' },
  404: { headingKey: 'error.notFound.title', messageKey: 'error.notFound.message' },
  409: { headingKey: 'error.conflict.title', messageKey: 'error.conflict.message' },
  429: { headingKey: 'error.tooMany.title', messageKey: 'error.tooMany.message' },
};

const INTERNAL = { headingKey: 'error.internal.title', messageKey: 'error.internal.message' };

/** The error page of a status; a refused CSRF token says so, so the person knows to reload and send again. */
export function errorView(status: number, error: unknown, requestId: string): ErrorModel {
  if (error instanceof DomainError && error.code === 'CSRF_TOKEN_INVALID') {
    return { status, headingKey: 'error.forbidden.title', messageKey: 'error.csrf.message', requestId };
  }
  const texts = BY_STATUS[status] ?? (status >= 500 ? INTERNAL : BY_STATUS[400]);
  return { status, ...texts, requestId };
}
