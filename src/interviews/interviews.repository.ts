import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Application } from '../applications/entities/application.entity';
import { isId } from '../database/database-errors';
import { newId } from '../database/ids';
import { Transaction } from '../database/transaction';
import { Interview } from './entities/interview.entity';
import { InterviewPanelist } from './entities/interview-panelist.entity';
import { Scorecard } from './entities/scorecard.entity';
import { findUnique } from '../database/find-unique';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';

export interface NewInterview {
  applicationId: string;
  vacancyId: string;
  candidateId: string;
  roundId: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  createdBy: string;
}

export type InterviewChanges = Partial<Pick<Interview, 'startsAt' | 'durationMinutes' | 'location' | 'meetingUrl'>>;

/** One line of an interviewer's own list: the interview and what it is about. */
export interface PanelSeatRow {
  interview: Interview;
  vacancyTitle: string;
  roundName: string;
  candidateName: string;
  scorecardId: string | null;
  scorecardStatus: 'draft' | 'submitted' | null;
}

/** Interviews themselves: scheduled, moved, re-panelled, cancelled, and found for whoever may see them. */
@Injectable()
export class InterviewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<Interview | null> {
    if (!isId(id)) return null;
    return findUnique(this.dataSource.manager, Interview, { where: { id }, relations: { panel: true } });
  }

  /** The interview with its round, for the reminder about it. */
  async findWithRound(id: string): Promise<Interview | null> {
    if (!isId(id)) return null;
    return findUnique(this.dataSource.manager, Interview, { where: { id }, relations: { round: true } });
  }

  /** The application's interview for a round that is not cancelled, if any. */
  async scheduledFor(applicationId: string, roundId: string): Promise<Interview | null> {
    return this.dataSource
      .getRepository(Interview)
      .findOne({ where: { applicationId, roundId, status: 'scheduled' }, relations: { panel: true } });
  }

  /** An application's interviews, oldest first; with `panelistId`, only those that user sits on. */
  async listForApplication(applicationId: string, panelistId?: string): Promise<Interview[]> {
    const query = this.dataSource
      .getRepository(Interview)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.panel', 'p')
      .where('i.application_id = :applicationId', { applicationId });
    if (panelistId) {
      query.andWhere('EXISTS (SELECT 1 FROM interview_panelists s WHERE s.interview_id = i.id AND s.user_id = :me)', {
        me: panelistId,
      });
    }
    return query.orderBy('i.starts_at', 'ASC').addOrderBy('i.id', 'ASC').getMany();
  }

  /** The interviews a user sits on, soonest first, with their scorecard's state. */
  async seatsOf(userId: string, status: 'scheduled' | 'cancelled' | undefined): Promise<PanelSeatRow[]> {
    const query = this.dataSource
      .getRepository(Interview)
      .createQueryBuilder('i')
      .innerJoin('interview_panelists', 'me', 'me.interview_id = i.id AND me.user_id = :userId', { userId })
      .leftJoinAndSelect('i.panel', 'p')
      .innerJoin('vacancies', 'v', 'v.id = i.vacancy_id')
      .innerJoin('vacancy_rounds', 'r', 'r.id = i.round_id')
      .innerJoin('candidates', 'c', 'c.id = i.candidate_id')
      .leftJoin('scorecards', 's', 's.interview_id = i.id AND s.interviewer_id = :userId', { userId })
      .addSelect(['v.title', 'r.name', 'c.name', 's.id', 's.status']);
    if (status) query.where('i.status = :status', { status });
    const { entities, raw } = await query
      .orderBy('i.starts_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getRawAndEntities<Record<string, string | null>>();
    const extras = new Map(raw.map((row) => [row.i_id as string, row]));
    return entities.map((interview) => {
      const row = extras.get(interview.id)!;
      return {
        interview,
        vacancyTitle: row.v_title!,
        roundName: row.r_name!,
        candidateName: row.c_name!,
        scorecardId: row.s_id ?? null,
        scorecardStatus: (row.s_status as PanelSeatRow['scorecardStatus']) ?? null,
      };
    });
  }

  /** Runs `work` in one transaction: an interview's change, its decision and its mails commit together. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Schedules the interview unless one is already scheduled for the
   * application and round; then answers with that one's id, created false.
   * The application's row is locked (a write that changes nothing) before
   * the check, so two schedulings at once cannot both find none.
   */
  async create(
    tx: Transaction,
    input: NewInterview,
    panel: string[],
    now: Date,
  ): Promise<{ id: string; created: boolean }> {
    await tx
      .createQueryBuilder()
      .update(Application)
      .set({ revision: () => 'revision' })
      .where('id = :id', { id: input.applicationId })
      .execute();
    const scheduled = await tx.findOne(Interview, {
      select: { id: true },
      where: { applicationId: input.applicationId, roundId: input.roundId, status: 'scheduled' },
    });
    if (scheduled) return { id: scheduled.id, created: false };
    const id = newId();
    await tx.insert(Interview, {
      ...input,
      id,
      status: 'scheduled',
      sequence: 0,
      cancelReason: null,
      decision: null,
      result: null,
      roundScore: null,
      calibratedScore: null,
      decidedAt: null,
      decisionAppliedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(
      InterviewPanelist,
      panel.map((userId) => ({ interviewId: id, userId })),
    );
    // The shortlist names the scorecards an interview still waits for.
    await raiseShortlistRevision(tx, [input.vacancyId]);
    return { id, created: true };
  }

  /**
   * Changes the interview's time, place or panel; each change raises its
   * sequence, as calendar updates need. Returns who left the panel.
   */
  async update(
    tx: Transaction,
    interview: Interview,
    changes: InterviewChanges,
    panel: string[] | undefined,
    now: Date,
  ): Promise<string[]> {
    await tx.update(Interview, { id: interview.id }, { ...changes, sequence: interview.sequence + 1, updatedAt: now });
    if (!panel) return [];
    const current = interview.panel.map((seat) => seat.userId);
    const leaving = current.filter((userId) => !panel.includes(userId));
    const joining = panel.filter((userId) => !current.includes(userId));
    if (leaving.length) await tx.delete(InterviewPanelist, { interviewId: interview.id, userId: In(leaving) });
    if (joining.length) {
      await tx.insert(
        InterviewPanelist,
        joining.map((userId) => ({ interviewId: interview.id, userId })),
      );
    }
    await raiseShortlistRevision(tx, [interview.vacancyId]);
    return leaving;
  }

  async cancel(tx: Transaction, interview: Interview, reason: string, now: Date): Promise<void> {
    await tx.update(
      Interview,
      { id: interview.id },
      { status: 'cancelled', cancelReason: reason, sequence: interview.sequence + 1, updatedAt: now },
    );
    await raiseShortlistRevision(tx, [interview.vacancyId]);
  }

  /** Who on the panel has not submitted a scorecard for the interview. */
  async openScorecardAuthors(interviewId: string): Promise<string[]> {
    const rows: { userId: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('p.user_id AS "userId"')
      .from(InterviewPanelist, 'p')
      .leftJoin(Scorecard, 's', 's.interview_id = p.interview_id AND s.interviewer_id = p.user_id')
      .where('p.interview_id = :interviewId', { interviewId })
      .andWhere("(s.id IS NULL OR s.status <> 'submitted')")
      .getRawMany();
    return rows.map((row) => row.userId);
  }

  /** The vacancy's interviews (not cancelled) whose decision has not moved its application. */
  decidedNotApplied(vacancyId: string): Promise<Interview[]> {
    return this.dataSource.getRepository(Interview).find({
      where: { vacancyId, status: 'scheduled', decision: Not(IsNull()), decisionAppliedAt: IsNull() },
      order: { decidedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Marks the decision applied, only once: of two confirmations at once, one moves the application. */
  async markDecisionApplied(id: string, now = new Date()): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Interview)
      .set({ decisionAppliedAt: now, updatedAt: now })
      .where('id = :id AND decision_applied_at IS NULL', { id })
      .execute();
    return Boolean(result.affected);
  }
}
