import type { CvReading } from '../../cv-reading/types';

/** The kinds of file Sift takes as a CV, decided by their content. */
export type CvFormat = 'pdf' | 'docx' | 'text' | 'json_resume';

export interface CvLimits {
  /** Largest file accepted. */
  maxBytes: number;
  /** Most pages a PDF may have. */
  maxPages: number;
  /** Most bytes a DOCX may unpack to, all its parts together; likewise a PDF's compressed streams. */
  maxUncompressedBytes: number;
  /** Longest time reading one file may take before it is given up. */
  parseTimeoutMs: number;
  /** Most characters read from a text file; the rest is left unread. No limit when left out. */
  maxTextChars?: number;
}

/** A CV's text as read from its file. */
export interface ExtractedCv {
  format: CvFormat;
  /** The plain text facts are read from; spans point into it. Empty for a scan. */
  text: string;
  /** Pages of a PDF; null for other formats. */
  pages: number | null;
  /** False for a PDF without a text layer (a scan): stored, flagged, not read. */
  hasText: boolean;
  /** Characters kept when a text file held more than the limit and the rest was left unread. */
  cutAtChars?: number;
  /** What the reader proposes from the text, when the extractor was asked to read it too. */
  reading?: CvReading;
}
