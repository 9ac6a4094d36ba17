import { Injectable } from '@nestjs/common';
import { Transaction } from '../../database/transaction';
import { LegalHoldScope } from './legal-hold.entity';
import { LegalHoldsRepository } from './legal-holds.repository';

/** The hold that keeps a candidate's data from erasure. */
export interface HoldOnCandidate {
  id: string;
  reason: string;
  scope: LegalHoldScope;
  vacancyId: string | null;
}

/**
 * What erasure asks before it erases anyone: whether a legal hold keeps the
 * candidate, placed on them or on a vacancy they applied to.
 */
@Injectable()
export class LegalHolds {
  constructor(private readonly holds: LegalHoldsRepository) {}

  /** Any active hold on the candidate, directly or through a vacancy they applied to; null when none. */
  async holdOn(candidateId: string, tx?: Transaction): Promise<HoldOnCandidate | null> {
    const hold = await this.holds.activeHoldOn(candidateId, tx);
    if (!hold) return null;
    return {
      id: hold.id,
      reason: hold.reason,
      scope: hold.candidateId ? 'candidate' : 'vacancy',
      vacancyId: hold.vacancyId,
    };
  }
}
