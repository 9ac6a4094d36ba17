import { Injectable, Logger } from '@nestjs/common';
import { Settings } from '../config/settings';
import { CvStorage } from '../cvs/cv-storage';
import { DailyJobs } from '../jobs/daily-jobs';
import { JobHandlers } from '../jobs/job-handlers';
import { OrphanCvsRepository } from './orphan-cvs.repository';

export interface SweepOutcome {
  /** Files no CV refers to, removed. */
  removed: number;
  /** Files a CV refers to, or too new to judge. */
  kept: number;
  /** Temporary files of uploads that never finished, removed. */
  leftovers: number;
}

/**
 * Once a day, removes the CV files that no CV refers to any more: those of a
 * candidate or CV deleted since, of a merge, or of an upload whose record
 * was never committed. A file written within the grace period
 * (CV_ORPHAN_GRACE) stays, so an upload whose record is being written keeps
 * its file; the storage moves a file aside before removing it, so an upload
 * of the same content at that moment keeps it too (see CvStorage.removeUnused).
 */
@Injectable()
export class OrphanCvSweep {
  private readonly logger = new Logger(OrphanCvSweep.name);

  constructor(
    private readonly storage: CvStorage,
    private readonly cvs: OrphanCvsRepository,
    private readonly settings: Settings,
    handlers: JobHandlers,
    daily: DailyJobs,
  ) {
    handlers.handle('cvs.sweep-orphans', async () => {
      const outcome = await this.sweep();
      this.logger.log(
        `Removed ${outcome.removed} CV file(s) no CV refers to and ${outcome.leftovers} unfinished upload(s); kept ${outcome.kept}`,
      );
    });
    daily.register('cvs.sweep-orphans', {});
  }

  async sweep(now = new Date()): Promise<SweepOutcome> {
    const writtenBefore = new Date(now.getTime() - this.settings.cv.orphanGraceSeconds * 1000);
    const { files, leftovers } = await this.storage.list();
    const old = files.filter((file) => file.modifiedAt < writtenBefore);
    const referenced = await this.cvs.referencedAmong(old.map((file) => file.sha256));
    const outcome: SweepOutcome = { removed: 0, kept: files.length, leftovers: 0 };
    for (const { sha256 } of old) {
      if (referenced.has(sha256) || !(await this.storage.removeUnused(sha256, writtenBefore))) continue;
      outcome.removed += 1;
      outcome.kept -= 1;
    }
    const sweptAside = leftovers.filter((leftover) => leftover.kind === 'sweep');
    const stillNamed = await this.cvs.referencedAmong(sweptAside.map((leftover) => leftover.sha256));
    for (const leftover of leftovers.filter((one) => one.modifiedAt < writtenBefore)) {
      // A sweep that stopped between moving a file aside and removing it: a file still named goes back.
      if (leftover.kind === 'sweep' && stillNamed.has(leftover.sha256)) {
        await this.storage.restore(leftover.sha256);
        continue;
      }
      await this.storage.removeLeftover(leftover);
      outcome.leftovers += 1;
    }
    return outcome;
  }
}
