import { Injectable } from '@nestjs/common';
import { Transaction } from '../database/transaction';

type Listener = (tx: Transaction, vacancyId: string) => Promise<void>;

/**
 * A vacancy's rounds, pass rules, weights or calibration setting changed: its
 * interview results need working out again. Announced inside the change's
 * transaction, so that the work it calls for is recorded with the change and
 * is lost neither when the change commits nor kept when it rolls back.
 */
@Injectable()
export class VacancyInterviewsChanged {
  private readonly listeners: Listener[] = [];

  listen(listener: Listener): void {
    this.listeners.push(listener);
  }

  async announceIn(tx: Transaction, vacancyId: string): Promise<void> {
    for (const listener of this.listeners) await listener(tx, vacancyId);
  }
}
