import { Injectable } from '@nestjs/common';
import type { ReadStream } from 'node:fs';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { CandidateNotFoundError } from '../candidates/candidates.errors';
import { CandidateFact } from '../candidates/entities/candidate-fact.entity';
import { AuthenticatedUser } from '../common/auth/decorators';
import { CandidateAccess } from '../panel-access/candidate-access.service';
import { CvStorage } from './cv-storage';
import { CvFileMissingError, CvNotFoundError } from './cvs.errors';
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
  ) {}

  async list(candidateId: string, viewer: AuthenticatedUser): Promise<CvDocument[]> {
    await this.candidate(candidateId, viewer);
    return this.cvs.listOf(candidateId);
  }

  async get(
    candidateId: string,
    cvId: string,
    viewer: AuthenticatedUser,
  ): Promise<{ cv: CvDocument; facts: CandidateFact[] }> {
    const cv = await this.cv(candidateId, cvId, viewer);
    return { cv, facts: await this.cvs.factsFrom(cv.id) };
  }

  async file(
    candidateId: string,
    cvId: string,
    viewer: AuthenticatedUser,
  ): Promise<{ cv: CvDocument; stream: ReadStream }> {
    const cv = await this.cv(candidateId, cvId, viewer);
    if (!(await this.storage.has(cv.sha256))) throw new CvFileMissingError(cv.id);
    return { cv, stream: this.storage.open(cv.sha256) };
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
