import type { AuditActor } from './audit-context';

/**
 * A personal value in an entry's details (a candidate's name, a note's
 * words). It is stored apart from the entry, under the candidate, and the
 * entry keeps a reference: erasing the person deletes the value and leaves
 * the entry, and its hash, whole.
 */
export class Personal {
  constructor(readonly value: unknown) {}
}

export function personal(value: unknown): Personal | null {
  return value === null || value === undefined ? null : new Personal(value);
}

/** What a service says happened; the trail adds when, by whom and the chain. */
export interface AuditEvent {
  /** A dotted name, the subject's kind first: `application.moved`, `candidate.read`. */
  action: string;
  subject: { type: string; id: string | null };
  /** The candidate the entry is about, if any: for filtering, and required when details hold personal values. */
  candidateId?: string | null;
  vacancyId?: string | null;
  details?: Record<string, unknown>;
}

/** An event with its time and actor, ready to append. */
export interface AuditDraft extends AuditEvent {
  at: Date;
  actor: AuditActor;
}

/** The stored form of a personal value's reference in an entry's details. */
export const PERSONAL_REF = '$personal';
/** What a reference reads as once its value was erased. */
export const ERASED = '$erased';

/**
 * The fields that differ between `before` and `after`, as `{from, to}`;
 * those named in `personalFields` become personal values.
 */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  personalFields: readonly string[] = [],
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (after[key] === undefined || sameValue(before[key], after[key])) continue;
    const wrap = personalFields.includes(key) ? personal : (value: unknown) => value ?? null;
    changes[key] = { from: wrap(before[key]), to: wrap(after[key]) };
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
