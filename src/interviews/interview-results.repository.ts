import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { shortlistColumns } from '../applications/shortlist-columns';
import { standingOfSortKey } from '../applications/shortlist-order';
import { updateRows } from '../database/bulk-update';
import { insertRows } from '../database/bulk-insert';
import { placeholder } from '../database/placeholders';
import { storedTime } from '../database/stored-time';
import { Transaction } from '../database/transaction';
import { Leniency } from '../scoring/calibration';
import { ReviewInterview, ReviewScorecard } from '../scoring/panel-review';
import { InterviewResult, Rating, Recommendation } from '../scoring/round-result';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';
import { InterviewDecision } from './entities/interview.entity';
import { InterviewerCalibration } from './entities/interviewer-calibration.entity';

/** A vacancy's interview evidence as stored: the interviews that count, their submitted scorecards, their applications. */
export interface VacancyEvidence {
  interviews: (ReviewInterview & {
    decision: InterviewDecision | null;
    decidedAt: Date | null;
    roundScore: number | null;
    calibratedScore: number | null;
  })[];
  scorecards: ReviewScorecard[];
  applications: (ApplicationScoreRow & { screeningScore: number | null; eligible: boolean | null })[];
}

export interface ReviewedRow {
  id: string;
  result: InterviewResult;
  decision: InterviewDecision | null;
  roundScore: number | null;
  calibratedScore: number | null;
  decidedAt: Date | null;
}

export interface ApplicationScoreRow {
  id: string;
  interviewScore: number | null;
  roundsScored: number;
  shortlistScore: number | null;
  sortKey: number;
}

/**
 * Interview results of a whole vacancy, read and written back in bulk when it
 * is reviewed as a whole; one interview's decision is InterviewDecisionsRepository's.
 */
@Injectable()
export class InterviewResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction of its own: a review reads and writes back under its locks. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Takes the lock of every interview of the vacancy that counts, in one
   * order, for the rest of the caller's transaction: a review then reads and
   * writes back results that no decision changes meanwhile, so neither
   * overwrites the other with what it read before the other committed.
   */
  async lockVacancyInterviews(tx: Transaction, vacancyId: string): Promise<void> {
    const $ = placeholder(this.dataSource);
    if (this.dataSource.options.type === 'postgres') {
      await tx.query(
        `SELECT id FROM interviews WHERE vacancy_id = ${$(1)} AND status = 'scheduled' ORDER BY id FOR NO KEY UPDATE`,
        [vacancyId],
      );
    } else {
      // SQLite locks the whole database for a write: a no-op update takes it now rather than at the first write.
      await tx.query(`UPDATE interviews SET sequence = sequence WHERE vacancy_id = ${$(1)} AND 1 = 0`, [vacancyId]);
    }
  }

  /**
   * Everything a review of the vacancy reads, in two queries written as plain
   * SQL (thousands of rows each); in the caller's transaction when given.
   */
  async loadVacancy(vacancyId: string, tx?: Transaction): Promise<VacancyEvidence> {
    const $ = placeholder(this.dataSource);
    const db = tx ?? this.dataSource;
    const interviewRows: Record<string, unknown>[] = await db.query(
      `SELECT i.id, i.application_id AS "applicationId", i.round_id AS "roundId", i.created_at AS "createdAt",
              i.decision, i.decided_at AS "decidedAt", i.round_score AS "roundScore",
              i.calibrated_score AS "calibratedScore",
              (SELECT COUNT(*) FROM interview_panelists p WHERE p.interview_id = i.id) AS "panelSize",
              a.screening_score AS "screeningScore", a.eligible, a.interview_score AS "interviewScore",
              a.rounds_scored AS "roundsScored", a.shortlist_score AS "shortlistScore", a.sort_key AS "sortKey"
         FROM interviews i JOIN applications a ON a.id = i.application_id
        WHERE i.vacancy_id = ${$(1)} AND i.status = 'scheduled'`,
      [vacancyId],
    );
    const scorecardRows: Record<string, unknown>[] = await db.query(
      `SELECT s.interview_id AS "interviewId", s.interviewer_id AS "interviewerId", s.ratings, s.recommendation
         FROM scorecards s JOIN interviews i ON i.id = s.interview_id
        WHERE i.vacancy_id = ${$(1)} AND i.status = 'scheduled' AND s.status = 'submitted'`,
      [vacancyId],
    );
    const applications = new Map<string, VacancyEvidence['applications'][number]>();
    for (const row of interviewRows) {
      applications.set(row.applicationId as string, {
        id: row.applicationId as string,
        screeningScore: numberOrNull(row.screeningScore),
        eligible: row.eligible === null ? null : Boolean(row.eligible),
        interviewScore: numberOrNull(row.interviewScore),
        roundsScored: Number(row.roundsScored),
        shortlistScore: numberOrNull(row.shortlistScore),
        sortKey: Number(row.sortKey),
      });
    }
    return {
      interviews: interviewRows.map((row) => ({
        id: row.id as string,
        applicationId: row.applicationId as string,
        roundId: row.roundId as string,
        createdAt: storedTime(row.createdAt).getTime(),
        panelSize: Number(row.panelSize),
        decision: (row.decision as InterviewDecision | null) ?? null,
        decidedAt: row.decidedAt === null ? null : storedTime(row.decidedAt),
        roundScore: numberOrNull(row.roundScore),
        calibratedScore: numberOrNull(row.calibratedScore),
      })),
      scorecards: scorecardRows.map((row) => ({
        interviewId: row.interviewId as string,
        interviewerId: row.interviewerId as string,
        ratings: (typeof row.ratings === 'string' ? JSON.parse(row.ratings) : row.ratings) as Rating[],
        recommendation: row.recommendation as Recommendation,
      })),
      applications: [...applications.values()],
    };
  }

  /** A vacancy's review written back in one transaction (the caller's when given): interviews, applications, calibrations. */
  async saveVacancyReview(
    vacancyId: string,
    interviews: readonly ReviewedRow[],
    applications: readonly ApplicationScoreRow[],
    leniency: readonly Leniency[],
    now = new Date(),
    within?: Transaction,
  ): Promise<void> {
    const inTransaction = (work: (tx: Transaction) => Promise<void>) =>
      within ? work(within) : this.dataSource.transaction(work);
    await inTransaction(async (tx) => {
      await updateRows(
        tx,
        'interviews',
        [
          { name: 'id', type: 'uuid' },
          { name: 'result', type: 'jsonb' },
          { name: 'decision', type: 'varchar' },
          { name: 'round_score', type: 'integer' },
          { name: 'calibrated_score', type: 'integer' },
          { name: 'decided_at', type: 'timestamptz' },
          { name: 'updated_at', type: 'timestamptz' },
        ],
        interviews.map((row) => [
          row.id,
          row.result,
          row.decision,
          row.roundScore,
          row.calibratedScore,
          row.decidedAt,
          now,
        ]),
      );
      await updateRows(
        tx,
        'applications',
        [
          { name: 'id', type: 'uuid' },
          { name: 'interview_score', type: 'integer' },
          { name: 'rounds_scored', type: 'integer' },
          { name: 'shortlist_score', type: 'integer' },
          { name: 'sort_key', type: 'integer' },
          { name: 'updated_at', type: 'timestamptz' },
        ],
        applications.map((row) => [row.id, row.interviewScore, row.roundsScored, row.shortlistScore, row.sortKey, now]),
      );
      await tx.delete(InterviewerCalibration, { vacancyId });
      await insertRows(
        tx,
        InterviewerCalibration,
        leniency.map((row) => ({ vacancyId, ...row, updatedAt: now })),
      );
      if (applications.length) await raiseShortlistRevision(tx, [vacancyId]);
    });
  }

  async calibrationsOf(vacancyId: string): Promise<(InterviewerCalibration & { name: string; email: string })[]> {
    const rows = await this.dataSource
      .getRepository(InterviewerCalibration)
      .find({ where: { vacancyId }, relations: { interviewer: true }, order: { leniency: 'DESC' } });
    return rows.map((row) => ({ ...row, name: row.interviewer.name, email: row.interviewer.email }));
  }
}

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** An application's shortlist columns from its screening and interview scores, under the vacancy's weights. */
export function applicationScoreRow(
  application: { id: string; screeningScore: number | null; sortKey: number },
  score: { interviewScore: number | null; roundsScored: number },
  weights: { screeningWeight: number; interviewWeight: number },
): ApplicationScoreRow {
  const standing = standingOfSortKey(application.sortKey);
  return {
    id: application.id,
    interviewScore: score.interviewScore,
    roundsScored: score.roundsScored,
    ...shortlistColumns(standing, application.screeningScore, score.interviewScore, weights),
  };
}
