import { EntityManager, EntityTarget, InsertQueryBuilder, ObjectLiteral } from 'typeorm';
import { sqliteConnection } from './sqlite-connection';

/**
 * Inserts many rows in multi-row INSERTs of `chunk` rows, without reading
 * them back. (After a plain insert TypeORM re-reads rows whose columns have
 * database defaults with one OR per row, which passes SQLite's expression
 * depth limit of 1,000 and costs a query besides.) Every column must be given.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[] | ObjectLiteral[],
  chunk = 1000,
): Promise<void> {
  for (let from = 0; from < rows.length; from += chunk) {
    const insert = manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(from, from + chunk) as T[])
      .updateEntity(false);
    if (manager.connection.options.type === 'better-sqlite3') runUnkept(manager, insert);
    else await insert.execute();
  }
}

/**
 * On SQLite, a bulk INSERT is prepared, run and let go. TypeORM keeps the
 * last 100 statements it ran prepared, by their text, and bulk inserts seldom
 * repeat theirs (the row count and the NULLs written into the text vary), so
 * an import of 10,000 candidates left some 85 of them kept, 60 MB of compiled
 * statements in the server's resident memory, and the hot reads pushed out.
 * SQLite has one connection, so this runs inside the transaction as before.
 */
function runUnkept<T extends ObjectLiteral>(manager: EntityManager, insert: InsertQueryBuilder<T>): void {
  const [sql, parameters] = insert.getQueryAndParameters();
  const connection = sqliteConnection(manager.connection);
  // better-sqlite3 binds no booleans: as TypeORM's query runner does, 1 and 0.
  connection
    .prepare(sql)
    .run(...parameters.map((value: unknown) => (typeof value === 'boolean' ? Number(value) : value)));
}
