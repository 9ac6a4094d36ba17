import type { CriteriaDto } from '../../role-profiles/dto/criteria.dto';
import type { Vacancy } from '../../vacancies/entities/vacancy.entity';

/*
 * The vacancy pages' forms as plain fields (what the browser posts, flat
 * names, every value a string) and back. The pages validate what these make
 * with the API's own DTO classes and services; nothing here decides what is
 * valid.
 */

export type Body = Record<string, unknown>;

/** A posted value as text: the first of repeated fields, '' when absent. */
export function text(body: Body, name: string): string {
  const value = body[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

/** Every value posted under a name, in order. */
export function texts(body: Body, name: string): string[] {
  const value = body[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

export const checked = (body: Body, name: string) => text(body, name) !== '';

/** A number field: left out when empty, NaN (refused by the DTO) when not a number. */
export function number(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value.trim().replace(',', '.'));
}

function list(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A list the criterion may leave out: left out when empty, as stored criteria do. */
function optionalList(value: string): string[] | undefined {
  const items = list(value);
  return items.length ? items : undefined;
}

const join = (items: readonly string[] | undefined) => (items ?? []).join(', ');
export const show = (value: number | null | undefined) => (value === undefined || value === null ? '' : String(value));

// ---------------------------------------------------------------- vacancy fields

export interface DetailsForm {
  title: string;
  description: string;
  location: string;
  employmentType: string;
  headcount: string;
  hiringManagerIds: string[];
  recruiterIds: string[];
  knockoutPolicy: string;
  /** `interview`, `offer`, or empty for no blind screening. */
  blindUntil: string;
  screeningWeight: string;
  interviewWeight: string;
  autoAdvance: boolean;
  calibrateInterviews: boolean;
  sendRejectionMail: boolean;
  rejectionMailDelayHours: string;
}

export function detailsFromBody(body: Body): DetailsForm {
  return {
    title: text(body, 'title'),
    description: text(body, 'description'),
    location: text(body, 'location'),
    employmentType: text(body, 'employmentType'),
    headcount: text(body, 'headcount'),
    hiringManagerIds: texts(body, 'hiringManagerIds').filter(Boolean),
    recruiterIds: texts(body, 'recruiterIds').filter(Boolean),
    knockoutPolicy: text(body, 'knockoutPolicy'),
    blindUntil: text(body, 'blindUntil'),
    screeningWeight: text(body, 'screeningWeight'),
    interviewWeight: text(body, 'interviewWeight'),
    autoAdvance: checked(body, 'autoAdvance'),
    calibrateInterviews: checked(body, 'calibrateInterviews'),
    sendRejectionMail: checked(body, 'sendRejectionMail'),
    rejectionMailDelayHours: text(body, 'rejectionMailDelayHours'),
  };
}

export function detailsOf(vacancy: Vacancy): DetailsForm {
  const members = (role: string) => vacancy.members.filter((m) => m.role === role).map((m) => m.userId);
  return {
    title: vacancy.title,
    description: vacancy.description,
    location: vacancy.location ?? '',
    employmentType: vacancy.employmentType,
    headcount: String(vacancy.headcount),
    hiringManagerIds: members('hiring_manager'),
    recruiterIds: members('recruiter'),
    knockoutPolicy: vacancy.knockoutPolicy,
    blindUntil: vacancy.blindUntil ?? '',
    screeningWeight: String(vacancy.screeningWeight),
    interviewWeight: String(vacancy.interviewWeight),
    autoAdvance: vacancy.autoAdvance,
    calibrateInterviews: vacancy.calibrateInterviews,
    sendRejectionMail: vacancy.rejectionMailDelayHours !== null,
    rejectionMailDelayHours: show(vacancy.rejectionMailDelayHours ?? 48),
  };
}

/** The fields of POST /vacancies (and PATCH /vacancies/:id) the form holds. */
export function detailsInput(form: DetailsForm): Record<string, unknown> {
  return {
    title: form.title,
    description: form.description,
    location: form.location.trim() === '' ? undefined : form.location,
    employmentType: form.employmentType,
    headcount: number(form.headcount),
    hiringManagerIds: form.hiringManagerIds,
    recruiterIds: form.recruiterIds,
    knockoutPolicy: form.knockoutPolicy || undefined,
    blindUntil: form.blindUntil === '' ? null : form.blindUntil,
    screeningWeight: number(form.screeningWeight),
    interviewWeight: number(form.interviewWeight),
    autoAdvance: form.autoAdvance,
    calibrateInterviews: form.calibrateInterviews,
    rejectionMailDelayHours: form.sendRejectionMail ? (number(form.rejectionMailDelayHours) ?? 48) : null,
  };
}

// ---------------------------------------------------------------- criteria

export const CRITERIA = [
  'education',
  'salesExperience',
  'clientBase',
  'competencies',
  'certifications',
  'languages',
  'courses',
] as const;
export type CriterionKey = (typeof CRITERIA)[number];

export interface CompetencyRow {
  code: string;
  requiredLevel: string;
  weight: string;
}
export interface LanguageRow {
  language: string;
  level: string;
}

export interface CriteriaForm {
  on: Record<CriterionKey, boolean>;
  weight: Record<CriterionKey, string>;
  knockout: Record<CriterionKey, boolean>;
  minimumLevel: string;
  preferredLevel: string;
  preferredFields: string;
  minimumYears: string;
  targetYears: string;
  industries: string;
  minimumSegment: string;
  minimumActiveAccounts: string;
  minimumAnnualRevenueEur: string;
  decisionMakersRequired: boolean;
  competencyItems: CompetencyRow[];
  requiredCertifications: string;
  preferredCertifications: string;
  languageItems: LanguageRow[];
  topics: string;
}

const byCriterion = <T>(make: (key: CriterionKey) => T) =>
  Object.fromEntries(CRITERIA.map((key) => [key, make(key)])) as Record<CriterionKey, T>;

export function criteriaFromBody(body: Body): CriteriaForm {
  const codes = texts(body, 'competency.code');
  const levels = texts(body, 'competency.requiredLevel');
  const weights = texts(body, 'competency.weight');
  const languages = texts(body, 'language.language');
  const cefr = texts(body, 'language.level');
  return {
    on: byCriterion((key) => checked(body, `${key}.on`)),
    weight: byCriterion((key) => text(body, `${key}.weight`)),
    knockout: byCriterion((key) => checked(body, `${key}.knockout`)),
    minimumLevel: text(body, 'education.minimumLevel'),
    preferredLevel: text(body, 'education.preferredLevel'),
    preferredFields: text(body, 'education.preferredFields'),
    minimumYears: text(body, 'salesExperience.minimumYears'),
    targetYears: text(body, 'salesExperience.targetYears'),
    industries: text(body, 'salesExperience.industries'),
    minimumSegment: text(body, 'clientBase.minimumSegment'),
    minimumActiveAccounts: text(body, 'clientBase.minimumActiveAccounts'),
    minimumAnnualRevenueEur: text(body, 'clientBase.minimumAnnualRevenueEur'),
    decisionMakersRequired: checked(body, 'clientBase.decisionMakersRequired'),
    competencyItems: codes.map((code, index) => ({
      code,
      requiredLevel: levels[index] ?? '',
      weight: weights[index] ?? '',
    })),
    requiredCertifications: text(body, 'certifications.required'),
    preferredCertifications: text(body, 'certifications.preferred'),
    languageItems: languages.map((language, index) => ({ language, level: cefr[index] ?? '' })),
    topics: text(body, 'courses.topics'),
  };
}

export function criteriaOf(criteria: CriteriaDto): CriteriaForm {
  const c = criteria;
  return {
    on: byCriterion((key) => c[key] !== undefined),
    weight: byCriterion((key) => show(c[key]?.weight)),
    knockout: byCriterion((key) => c[key]?.knockout ?? false),
    minimumLevel: c.education?.minimumLevel ?? '',
    preferredLevel: c.education?.preferredLevel ?? '',
    preferredFields: join(c.education?.preferredFields),
    minimumYears: show(c.salesExperience?.minimumYears),
    targetYears: show(c.salesExperience?.targetYears),
    industries: join(c.salesExperience?.industries),
    minimumSegment: c.clientBase?.minimumSegment ?? '',
    minimumActiveAccounts: show(c.clientBase?.minimumActiveAccounts),
    minimumAnnualRevenueEur: show(c.clientBase?.minimumAnnualRevenueEur),
    decisionMakersRequired: c.clientBase?.decisionMakersRequired ?? false,
    competencyItems: (c.competencies?.items ?? []).map((item) => ({
      code: item.code,
      requiredLevel: String(item.requiredLevel),
      weight: String(item.weight),
    })),
    requiredCertifications: join(c.certifications?.required),
    preferredCertifications: join(c.certifications?.preferred),
    languageItems: (c.languages?.items ?? []).map((item) => ({ language: item.language, level: item.level })),
    topics: join(c.courses?.topics),
  };
}

/** The criteria as POST /role-profiles/:id/versions takes them; a criterion switched off is left out. */
export function criteriaInput(form: CriteriaForm): Record<string, unknown> {
  const base = (key: CriterionKey) => ({ weight: number(form.weight[key]), knockout: form.knockout[key] });
  const parts: Record<CriterionKey, () => Record<string, unknown>> = {
    education: () => ({
      ...base('education'),
      minimumLevel: form.minimumLevel.trim() || undefined,
      preferredLevel: form.preferredLevel.trim() || undefined,
      preferredFields: optionalList(form.preferredFields),
    }),
    salesExperience: () => ({
      ...base('salesExperience'),
      minimumYears: number(form.minimumYears),
      targetYears: number(form.targetYears),
      industries: optionalList(form.industries),
    }),
    clientBase: () => ({
      ...base('clientBase'),
      minimumSegment: form.minimumSegment || undefined,
      minimumActiveAccounts: number(form.minimumActiveAccounts),
      minimumAnnualRevenueEur: number(form.minimumAnnualRevenueEur),
      decisionMakersRequired: form.decisionMakersRequired,
    }),
    competencies: () => ({
      ...base('competencies'),
      items: form.competencyItems
        .filter((row) => row.code !== '')
        .map((row) => ({ code: row.code, requiredLevel: number(row.requiredLevel), weight: number(row.weight) })),
    }),
    certifications: () => ({
      ...base('certifications'),
      required: optionalList(form.requiredCertifications),
      preferred: optionalList(form.preferredCertifications),
    }),
    languages: () => ({
      ...base('languages'),
      items: form.languageItems
        .filter((row) => row.language.trim() !== '')
        .map((row) => ({ language: row.language.trim().toLowerCase(), level: row.level })),
    }),
    courses: () => ({ ...base('courses'), topics: list(form.topics) }),
  };
  return Object.fromEntries(CRITERIA.filter((key) => form.on[key]).map((key) => [key, parts[key]()]));
}
