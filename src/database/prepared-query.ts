import type Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { sqliteConnection } from './sqlite-connection';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/** SQLite's prepared statements by name, per connection. */
const sqliteStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A read run on every request, as a prepared statement: PostgreSQL parses
 * and plans an unnamed statement each time (for a statement of many small
 * subqueries, planning costs more than running it), while a named one is
 * prepared once per connection and its plan kept. On SQLite the statement is
 * prepared once and run by better-sqlite3 itself: TypeORM's way to it (a
 * query runner, its logger and event broadcast, a statement cache looked up
 * by the text) cost more than the read. Outside any transaction: a plain
 * read. One name, one text.
 */
export async function preparedQuery(
  dataSource: DataSource,
  name: string,
  sql: string,
  parameters: unknown[],
): Promise<Record<string, unknown>[]> {
  if (dataSource.options.type === 'better-sqlite3') {
    const connection = sqliteConnection(dataSource);
    let statements = sqliteStatements.get(connection);
    if (!statements) sqliteStatements.set(connection, (statements = new Map()));
    let statement = statements.get(name);
    if (!statement) statements.set(name, (statement = connection.prepare(sql)));
    // better-sqlite3 binds no booleans: as TypeORM's query runner does, 1 and 0.
    return statement.all(...parameters.map((value) => (typeof value === 'boolean' ? Number(value) : value))) as Record<
      string,
      unknown
    >[];
  }
  if (dataSource.options.type !== 'postgres') return dataSource.query(sql, parameters);
  const pool = (dataSource.driver as PostgresDriver).master as PgPool;
  const { rows } = await pool.query({ name: `sift-${name}`, text: sql, values: parameters });
  return rows;
}
