import type { Database } from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';

/**
 * The one better-sqlite3 connection TypeORM holds on SQLite, which its
 * transactions run on: a statement run here is part of whatever transaction
 * is open, without TypeORM's per-query work (its query runner, logger and
 * events). A second connection would wait, blocking the event loop, on a lock
 * this one holds.
 */
export function sqliteConnection(dataSource: DataSource): Database {
  return (dataSource.driver as BetterSqlite3Driver).databaseConnection as Database;
}
