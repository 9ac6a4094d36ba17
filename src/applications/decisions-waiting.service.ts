import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { seesAllVacancies } from '../vacancies/vacancy-access';
import { readyForDecisionAt, waitsOnDecision } from './decision-waiting';
import { DecisionsWaitingRepository } from './decisions-waiting.repository';

/** An application that waits on a hiring manager's decision (see decision-waiting.ts). */
export interface WaitingDecision {
  applicationId: string;
  candidateName: string;
  /** The round it stands in; null for a vacancy without an interview plan (it stands in screening). */
  roundName: string | null;
  readySince: Date;
}

/** The decisions asked of hiring managers, per vacancy. */
@Injectable()
export class DecisionsWaitingService {
  constructor(private readonly rows: DecisionsWaitingRepository) {}

  /**
   * Per vacancy of these (of those the viewer may see: a hiring manager's
   * own), the applications waiting on a decision, the longest waiting first.
   * Vacancies with none are left out.
   */
  async forVacancies(
    vacancyIds: readonly string[],
    viewer: AuthenticatedUser,
  ): Promise<Map<string, WaitingDecision[]>> {
    const rows = await this.rows.atLastStep(vacancyIds, seesAllVacancies(viewer) ? undefined : viewer.id);
    const waiting = new Map<string, WaitingDecision[]>();
    for (const row of rows) {
      if (!waitsOnDecision(row)) continue;
      const list = waiting.get(row.vacancyId) ?? [];
      list.push({
        applicationId: row.applicationId,
        candidateName: row.candidateName,
        roundName: row.roundName,
        readySince: readyForDecisionAt(row)!,
      });
      waiting.set(row.vacancyId, list);
    }
    for (const list of waiting.values()) {
      list.sort(
        (a, b) =>
          a.readySince.getTime() - b.readySince.getTime() ||
          (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0),
      );
    }
    return waiting;
  }
}
