import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedError } from '../errors/domain-error';

/**
 * Refuses NUL characters anywhere in the input before validating it: no field
 * of Sift's needs one, and PostgreSQL cannot store them in text.
 */
class SiftValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the current user, an uploaded file) are made by Sift, not sent as fields.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const bad = pathsWithNul(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (bad.length) {
      throw new ValidationFailedError(
        bad.map((field) => ({ field, messages: [`${field} must not contain NUL characters`] })),
      );
    }
    return super.transform(value, metadata);
  }
}

function pathsWithNul(value: unknown, path: string): string[] {
  // Binary content is not text: walking a buffer byte by byte would hold the event loop for a second a megabyte.
  if (ArrayBuffer.isView(value)) return [];
  if (typeof value === 'string') return value.includes('\u0000') ? [path || '(body)'] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => pathsWithNul(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes('\u0000') ? [path || '(body)'] : []),
      ...pathsWithNul(item, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}

/** The one validation pipe: unknown fields are errors, and every bad field is named. */
export function createValidationPipe(): ValidationPipe {
  return new SiftValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
  });
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const path = joinPath(parent, error.property);
    if (error.constraints && Object.keys(error.constraints).length > 0) {
      result.push({ field: path || '(body)', messages: Object.values(error.constraints) });
    }
    if (error.children?.length) result.push(...flattenValidationErrors(error.children, path));
  }
  return result;
}

function joinPath(parent: string, property: string | undefined): string {
  if (property === undefined || property === '') return parent;
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}
