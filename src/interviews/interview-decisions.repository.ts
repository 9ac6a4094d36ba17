import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Application } from '../applications/entities/application.entity';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';
import { Transaction } from '../database/transaction';
import { HeldInterview, ReviewRound, ReviewScorecard } from '../scoring/panel-review';
import { InterviewResult } from '../scoring/round-result';
import { Interview, InterviewDecision } from './entities/interview.entity';
import { InterviewerCalibration } from './entities/interviewer-calibration.entity';
import { InterviewPanelist } from './entities/interview-panelist.entity';
import { Scorecard } from './entities/scorecard.entity';
import { ApplicationScoreRow } from './interview-results.repository';
import { findUnique } from '../database/find-unique';

/** What working out one interview's result needs to know of its round and vacancy. */
export interface SettleContext {
  interviewId: string;
  applicationId: string;
  vacancyId: string;
  round: ReviewRound;
  roundWeights: ReadonlyMap<string, number>;
  weights: { screeningWeight: number; interviewWeight: number };
  calibrate: boolean;
}

export interface SettleOutcome {
  before: InterviewDecision | null;
  after: InterviewDecision | null;
  result: InterviewResult;
}

/** An interview's submitted scorecards and what weighs them, as deciding it reads them under its lock. */
export interface DecisionEvidence {
  scorecards: ReviewScorecard[];
  panelSize: number;
  corrections: ReadonlyMap<string, number>;
}

/** The columns a decision writes on its interview. */
export interface DecidedInterview {
  result: InterviewResult;
  decision: InterviewDecision | null;
  roundScore: number | null;
  calibratedScore: number | null;
  decidedAt: Date | null;
}

/**
 * What deciding one interview reads and writes, in the caller's transaction
 * and under the interview's lock; the deciding is InterviewDecisions'.
 */
@Injectable()
export class InterviewDecisionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction of its own, for a decision that follows no other write. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Takes the interview's row lock for the rest of the caller's transaction,
   * then reads the interview with its panel: whoever changes or decides it
   * next waits until this transaction commits, and then reads every scorecard
   * committed before it. An UPDATE takes PostgreSQL's FOR NO KEY UPDATE lock,
   * which does not wait for the key-share lock a scorecard's insert holds on
   * its interview (FOR UPDATE would deadlock two submitters), and SQLite's
   * write lock. Null when the interview is gone.
   */
  async lockForDecision(tx: Transaction, interviewId: string): Promise<Interview | null> {
    await tx
      .createQueryBuilder()
      .update(Interview)
      .set({ sequence: () => 'sequence' })
      .where({ id: interviewId })
      .execute();
    return findUnique(tx, Interview, { where: { id: interviewId }, relations: { panel: true } });
  }

  /** Who on the interview's panel has submitted, as the caller's transaction sees it. */
  async submittersIn(tx: Transaction, interviewId: string): Promise<Set<string>> {
    const rows = await tx.find(Scorecard, {
      select: { interviewerId: true },
      where: { interviewId, status: 'submitted' },
    });
    return new Set(rows.map((row) => row.interviewerId));
  }

  /** What deciding an interview reads besides the interview: its submitted scorecards, panel size and corrections. */
  async decisionEvidence(tx: Transaction, interviewId: string, vacancyId: string): Promise<DecisionEvidence> {
    const scorecards = await tx.find(Scorecard, { where: { interviewId, status: 'submitted' } });
    const panelSize = await tx.count(InterviewPanelist, { where: { interviewId } });
    const calibrations = scorecards.length
      ? await tx.find(InterviewerCalibration, {
          where: { vacancyId, interviewerId: In(scorecards.map((s) => s.interviewerId)) },
        })
      : [];
    return {
      scorecards: scorecards.map((s) => ({
        interviewId: s.interviewId,
        interviewerId: s.interviewerId,
        ratings: s.ratings,
        recommendation: s.recommendation!,
      })),
      panelSize,
      corrections: new Map(calibrations.map((row) => [row.interviewerId, row.correction])),
    };
  }

  async saveDecision(tx: Transaction, interviewId: string, decided: DecidedInterview, now: Date): Promise<void> {
    await tx.update(Interview, { id: interviewId }, { ...decided, updatedAt: now });
  }

  /** The application's interviews that count towards its interview score, and its screening columns. */
  async applicationEvidence(
    tx: Transaction,
    applicationId: string,
  ): Promise<{
    held: HeldInterview[];
    application: { id: string; screeningScore: number | null; sortKey: number };
  }> {
    const held = await tx.find(Interview, {
      select: { roundId: true, createdAt: true, decision: true, roundScore: true, calibratedScore: true },
      where: { applicationId, status: 'scheduled' },
    });
    const application = (await tx.findOne(Application, {
      select: { id: true, screeningScore: true, sortKey: true },
      where: { id: applicationId },
    }))!;
    return { held: held.map((row) => ({ ...row, createdAt: row.createdAt.getTime() })), application };
  }

  /** The application's interview and shortlist columns; its vacancy's shortlist changed. */
  async saveApplicationScores(tx: Transaction, vacancyId: string, row: ApplicationScoreRow, now: Date): Promise<void> {
    await tx.update(
      Application,
      { id: row.id },
      {
        interviewScore: row.interviewScore,
        roundsScored: row.roundsScored,
        shortlistScore: row.shortlistScore,
        sortKey: row.sortKey,
        updatedAt: now,
      },
    );
    await raiseShortlistRevision(tx, [vacancyId]);
  }
}
