import { readContact } from './contact';
import { readEducation } from './education';
import { detectLanguage } from './language';
import { splitLines } from './lines';
import { findSections } from './sections';
import { CvReading, ReadCvOptions } from './types';
import { readWork, workFacts } from './work';

/**
 * Proposes the facts screening needs from a CV's plain text, each with the
 * span it came from and a confidence, for a recruiter to confirm, correct or
 * delete. Pure and deterministic: the same text gives the same proposals.
 */
export function readCv(text: string, options: ReadCvOptions): CvReading {
  void options;
  const lines = splitLines(text);
  const sections = findSections(lines);
  const work = readWork(lines, sections);
  return {
    language: detectLanguage(text),
    contact: readContact(lines, sections),
    facts: [...workFacts(work), ...readEducation(lines, sections)],
  };
}
