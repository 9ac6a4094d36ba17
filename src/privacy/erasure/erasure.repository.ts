import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditPersonalValue } from '../../audit/entities/audit-personal-value.entity';
import { ApplicationEvent } from '../../applications/entities/application-event.entity';
import { Application } from '../../applications/entities/application.entity';
import { CandidateFact } from '../../candidates/entities/candidate-fact.entity';
import { Candidate } from '../../candidates/entities/candidate.entity';
import { CvDocument } from '../../cvs/entities/cv-document.entity';
import { isUniqueViolation } from '../../database/database-errors';
import { Transaction } from '../../database/transaction';
import { CandidateMerge } from '../../duplicates/entities/candidate-merge.entity';
import { Interview } from '../../interviews/entities/interview.entity';
import { ScorecardRevision } from '../../interviews/entities/scorecard-revision.entity';
import { Scorecard } from '../../interviews/entities/scorecard.entity';
import { Mail } from '../../mail/entities/mail.entity';
import { Note } from '../../notes/entities/note.entity';
import { LegalHold } from '../legal-holds/legal-hold.entity';
import { ApplicationUnblinding } from '../../panel-access/entities/application-unblinding.entity';
import { raiseShortlistRevisionOfCandidates } from '../../vacancies/shortlist-revision';
import { CandidateErasure, ErasureFiles } from './candidate-erasure.entity';

/** What an erased candidate's record says instead of their name. */
export const ERASED_NAME = 'Erased candidate';

/** What the erasure removed or blanked, for its record. */
export interface ErasedCounts {
  facts: number;
  cvs: number;
  notes: number;
  mails: number;
  auditValues: number;
}

/**
 * The erasure's writes. `wipe` is the database's part, in one transaction:
 * the person's name and contact details, every word about them (facts with
 * their CV words, CVs' text, notes, reasons written on moves, unblindings,
 * interviews and scorecards, mails' addresses and values, merge snapshots,
 * the audit trail's personal values) go; what stays is anonymous and keeps
 * the numbers: applications with their stage history and dates, screening
 * and interview scores, scorecard ratings, equal-opportunity answers.
 */
@Injectable()
export class ErasureRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByCandidate(candidateId: string): Promise<CandidateErasure | null> {
    return this.dataSource.getRepository(CandidateErasure).findOneBy({ candidateId });
  }

  findById(id: string): Promise<CandidateErasure | null> {
    return this.dataSource.getRepository(CandidateErasure).findOneBy({ id });
  }

  /** Records the erasure; null when one for the candidate was recorded meanwhile. */
  async record(tx: Transaction, erasure: CandidateErasure): Promise<CandidateErasure | null> {
    try {
      await tx.getRepository(CandidateErasure).insert(erasure);
      return erasure;
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /** The candidate and those merged into them: one person. */
  async personOf(tx: Transaction, candidateId: string): Promise<string[]> {
    const merged = await tx
      .getRepository(Candidate)
      .find({ select: { id: true }, where: { mergedIntoId: candidateId } });
    return [candidateId, ...merged.map((candidate) => candidate.id)];
  }

  async wipe(
    tx: Transaction,
    erasure: CandidateErasure,
    now: Date,
  ): Promise<{ files: ErasureFiles; counts: ErasedCounts }> {
    const ids = await this.personOf(tx, erasure.candidateId);
    const applicationIds = (
      await tx.getRepository(Application).find({ select: { id: true }, where: { candidateId: In(ids) } })
    ).map((application) => application.id);
    const interviewIds = applicationIds.length
      ? (
          await tx.getRepository(Interview).find({ select: { id: true }, where: { applicationId: In(applicationIds) } })
        ).map((interview) => interview.id)
      : [];

    const cvs = await tx
      .getRepository(CvDocument)
      .find({ select: { id: true, sha256: true }, where: { candidateId: In(ids) } });
    const facts = await tx.getRepository(CandidateFact).delete({ candidateId: In(ids) });
    await tx.getRepository(CvDocument).delete({ candidateId: In(ids) });
    // A file of the same content may be another candidate's CV too: that one stays.
    const stillUsed = cvs.length
      ? await tx
          .getRepository(CvDocument)
          .find({ select: { sha256: true }, where: { sha256: In(cvs.map((cv) => cv.sha256)) } })
      : [];
    const cvFiles = [...new Set(cvs.map((cv) => cv.sha256))].filter(
      (sha) => !stillUsed.some((cv) => cv.sha256 === sha),
    );
    const notes = await tx.getRepository(Note).delete({ candidateId: In(ids) });

    const mailIds = await this.mailsAbout(tx, ids, applicationIds);
    if (mailIds.length) {
      await tx
        .getRepository(Mail)
        .update({ id: In(mailIds), candidateId: In(ids) }, { toName: ERASED_NAME, toAddress: '' });
      await tx.getRepository(Mail).update({ id: In(mailIds) }, { context: {}, subject: null, error: null });
      // A mail not sent yet has nobody to go to any more.
      await tx.getRepository(Mail).update({ id: In(mailIds), status: In(['queued', 'failed']) }, { status: 'skipped' });
    }

    if (applicationIds.length) {
      await tx.getRepository(Application).update({ id: In(applicationIds) }, { stageReason: null });
      await tx.getRepository(ApplicationEvent).update({ applicationId: In(applicationIds) }, { reason: null });
      await tx.getRepository(ApplicationUnblinding).update({ applicationId: In(applicationIds) }, { reason: '' });
    }
    if (interviewIds.length) {
      await tx.getRepository(Interview).update({ id: In(interviewIds) }, { cancelReason: null });
      await this.blankScorecards(tx, interviewIds);
    }
    await tx.getRepository(CandidateMerge).update({ survivorId: In(ids) }, { survivorBefore: {}, mergedCandidate: {} });
    await tx.getRepository(CandidateMerge).update({ mergedId: In(ids) }, { survivorBefore: {}, mergedCandidate: {} });
    const auditValues = await tx.getRepository(AuditPersonalValue).delete({ candidateId: In(ids) });
    // A hold's reason may name the person; the hold itself stays as the record that there was one.
    await tx.getRepository(LegalHold).update({ candidateId: In(ids) }, { reason: '' });

    for (const id of ids) {
      await tx.getRepository(Candidate).update(
        { id },
        {
          name: ERASED_NAME,
          email: `erased-${id}@erased.invalid`,
          phone: null,
          location: null,
          source: null,
          consentPurpose: null,
          consentAt: null,
          phoneKey: null,
          nameKey: null,
          erasedAt: now,
          updatedAt: now,
        },
      );
    }
    // The shortlists and the pages kept for them show the name: they are made again.
    await raiseShortlistRevisionOfCandidates(tx, ids);
    const files = { cvs: cvFiles, mails: mailIds };
    await tx.getRepository(CandidateErasure).update({ id: erasure.id }, { files, dataErasedAt: now });
    return {
      files,
      counts: {
        facts: facts.affected ?? 0,
        cvs: cvs.length,
        notes: notes.affected ?? 0,
        mails: mailIds.length,
        auditValues: auditValues.affected ?? 0,
      },
    };
  }

  async complete(tx: Transaction, erasureId: string, now: Date): Promise<void> {
    await tx.getRepository(CandidateErasure).update({ id: erasureId }, { completedAt: now });
  }

  /** Mails to the person, about their applications, or naming them in their values (a colleague told of a note). */
  private async mailsAbout(tx: Transaction, ids: string[], applicationIds: string[]): Promise<string[]> {
    const query = tx
      .getRepository(Mail)
      .createQueryBuilder('m')
      .select('m.id', 'id')
      .where('m.candidate_id IN (:...ids)', { ids });
    if (applicationIds.length) query.orWhere('m.application_id IN (:...applicationIds)', { applicationIds });
    const postgres = tx.connection.options.type === 'postgres';
    ids.forEach((id, index) =>
      query.orWhere(`${postgres ? 'CAST(m.context AS TEXT)' : 'm.context'} LIKE :named${index}`, {
        [`named${index}`]: `%${id}%`,
      }),
    );
    return (await query.getRawMany<{ id: string }>()).map((row) => row.id);
  }

  /** Scorecards keep their ratings and recommendation; the words written beside them go. */
  private async blankScorecards(tx: Transaction, interviewIds: string[]): Promise<void> {
    const cards = await tx.getRepository(Scorecard).find({ where: { interviewId: In(interviewIds) } });
    for (const card of cards) {
      await tx
        .getRepository(Scorecard)
        .update(
          { id: card.id },
          { summary: null, ratings: card.ratings.map((rating) => ({ ...rating, notes: null })) },
        );
    }
    if (!cards.length) return;
    const revisions = await tx
      .getRepository(ScorecardRevision)
      .find({ where: { scorecardId: In(cards.map((card) => card.id)) } });
    for (const revision of revisions) {
      await tx.getRepository(ScorecardRevision).update(
        { id: revision.id },
        {
          summary: null,
          reason: revision.reason === null ? null : '',
          ratings: revision.ratings.map((rating) => ({ ...rating, notes: null })),
        },
      );
    }
  }
}
