import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isId } from '../database/database-errors';
import { newId } from '../database/ids';
import { Transaction } from '../database/transaction';
import { Rating, Recommendation } from '../scoring/round-result';
import { Scorecard } from './entities/scorecard.entity';
import { ScorecardRevision } from './entities/scorecard-revision.entity';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';

export interface ScorecardContent {
  ratings: Rating[];
  recommendation: Recommendation | null;
  summary: string | null;
}

export interface NewScorecard {
  interviewId: string;
  interviewerId: string;
  content: ScorecardContent;
  submit: boolean;
  /** Who entered it for the interviewer (a paper scorecard); null when the interviewer did. */
  enteredBy: string | null;
}

/** Scorecards and their revisions: drafts kept, submissions frozen, amendments added, never overwritten in history. */
@Injectable()
export class ScorecardsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<Scorecard | null> {
    if (!isId(id)) return null;
    return this.dataSource.getRepository(Scorecard).findOne({ where: { id } });
  }

  findOwn(interviewId: string, interviewerId: string): Promise<Scorecard | null> {
    return this.dataSource.getRepository(Scorecard).findOne({ where: { interviewId, interviewerId } });
  }

  /** An interview's submitted scorecards, in the order they were first submitted. */
  submittedFor(interviewId: string): Promise<Scorecard[]> {
    return this.dataSource
      .getRepository(Scorecard)
      .find({ where: { interviewId, status: 'submitted' }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }

  /** Of the given interviews, those the interviewer has submitted a scorecard for. */
  async submittedAmong(interviewerId: string, interviewIds: string[]): Promise<Set<string>> {
    if (interviewIds.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(Scorecard).find({
      select: { interviewId: true },
      where: { interviewerId, interviewId: In(interviewIds), status: 'submitted' },
    });
    return new Set(rows.map((row) => row.interviewId));
  }

  async revisionsOf(scorecardIds: string[]): Promise<Map<string, ScorecardRevision[]>> {
    const byScorecard = new Map<string, ScorecardRevision[]>(scorecardIds.map((id) => [id, []]));
    if (scorecardIds.length === 0) return byScorecard;
    const rows = await this.dataSource
      .getRepository(ScorecardRevision)
      .find({ where: { scorecardId: In(scorecardIds) }, order: { revision: 'ASC' } });
    for (const row of rows) byScorecard.get(row.scorecardId)!.push(row);
    return byScorecard;
  }

  /** Runs `work` in one transaction: a scorecard's change and the interview's decision commit together. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A new scorecard, a draft or submitted at once; a second one for the same interviewer fails on the unique index. */
  async create(tx: Transaction, scorecard: NewScorecard, now: Date): Promise<string> {
    const id = newId();
    const { submit, enteredBy, content, ...owner } = scorecard;
    await tx.insert(Scorecard, {
      id,
      ...owner,
      ...content,
      enteredBy,
      status: submit ? 'submitted' : 'draft',
      revision: submit ? 1 : 0,
      submittedAt: submit ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    if (submit) {
      await tx.insert(ScorecardRevision, revision(id, 1, content, null, enteredBy ?? owner.interviewerId, now));
    }
    return id;
  }

  /** Changes a draft, and submits it with `submit`; only while it is still a draft. */
  async saveDraft(
    tx: Transaction,
    scorecard: Scorecard,
    change: { content: ScorecardContent; submit: boolean; enteredBy: string | null },
    now: Date,
  ): Promise<boolean> {
    const { content, submit, enteredBy } = change;
    const result = await tx.update(
      Scorecard,
      { id: scorecard.id, status: 'draft' },
      {
        ...content,
        enteredBy,
        status: submit ? 'submitted' : 'draft',
        revision: submit ? 1 : 0,
        submittedAt: submit ? now : null,
        updatedAt: now,
      },
    );
    if (!result.affected) return false;
    if (submit) {
      await tx.insert(
        ScorecardRevision,
        revision(scorecard.id, 1, content, null, enteredBy ?? scorecard.interviewerId, now),
      );
    }
    return true;
  }

  /** The vacancy's shortlist changed with a card submitted (it counts the cards in), in the caller's transaction. */
  shortlistChanged(tx: Transaction, vacancyId: string): Promise<void> {
    return raiseShortlistRevision(tx, [vacancyId]);
  }

  /**
   * The author's draft changed in one statement, without the interview's
   * lock: only while it is a draft, its author sits on the panel and the
   * interview is not cancelled. A draft decides nothing, so no decision need
   * wait for it (a submission still takes the lock). False when any of
   * those no longer holds.
   */
  async saveDraftAlone(scorecard: Scorecard, content: ScorecardContent, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Scorecard)
      .set({ ...content, enteredBy: null, updatedAt: now })
      .where('id = :id AND status = :draft', { id: scorecard.id, draft: 'draft' })
      .andWhere(
        'EXISTS (SELECT 1 FROM interview_panelists p WHERE p.interview_id = :interviewId AND p.user_id = :authorId)',
        { interviewId: scorecard.interviewId, authorId: scorecard.interviewerId },
      )
      .andWhere("EXISTS (SELECT 1 FROM interviews i WHERE i.id = :interviewId AND i.status <> 'cancelled')")
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** A new revision of a submitted scorecard by its interviewer, only if nobody amended it since `fromRevision`. */
  async amend(
    tx: Transaction,
    scorecard: Scorecard,
    fromRevision: number,
    content: ScorecardContent,
    reason: string,
    now: Date,
  ): Promise<boolean> {
    const result = await tx.update(
      Scorecard,
      { id: scorecard.id, status: 'submitted', revision: fromRevision },
      { ...content, revision: fromRevision + 1, updatedAt: now },
    );
    if (!result.affected) return false;
    await tx.insert(
      ScorecardRevision,
      revision(scorecard.id, fromRevision + 1, content, reason, scorecard.interviewerId, now),
    );
    return true;
  }
}

function revision(
  scorecardId: string,
  number: number,
  content: ScorecardContent,
  reason: string | null,
  submittedBy: string,
  submittedAt: Date,
): ScorecardRevision {
  return {
    id: newId(),
    scorecardId,
    revision: number,
    ratings: content.ratings,
    recommendation: content.recommendation!,
    summary: content.summary,
    reason,
    submittedBy,
    submittedAt,
  } as ScorecardRevision;
}
