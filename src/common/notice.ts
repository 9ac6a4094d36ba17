import type { Transaction } from '../database/transaction';

/**
 * A typed, in-process announcement from one feature to whoever listens, so a
 * feature can say "this changed" without depending on the features that care.
 * It is made inside the change's transaction, and listeners record the work
 * it calls for as jobs in that transaction: committed with the change, or
 * gone with it, never lost between the two.
 */
export class Notice<T> {
  private readonly listeners: ((tx: Transaction, value: T) => Promise<unknown>)[] = [];

  listen(listener: (tx: Transaction, value: T) => Promise<unknown>): void {
    this.listeners.push(listener);
  }

  async announceIn(tx: Transaction, value: T): Promise<void> {
    for (const listener of this.listeners) await listener(tx, value);
  }
}
