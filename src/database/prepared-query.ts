import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * A read run on every request, as a prepared statement: PostgreSQL parses
 * and plans an unnamed statement each time (for a statement of many small
 * subqueries, planning costs more than running it), while a named one is
 * prepared once per connection and its plan kept. SQLite's driver keeps its
 * statements prepared already. Outside any transaction: a plain read.
 */
export async function preparedQuery(
  dataSource: DataSource,
  name: string,
  sql: string,
  parameters: unknown[],
): Promise<Record<string, unknown>[]> {
  if (dataSource.options.type !== 'postgres') return dataSource.query(sql, parameters);
  const pool = (dataSource.driver as PostgresDriver).master as PgPool;
  const { rows } = await pool.query({ name: `sift-${name}`, text: sql, values: parameters });
  return rows;
}
