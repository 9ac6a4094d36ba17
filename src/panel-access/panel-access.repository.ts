import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { isId } from '../database/database-errors';
import { placeholder } from '../database/placeholders';

/**
 * Users who read every candidate by their role: recruiters and admins. A
 * hiring manager reads a candidate only through an application to one of
 * their vacancies, an interviewer only through a panel seat.
 */
export function readsByRole(user: AuthenticatedUser): boolean {
  return user.roles.some((role) => role === Role.Recruiter || role === Role.Admin);
}

/**
 * Whether a user sits on the panel of an interview (not cancelled) of an
 * application, a candidate or a vacancy: what an interviewer may read. One
 * indexed lookup each; interviews carry their application, candidate and
 * vacancy so that none needs a join beyond the panel.
 */
@Injectable()
export class PanelAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  seatedForApplication(userId: string, applicationId: string): Promise<boolean> {
    return this.seated(userId, 'application_id', applicationId);
  }

  seatedForCandidate(userId: string, candidateId: string): Promise<boolean> {
    return this.seated(userId, 'candidate_id', candidateId);
  }

  seatedForVacancy(userId: string, vacancyId: string): Promise<boolean> {
    return this.seated(userId, 'vacancy_id', vacancyId);
  }

  /** Whether the candidate applied to a vacancy the user is a hiring manager of. */
  async managesCandidate(userId: string, candidateId: string): Promise<boolean> {
    if (!isId(candidateId)) return false;
    const $ = placeholder(this.dataSource);
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 AS managed FROM applications a
         JOIN vacancy_members m ON m.vacancy_id = a.vacancy_id AND m.user_id = ${$(1)} AND m.role = 'hiring_manager'
        WHERE a.candidate_id = ${$(2)} LIMIT 1`,
      [userId, candidateId],
    );
    return rows.length > 0;
  }

  /**
   * Of the given applications, those on which the user sits on the panel of
   * an interview (not cancelled) without a submitted scorecard of their own:
   * what is worked out of the others' scorecards is sealed to them there.
   */
  async awaitingScorecard(userId: string, applicationIds: readonly string[]): Promise<Set<string>> {
    const ids = applicationIds.filter(isId);
    if (ids.length === 0) return new Set();
    const $ = placeholder(this.dataSource);
    const rows: { applicationId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT i.application_id AS "applicationId"
         FROM interview_panelists p JOIN interviews i ON i.id = p.interview_id
         LEFT JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = p.user_id AND s.status = 'submitted'
        WHERE p.user_id = ${$(1)} AND i.status <> 'cancelled' AND s.id IS NULL
          AND i.application_id IN (${ids.map((_, index) => $(index + 2)).join(', ')})`,
      [userId, ...ids],
    );
    return new Set(rows.map((row) => row.applicationId));
  }

  /** Whether the user sits on any panel (of an interview not cancelled) without a submitted scorecard of their own. */
  async owesAnyScorecard(userId: string): Promise<boolean> {
    const $ = placeholder(this.dataSource);
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 AS owed
         FROM interview_panelists p JOIN interviews i ON i.id = p.interview_id
         LEFT JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = p.user_id AND s.status = 'submitted'
        WHERE p.user_id = ${$(1)} AND i.status <> 'cancelled' AND s.id IS NULL
        LIMIT 1`,
      [userId],
    );
    return rows.length > 0;
  }

  private async seated(
    userId: string,
    column: 'application_id' | 'candidate_id' | 'vacancy_id',
    id: string,
  ): Promise<boolean> {
    if (!isId(id)) return false;
    const $ = placeholder(this.dataSource);
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 AS seated FROM interview_panelists p JOIN interviews i ON i.id = p.interview_id
        WHERE p.user_id = ${$(1)} AND i.${column} = ${$(2)} AND i.status <> 'cancelled' LIMIT 1`,
      [userId, id],
    );
    return rows.length > 0;
  }
}
