import type { FieldError } from '../../common/errors/domain-error';
import { BLIND_UNTIL, EMPLOYMENT_TYPES, KNOCKOUT_POLICIES } from '../../vacancies/entities/vacancy.entity';
import type { FormMessage } from '../forms';
import type { DetailsForm } from './vacancy-forms';

/** A person who may be named on a vacancy, as a choice in a list. */
export interface Person {
  id: string;
  name: string;
  email: string;
}

export interface Choice {
  value: string;
  labelKey: string;
  selected: boolean;
}

export interface PersonChoice {
  value: string;
  name: string;
  email: string;
  selected: boolean;
}

export interface Message {
  key: string;
  values?: Record<string, unknown>;
}

/** Where a service or a DTO found something wrong: paths as the API names them, `a.b[0].c`. */
export class FieldProblems {
  private readonly paths: string[];

  constructor(errors: readonly FieldError[] = []) {
    this.paths = errors.map((error) => error.field.replace(/\[(\d+)\]/g, '.$1'));
  }

  get any(): boolean {
    return this.paths.length > 0;
  }

  /** Whether the field at this path, or anything inside it, was refused. */
  has(path: string): boolean {
    return this.paths.some((found) => found === path || found.startsWith(`${path}.`));
  }

  /** Whether exactly this path (not something inside it) was refused. */
  hasExactly(path: string): boolean {
    return this.paths.includes(path);
  }
}

export interface DetailsModel {
  values: DetailsForm;
  employmentTypes: Choice[];
  knockoutPolicies: Choice[];
  /** Blind screening: off, or until the interview or the offer stage. */
  blindStages: Choice[];
  hiringManagers: PersonChoice[];
  recruiters: PersonChoice[];
  /** Field name → catalogue key of what is wrong with it. */
  invalid: Record<string, string | undefined>;
}

const DETAIL_FIELDS = [
  'title',
  'description',
  'location',
  'employmentType',
  'headcount',
  'hiringManagerIds',
  'recruiterIds',
  'knockoutPolicy',
  'blindUntil',
  'screeningWeight',
  'interviewWeight',
  'rejectionMailDelayHours',
] as const;

export function detailsModel(
  values: DetailsForm,
  people: { hiringManagers: Person[]; recruiters: Person[] },
  problems: FieldProblems,
): DetailsModel {
  const choose = (ids: string[]) => (person: Person) => ({
    value: person.id,
    name: person.name,
    email: person.email,
    selected: ids.includes(person.id),
  });
  return {
    values,
    employmentTypes: EMPLOYMENT_TYPES.map((value) => ({
      value,
      labelKey: `vacancy.employment.${value}`,
      selected: value === values.employmentType,
    })),
    knockoutPolicies: KNOCKOUT_POLICIES.map((value) => ({
      value,
      labelKey: `vacancy.knockoutPolicy.${value}`,
      selected: value === (values.knockoutPolicy || 'flag'),
    })),
    blindStages: ['', ...BLIND_UNTIL].map((value) => ({
      value,
      labelKey: `vacancy.blindUntil.${value || 'off'}`,
      selected: value === values.blindUntil,
    })),
    hiringManagers: people.hiringManagers.map(choose(values.hiringManagerIds)),
    recruiters: people.recruiters.map(choose(values.recruiterIds)),
    invalid: Object.fromEntries(
      DETAIL_FIELDS.map((field) => [field, problems.has(field) ? `vacancy.invalid.${field}` : undefined]),
    ),
  };
}

export function messageOf(message: FormMessage | undefined): Message | undefined {
  return message ? { key: message.key, values: message.values } : undefined;
}
