import { foldEmployerHeadings, withoutContactLines } from './employer-groups';
import { calibrateReading } from './calibration';
import { readCertifications } from './certifications';
import { readClientBase } from './client-base';
import { readCompetencies } from './competencies';
import { readContact } from './contact';
import { readCourses } from './courses';
import { readEducation } from './education';
import { detectLanguage } from './language';
import { dayFirstDates } from './month-first';
import { readLanguages } from './languages';
import { splitLines } from './lines';
import { ownersWhoSell } from './own-selling';
import { findSections } from './sections';
import { CvReading, ReadCvOptions } from './types';
import { readSkills } from './skills';
import { readWork, WorkEntry, workFacts } from './work';

const MAX_TEXT = 150_000;

/**
 * Proposes the facts screening needs from a CV's plain text, each with the
 * span it came from and a confidence, for a recruiter to confirm, correct or
 * delete. Pure and deterministic: the same text gives the same proposals.
 * Confidences are calibrated on the tuned corpus (calibration.ts).
 */
export function readCv(whole: string, options: ReadCvOptions): CvReading {
  return calibrateReading(readCvUncalibrated(whole, options));
}

/** readCv with each reader module's own confidences, before calibration: what the calibration is fitted on. */
export function readCvUncalibrated(whole: string, options: ReadCvOptions): CvReading {
  // Thirty pages of text are more than any CV holds; beyond them is not read, so a huge text costs a bounded time.
  // An American CV's dates are turned day first, as the others write them.
  const text = dayFirstDates(whole.length > MAX_TEXT ? whole.slice(0, MAX_TEXT) : whole);
  const lines = splitLines(text);
  const sections = findSections(lines);
  const work = withoutContactLines(foldEmployerHeadings(readWork(lines, sections)));
  const certifications = readCertifications(lines, sections, options.referenceDate);
  const certificateLines = new Set(
    certifications.map((fact) => lines.findIndex((line) => line.start === fact.span.start)),
  );
  const language = detectLanguage(text);
  return {
    language,
    contact: readContact(lines, sections),
    facts: [
      ...ownersWhoSell(workFacts(work, options.referenceDate), lines),
      ...readEducation(lines, sections),
      ...readClientBase(lines, sections, headerNames(work), work),
      ...readCompetencies(lines, sections, new Set(work.flatMap((entry) => entry.duties.map((line) => line.index)))),
      ...readSkills(lines, sections),
      ...certifications,
      ...readLanguages(lines, sections, language ?? undefined),
      ...readCourses(lines, sections, certificateLines),
    ],
  };
}

/** Each work-history header line, with the title and employer read from it. */
function headerNames(work: WorkEntry[]): Map<number, string[]> {
  const names = new Map<number, string[]>();
  for (const entry of work) {
    for (const line of entry.header) names.set(line.index, [entry.title, entry.employer ?? '']);
  }
  return names;
}
