import { EntityManager } from 'typeorm';

export type BulkColumnType = 'uuid' | 'integer' | 'real' | 'varchar' | 'boolean' | 'timestamptz' | 'jsonb';

/**
 * Updates many rows of a table by id in one statement per chunk
 * (WITH v AS (VALUES …) UPDATE … FROM v, which SQLite has since 3.33),
 * converting values the way each engine stores them. The first column is
 * the id.
 */
export async function updateRows(
  manager: EntityManager,
  table: string,
  columns: readonly { name: string; type: BulkColumnType }[],
  rows: readonly (readonly unknown[])[],
  chunk = Math.floor(30_000 / columns.length),
): Promise<void> {
  const postgres = manager.connection.options.type === 'postgres';
  const convert = (value: unknown, type: BulkColumnType): unknown => {
    if (value === null || value === undefined) return null;
    if (type === 'jsonb') return JSON.stringify(value);
    if (type === 'timestamptz') {
      const iso = (value as Date).toISOString();
      return postgres ? iso : iso.replace('T', ' ').slice(0, 23);
    }
    if (type === 'boolean' && !postgres) return Number(value);
    return value;
  };
  const names = columns.map((column) => column.name);
  const sets = names
    .slice(1)
    .map((name) => `${name} = v.${name}`)
    .join(', ');
  for (let from = 0; from < rows.length; from += chunk) {
    const params: unknown[] = [];
    const tuples = rows.slice(from, from + chunk).map((row) => {
      const cells = columns.map((column, index) => {
        params.push(convert(row[index], column.type));
        return postgres ? `$${params.length}::${column.type}` : '?';
      });
      return `(${cells.join(', ')})`;
    });
    await manager.query(
      `WITH v(${names.join(', ')}) AS (VALUES ${tuples.join(', ')})
       UPDATE ${table} SET ${sets} FROM v WHERE ${table}.${names[0]} = v.${names[0]}`,
      params,
    );
  }
}
