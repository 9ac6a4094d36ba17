import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CandidateFields, factRow, NewFact } from '../candidates/candidates.repository';
import { CandidateEmailTakenError } from '../candidates/candidates.errors';
import { matchKeysOf } from '../duplicates/match-keys';
import { Candidate } from '../candidates/entities/candidate.entity';
import { CandidateFact } from '../candidates/entities/candidate-fact.entity';
import { insertRows } from '../database/bulk-insert';
import { isId, isUniqueViolation } from '../database/database-errors';
import { newId } from '../database/ids';
import { Transaction } from '../database/transaction';
import { CvDocument } from './entities/cv-document.entity';

export type NewCvDocument = Omit<CvDocument, 'createdAt' | 'candidate'>;

/** Every column but the text, for lists. */
const LISTED = {
  id: true,
  candidateId: true,
  sha256: true,
  format: true,
  fileName: true,
  sizeBytes: true,
  pages: true,
  language: true,
  status: true,
  uploadedBy: true,
  createdAt: true,
} as const;

export class CvAlreadyStoredError extends Error {}

@Injectable()
export class CvsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOne(candidateId: string, cvId: string): Promise<CvDocument | null> {
    if (!isId(cvId)) return null;
    return this.dataSource.getRepository(CvDocument).findOne({ where: { id: cvId, candidateId } });
  }

  async findBySha256(candidateId: string, sha256: string): Promise<CvDocument | null> {
    return this.dataSource.getRepository(CvDocument).findOne({ where: { candidateId, sha256 } });
  }

  async listOf(candidateId: string): Promise<CvDocument[]> {
    return this.dataSource
      .getRepository(CvDocument)
      .find({ select: LISTED, where: { candidateId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async factsFrom(cvId: string): Promise<CandidateFact[]> {
    return this.dataSource
      .getRepository(CandidateFact)
      .find({ where: { cvId }, order: { kind: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Stores a read CV and the facts proposed from it in one transaction, with
   * the candidate when the CV brings a new one. Proposals of earlier CVs that
   * nobody confirmed or corrected give way to the new CV's; reviewed facts stay.
   * `alsoIn` records, in the same transaction, the jobs the change calls for.
   */
  async saveReading(
    document: NewCvDocument,
    facts: NewFact[],
    newCandidate: CandidateFields | undefined,
    alsoIn: (tx: Transaction) => Promise<void>,
    now = new Date(),
  ): Promise<CvDocument> {
    const { id } = document;
    try {
      await this.dataSource.transaction(async (manager) => {
        if (newCandidate) {
          await manager.getRepository(Candidate).insert({
            phone: null,
            location: null,
            consentPurpose: null,
            consentAt: null,
            source: null,
            ...newCandidate,
            ...matchKeysOf(newCandidate),
            id: document.candidateId,
            email: newCandidate.email.toLowerCase(),
            createdAt: now,
            updatedAt: now,
          });
        }
        await manager.getRepository(CvDocument).insert({ ...document, createdAt: now });
        await manager
          .createQueryBuilder()
          .delete()
          .from(CandidateFact)
          .where('candidate_id = :candidateId', { candidateId: document.candidateId })
          .andWhere("source = 'cv' AND confirmed = :no AND corrected = :no AND cv_id IS NOT NULL AND cv_id <> :id", {
            no: false,
            id,
          })
          .execute();
        await insertRows(
          manager,
          CandidateFact,
          facts.map((fact) => factRow(newId(), document.candidateId, fact, now)),
        );
        await alsoIn(manager);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (newCandidate && !(await this.findBySha256(document.candidateId, document.sha256))) {
        throw new CandidateEmailTakenError(newCandidate.email);
      }
      throw new CvAlreadyStoredError();
    }
    return (await this.findOne(document.candidateId, id))!;
  }
}
