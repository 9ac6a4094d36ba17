import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource } from 'typeorm';
import { Transaction } from './transaction';

/**
 * Opens a transaction for a service, which hands it to each repository it
 * writes through and to `Jobs.enqueueIn`, so that a change and the work it
 * starts commit together, without the service knowing TypeORM.
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

/**
 * SQLite has one connection, and TypeORM turns a transaction begun while
 * another is open into a savepoint of it (or, when the two begin at the same
 * moment, fails with "cannot start a transaction within a transaction"): two
 * requests' changes would commit or roll back together. On SQLite this makes
 * transactions take turns; one begun inside another (in its async context)
 * is still the savepoint it was. PostgreSQL gives each its own connection.
 */
export function serialiseSqliteTransactions(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  // Work started inside a transaction (a timer, a wake-up) keeps its async context after the
  // transaction ends: only a transaction still open counts as the one it runs inside.
  const inside = new AsyncLocalStorage<{ open: boolean }>();
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    if (inside.getStore()?.open) return begin(...args);
    const turn = tail.then(() => {
      const held = { open: true };
      return inside.run(held, () => begin(...args)).finally(() => (held.open = false));
    });
    tail = turn.catch(() => undefined);
    return turn;
  }) as typeof manager.transaction;
}
