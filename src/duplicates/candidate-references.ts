import { Transaction } from '../database/transaction';

export interface CandidateReference {
  table: string;
  column: string;
}

/**
 * Every column with a foreign key to candidates, read from the database's own
 * schema, so that a table added later is moved by a merge without being listed here.
 */
export async function candidateReferences(tx: Transaction): Promise<CandidateReference[]> {
  const postgres = tx.connection.options.type === 'postgres';
  const rows: { table: string; column: string }[] = postgres
    ? await tx.query(
        `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
           FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
          WHERE c.contype = 'f' AND c.confrelid = 'candidates'::regclass`,
      )
    : await tx.query(
        `SELECT m.name AS "table", f."from" AS "column"
           FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
          WHERE m.type = 'table' AND f."table" = 'candidates'`,
      );
  return rows
    .map(({ table, column }) => ({ table: table.replace(/^public\./, '').replace(/"/g, ''), column }))
    .sort((a, b) => a.table.localeCompare(b.table) || a.column.localeCompare(b.column));
}
