import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { Settings } from '../../config/settings';
import { DailyJobs } from '../../jobs/daily-jobs';
import { JobHandlers } from '../../jobs/job-handlers';
import { ErasureService } from '../erasure/erasure.service';
import { erasureReason, retentionCutoffs } from './retention-policy';
import { RetentionRepository } from './retention.repository';

/** Candidates read again together just before their erasures are asked for. */
const BATCH = 100;

export interface RetentionOutcome {
  /** Erasures asked for. */
  requested: number;
  /** No longer due when read again (they applied, a hold was placed, or they were erased meanwhile). */
  skipped: number;
  /** Refused by erasure (a legal hold placed that very moment). */
  refused: number;
}

/**
 * Once a day, asks for the erasure of every candidate the retention policy
 * makes due (see RetentionRepository): the dry run at GET
 * /privacy/retention/due lists the same people. Each candidate is read again
 * just before, so one who applied or was held since the list was read is
 * left alone; erasure itself refuses anyone a legal hold keeps. An erasure
 * that fails for another reason fails the job after the others are asked
 * for, and the next attempt asks again (asking twice answers the first).
 */
@Injectable()
export class RetentionJob {
  private readonly logger = new Logger(RetentionJob.name);

  constructor(
    private readonly retention: RetentionRepository,
    private readonly erasure: ErasureService,
    private readonly settings: Settings,
    handlers: JobHandlers,
    daily: DailyJobs,
  ) {
    handlers.handle('privacy.retention', async () => {
      const outcome = await this.run();
      this.logger.log(
        `Retention policy: asked to erase ${outcome.requested} candidate(s); ${outcome.skipped} no longer due, ${outcome.refused} refused`,
      );
    });
    daily.register('privacy.retention', {});
  }

  async run(now = new Date()): Promise<RetentionOutcome> {
    const outcome: RetentionOutcome = { requested: 0, skipped: 0, refused: 0 };
    const cutoffs = retentionCutoffs(this.settings.retention, now);
    if (!cutoffs) return outcome;
    const ids = await this.retention.dueIds(cutoffs);
    const failures: string[] = [];
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const due = await this.retention.dueAmong(cutoffs, batch);
      outcome.skipped += batch.length - due.length;
      for (const candidate of due) {
        const reason = erasureReason(candidate, this.settings.retention);
        try {
          await this.erasure.request(candidate.id, { reason, source: 'policy' }, null);
          outcome.requested += 1;
        } catch (error) {
          // Merged or gone meanwhile: nobody left to erase under this id.
          if (error instanceof DomainError && error.kind === 'not_found') outcome.skipped += 1;
          else if (error instanceof DomainError && error.kind === 'conflict') outcome.refused += 1;
          else failures.push(`${candidate.id}: ${(error as Error).message}`);
        }
      }
    }
    if (failures.length) {
      throw new Error(
        `The erasure of ${failures.length} candidate(s) could not be asked for: ${failures.slice(0, 5).join('; ')}`,
      );
    }
    return outcome;
  }
}
