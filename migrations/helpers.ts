import { QueryRunner, TableColumnOptions } from 'typeorm';
import { DatabaseDialect } from '../src/config/settings';
import { columnTypesFor } from '../src/database/column-types';

/**
 * Column builders that give the same logical schema on SQLite and PostgreSQL,
 * so one migration serves both engines.
 */
export function columnsFor(queryRunner: QueryRunner) {
  const dialect: DatabaseDialect = queryRunner.connection.driver.options.type === 'postgres' ? 'postgres' : 'sqlite';
  const types = columnTypesFor(dialect);
  const nullable = (options: TableColumnOptions, isNullable?: boolean): TableColumnOptions => ({
    ...options,
    isNullable: isNullable ?? false,
  });
  return {
    dialect,
    id: (name = 'id', isNullable?: boolean) =>
      nullable(
        { name, type: String(types.id), length: types.idLength ? String(types.idLength) : undefined },
        isNullable,
      ),
    varchar: (name: string, length: number, isNullable?: boolean) =>
      nullable({ name, type: 'varchar', length: String(length) }, isNullable),
    text: (name: string, isNullable?: boolean) => nullable({ name, type: 'text' }, isNullable),
    integer: (name: string, isNullable?: boolean) => nullable({ name, type: 'integer' }, isNullable),
    boolean: (name: string, isNullable?: boolean) => nullable({ name, type: 'boolean' }, isNullable),
    timestamp: (name: string, isNullable?: boolean) => nullable({ name, type: String(types.timestamp) }, isNullable),
    json: (name: string, isNullable?: boolean) => nullable({ name, type: String(types.json) }, isNullable),
    /** A boolean default written the way each engine reports it back. */
    booleanDefault: (value: boolean) => (dialect === 'postgres' ? String(value) : value ? '1' : '0'),
  };
}
