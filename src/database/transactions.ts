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
  private readonly finishers = new WeakMap<Transaction, (() => Promise<void>)[]>();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      this.finishers.set(tx, []);
      const result = await work(tx);
      for (const finish of this.finishers.get(tx)!) await finish();
      return result;
    });
  }

  /**
   * Runs `finish` as the last work of a transaction `run` opened, after the
   * work given to `run`: for writes that take a lock every transaction
   * shares (the audit trail's head), so it is held the shortest time and
   * never while waiting for another row. False for a transaction opened
   * elsewhere: the caller then writes at once.
   */
  atEnd(tx: Transaction, finish: () => Promise<void>): boolean {
    const list = this.finishers.get(tx);
    if (!list) return false;
    list.push(finish);
    return true;
  }
}

/** Transactions asked for inside `firstInLine` go before those already waiting (SQLite only). */
const urgent = new AsyncLocalStorage<true>();

/**
 * Runs `work` with its transactions ahead of the others waiting on SQLite:
 * for a record that must follow an outside event at once (a mail the server
 * just accepted), where each transaction waiting before it would widen the
 * window in which a crash loses the record.
 */
export function firstInLine<T>(work: () => Promise<T>): Promise<T> {
  return urgent.run(true, work);
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
  beginImmediately(dataSource);
  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  // Work started inside a transaction (a timer, a wake-up) keeps its async context after the
  // transaction ends: only a transaction still open counts as the one it runs inside.
  const inside = new AsyncLocalStorage<{ open: boolean }>();
  const waiting: (() => void)[] = [];
  let busy = false;
  const next = () => {
    const go = waiting.shift();
    if (go) go();
    else busy = false;
  };
  manager.transaction = ((...args: unknown[]) => {
    if (inside.getStore()?.open) return begin(...args);
    return new Promise<unknown>((resolve, reject) => {
      const go = () => {
        const held = { open: true };
        inside
          .run(held, () => begin(...args))
          .finally(() => (held.open = false))
          .then(resolve, reject)
          .finally(next);
      };
      if (!busy) {
        busy = true;
        go();
      } else if (urgent.getStore()) waiting.unshift(go);
      else waiting.push(go);
    });
  }) as typeof manager.transaction;
}

/**
 * A deferred SQLite transaction that reads and then writes fails at once with
 * "database is locked" when another process (a worker on the same file) has
 * committed since its first read: the busy timeout does not wait for that.
 * Taking the write lock at BEGIN makes the other process's write wait out the
 * busy timeout instead. In one process transactions already take turns, so
 * this costs nothing there. TypeORM's SQLite driver shares one query runner.
 */
function beginImmediately(dataSource: DataSource): void {
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((sql: string, ...rest: unknown[]) =>
    query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest)) as typeof runner.query;
}
