import type { Candidate } from '../candidates/entities/candidate.entity';
import type { CandidateSnapshot } from './entities/candidate-merge.entity';

/** The candidate's own fields a recruiter chooses between when two differ. */
export const MERGE_FIELDS = ['name', 'email', 'phone', 'location', 'language', 'source', 'consent'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeSide = 'survivor' | 'other';
export type MergeChoices = Partial<Record<MergeField, MergeSide>>;

/** A field's value as shown and compared; consent is its purpose and date together. */
export function fieldValue(candidate: Candidate, field: MergeField): string | null {
  if (field === 'consent') {
    if (!candidate.consentPurpose && !candidate.consentAt) return null;
    return [candidate.consentPurpose ?? '', candidate.consentAt?.toISOString() ?? ''].join(' · ');
  }
  const value = candidate[field];
  return value === null || value === undefined || value === '' ? null : String(value);
}

/** The fields whose values differ, for the recruiter to choose. */
export function differingFields(survivor: Candidate, other: Candidate): MergeField[] {
  return MERGE_FIELDS.filter((field) => fieldValue(survivor, field) !== fieldValue(other, field));
}

/**
 * Which side each field comes from: the recruiter's choice, or else the
 * survivor's value, unless the survivor has none and the other has one.
 */
export function chosenSides(
  survivor: Candidate,
  other: Candidate,
  choices: MergeChoices,
): Record<MergeField, MergeSide> {
  const sides = {} as Record<MergeField, MergeSide>;
  for (const field of MERGE_FIELDS) {
    const fallback = fieldValue(survivor, field) === null && fieldValue(other, field) !== null ? 'other' : 'survivor';
    sides[field] = choices[field] ?? fallback;
  }
  return sides;
}

/** The survivor's fields after the merge: only those taken from the other change. */
export function mergedFields(other: Candidate, sides: Record<MergeField, MergeSide>): Partial<Candidate> {
  const changes: Partial<Candidate> = {};
  for (const field of MERGE_FIELDS) {
    if (sides[field] !== 'other') continue;
    if (field === 'consent') {
      changes.consentPurpose = other.consentPurpose;
      changes.consentAt = other.consentAt;
    } else if (field === 'language') changes.language = other.language;
    else changes[field] = other[field] as never;
  }
  return changes;
}

/** The candidate's own fields as they are, for the merge record. */
export function snapshotOf(candidate: Candidate): CandidateSnapshot {
  const time = (value: Date | null) => (value ? value.toISOString() : null);
  return {
    id: candidate.id,
    name: candidate.name,
    email: candidate.email,
    phone: candidate.phone,
    location: candidate.location,
    language: candidate.language,
    consentPurpose: candidate.consentPurpose,
    consentAt: time(candidate.consentAt),
    source: candidate.source,
    createdAt: time(candidate.createdAt),
    updatedAt: time(candidate.updatedAt),
  };
}
