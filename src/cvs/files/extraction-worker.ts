import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../common/errors/domain-error';
import { SerialisedDomainError, serialiseDomainError } from './cv-file.errors';
import { readCv } from '../../cv-reading/read-cv';
import type { ReadCvOptions } from '../../cv-reading/types';
import { extractCvText } from './extract-text';
import { CvLimits, ExtractedCv } from './types';

/** The thread a CvTextExtractor reads CVs in: one job at a time, answers by id. */

export interface ExtractionJob {
  id: number;
  /** Transferred, not copied: the pool hands over a copy it owns. */
  bytes: Uint8Array;
  fileName?: string;
  limits: CvLimits;
  read?: ReadCvOptions;
}

export type ExtractionReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; result: ExtractedCv }
  | { kind: 'refused'; id: number; error: SerialisedDomainError }
  | { kind: 'failed'; id: number; message: string };

function reply(message: ExtractionReply): void {
  parentPort?.postMessage(message);
}

async function run(job: ExtractionJob): Promise<void> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  try {
    const result = await extractCvText(bytes, job.fileName, job.limits);
    if (job.read && result.hasText && result.format !== 'json_resume') result.reading = readCv(result.text, job.read);
    reply({ kind: 'done', id: job.id, result });
  } catch (error) {
    if (error instanceof DomainError) reply({ kind: 'refused', id: job.id, error: serialiseDomainError(error) });
    else reply({ kind: 'failed', id: job.id, message: error instanceof Error ? error.message : String(error) });
  }
}

if (parentPort) {
  parentPort.on('message', (job: ExtractionJob) => void run(job));
  // Sent once the modules above have loaded, so start-up does not count against a file's time.
  reply({ kind: 'ready' });
}
