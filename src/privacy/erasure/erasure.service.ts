import { Injectable, Logger } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { AuditTrail } from '../../audit/audit-trail';
import { CandidateNotFoundError } from '../../candidates/candidates.errors';
import { CandidatesRepository } from '../../candidates/candidates.repository';
import { CvStorage } from '../../cvs/cv-storage';
import { newId } from '../../database/ids';
import { Transactions } from '../../database/transactions';
import { CandidateMergedError } from '../../duplicates/duplicates.errors';
import { JobHandlers } from '../../jobs/job-handlers';
import { Jobs } from '../../jobs/jobs';
import { MailFiles } from '../../mail/mail-files';
import { LegalHolds } from '../legal-holds/legal-holds';
import { CandidateErasure, ErasureSource } from './candidate-erasure.entity';
import { CandidateOnHoldError, ErasureNotFoundError } from './erasure.errors';
import { ErasedCounts, ErasureRepository } from './erasure.repository';

/**
 * Erases a candidate (GDPR art. 17), on their request or under the retention
 * policy. Asking records the erasure and its job in one transaction; the job
 * does the work in three steps, each idempotent, so that a crash at any point
 * is finished by the job's next attempt: the database's part in one
 * transaction (which also notes the files to remove), the files (CVs no one
 * else holds, the mails' .eml files), and the record of completion with its
 * audit entry. What stays is anonymous and keeps the numbers (see
 * ErasureRepository.wipe), so reports over past vacancies do not change.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    private readonly erasures: ErasureRepository,
    private readonly candidates: CandidatesRepository,
    private readonly holds: LegalHolds,
    private readonly transactions: Transactions,
    private readonly jobs: Jobs,
    private readonly audit: AuditTrail,
    private readonly storage: CvStorage,
    private readonly mailFiles: MailFiles,
    handlers: JobHandlers,
  ) {
    handlers.handle('candidate.erase', ({ erasureId }) => this.perform(erasureId));
  }

  /**
   * Asks for the candidate's erasure: 404 for an unknown candidate (naming
   * the survivor of a merge), 409 while a legal hold covers them. Asking
   * again answers the erasure already asked for.
   */
  async request(
    candidateId: string,
    input: { reason: string; source: ErasureSource },
    actorId: string | null,
  ): Promise<CandidateErasure> {
    const candidate = await this.candidates.findById(candidateId);
    if (!candidate) throw new CandidateNotFoundError(candidateId);
    if (candidate.mergedIntoId) throw new CandidateMergedError(candidateId, candidate.mergedIntoId);
    const asked = await this.erasures.findByCandidate(candidateId);
    if (asked) return asked;
    const hold = await this.holds.holdOn(candidateId);
    if (hold) throw new CandidateOnHoldError(hold);
    const erasure: CandidateErasure = {
      id: newId(),
      candidateId,
      source: input.source,
      reason: input.reason.trim(),
      requestedBy: actorId,
      requestedAt: new Date(),
      dataErasedAt: null,
      files: null,
      completedAt: null,
    };
    const recorded = await this.transactions.run(async (tx) => {
      const made = await this.erasures.record(tx, erasure);
      if (!made) return null;
      await this.jobs.enqueueIn(tx, [{ name: 'candidate.erase', payload: { erasureId: erasure.id } }]);
      await this.audit.record(tx, {
        action: 'candidate.erasure_requested',
        subject: { type: 'candidate', id: candidateId },
        candidateId,
        details: { erasureId: erasure.id, source: input.source, reason: erasure.reason },
      });
      return made;
    });
    // Two asking at once: the other one's erasure is the one.
    return recorded ?? (await this.erasures.findByCandidate(candidateId))!;
  }

  /** The candidate's erasure, asked for or done; 404 when there is none. */
  async of(candidateId: string): Promise<CandidateErasure> {
    const erasure = await this.erasures.findByCandidate(candidateId);
    if (!erasure) throw new ErasureNotFoundError(candidateId);
    return erasure;
  }

  /** The job: each step done once, however often it is run. */
  async perform(erasureId: string): Promise<void> {
    let erasure = await this.erasures.findById(erasureId);
    if (!erasure || erasure.completedAt) return;
    let counts: ErasedCounts | undefined;
    if (!erasure.dataErasedAt) {
      const now = new Date();
      counts = await this.transactions.run(async (tx) => {
        // A hold placed since the erasure was asked for stops it: the job fails, and is retried once it is released.
        const hold = await this.holds.holdOn(erasure!.candidateId, tx);
        if (hold) throw new CandidateOnHoldError(hold);
        return (await this.erasures.wipe(tx, erasure!, now)).counts;
      });
      erasure = (await this.erasures.findById(erasureId))!;
    }
    for (const sha256 of erasure.files?.cvs ?? []) await this.storage.remove(sha256);
    for (const mailId of erasure.files?.mails ?? []) {
      for (const path of await this.mailFiles.pathsOf(mailId)) await rm(path, { force: true });
    }
    await this.transactions.run(async (tx) => {
      await this.erasures.complete(tx, erasureId, new Date());
      await this.audit.record(tx, {
        action: 'candidate.erased',
        subject: { type: 'candidate', id: erasure!.candidateId },
        candidateId: erasure!.candidateId,
        details: {
          erasureId,
          source: erasure!.source,
          cvFiles: erasure!.files?.cvs.length ?? 0,
          mails: erasure!.files?.mails.length ?? 0,
          ...(counts ?? {}),
        },
      });
    });
    this.logger.log(`Erased candidate ${erasure.candidateId} (${erasure.source})`);
  }
}
