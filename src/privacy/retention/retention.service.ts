import { Injectable } from '@nestjs/common';
import { Settings } from '../../config/settings';
import {
  isTalentPoolConsent,
  RetentionCandidate,
  retentionCutoffs,
  RetentionVerdict,
  TALENT_POOL_PURPOSE,
  verdictOn,
} from './retention-policy';
import { HoldingHold, RetentionRepository } from './retention.repository';

export interface RetentionPolicy {
  /** Null: the policy is off, and nobody is due. */
  monthsAfterClose: number | null;
  talentPoolMonths: number;
  talentPoolPurpose: string;
  /** Applications closed before this (or candidates added before it, never having applied) are past the policy. */
  closedBefore: Date | null;
  /** A talent-pool consent given since this still keeps the candidate. */
  talentPoolSince: Date | null;
}

export interface DueCandidate extends RetentionCandidate, RetentionVerdict {
  /** Their consent is the talent pool's (expired, or they would not be here). */
  talentPool: boolean;
}

export interface HeldCandidate extends DueCandidate {
  holds: HoldingHold[];
}

export interface RetentionDue {
  policy: RetentionPolicy;
  due: { rows: DueCandidate[]; total: number };
  held: { rows: HeldCandidate[]; total: number };
}

/** The dry run of the retention policy: who would be erased today and why, and whom a legal hold keeps. Changes nothing. */
@Injectable()
export class RetentionService {
  constructor(
    private readonly retention: RetentionRepository,
    private readonly settings: Settings,
  ) {}

  async due(page: { limit: number; offset: number; heldOffset: number }, now = new Date()): Promise<RetentionDue> {
    const settings = this.settings.retention;
    const cutoffs = retentionCutoffs(settings, now);
    const policy: RetentionPolicy = {
      monthsAfterClose: settings.monthsAfterClose,
      talentPoolMonths: settings.talentPoolMonths,
      talentPoolPurpose: TALENT_POOL_PURPOSE,
      closedBefore: cutoffs?.closedBefore ?? null,
      talentPoolSince: cutoffs?.talentPoolSince ?? null,
    };
    if (!cutoffs) return { policy, due: { rows: [], total: 0 }, held: { rows: [], total: 0 } };
    const [due, held] = await Promise.all([
      this.retention.duePage(cutoffs, page.limit, page.offset),
      this.retention.heldPage(cutoffs, page.limit, page.heldOffset),
    ]);
    const judged = <T extends RetentionCandidate>(row: T) => ({
      ...row,
      ...verdictOn(row, settings),
      talentPool: isTalentPoolConsent(row.consentPurpose),
    });
    return {
      policy,
      due: { rows: due.rows.map(judged), total: due.total },
      held: { rows: held.rows.map(judged), total: held.total },
    };
  }
}
