import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '../database/transaction';
import { Jobs } from '../jobs/jobs';
import { VacancyInterviewsChanged } from '../vacancies/vacancy-interviews-changed';

export interface ReviewOptions {
  /** Write every interview's result back, not only those whose decision or scores changed (the plan changed). */
  rewriteResults?: boolean;
}

/**
 * Records a review of a vacancy's interviews in the transaction of the
 * change that calls for it: after every decision (the leniency of everyone
 * on the panel changes, so calibrated scores elsewhere move) and, rewriting
 * every result, after a change to the plan, the profile, the weights or the
 * calibration setting. The same vacancy queued twice before it starts is
 * reviewed once.
 */
@Injectable()
export class PanelReviewQueue implements OnModuleInit {
  constructor(
    private readonly jobs: Jobs,
    private readonly interviewsChanged: VacancyInterviewsChanged,
  ) {}

  onModuleInit(): void {
    this.interviewsChanged.listen((tx, vacancyId) => this.queueIn(tx, vacancyId, { rewriteResults: true }));
  }

  /** Records the review in the caller's transaction: it is queued if and only if the change commits. */
  async queueIn(tx: Transaction, vacancyId: string, options: ReviewOptions = {}): Promise<void> {
    const rewriteResults = options.rewriteResults ?? false;
    await this.jobs.enqueueIn(tx, [
      {
        name: 'panels.review',
        payload: { vacancyId, rewriteResults },
        options: { dedupeKey: `panels.review:${vacancyId}:${rewriteResults}` },
      },
    ]);
  }
}
