import { AuditTrail } from '../audit/audit-trail';
import { Injectable } from '@nestjs/common';
import type { ReadStream } from 'node:fs';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { CandidateNotFoundError } from '../candidates/candidates.errors';
import { CandidateFact } from '../candidates/entities/candidate-fact.entity';
import { AuthenticatedUser } from '../common/auth/decorators';
import { maskIdentity } from '../panel-access/blind-identity';
import { CandidateAccess } from '../panel-access/candidate-access.service';
import { readsByRole } from '../panel-access/panel-access.repository';
import { CvStorage } from './cv-storage';
import { CvFileMissingError, CvNotFoundError, CvOriginalBlindError } from './cvs.errors';
import { CvsRepository } from './cvs.repository';
import { CvDocument } from './entities/cv-document.entity';

/** A candidate's CVs as stored: listed, read with their text and facts, and downloaded as sent. */
@Injectable()
export class CvsService {
  constructor(
    private readonly cvs: CvsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly storage: CvStorage,
    private readonly access: CandidateAccess,
    private readonly audit: AuditTrail,
  ) {}

  async list(candidateId: string, viewer: AuthenticatedUser): Promise<CvDocument[]> {
    await this.candidate(candidateId, viewer);
    const cvs = await this.cvs.listOf(candidateId);
    if (!(await this.access.hidesIdentity(viewer, candidateId))) return cvs;
    // A file is often named after its sender.
    return cvs.map((cv) => ({ ...cv, fileName: cv.fileName === null ? null : `cv${extensionOf(cv.fileName)}` }));
  }

  async get(
    candidateId: string,
    cvId: string,
    viewer: AuthenticatedUser,
  ): Promise<{ cv: CvDocument; facts: CandidateFact[] }> {
    const cv = await this.cv(candidateId, cvId, viewer);
    const facts = await this.cvs.factsFrom(cv.id);
    const identity = (await this.access.hidesIdentity(viewer, candidateId))
      ? await this.access.identityOf(candidateId)
      : undefined;
    if (!identity) return { cv, facts };
    const mask = (text: string | null) => (text === null ? null : maskIdentity(text, identity));
    return {
      cv: {
        ...cv,
        fileName: cv.fileName === null ? null : `cv${extensionOf(cv.fileName)}`,
        text: maskIdentity(cv.text, identity),
      },
      facts: facts.map((fact) => ({ ...fact, evidence: mask(fact.evidence) })),
    };
  }

  async file(
    candidateId: string,
    cvId: string,
    viewer: AuthenticatedUser,
  ): Promise<{ cv: CvDocument; stream: ReadStream }> {
    const cv = await this.cv(candidateId, cvId, viewer);
    if (!(await this.access.mayOpenOriginal(viewer, candidateId))) throw new CvOriginalBlindError(readsByRole(viewer));
    if (!(await this.storage.has(cv.sha256))) throw new CvFileMissingError(cv.id);
    this.audit.noteRead({ action: 'cv.downloaded', subject: { type: 'cv', id: cv.id }, candidateId });
    return { cv, stream: this.storage.open(cv.sha256) };
  }

  /** Whether the viewer may open the candidate's original CV files now (see CandidateAccess.mayOpenOriginal). */
  mayOpenOriginal(candidateId: string, viewer: AuthenticatedUser): Promise<boolean> {
    return this.access.mayOpenOriginal(viewer, candidateId);
  }

  private async cv(candidateId: string, cvId: string, viewer: AuthenticatedUser): Promise<CvDocument> {
    await this.candidate(candidateId, viewer);
    const cv = await this.cvs.findOne(candidateId, cvId);
    if (!cv) throw new CvNotFoundError(cvId);
    return cv;
  }

  /** The candidate exists and the viewer may read them (see CandidateAccess). */
  private async candidate(candidateId: string, viewer: AuthenticatedUser): Promise<void> {
    const seen = await this.access.maySee(viewer, candidateId);
    if (!seen || !(await this.candidates.findById(candidateId))) throw new CandidateNotFoundError(candidateId);
  }
}

function extensionOf(fileName: string): string {
  return /\.[a-z0-9]{1,5}$/i.exec(fileName)?.[0].toLowerCase() ?? '';
}
