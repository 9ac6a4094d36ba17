import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ApplicationEvent } from '../applications/entities/application-event.entity';
import { Application } from '../applications/entities/application.entity';
import { CandidateFact } from '../candidates/entities/candidate-fact.entity';
import { Candidate } from '../candidates/entities/candidate.entity';
import { CvDocument } from '../cvs/entities/cv-document.entity';
import { CandidateMerge } from '../duplicates/entities/candidate-merge.entity';
import { CandidateNotDuplicate } from '../duplicates/entities/candidate-not-duplicate.entity';
import { InterviewPanelist } from '../interviews/entities/interview-panelist.entity';
import { Interview } from '../interviews/entities/interview.entity';
import { ScorecardRevision } from '../interviews/entities/scorecard-revision.entity';
import { Scorecard } from '../interviews/entities/scorecard.entity';
import { Mail } from '../mail/entities/mail.entity';
import { Note } from '../notes/entities/note.entity';
import { ApplicationUnblinding } from '../panel-access/entities/application-unblinding.entity';
import { LegalHold } from './legal-holds/legal-hold.entity';

/** What Sift holds about one person, table by table, as stored. */
export interface HeldRecords {
  candidates: Candidate[];
  candidate_facts: CandidateFact[];
  cv_documents: CvDocument[];
  applications: Application[];
  application_events: ApplicationEvent[];
  application_unblindings: ApplicationUnblinding[];
  interviews: Interview[];
  interview_panelists: InterviewPanelist[];
  scorecards: Scorecard[];
  scorecard_revisions: ScorecardRevision[];
  candidate_notes: Note[];
  mails: Mail[];
  candidate_merges: CandidateMerge[];
  candidate_not_duplicates: CandidateNotDuplicate[];
  /** Holds placed on the person themselves; a hold on a vacancy is about the vacancy. */
  legal_holds: LegalHold[];
}

/** Every read of the subject-access archive: all rows about a person, their merged records included. */
@Injectable()
export class SubjectAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The candidate and the records merged into them (each a tombstone now), oldest first. */
  async candidateWithMerged(candidateId: string): Promise<Candidate[]> {
    return this.dataSource.getRepository(Candidate).find({
      where: [{ id: candidateId }, { mergedIntoId: candidateId }],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async heldAbout(candidateId: string): Promise<HeldRecords> {
    const candidates = await this.candidateWithMerged(candidateId);
    const ids = candidates.map((candidate) => candidate.id);
    const byCandidate = { candidateId: ids };
    const applications = await this.rows(Application, byCandidate, { appliedAt: 'ASC', id: 'ASC' });
    const applicationIds = applications.map((application) => application.id);
    const interviews = await this.rows(Interview, byCandidate, { startsAt: 'ASC', id: 'ASC' });
    const interviewIds = interviews.map((interview) => interview.id);
    const scorecards = await this.rows(Scorecard, { interviewId: interviewIds }, { createdAt: 'ASC', id: 'ASC' });
    return {
      candidates,
      candidate_facts: await this.rows(CandidateFact, byCandidate, { createdAt: 'ASC', id: 'ASC' }),
      cv_documents: await this.rows(CvDocument, byCandidate, { createdAt: 'ASC', id: 'ASC' }),
      applications,
      application_events: await this.rows(
        ApplicationEvent,
        { applicationId: applicationIds },
        { createdAt: 'ASC', revision: 'ASC' },
      ),
      application_unblindings: await this.rows(
        ApplicationUnblinding,
        { applicationId: applicationIds },
        { createdAt: 'ASC', id: 'ASC' },
      ),
      interviews,
      interview_panelists: await this.rows(InterviewPanelist, { interviewId: interviewIds }, { interviewId: 'ASC' }),
      scorecards,
      scorecard_revisions: await this.rows(
        ScorecardRevision,
        { scorecardId: scorecards.map((scorecard) => scorecard.id) },
        { submittedAt: 'ASC', revision: 'ASC' },
      ),
      candidate_notes: await this.rows(Note, byCandidate, { createdAt: 'ASC', id: 'ASC' }),
      mails: await this.mailsAbout(ids, applicationIds),
      candidate_merges: await this.dataSource.getRepository(CandidateMerge).find({
        where: [{ survivorId: In(ids) }, { mergedId: In(ids) }],
        order: { mergedAt: 'ASC', id: 'ASC' },
      }),
      candidate_not_duplicates: await this.dataSource.getRepository(CandidateNotDuplicate).find({
        where: [{ firstId: In(ids) }, { secondId: In(ids) }],
        order: { markedAt: 'ASC' },
      }),
      legal_holds: await this.rows(LegalHold, byCandidate, { placedAt: 'ASC', id: 'ASC' }),
    };
  }

  /** Mails to the person, and mails to colleagues about their applications (invitations, reminders). */
  private mailsAbout(candidateIds: string[], applicationIds: string[]): Promise<Mail[]> {
    return this.dataSource.getRepository(Mail).find({
      where: [
        { candidateId: In(candidateIds) },
        ...(applicationIds.length ? [{ applicationId: In(applicationIds) }] : []),
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The rows whose one column holds any of the ids; none when there are no ids to look for. */
  private async rows<T extends object>(
    entity: new () => T,
    where: Record<string, string[]>,
    order: Record<string, 'ASC' | 'DESC'>,
  ): Promise<T[]> {
    const [[column, ids]] = Object.entries(where);
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(entity).find({ where: { [column]: In(ids) } as never, order: order as never });
  }
}
