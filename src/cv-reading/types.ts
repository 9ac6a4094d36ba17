import { FactData, FactKind } from '../candidates/entities/candidate-fact.entity';

/** The languages Sift reads CVs in. */
export type CvLanguage = 'nl' | 'et' | 'en';

/** Where in the CV's text a proposal came from: character offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A fact the reader proposes, for a recruiter to confirm, correct or delete. */
export interface ProposedFact {
  kind: FactKind;
  /** Valid for its kind as candidates/dto/fact-data.dto.ts declares it. */
  data: FactData;
  span: TextSpan;
  /** 0 to 1: how sure the reader is. */
  confidence: number;
  /** For work: how sure the reader is of `salesRole` alone, which a title or duties decide separately from the dates. */
  salesRoleConfidence?: number;
}

export interface ProposedValue {
  value: string;
  span: TextSpan;
  confidence: number;
}

export interface CvReading {
  language: CvLanguage | null;
  contact: { name: ProposedValue | null; email: ProposedValue | null; phone: ProposedValue | null };
  facts: ProposedFact[];
}

export interface ReadCvOptions {
  /** ISO date (YYYY-MM-DD) that "present", "heden", "praegu" stand for. */
  referenceDate: string;
}
