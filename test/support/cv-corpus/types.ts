/**
 * A CV of the test corpus as a structured source: what it says (blocks, to be
 * rendered as PDF, DOCX or text) and what a careful recruiter would read from
 * it (the expected facts, written to <id>.expected.json).
 */
export type CvFileFormat = 'pdf' | 'docx' | 'txt';
export type CorpusLanguage = 'nl' | 'et' | 'en';
export type CorpusLayout = 'one-column' | 'two-column' | 'table' | 'bullets';
export type ClientSegment = 'regional_smb' | 'national' | 'international';

/** Which column of a two-column layout a block sits in; one-column layouts ignore it. */
export type Column = 'main' | 'side';

export type Block =
  | { kind: 'name'; text: string; column?: Column }
  | { kind: 'heading'; text: string; column?: Column }
  | { kind: 'paragraph'; text: string; column?: Column }
  | { kind: 'bullets'; items: string[]; column?: Column }
  | { kind: 'table'; header?: string[]; rows: string[][]; column?: Column };

export interface ExpectedEducation {
  /** A name parseEducationLevel knows. */
  level: string;
  field?: string;
  institution?: string;
  startYear?: number;
  endYear?: number;
}

export interface ExpectedWork {
  title: string;
  employer?: string;
  /** "YYYY" or "YYYY-MM", as precise as the CV states it. */
  start: string;
  /** Null while ongoing. */
  end: string | null;
  salesRole: boolean;
}

export interface ExpectedClientBase {
  activeAccounts?: number;
  annualRevenueEur?: number;
  segment?: ClientSegment;
  decisionMakers?: boolean;
}

export interface ExpectedLanguage {
  /** ISO 639-1. */
  language: string;
  level: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';
}

/** The contents of <id>.expected.json. */
export interface ExpectedCv {
  id: string;
  file: string;
  language: CorpusLanguage;
  layout: CorpusLayout;
  referenceDate: string;
  contact: { name: string; email: string; phone: string | null };
  education: ExpectedEducation[];
  work: ExpectedWork[];
  clientBase: ExpectedClientBase | null;
  competencies: string[];
  certifications: string[];
  languages: ExpectedLanguage[];
  courses: string[];
}

/** A job as the source states it: the expected fact plus how its period is written. */
export interface SourceJob extends ExpectedWork {
  period: string;
  place?: string;
  bullets?: string[];
  /** The job's header lines exactly as the CV writes them, instead of the job style's default ones. */
  lines?: string[];
}

/** An education entry plus the line that states it. */
export interface SourceEducation extends ExpectedEducation {
  written: string;
}

/** A language, certification or course plus how the CV writes it. */
export interface Written<T> {
  value: T;
  written: string;
}

/** How the work history is laid out. */
export type JobStyle = 'stacked' | 'inline' | 'table' | 'bullets' | 'labelled';

export interface JobLabels {
  period: string;
  title: string;
  employer: string;
  duties: string;
}

export type WorkTableColumn = 'period' | 'employer' | 'title';

export interface CvSource {
  id: string;
  format: CvFileFormat;
  language: CorpusLanguage;
  layout: CorpusLayout;
  /** DOCX two-column layouts: a borderless table (default) or section columns. */
  docxColumns?: 'table' | 'section';
  referenceDate?: string;
  name: string;
  /** The name line as the CV writes it ("Curriculum vitae – Name"), when it is more than the name. */
  nameLine?: string;
  email: string;
  phone: string | null;
  /** Further contact lines (town, LinkedIn-style handle at example.com, …). */
  contactLines?: string[];
  /** A line under the name, e.g. the current title. */
  tagline?: string;
  /** Blocks right after the contact details: personal particulars, a photo caption. */
  afterContact?: Block[];
  profile: string[];
  jobs: SourceJob[];
  jobStyle: JobStyle;
  /** Column order of a table work history; period, employer, title by default. */
  workTableOrder?: [WorkTableColumn, WorkTableColumn, WorkTableColumn];
  /** Blocks placed after the work history: a career break note, volunteering. */
  afterJobs?: Block[];
  education: SourceEducation[];
  courses: Written<string>[];
  certifications: Written<string>[];
  /** Certificates listed in the courses section, after the courses, instead of a section of their own. */
  certificationsWithCourses?: boolean;
  languages: Written<ExpectedLanguage>[];
  /** Languages written as prose (paragraphs) instead of one line per language. */
  languagesText?: string[];
  /** The language section's blocks as the CV lays them out (a table, a self-assessment grid), instead of a list. */
  languageBlocks?: Block[];
  /** A 'labelled' work history: one two-column table per job, these labels on the left. */
  jobLabels?: JobLabels;
  skills: string[];
  clientBase: ExpectedClientBase | null;
  competencies: string[];
  /** Blocks at the very end: hobbies, "references on request". */
  closing?: Block[];
  /** Section headings that differ from the language's defaults. */
  headings?: Partial<Headings>;
}

export interface Headings {
  contact: string;
  profile: string;
  work: string;
  education: string;
  courses: string;
  certifications: string;
  languages: string;
  skills: string;
  workTable: [string, string, string];
}
