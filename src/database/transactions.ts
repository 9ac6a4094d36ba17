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
  const inside = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    if (inside.getStore()) return begin(...args);
    const turn = tail.then(() => inside.run(true, () => begin(...args)));
    tail = turn.catch(() => undefined);
    return turn;
  }) as typeof manager.transaction;
}
