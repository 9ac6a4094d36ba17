import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

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
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(from, from + chunk) as T[])
      .updateEntity(false)
      .execute();
  }
}
