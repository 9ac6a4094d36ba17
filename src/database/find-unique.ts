import type { EntityManager, EntityTarget, FindManyOptions, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * One entity by a unique key, with its relations, in one query. TypeORM's
 * `findOne` limits to one row, and with joined relations a limit costs two
 * queries (the ids first, through SELECT DISTINCT, then the rows): a round
 * trip too many on hot paths such as a scorecard draft's save. A unique key
 * needs no limit, so the rows are read joined and folded into the one entity.
 */
export async function findUnique<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  options: FindManyOptions<T> & { where: FindOptionsWhere<T> },
): Promise<T | null> {
  const [found] = await manager.find(target, options);
  return found ?? null;
}
