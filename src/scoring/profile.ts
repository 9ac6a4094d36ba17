/**
 * What the scoring engine reads: a role profile's criteria and the facts known
 * about a candidate. Plain data, no framework: the API's DTOs and the stored
 * JSON have exactly these shapes.
 */
export type ProfileLanguage = 'nl' | 'et' | 'en';

export const CLIENT_SEGMENT_ORDER = ['regional_smb', 'national', 'international'] as const;
export type ClientSegment = (typeof CLIENT_SEGMENT_ORDER)[number];

export const CEFR_ORDER = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type CefrLevel = (typeof CEFR_ORDER)[number];

interface Criterion {
  /** Its share of the score, relative to the other criteria's weights. */
  weight: number;
  /** Failing it makes the applicant ineligible, whatever the score. */
  knockout?: boolean;
}

export interface EducationCriterion extends Criterion {
  minimumLevel?: string;
  preferredLevel?: string;
  preferredFields?: string[];
}

export interface SalesExperienceCriterion extends Criterion {
  minimumYears: number;
  targetYears: number;
  industries?: string[];
}

export interface ClientBaseCriterion extends Criterion {
  minimumSegment?: ClientSegment;
  minimumActiveAccounts?: number;
  minimumAnnualRevenueEur?: number;
  decisionMakersRequired?: boolean;
}

export interface CompetenciesCriterion extends Criterion {
  items: { code: string; requiredLevel: number; weight: number }[];
}

export interface CertificationsCriterion extends Criterion {
  required?: string[];
  preferred?: string[];
}

export interface LanguagesCriterion extends Criterion {
  items: { language: string; level: CefrLevel }[];
}

export interface CoursesCriterion extends Criterion {
  topics: string[];
}

export interface Criteria {
  education?: EducationCriterion;
  salesExperience?: SalesExperienceCriterion;
  clientBase?: ClientBaseCriterion;
  competencies?: CompetenciesCriterion;
  certifications?: CertificationsCriterion;
  languages?: LanguagesCriterion;
  courses?: CoursesCriterion;
}

/** The criteria in the order every breakdown lists them, whatever order a profile wrote them in. */
export const CRITERION_KINDS = [
  'education',
  'salesExperience',
  'clientBase',
  'competencies',
  'certifications',
  'languages',
  'courses',
] as const satisfies readonly (keyof Criteria)[];
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** One fact as the engine sees it: its data, whether a recruiter confirmed it, and its id for the explanation. */
export interface Fact<T> {
  id?: string;
  confirmed: boolean;
  data: T;
}

export interface EducationFact {
  level: string;
  field?: string;
}

export interface WorkFact {
  start: string;
  end?: string | null;
  salesRole?: boolean;
  industry?: string;
}

export interface ClientBaseFact {
  segment?: ClientSegment;
  activeAccounts?: number;
  annualRevenueEur?: number;
  decisionMakers?: boolean;
}

export interface CompetencyFact {
  code: string;
  level: number;
}

export interface CertificationFact {
  name: string;
}

export interface LanguageFact {
  language: string;
  level: CefrLevel;
}

export interface CourseFact {
  name: string;
  topic?: string;
}

/** Everything known about a candidate, by kind; a kind left out means nothing is known of it. */
export interface CandidateFacts {
  education?: readonly Fact<EducationFact>[];
  work?: readonly Fact<WorkFact>[];
  clientBase?: readonly Fact<ClientBaseFact>[];
  competencies?: readonly Fact<CompetencyFact>[];
  certifications?: readonly Fact<CertificationFact>[];
  languages?: readonly Fact<LanguageFact>[];
  courses?: readonly Fact<CourseFact>[];
}
