import { ExpectedLanguage, SourceEducation, SourceJob, Written } from '../types';

/** A job: its expected fact and the period as the CV writes it. */
export function job(
  title: string,
  employer: string,
  start: string,
  end: string | null,
  salesRole: boolean,
  period: string,
  bullets?: string[],
  place?: string,
): SourceJob {
  return { title, employer, start, end, salesRole, period, bullets, place };
}

export function edu(
  level: string,
  written: string,
  facts: { field?: string; institution?: string; startYear?: number; endYear?: number },
): SourceEducation {
  return { level, written, ...facts };
}

export function lang(language: string, level: ExpectedLanguage['level'], written: string): Written<ExpectedLanguage> {
  return { value: { language, level }, written };
}

export function named(value: string, written = value): Written<string> {
  return { value, written };
}
