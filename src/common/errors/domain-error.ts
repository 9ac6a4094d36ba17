/**
 * What went wrong, in terms the HTTP layer can map without knowing the feature:
 * the one exception filter turns each kind into a status.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'too_many_requests'
  | 'unavailable';

export interface FieldError {
  /** The path of the bad field: `email`, `criteria[2].weight`, `(body)`. */
  field: string;
  messages: string[];
}

export class DomainError extends Error {
  constructor(
    /** Stable, upper snake case; clients may branch on it. */
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly extras: { errors?: FieldError[]; retryAfterSeconds?: number; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[]) {
    const fields = errors.map((error) => error.field).join(', ');
    super('VALIDATION_FAILED', 'invalid', `The request has invalid fields: ${fields}`, { errors });
  }
}
