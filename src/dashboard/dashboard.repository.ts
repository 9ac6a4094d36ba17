import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Stage } from '../applications/entities/application.entity';
import { FINAL_STAGES } from '../applications/pipeline';
import { SqlParams } from '../database/placeholders';
import { storedTime } from '../database/stored-time';
import type { MailTemplateName } from '../mail/mail-catalogue';

export interface OpenVacancyRow {
  id: string;
  title: string;
  location: string | null;
}

export interface StageCountRow {
  vacancyId: string;
  stage: Stage;
  applications: number;
  needsReview: number;
}

/** A limited list and how many there are in all. */
export interface Listed<T> {
  items: T[];
  total: number;
  /** The total is a floor: there are at least that many (counting stopped there). */
  atLeast?: boolean;
}

export interface FlaggedRow {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  vacancyTitle: string;
  stage: Stage;
  appliedAt: Date;
}

export interface OverdueScorecardsRow {
  interviewId: string;
  candidateName: string;
  vacancyTitle: string;
  endedAt: Date;
  panel: number;
  submitted: number;
}

export interface FailedMailRow {
  mailId: string;
  template: MailTemplateName;
  toName: string;
  vacancyTitle: string;
  createdAt: Date;
}

export type ActivityKind = 'applied' | 'moved' | 'mail' | 'scorecard';

export interface ActivityRow {
  kind: ActivityKind;
  at: Date;
  candidateName: string;
  vacancyTitle: string;
  /** The stage moved to, the mail's template, or who submitted the scorecard. */
  detail: string;
}

const FINAL = FINAL_STAGES.map((stage) => `'${stage}'`).join(', ');

/**
 * The recruiter's dashboard as a handful of grouped, LIMITed queries over the
 * vacancies it is about: nothing here reads a vacancy's applications row by
 * row, so the page costs the same for ten applications or a hundred thousand.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** Open vacancies, newest first: those the recruiter is a recruiter of, or with no recruiter given all of them. */
  async openVacancies(recruiterId: string | undefined, limit: number): Promise<Listed<OpenVacancyRow>> {
    const sql = new SqlParams(this.postgres);
    const mine = recruiterId
      ? `AND EXISTS (SELECT 1 FROM vacancy_members m
                      WHERE m.vacancy_id = v.id AND m.role = 'recruiter' AND m.user_id = ${sql.param(recruiterId)})`
      : '';
    const rows: (OpenVacancyRow & { total: number })[] = await this.dataSource.query(
      `SELECT v.id, v.title, v.location, COUNT(*) OVER () AS total FROM vacancies v
        WHERE v.status = 'open' ${mine}
        ORDER BY v.created_at DESC, v.id LIMIT ${sql.param(limit)}`,
      sql.params,
    );
    return listed(rows, ({ id, title, location }) => ({ id, title, location }));
  }

  /**
   * Applications per vacancy and stage, and how many of the open ones a
   * knock-out flagged: one grouped query, in the order of IDX_applications_review
   * so that it reads the index alone.
   */
  async stageCounts(vacancyIds: string[]): Promise<StageCountRow[]> {
    if (!vacancyIds.length) return [];
    const sql = new SqlParams(this.postgres);
    const rows: { vacancyId: string; flagged: unknown; stage: Stage; applications: unknown }[] =
      await this.dataSource.query(
        `SELECT a.vacancy_id AS "vacancyId", a.needs_review AS flagged, a.stage AS stage, COUNT(*) AS applications
           FROM applications a
          WHERE a.vacancy_id IN (${sql.list(vacancyIds)})
          GROUP BY a.vacancy_id, a.needs_review, a.stage`,
        sql.params,
      );
    const counts = new Map<string, StageCountRow>();
    for (const row of rows) {
      const key = `${row.vacancyId}|${row.stage}`;
      const count = counts.get(key) ?? { vacancyId: row.vacancyId, stage: row.stage, applications: 0, needsReview: 0 };
      const applications = Number(row.applications);
      count.applications += applications;
      if (Boolean(Number(row.flagged)) && !FINAL_STAGES.includes(row.stage)) count.needsReview += applications;
      counts.set(key, count);
    }
    return [...counts.values()];
  }

  /**
   * The newest open applications a knock-out flagged for a recruiter's look
   * (their number is in the stage counts). A vacancy may have tens of
   * thousands flagged: the inner query finds the tenth newest time from
   * IDX_applications_review alone (no row read), and only the rows from that
   * time on are read, sorted and joined to their names.
   */
  async flaggedApplications(vacancyIds: string[], limit: number): Promise<FlaggedRow[]> {
    if (!vacancyIds.length) return [];
    const sql = new SqlParams(this.postgres);
    const flagged = () => `vacancy_id IN (${sql.list(vacancyIds)}) AND needs_review = TRUE AND stage NOT IN (${FINAL})`;
    const rows: FlaggedRow[] = await this.dataSource.query(
      `SELECT a.id AS "applicationId", a.candidate_id AS "candidateId", c.name AS "candidateName", v.title AS "vacancyTitle", a.stage AS stage,
              a.applied_at AS "appliedAt"
         FROM (SELECT id, candidate_id, vacancy_id, stage, applied_at FROM applications
                WHERE ${flagged()}
                  AND applied_at >= (SELECT MIN(applied_at) FROM (SELECT applied_at FROM applications
                                                                  WHERE ${flagged()}
                                                                  ORDER BY applied_at DESC LIMIT ${sql.param(limit)}) newest)
                ORDER BY applied_at DESC, id LIMIT ${sql.param(limit)}) a
         JOIN candidates c ON c.id = a.candidate_id
         JOIN vacancies v ON v.id = a.vacancy_id
        ORDER BY a.applied_at DESC, a.id`,
      sql.params,
    );
    return rows.map((row) => ({ ...row, appliedAt: storedTime(row.appliedAt) }));
  }

  /**
   * Scheduled, undecided interviews that ended before `endedBefore` and whose
   * panel has not all submitted a scorecard, the longest overdue first.
   */
  async overdueScorecards(
    vacancyIds: string[],
    endedBefore: Date,
    limit: number,
  ): Promise<Listed<OverdueScorecardsRow>> {
    if (!vacancyIds.length) return { items: [], total: 0 };
    const sql = new SqlParams(this.postgres);
    const ends = this.postgres
      ? `i.starts_at + i.duration_minutes * INTERVAL '1 minute'`
      : `strftime('%Y-%m-%d %H:%M:%f', i.starts_at, '+' || i.duration_minutes || ' minutes')`;
    const rows: (OverdueScorecardsRow & { total: number })[] = await this.dataSource.query(
      `SELECT i.id AS "interviewId", c.name AS "candidateName", v.title AS "vacancyTitle", ${ends} AS "endedAt",
              COUNT(p.user_id) AS panel, COUNT(s.id) AS submitted, COUNT(*) OVER () AS total
         FROM interviews i
         JOIN interview_panelists p ON p.interview_id = i.id
         LEFT JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = p.user_id AND s.status = 'submitted'
         JOIN candidates c ON c.id = i.candidate_id
         JOIN vacancies v ON v.id = i.vacancy_id
        WHERE i.vacancy_id IN (${sql.list(vacancyIds)}) AND i.status = 'scheduled' AND i.decision IS NULL
          AND ${ends} < ${sql.param(sql.time(endedBefore))}
        GROUP BY i.id, c.name, v.title, i.starts_at, i.duration_minutes
       HAVING COUNT(s.id) < COUNT(p.user_id)
        ORDER BY ${ends}, i.id LIMIT ${sql.param(limit)}`,
      sql.params,
    );
    return listed(rows, (row) => ({
      ...withoutTotal(row),
      endedAt: storedTime(row.endedAt),
      panel: Number(row.panel),
      submitted: Number(row.submitted),
    }));
  }

  /** Mails about applications to these vacancies that failed every attempt, newest first. */
  async failedMails(vacancyIds: string[], limit: number): Promise<Listed<FailedMailRow>> {
    if (!vacancyIds.length) return { items: [], total: 0 };
    const sql = new SqlParams(this.postgres);
    const rows: (FailedMailRow & { total: number })[] = await this.dataSource.query(
      `SELECT m.id AS "mailId", m.template AS template, m.to_name AS "toName", v.title AS "vacancyTitle",
              m.created_at AS "createdAt", COUNT(*) OVER () AS total
         FROM mails m
         JOIN applications a ON a.id = m.application_id
         JOIN vacancies v ON v.id = a.vacancy_id
        WHERE m.status = 'failed' AND a.vacancy_id IN (${sql.list(vacancyIds)})
        ORDER BY m.created_at DESC, m.id LIMIT ${sql.param(limit)}`,
      sql.params,
    );
    return listed(rows, (row) => ({ ...withoutTotal(row), createdAt: storedTime(row.createdAt) }));
  }

  /**
   * The latest moves (an application made counts as one), mails sent and
   * scorecards submitted across these vacancies, newest first: each kind
   * LIMITed on its own, then the newest of them together. The CROSS JOIN
   * makes SQLite walk the moves newest first (IDX_application_events_created)
   * and stop at the limit, rather than sort every move of the vacancies.
   */
  async recentActivity(vacancyIds: string[], limit: number): Promise<ActivityRow[]> {
    if (!vacancyIds.length) return [];
    const sql = new SqlParams(this.postgres);
    // Placeholders in the order they appear: SQLite numbers them by position.
    const ids = () => sql.list(vacancyIds);
    const top = () => sql.param(limit);
    const rows: ActivityRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT CASE WHEN e.from_stage IS NULL THEN 'applied' ELSE 'moved' END AS kind, e.created_at AS at,
                c.name AS "candidateName", v.title AS "vacancyTitle", e.to_stage AS detail
           FROM application_events e
          CROSS JOIN applications a
           JOIN candidates c ON c.id = a.candidate_id
           JOIN vacancies v ON v.id = a.vacancy_id
          WHERE a.id = e.application_id AND a.vacancy_id IN (${ids()})
          ORDER BY e.created_at DESC LIMIT ${top()}) moves
       UNION ALL
       SELECT * FROM (
         SELECT 'mail' AS kind, m.sent_at AS at, c.name AS "candidateName", v.title AS "vacancyTitle",
                m.template AS detail
           FROM mails m
           JOIN applications a ON a.id = m.application_id
           JOIN candidates c ON c.id = a.candidate_id
           JOIN vacancies v ON v.id = a.vacancy_id
          WHERE m.status = 'sent' AND a.vacancy_id IN (${ids()})
          ORDER BY m.sent_at DESC LIMIT ${top()}) mails
       UNION ALL
       SELECT * FROM (
         SELECT 'scorecard' AS kind, s.submitted_at AS at, c.name AS "candidateName", v.title AS "vacancyTitle",
                u.name AS detail
           FROM scorecards s
           JOIN interviews i ON i.id = s.interview_id
           JOIN users u ON u.id = s.interviewer_id
           JOIN candidates c ON c.id = i.candidate_id
           JOIN vacancies v ON v.id = i.vacancy_id
          WHERE s.status = 'submitted' AND i.vacancy_id IN (${ids()})
          ORDER BY s.submitted_at DESC LIMIT ${top()}) scorecards
       ORDER BY at DESC LIMIT ${top()}`,
      sql.params,
    );
    return rows.map((row) => ({ ...row, at: storedTime(row.at) }));
  }
}

function listed<R extends { total: number | string }, T>(rows: R[], map: (row: R) => T): Listed<T> {
  return { items: rows.map(map), total: rows.length ? Number(rows[0].total) : 0 };
}

function withoutTotal<R extends { total: unknown }>(row: R): Omit<R, 'total'> {
  const { total: _total, ...rest } = row;
  return rest;
}
