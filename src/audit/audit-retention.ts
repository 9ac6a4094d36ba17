import { Injectable, Logger } from '@nestjs/common';
import { Settings } from '../config/settings';
import { Transactions } from '../database/transactions';
import { DailyJobs } from '../jobs/daily-jobs';
import { JobHandlers } from '../jobs/job-handlers';
import { AuditTrail } from './audit-trail';
import { AuditTrailRepository } from './audit-trail.repository';

/** The moment `months` calendar months before `now` (the same day of the month, or the month's last). */
export function monthsBefore(now: Date, months: number): Date {
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  target.setUTCHours(now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds());
  return target;
}

/**
 * Once a day, removes the audit entries older than AUDIT_RETENTION_MONTHS
 * (never under six: the AI Act's art. 26(6) asks deployers to keep the logs
 * at least that long). The removal is the one way entries leave the trail:
 * the chain's head marks where the kept entries start, the database refuses
 * any other deletion, and the removal records itself as the next entry.
 */
@Injectable()
export class AuditRetention {
  private readonly logger = new Logger(AuditRetention.name);

  constructor(
    private readonly entries: AuditTrailRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly settings: Settings,
    handlers: JobHandlers,
    daily: DailyJobs,
  ) {
    handlers.handle('audit.prune', async () => {
      const removed = await this.prune();
      if (removed) this.logger.log(`Removed ${removed} audit entries older than the retention period`);
    });
    daily.register('audit.prune', {});
  }

  /** Removes the entries made before the retention period; answers how many. */
  prune(now = new Date()): Promise<number> {
    const before = monthsBefore(now, this.settings.audit.retentionMonths);
    return this.transactions.run(async (tx) => {
      const removed = await this.entries.pruneBefore(tx, before);
      if (removed) {
        await this.audit.record(tx, {
          action: 'audit.pruned',
          subject: { type: 'audit', id: null },
          details: { before: before.toISOString(), removed, retentionMonths: this.settings.audit.retentionMonths },
        });
      }
      return removed;
    });
  }
}
