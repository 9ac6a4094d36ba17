import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { placeholder } from '../database/placeholders';
import { storedTime } from '../database/stored-time';
import { DecisionReadiness } from './decision-waiting';

/** An open application at the step just before offer, with what says whether it waits on a decision. */
export interface DecisionCandidateRow extends DecisionReadiness {
  applicationId: string;
  vacancyId: string;
  candidateName: string;
  roundName: string | null;
}

/** The applications that may wait on a hiring manager's decision, read for a page of vacancies at once. */
@Injectable()
export class DecisionsWaitingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Of these vacancies (only those `hiringManagerId` manages, when given), the
   * open applications at the step before offer: the plan's last round, or
   * screening for a vacancy without a plan; one query.
   */
  async atLastStep(vacancyIds: readonly string[], hiringManagerId?: string): Promise<DecisionCandidateRow[]> {
    if (vacancyIds.length === 0) return [];
    const $ = placeholder(this.dataSource);
    const ids = vacancyIds.map((_, n) => $(n + 1)).join(', ');
    const managed = hiringManagerId
      ? `AND EXISTS (SELECT 1 FROM vacancy_members m WHERE m.vacancy_id = a.vacancy_id AND m.user_id = ${$(
          vacancyIds.length + 1,
        )} AND m.role = 'hiring_manager')`
      : '';
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.id AS "applicationId", a.vacancy_id AS "vacancyId", c.name AS "candidateName",
              r.name AS "roundName", CASE WHEN a.stage = 'interview' THEN 1 ELSE 0 END AS "hasRounds",
              (SELECT MAX(e.created_at) FROM application_events e
                WHERE e.application_id = a.id AND e.to_stage = a.stage
                  AND (a.round_id IS NULL OR e.to_round_id = a.round_id)
                  AND NOT (e.from_stage IS NOT NULL AND e.from_stage = e.to_stage
                           AND (e.from_round_id = e.to_round_id
                                OR (e.from_round_id IS NULL AND e.to_round_id IS NULL)))) AS "arrivedAt",
              (SELECT MAX(i.decided_at) FROM interviews i
                WHERE i.application_id = a.id AND i.round_id = a.round_id AND i.status = 'scheduled'
                  AND i.decision IS NOT NULL) AS "roundDecidedAt",
              (SELECT MAX(e.created_at) FROM application_events e
                WHERE e.application_id = a.id AND e.decision IS NOT NULL) AS "lastDecisionAt"
         FROM applications a
         JOIN candidates c ON c.id = a.candidate_id
         LEFT JOIN vacancy_rounds r ON r.id = a.round_id
        WHERE a.vacancy_id IN (${ids}) ${managed}
          -- Sargable on its own, so the (vacancy, stage) index is used and a vacancy's thousands applied are never read.
          AND a.stage IN ('interview', 'screening')
          AND ((a.stage = 'interview' AND a.round_id = (
                 SELECT l.id FROM vacancy_rounds l WHERE l.vacancy_id = a.vacancy_id ORDER BY l.position DESC LIMIT 1))
            OR (a.stage = 'screening' AND NOT EXISTS (
                 SELECT 1 FROM vacancy_rounds l WHERE l.vacancy_id = a.vacancy_id)))`,
      hiringManagerId ? [...vacancyIds, hiringManagerId] : [...vacancyIds],
    );
    const time = (value: unknown) => (value === null || value === undefined ? null : storedTime(value));
    return rows.map((row) => ({
      applicationId: row.applicationId as string,
      vacancyId: row.vacancyId as string,
      candidateName: row.candidateName as string,
      roundName: (row.roundName as string | null) ?? null,
      hasRounds: Number(row.hasRounds) === 1,
      arrivedAt: time(row.arrivedAt),
      roundDecidedAt: time(row.roundDecidedAt),
      lastDecisionAt: time(row.lastDecisionAt),
    }));
  }
}
