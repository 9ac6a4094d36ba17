import type { Candidate } from '../../candidates/entities/candidate.entity';
import type { MergePreview } from '../../duplicates/duplicates.service';
import { chosenSides, MERGE_FIELDS, MergeChoices, MergeField } from '../../duplicates/merge-fields';
import type { FormMessage } from '../forms';
import { candidateHref, duplicatesHref, mergeHref } from './duplicates.view';

/** A value as the page shows it: text, a language's name, or consent with its date. */
export interface ShownValue {
  text?: string;
  key?: string;
  at?: Date;
  empty?: boolean;
}

export interface FieldChoiceModel {
  field: MergeField;
  labelKey: string;
  differs: boolean;
  survivor: ShownValue;
  other: ShownValue;
  /** Which radio is checked, where the two differ. */
  keepOther: boolean;
}

export interface SideModel {
  id: string;
  name: string;
  email: string;
  href: string;
  applications: { vacancyTitle: string; stageKey: string; appliedAt: Date }[];
  factCount: number;
  cvs: { fileName: string | null; format: string; createdAt: Date }[];
}

export interface MergeModel {
  survivor: SideModel;
  other: SideModel;
  fields: FieldChoiceModel[];
  action: string;
  swapHref: string;
  backHref: string;
  /** Vacancies both applied to: the merge cannot be made, so no form is offered. */
  blockedBy: { title: string }[];
  message?: FormMessage;
}

const FIELD_KEYS: Record<MergeField, string> = {
  name: 'duplicates.field.name',
  email: 'duplicates.field.email',
  phone: 'duplicates.field.phone',
  location: 'duplicates.field.location',
  language: 'duplicates.field.language',
  source: 'duplicates.field.source',
  consent: 'duplicates.field.consent',
};

/**
 * The two candidates side by side: each field once where they agree, a
 * choice of the two where they differ (checked as the merge would decide
 * unasked, or as the recruiter chose), and what each holds.
 */
export function mergeView(
  preview: MergePreview,
  options: { choices?: MergeChoices; message?: FormMessage } = {},
): MergeModel {
  const { survivor, other } = preview;
  const sides = chosenSides(survivor, other, options.choices ?? {});
  const differing = new Set(preview.differing);
  return {
    survivor: sideOf(survivor),
    other: sideOf(other),
    fields: MERGE_FIELDS.map((field) => ({
      field,
      labelKey: FIELD_KEYS[field],
      differs: differing.has(field),
      survivor: shown(survivor, field),
      other: shown(other, field),
      keepOther: sides[field] === 'other',
    })),
    action: mergeHref(survivor.id, other.id),
    swapHref: mergeHref(other.id, survivor.id),
    backHref: duplicatesHref(survivor.id),
    blockedBy: preview.sharedVacancies.map(({ title }) => ({ title })),
    ...(options.message ? { message: options.message } : {}),
  };
}

function sideOf(candidate: MergePreview['survivor']): SideModel {
  return {
    id: candidate.id,
    name: candidate.name,
    email: candidate.email,
    href: candidateHref(candidate.id),
    applications: candidate.summary.applications.map((application) => ({
      vacancyTitle: application.vacancyTitle,
      stageKey: `stage.${application.stage}`,
      appliedAt: application.appliedAt,
    })),
    factCount: candidate.summary.factCount,
    cvs: candidate.summary.cvs.map(({ fileName, format, createdAt }) => ({ fileName, format, createdAt })),
  };
}

function shown(candidate: Candidate, field: MergeField): ShownValue {
  if (field === 'language') return { key: `language.${candidate.language}` };
  if (field === 'consent') {
    if (!candidate.consentPurpose && !candidate.consentAt) return { empty: true };
    return { text: candidate.consentPurpose ?? undefined, at: candidate.consentAt ?? undefined };
  }
  const value = candidate[field];
  return value ? { text: value } : { empty: true };
}
