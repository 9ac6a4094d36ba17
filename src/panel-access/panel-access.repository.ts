import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { isId } from '../database/database-errors';
import { placeholder } from '../database/placeholders';

/** Users who read candidates and applications by their role, not by a panel seat. */
export function readsByRole(user: AuthenticatedUser): boolean {
  return user.roles.some((role) => role === Role.Recruiter || role === Role.Admin || role === Role.HiringManager);
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
