import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ValidationFailedError } from '../common/errors/domain-error';
import { Settings } from '../config/settings';
import { CvReading } from '../cv-reading/types';
import { readJsonResume } from '../imports/json-resume';
import { CvTextExtractor } from './files/cv-text-extractor';
import { ExtractedCv } from './files/types';

/** A CV file read: its text, and what the reader proposes from it. */
export interface ReadCvFile {
  extracted: ExtractedCv;
  reading: CvReading;
}

/**
 * Reads CV files in worker threads, the file and then its text, within the
 * limits and one deadline, so a hostile file cannot stall the API.
 * (Once the job queue exists, this moves behind it.)
 */
@Injectable()
export class CvReader implements OnModuleDestroy {
  private readonly extractor: CvTextExtractor;

  constructor(settings: Settings) {
    const { maxBytes, maxPages, maxUncompressedBytes, parseTimeoutMs, readers } = settings.cv;
    this.extractor = new CvTextExtractor(
      { maxBytes, maxPages, maxUncompressedBytes, parseTimeoutMs, maxTextChars: settings.intake.cvMaxTextChars },
      { workers: readers },
    );
  }

  async read(bytes: Buffer, fileName: string | undefined, referenceDate: string): Promise<ReadCvFile> {
    const { reading, ...extracted } = await this.extractor.extract(bytes, fileName, { referenceDate });
    if (extracted.format === 'json_resume') return { extracted, reading: readResume(extracted.text) };
    return {
      extracted,
      reading: reading ?? { language: null, contact: { name: null, email: null, phone: null }, facts: [] },
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.extractor.close();
  }
}

/** A JSON Resume says what it holds field by field: nothing to guess, so full confidence and no spans. */
function readResume(text: string): CvReading {
  const { candidate, problems } = readJsonResume(JSON.parse(text));
  if (problems.length || !candidate) throw new ValidationFailedError(problems);
  const sure = (value: string | null) => (value ? { value, span: { start: 0, end: 0 }, confidence: 1 } : null);
  return {
    language: candidate.language,
    contact: { name: sure(candidate.name), email: sure(candidate.email), phone: sure(candidate.phone) },
    facts: candidate.facts.map((fact) => ({ ...fact, span: { start: 0, end: 0 }, confidence: 1 })),
  };
}
