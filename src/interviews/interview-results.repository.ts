import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { shortlistColumns } from '../applications/shortlist-columns';
import { standingOfSortKey } from '../applications/shortlist-order';
import { Application } from '../applications/entities/application.entity';
import { updateRows } from '../database/bulk-update';
import { insertRows } from '../database/bulk-insert';
import { placeholder } from '../database/placeholders';
import { storedTime } from '../database/stored-time';
import { Transaction } from '../database/transaction';
import { Leniency } from '../scoring/calibration';
import {
  applicationInterviewScore,
  HeldInterview,
  reviewInterview,
  ReviewInterview,
  ReviewRound,
  ReviewScorecard,
} from '../scoring/panel-review';
import { InterviewResult, Rating, Recommendation } from '../scoring/round-result';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';
import { Interview, InterviewDecision } from './entities/interview.entity';
import { InterviewerCalibration } from './entities/interviewer-calibration.entity';
import { InterviewPanelist } from './entities/interview-panelist.entity';
import { Scorecard } from './entities/scorecard.entity';

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
 * Interview results: one interview worked out inside the transaction that
 * changed its scorecards or panel, and a whole vacancy read and written back
 * in bulk when it is reviewed as a whole.
 */
@Injectable()
export class InterviewResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Works the interview's result out again in its own transaction (after a panel change or a cancellation). */
  settleNow(context: SettleContext): Promise<SettleOutcome> {
    return this.dataSource.transaction((tx) => this.settle(tx, context));
  }

  /**
   * The interview's result from its submitted scorecards, the application's
   * interview score from its decided rounds, and its shortlist score and
   * place, all in the caller's transaction.
   */
  async settle(tx: Transaction, context: SettleContext, now = new Date()): Promise<SettleOutcome> {
    const interview = (await tx.findOne(Interview, { where: { id: context.interviewId } }))!;
    const scorecards = await tx.find(Scorecard, { where: { interviewId: interview.id, status: 'submitted' } });
    const panelSize = await tx.count(InterviewPanelist, { where: { interviewId: interview.id } });
    const corrections = new Map(
      (
        await tx.find(InterviewerCalibration, {
          where: { vacancyId: context.vacancyId, interviewerId: In(scorecards.map((s) => s.interviewerId)) },
        })
      ).map((row) => [row.interviewerId, row.correction]),
    );
    const reviewed = reviewInterview(
      context.round,
      { ...reviewInterviewOf(interview), panelSize },
      scorecards.map((s) => ({ ...s, recommendation: s.recommendation! })),
      corrections,
    );
    const after = interview.status === 'cancelled' ? null : reviewed.result.decision;
    await tx.update(
      Interview,
      { id: interview.id },
      {
        result: reviewed.result,
        decision: after,
        roundScore: reviewed.roundScore,
        calibratedScore: reviewed.calibratedScore,
        decidedAt: after === interview.decision ? interview.decidedAt : after ? now : null,
        updatedAt: now,
      },
    );
    await this.refreshApplication(tx, context, now);
    return { before: interview.decision, after, result: reviewed.result };
  }

  private async refreshApplication(tx: EntityManager, context: SettleContext, now: Date): Promise<void> {
    const held = await tx.find(Interview, {
      select: { roundId: true, createdAt: true, decision: true, roundScore: true, calibratedScore: true },
      where: { applicationId: context.applicationId, status: 'scheduled' },
    });
    const score = applicationInterviewScore(
      context.roundWeights,
      held.map((row): HeldInterview => ({ ...row, createdAt: row.createdAt.getTime() })),
      context.calibrate,
    );
    const application = (await tx.findOne(Application, {
      select: { id: true, screeningScore: true, sortKey: true },
      where: { id: context.applicationId },
    }))!;
    const row = applicationScoreRow(application, score, context.weights);
    await tx.update(
      Application,
      { id: application.id },
      {
        interviewScore: row.interviewScore,
        roundsScored: row.roundsScored,
        shortlistScore: row.shortlistScore,
        sortKey: row.sortKey,
        updatedAt: now,
      },
    );
    await raiseShortlistRevision(tx, [context.vacancyId]);
  }

  /** Everything a review of the vacancy reads, in two queries written as plain SQL (thousands of rows each). */
  async loadVacancy(vacancyId: string): Promise<VacancyEvidence> {
    const $ = placeholder(this.dataSource);
    const interviewRows: Record<string, unknown>[] = await this.dataSource.query(
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
    const scorecardRows: Record<string, unknown>[] = await this.dataSource.query(
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

  /** A vacancy's review written back in one transaction: interviews, applications, calibrations. */
  async saveVacancyReview(
    vacancyId: string,
    interviews: readonly ReviewedRow[],
    applications: readonly ApplicationScoreRow[],
    leniency: readonly Leniency[],
    now = new Date(),
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
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

function reviewInterviewOf(interview: Pick<Interview, 'id' | 'applicationId' | 'roundId' | 'createdAt'>) {
  return {
    id: interview.id,
    applicationId: interview.applicationId,
    roundId: interview.roundId,
    createdAt: interview.createdAt.getTime(),
  };
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
