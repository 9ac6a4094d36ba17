import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, FieldError } from '../common/errors/domain-error';
import { STATUS_BY_KIND } from '../common/errors/problem.filter';
import { flattenValidationErrors } from '../common/http/validation';

type FormType<T> = new () => T;

/**
 * A posted form read with the same DTO class, and so the same rules, as the
 * API route it stands beside. Bad fields are returned rather than thrown, so
 * the page can show them beside what was typed.
 */
export async function readForm<T extends object>(
  type: FormType<T>,
  body: Record<string, unknown>,
): Promise<{ value: T; errors?: undefined } | { value?: undefined; errors: FieldError[] }> {
  const value = plainToInstance(type, body ?? {});
  const problems = await validate(value, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  return problems.length ? { errors: flattenValidationErrors(problems) } : { value };
}

export interface FormMessage {
  /** Catalogue key: `errors.<CODE>`, or the general one for a code the catalogue lacks. */
  key: string;
  values: Record<string, unknown>;
  status: number;
  retryAfterSeconds?: number;
  /** The fields the service named, to mark beside what was typed. */
  errors?: FieldError[];
}

/** Kinds of service errors a form shows beside its fields; others (403, 404, 500) get the error page. */
const SHOWN_ON_THE_FORM = new Set(['invalid', 'unauthenticated', 'conflict', 'unprocessable', 'too_many_requests']);

/**
 * The message a form shows for a service's error, or undefined when the error
 * is not the person's to fix on this form (the caller rethrows it).
 */
export function formMessage(error: unknown, hasKey: (key: string) => boolean): FormMessage | undefined {
  if (!(error instanceof DomainError) || !SHOWN_ON_THE_FORM.has(error.kind)) return undefined;
  const { retryAfterSeconds } = error.extras;
  const key = hasKey(`errors.${error.code}`) ? `errors.${error.code}` : 'errors.unknown';
  const values: Record<string, unknown> = { code: error.code };
  if (retryAfterSeconds !== undefined) values.minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return { key, values, status: STATUS_BY_KIND[error.kind], retryAfterSeconds, errors: error.extras.errors };
}

/** The catalogue key that names what is wrong with a form's field. */
export function fieldErrorKey(form: string, field: string): string {
  return `errors.field.${form}.${field}`;
}
