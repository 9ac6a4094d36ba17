import { DataSource } from 'typeorm';

/** An arbitrary constant that names Sift's migration lock on a PostgreSQL server. */
const MIGRATION_LOCK_ID = 4_711_2026;

/**
 * Applies pending migrations, each in its own transaction. On PostgreSQL an
 * advisory lock makes processes that start together wait for one another
 * instead of racing; SQLite's file lock does the same job there.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  if (dataSource.options.type !== 'postgres') {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
  }
}
