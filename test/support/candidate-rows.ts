import { DataSource } from 'typeorm';

interface ForeignKey {
  table: string;
  column: string;
  references: string;
  referencedColumn: string;
}

/** Every single-column foreign key of the schema, as the database reports it. */
export async function foreignKeys(dataSource: DataSource): Promise<ForeignKey[]> {
  const rows: ForeignKey[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(
          `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column",
                  c.confrelid::regclass::text AS "references", r.attname AS "referencedColumn"
             FROM pg_constraint c
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
             JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1]
            WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
        )
      : await dataSource.query(
          `SELECT m.name AS "table", f."from" AS "column", f."table" AS "references", f."to" AS "referencedColumn"
             FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`,
        );
  const bare = (name: string) => name.replace(/^public\./, '').replace(/"/g, '');
  return rows.map((row) => ({ ...row, table: bare(row.table), references: bare(row.references) }));
}

export type RowsByTable = Map<string, Map<string, Record<string, unknown>>>;

/**
 * Every row that hangs off these candidates, following the foreign keys from
 * the schema outwards (facts, CVs, applications, their moves, interviews,
 * panels, scorecards, mails, and whatever table is added later), keyed by
 * table and by the row's id (or, without one, by its whole content).
 */
export async function rowsOfCandidates(dataSource: DataSource, candidateIds: string[]): Promise<RowsByTable> {
  const keys = await foreignKeys(dataSource);
  const $ = dataSource.options.type === 'postgres' ? (n: number) => `$${n}` : () => '?';
  const found: RowsByTable = new Map();
  const add = (table: string, row: Record<string, unknown>) => {
    const rows = found.get(table) ?? new Map<string, Record<string, unknown>>();
    found.set(table, rows);
    const key = 'id' in row ? String(row.id) : JSON.stringify(row);
    const fresh = !rows.has(key);
    rows.set(key, row);
    return fresh;
  };
  for (const row of await select(dataSource, 'candidates', 'id', candidateIds, $)) add('candidates', row);
  for (let grew = true; grew;) {
    grew = false;
    for (const key of keys) {
      const referenced = [...(found.get(key.references)?.values() ?? [])].map((row) => row[key.referencedColumn]);
      const values = [...new Set(referenced.filter((value) => value !== null && value !== undefined))] as string[];
      if (values.length === 0) continue;
      for (const row of await select(dataSource, key.table, key.column, values, $)) grew = add(key.table, row) || grew;
    }
  }
  return found;
}

async function select(
  dataSource: DataSource,
  table: string,
  column: string,
  values: string[],
  $: (n: number) => string,
): Promise<Record<string, unknown>[]> {
  const list = values.map((_, index) => $(index + 1)).join(', ');
  return dataSource.query(`SELECT * FROM "${table}" WHERE "${column}" IN (${list})`, values);
}

/** How many rows of each table, for a readable comparison. */
export function countsOf(rows: RowsByTable): Record<string, number> {
  return Object.fromEntries([...rows.entries()].map(([table, held]) => [table, held.size]).sort());
}

/** The rows (table and key) present before and missing after. */
export function lostRows(before: RowsByTable, after: RowsByTable): string[] {
  const lost: string[] = [];
  for (const [table, rows] of before)
    for (const key of rows.keys()) if (!after.get(table)?.has(key)) lost.push(`${table} ${key}`);
  return lost;
}
