import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedError } from '../errors/domain-error';
import { CONTROL, LONE_SURROGATE, WELL_FORMED_MESSAGE } from './text-checks';

/**
 * How deeply arrays and objects may nest in a request. Sift's deepest input (a role
 * profile's criteria, a JSON Resume) nests about five levels; 32 leaves room for
 * documents from elsewhere while a body that nests thousands of levels (which would
 * overflow the stack of any recursive reader after this one) is refused first.
 */
export const MAX_INPUT_DEPTH = 32;

/**
 * Checks every field of the input before validating it: no nesting past
 * MAX_INPUT_DEPTH, no NUL character (no field of Sift's needs one, and PostgreSQL
 * cannot store them in text), no other control character but tabs and line breaks
 * (one-line fields refuse those too, with SingleLine), no malformed Unicode, in
 * values and in keys.
 */
class SiftValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the current user, an uploaded file) are made by Sift, not sent as fields.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const bad = inputProblems(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (bad.length) throw new ValidationFailedError(bad);
    return super.transform(value, metadata);
  }
}

/** Walks the input without recursion, so no depth of nesting can overflow the stack. */
export function inputProblems(input: unknown, root: string): FieldError[] {
  const problems = new Map<string, string>();
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    const field = path || '(body)';
    // Binary content is not text: walking a buffer byte by byte would hold the event loop for a second a megabyte.
    if (ArrayBuffer.isView(value)) continue;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem && !problems.has(field)) problems.set(field, `${field} ${problem}`);
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.set(field, `${field} nests arrays and objects more than ${MAX_INPUT_DEPTH} levels deep, the limit`);
      continue;
    }
    const entries = Array.isArray(value)
      ? value.map((item, index) => [`${path}[${index}]`, item] as const)
      : Object.entries(value).map(([key, item]) => {
          const problem = textProblem(key);
          if (problem && !problems.has(field)) problems.set(field, `${field} has a field name that ${problem}`);
          return [path ? `${path}.${key}` : key, item] as const;
        });
    for (let index = entries.length - 1; index >= 0; index--) {
      stack.push({ value: entries[index][1], path: entries[index][0], depth: depth + 1 });
    }
  }
  return [...problems].map(([field, message]) => ({ field, messages: [message] }));
}

function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return WELL_FORMED_MESSAGE;
  if (CONTROL.test(text)) return 'must not contain control characters other than tabs and line breaks';
  return undefined;
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
