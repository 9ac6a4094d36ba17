import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedError } from '../errors/domain-error';
import { CONTROL, LONE_SURROGATE, WELL_FORMED_MESSAGE } from './text-checks';
import { ValidatedQueries } from './validated-queries';

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
  private readonly queries = new ValidatedQueries();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the current user, an uploaded file) are made by Sift, not sent as fields.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const dto = metadata.type === 'query' && metadata.data === undefined ? queryDto(metadata.metatype) : undefined;
    const key = dto && this.queries.keyOf(value);
    if (dto && key) {
      const kept = this.queries.get(dto, key);
      if (kept) return kept;
    }
    const bad = inputProblems(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (bad.length) throw new ValidationFailedError(bad);
    const validated: unknown = await super.transform(value, metadata);
    if (dto && key) this.queries.set(dto, key, validated);
    return validated;
  }
}

/** A query's own DTO class; not a plain record, which is passed through as it came. */
function queryDto(metatype: ArgumentMetadata['metatype']): object | undefined {
  return metatype && ![Object, String, Number, Boolean, Array].includes(metatype as never) ? metatype : undefined;
}

/** A container met on the walk: its path is worked out only when something in it is refused. */
interface Step {
  value: object;
  parent?: Step;
  key?: string | number;
  depth: number;
}

/** Walks the input without recursion, so no depth of nesting can overflow the stack. */
export function inputProblems(input: unknown, root: string): FieldError[] {
  const problems = new Map<string, string>();
  const refuse = (field: string, message: string) => {
    if (!problems.has(field)) problems.set(field, `${field} ${message}`);
  };
  const check = (item: unknown, parent: Step | undefined, key: string | number | undefined, depth: number) => {
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) refuse(pathOf(root, parent, key), problem);
    } else if (item && typeof item === 'object' && !ArrayBuffer.isView(item)) {
      // Binary content is not text: walking a buffer byte by byte would hold the event loop for a second a megabyte.
      stack.push({ value: item, parent, key, depth });
    }
  };
  const stack: Step[] = [];
  check(input, undefined, undefined, 0);
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.depth >= MAX_INPUT_DEPTH) {
      refuse(
        pathOf(root, step.parent, step.key),
        `nests arrays and objects more than ${MAX_INPUT_DEPTH} levels deep, the limit`,
      );
      continue;
    }
    if (Array.isArray(step.value)) {
      for (let index = 0; index < step.value.length; index++) check(step.value[index], step, index, step.depth + 1);
      continue;
    }
    const keys = Object.keys(step.value);
    for (let index = 0; index < keys.length; index++) {
      const problem = textProblem(keys[index]);
      if (problem) refuse(pathOf(root, step.parent, step.key), `has a field name that ${problem}`);
      check((step.value as Record<string, unknown>)[keys[index]], step, keys[index], step.depth + 1);
    }
  }
  return [...problems].map(([field, message]) => ({ field, messages: [message] }));
}

/** `criteria.competencies.items[2].code`, from the steps that lead to a value. */
function pathOf(root: string, parent: Step | undefined, key: string | number | undefined): string {
  const keys: (string | number)[] = key === undefined ? [] : [key];
  for (let step = parent; step?.key !== undefined; step = step.parent) keys.push(step.key);
  let path = root;
  for (let index = keys.length - 1; index >= 0; index--) {
    const next = keys[index];
    path = typeof next === 'number' ? `${path}[${next}]` : path ? `${path}.${next}` : next;
  }
  return path || '(body)';
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
