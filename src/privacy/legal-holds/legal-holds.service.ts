import { Injectable } from '@nestjs/common';
import { AuditEvent, personal } from '../../audit/audit-record';
import { AuditTrail } from '../../audit/audit-trail';
import { CandidatesService } from '../../candidates/candidates.service';
import { AuthenticatedUser } from '../../common/auth/decorators';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { newId } from '../../database/ids';
import { Transactions } from '../../database/transactions';
import { VacancyNotFoundError } from '../../vacancies/vacancies.errors';
import { LegalHold } from './legal-hold.entity';
import { LegalHoldNotFoundError, LegalHoldReleasedError } from './legal-holds.errors';
import { LegalHoldRow, LegalHoldsRepository } from './legal-holds.repository';

export interface PlaceLegalHold {
  candidateId?: string;
  vacancyId?: string;
  reason: string;
}

/**
 * Placing and releasing legal holds, each recorded in the audit trail in
 * the same transaction. A hold on a candidate keeps its reason in the trail
 * as the candidate's personal value (it may name them); a hold on a vacancy
 * names nobody by itself.
 */
@Injectable()
export class LegalHoldsService {
  constructor(
    private readonly holds: LegalHoldsRepository,
    private readonly candidates: CandidatesService,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  async place(input: PlaceLegalHold, user: AuthenticatedUser): Promise<LegalHoldRow> {
    const { candidateId, vacancyId } = input;
    if ((candidateId === undefined) === (vacancyId === undefined)) {
      const given = [candidateId && 'candidateId', vacancyId && 'vacancyId'].filter(Boolean).join(', ');
      throw new ValidationFailedError([
        { field: given || '(body)', messages: ['give exactly one of candidateId or vacancyId to hold'] },
      ]);
    }
    // 404 for an unknown candidate, naming the survivor of a merge.
    if (candidateId) await this.candidates.get(candidateId);
    if (vacancyId && !(await this.holds.vacancyExists(vacancyId))) throw new VacancyNotFoundError(vacancyId);
    const hold: LegalHold = {
      id: newId(),
      candidateId: candidateId ?? null,
      vacancyId: vacancyId ?? null,
      reason: input.reason.trim(),
      placedBy: user.id,
      placedAt: new Date(),
      releasedBy: null,
      releasedAt: null,
    };
    await this.transactions.run(async (tx) => {
      await this.holds.place(tx, hold);
      await this.audit.record(tx, holdEvent('legal_hold.placed', hold));
    });
    return (await this.holds.rowOf(hold.id))!;
  }

  active(): Promise<LegalHoldRow[]> {
    return this.holds.active();
  }

  /** 404 for an unknown hold, 409 for one released already (by another admin meanwhile too). */
  async release(id: string, user: AuthenticatedUser): Promise<LegalHoldRow> {
    const hold = await this.holds.find(id);
    if (!hold) throw new LegalHoldNotFoundError(id);
    if (hold.releasedAt) throw new LegalHoldReleasedError(id, hold.releasedAt);
    const releasedAt = new Date();
    const released = await this.transactions.run(async (tx) => {
      if (!(await this.holds.release(tx, id, user.id, releasedAt))) return false;
      await this.audit.record(tx, holdEvent('legal_hold.released', hold));
      return true;
    });
    if (!released) {
      const now = await this.holds.find(id);
      throw new LegalHoldReleasedError(id, now?.releasedAt ?? releasedAt);
    }
    return (await this.holds.rowOf(id))!;
  }
}

function holdEvent(action: 'legal_hold.placed' | 'legal_hold.released', hold: LegalHold): AuditEvent {
  return {
    action,
    subject: { type: 'legal_hold', id: hold.id },
    candidateId: hold.candidateId,
    vacancyId: hold.vacancyId,
    details: {
      scope: hold.candidateId ? 'candidate' : 'vacancy',
      reason: hold.candidateId ? personal(hold.reason) : hold.reason,
    },
  };
}
