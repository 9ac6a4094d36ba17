import type { ColumnType } from 'typeorm';
import { DatabaseDialect, dialectFromEnv } from '../config/settings';

export interface ColumnTypes {
  /** Ids are UUIDs made by the application, so any process can create rows. */
  id: ColumnType;
  idLength?: number;
  timestamp: ColumnType;
  json: ColumnType;
}

const TYPES: Record<DatabaseDialect, ColumnTypes> = {
  sqlite: { id: 'varchar', idLength: 36, timestamp: 'datetime', json: 'json' },
  postgres: { id: 'uuid', timestamp: 'timestamptz', json: 'jsonb' },
};

export function columnTypesFor(dialect: DatabaseDialect): ColumnTypes {
  return TYPES[dialect];
}

/**
 * Entity decorators are evaluated when their file is imported, so the dialect
 * comes from DATABASE_URL at that moment; one process talks to one engine.
 */
export const columnTypes = columnTypesFor(dialectFromEnv());
