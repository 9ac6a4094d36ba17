import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { placeholder } from '../database/placeholders';
import { storedTime } from '../database/stored-time';
import { Stage } from './entities/application.entity';

/** A decided interview of an application, with its round's name, weight and place in the plan. */
export interface DecidedInterviewRow {
  applicationId: string;
  roundId: string;
  roundName: string;
  roundWeight: number;
  roundPosition: number;
  createdAt: number;
  decision: 'pass' | 'fail';
  /** Hundredths, 0–10,000; null for a round decided on recommendations alone. */
  roundScore: number | null;
  calibratedScore: number | null;
  /** The vacancy ranks by calibrated scores. */
  calibrate: boolean;
}

/** An interview of an application not decided yet, and its scorecards. */
export interface AwaitedInterviewRow {
  applicationId: string;
  roundId: string;
  roundName: string;
  panel: number;
  submitted: number;
}

/** An application of a vacancy with a decided interview, as the shortlist ranks it now. */
export interface InterviewedApplicationRow {
  id: string;
  candidateId: string;
  name: string;
  stage: Stage;
  screeningScore: number | null;
  interviewScore: number | null;
  shortlistScore: number | null;
  sortKey: number;
  appliedAt: Date;
}

const DECIDED = `SELECT i.application_id AS "applicationId", i.round_id AS "roundId", r.name AS "roundName",
        r.weight AS "roundWeight", r.position AS "roundPosition", i.created_at AS "createdAt", i.decision,
        i.round_score AS "roundScore", i.calibrated_score AS "calibratedScore",
        v.calibrate_interviews AS calibrate
   FROM interviews i JOIN vacancy_rounds r ON r.id = i.round_id JOIN vacancies v ON v.id = i.vacancy_id`;

/** Interview results per round, read for many applications at once: a shortlist page, or a whole vacancy. */
@Injectable()
export class RoundScoresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The decided interviews of these applications (a shortlist page of them), in one query. */
  async decidedOf(applicationIds: readonly string[]): Promise<DecidedInterviewRow[]> {
    if (applicationIds.length === 0) return [];
    const $ = placeholder(this.dataSource);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${DECIDED} WHERE i.application_id IN (${applicationIds.map((_, n) => $(n + 1)).join(', ')})
          AND i.status = 'scheduled' AND i.decision IS NOT NULL`,
      [...applicationIds],
    );
    return rows.map(decidedRow);
  }

  /**
   * The interviews of these applications not cancelled and not decided yet,
   * each with its panel's size and how many of its scorecards are submitted, in one query.
   */
  async awaitingOf(applicationIds: readonly string[]): Promise<AwaitedInterviewRow[]> {
    if (applicationIds.length === 0) return [];
    const $ = placeholder(this.dataSource);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT i.application_id AS "applicationId", i.round_id AS "roundId", r.name AS "roundName",
              (SELECT COUNT(*) FROM interview_panelists p WHERE p.interview_id = i.id) AS panel,
              (SELECT COUNT(*) FROM scorecards s WHERE s.interview_id = i.id AND s.status = 'submitted') AS submitted
         FROM interviews i JOIN vacancy_rounds r ON r.id = i.round_id
        WHERE i.application_id IN (${applicationIds.map((_, n) => $(n + 1)).join(', ')})
          AND i.status = 'scheduled' AND i.decision IS NULL
        ORDER BY r.position`,
      [...applicationIds],
    );
    return rows.map((row) => ({
      applicationId: String(row.applicationId),
      roundId: String(row.roundId),
      roundName: String(row.roundName),
      panel: Number(row.panel),
      submitted: Number(row.submitted),
    }));
  }

  /** Every decided interview of the vacancy, and the applications they belong to, in two queries. */
  async interviewedOf(
    vacancyId: string,
  ): Promise<{ applications: InterviewedApplicationRow[]; interviews: DecidedInterviewRow[] }> {
    const $ = placeholder(this.dataSource);
    const interviews: Record<string, unknown>[] = await this.dataSource.query(
      `${DECIDED} WHERE i.vacancy_id = ${$(1)} AND i.status = 'scheduled' AND i.decision IS NOT NULL`,
      [vacancyId],
    );
    const applications: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.id, a.candidate_id AS "candidateId", c.name, a.stage, a.screening_score AS "screeningScore",
              a.interview_score AS "interviewScore", a.shortlist_score AS "shortlistScore", a.sort_key AS "sortKey",
              a.applied_at AS "appliedAt"
         FROM applications a JOIN candidates c ON c.id = a.candidate_id
        WHERE a.id IN (
              SELECT i.application_id FROM interviews i
               WHERE i.vacancy_id = ${$(1)} AND i.status = 'scheduled' AND i.decision IS NOT NULL)`,
      [vacancyId],
    );
    return {
      interviews: interviews.map(decidedRow),
      applications: applications.map((row) => ({
        id: row.id as string,
        candidateId: row.candidateId as string,
        name: row.name as string,
        stage: row.stage as Stage,
        screeningScore: numberOrNull(row.screeningScore),
        interviewScore: numberOrNull(row.interviewScore),
        shortlistScore: numberOrNull(row.shortlistScore),
        sortKey: Number(row.sortKey),
        appliedAt: storedTime(row.appliedAt),
      })),
    };
  }
}

function decidedRow(row: Record<string, unknown>): DecidedInterviewRow {
  return {
    applicationId: row.applicationId as string,
    roundId: row.roundId as string,
    roundName: row.roundName as string,
    roundWeight: Number(row.roundWeight),
    roundPosition: Number(row.roundPosition),
    createdAt: storedTime(row.createdAt).getTime(),
    decision: row.decision as 'pass' | 'fail',
    roundScore: numberOrNull(row.roundScore),
    calibratedScore: numberOrNull(row.calibratedScore),
    calibrate: Boolean(row.calibrate),
  };
}

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
