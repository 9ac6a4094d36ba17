import { AuditTrail } from '../audit/audit-trail';
import { candidateCreated } from '../candidates/candidate-audit';
import { Injectable, Logger } from '@nestjs/common';
import { ApplicationsService } from '../applications/applications.service';
import { today } from '../screening/reference-date';
import { CandidateFactsChanged } from '../candidates/candidate-facts-changed';
import { CandidateFields, CandidatesRepository } from '../candidates/candidates.repository';
import { CandidateNotFoundError, ensureNotErased } from '../candidates/candidates.errors';
import { Candidate } from '../candidates/entities/candidate.entity';
import { CandidateFact } from '../candidates/entities/candidate-fact.entity';
import { AuthenticatedUser } from '../common/auth/decorators';
import { CvReading } from '../cv-reading/types';
import { newId } from '../database/ids';
import { LANGUAGES } from '../users/entities/user.entity';
import { CvReader, ReadCvFile } from './cv-reader';
import { proposalsToFacts } from './cv-proposals';
import { CvStorage } from './cv-storage';
import { CvContactMissingError } from './cvs.errors';
import { CvAlreadyStoredError, CvsRepository } from './cvs.repository';
import { CvDocument } from './entities/cv-document.entity';

export interface UploadedFile {
  buffer: Buffer;
  originalname?: string;
}

export interface CvIntake {
  candidate: Candidate;
  candidateCreated: boolean;
  cv: CvDocument;
  /** False when the same file was uploaded for this candidate before: nothing changed. */
  stored: boolean;
  facts: CandidateFact[];
  contact: CvReading['contact'];
  skipped: { kind: string; reason: string }[];
  /** What the reader did not do with the file, such as text left unread past the limit. */
  warnings: string[];
  applicationId?: string;
}

/**
 * Takes in a CV: reads it (rejecting what is not a readable CV before
 * anything is stored), keeps the original under its hash, and stores the
 * proposed facts for a recruiter to review; the candidate's applications are
 * screened again.
 */
@Injectable()
export class CvIntakeService {
  private readonly logger = new Logger(CvIntakeService.name);

  constructor(
    private readonly reader: CvReader,
    private readonly storage: CvStorage,
    private readonly cvs: CvsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly factsChanged: CandidateFactsChanged,
    private readonly applications: ApplicationsService,
    private readonly audit: AuditTrail,
  ) {}

  /** A CV for a candidate Sift already has. */
  async uploadFor(candidateId: string, file: UploadedFile, user: AuthenticatedUser): Promise<CvIntake> {
    const candidate = await this.candidates.findById(candidateId);
    if (!candidate) throw new CandidateNotFoundError(candidateId);
    ensureNotErased(candidate);
    const sha256 = CvStorage.hash(file.buffer);
    const earlier = await this.cvs.findBySha256(candidate.id, sha256);
    if (earlier) return this.unchanged(candidate, earlier);
    const read = await this.read(file);
    return this.store(candidate, file, sha256, read, user);
  }

  /**
   * A CV that brings its candidate: found by the e-mail address it names, or
   * made from its contact details; applied to a vacancy when one is given.
   */
  async uploadNew(file: UploadedFile, vacancyId: string | undefined, user: AuthenticatedUser): Promise<CvIntake> {
    const read = await this.read(file);
    const { name, email, phone } = read.reading.contact;
    const missing = [...(email ? [] : ['e-mail address']), ...(name ? [] : ['name'])];
    if (missing.length) throw new CvContactMissingError(missing);
    const [existing] = await this.candidates.findByEmails([email!.value.toLowerCase()]);
    const sha256 = CvStorage.hash(file.buffer);
    let intake: CvIntake;
    if (existing) {
      const earlier = await this.cvs.findBySha256(existing.id, sha256);
      intake = earlier ? await this.unchanged(existing, earlier) : await this.store(existing, file, sha256, read, user);
    } else {
      const language = read.reading.language;
      const id = newId();
      intake = await this.store({ id }, file, sha256, read, user, {
        name: name!.value,
        email: email!.value.toLowerCase(),
        phone: phone?.value ?? null,
        language: language && LANGUAGES.includes(language) ? language : 'en',
        source: 'cv',
      });
    }
    if (vacancyId) {
      const application = await this.applications.apply(vacancyId, { candidateId: intake.candidate.id }, user);
      intake.applicationId = application.id;
    }
    return intake;
  }

  private read(file: UploadedFile): Promise<ReadCvFile> {
    return this.reader.read(file.buffer, file.originalname, today());
  }

  /** Stores the file, the CV and its proposals, and the candidate too when `create` brings a new one. */
  private async store(
    candidate: { id: string },
    file: UploadedFile,
    sha256: string,
    read: ReadCvFile,
    user: AuthenticatedUser,
    create?: CandidateFields,
  ): Promise<CvIntake> {
    const { extracted, reading } = read;
    const held = create ? [] : await this.candidates.factsOf(candidate.id);
    const cvId = newId();
    const { facts, skipped } = proposalsToFacts(cvId, extracted.text, reading.facts, held);
    for (const { kind, reason } of skipped.filter((skip) => !skip.duplicate)) {
      this.logger.warn(`A ${kind} fact proposed from a CV was left out: ${reason}`);
    }
    // The file takes its name in the transaction that records it: if that fails, no file is left without its row.
    const staged = await this.storage.stage(file.buffer, sha256);
    let cv: CvDocument;
    try {
      cv = await this.cvs.saveReading(
        {
          id: cvId,
          candidateId: candidate.id,
          sha256,
          format: extracted.format,
          fileName: cleanFileName(file.originalname),
          sizeBytes: file.buffer.length,
          pages: extracted.pages,
          language: reading.language,
          status: extracted.hasText ? 'read' : 'no_text',
          text: extracted.text,
          uploadedBy: user.id,
        },
        facts,
        create,
        async (tx) => {
          await this.factsChanged.announceIn(tx, candidate.id);
          await staged.place();
          await this.audit.recordAll(tx, [
            ...(create ? [candidateCreated(candidate.id, create)] : []),
            {
              action: 'cv.uploaded',
              subject: { type: 'cv', id: cvId },
              candidateId: candidate.id,
              details: { format: extracted.format, pages: extracted.pages, proposedFacts: facts.length },
            },
          ]);
        },
      );
    } catch (error) {
      // The same file sent twice at once: one of them stored it.
      if (!(error instanceof CvAlreadyStoredError)) throw error;
      const stored = (await this.cvs.findBySha256(candidate.id, sha256))!;
      return this.unchanged((await this.candidates.findById(candidate.id))!, stored);
    } finally {
      await staged.discard();
    }
    return {
      candidate: (await this.candidates.findById(candidate.id))!,
      candidateCreated: create !== undefined,
      cv,
      stored: true,
      facts: await this.cvs.factsFrom(cv.id),
      contact: reading.contact,
      skipped,
      warnings: warningsFor(extracted),
    };
  }

  private async unchanged(candidate: Candidate, cv: CvDocument): Promise<CvIntake> {
    return {
      candidate,
      candidateCreated: false,
      cv,
      stored: false,
      facts: await this.cvs.factsFrom(cv.id),
      contact: { name: null, email: null, phone: null },
      skipped: [],
      warnings: [],
    };
  }
}

function warningsFor(extracted: ReadCvFile['extracted']): string[] {
  if (extracted.cutAtChars === undefined) return [];
  return [
    `The file holds more text than is read from one CV: only its first ${extracted.cutAtChars} characters ` +
      'were read and stored (the limit is CV_MAX_TEXT_CHARS)',
  ];
}

/** The name as sent, without folders or control characters, for the download. */
function cleanFileName(name: string | undefined): string | null {
  const base = [...(name?.split(/[\\/]/).pop() ?? '')]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  return base ? base.slice(0, 255) : null;
}
