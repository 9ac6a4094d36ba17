import { DataSource } from 'typeorm';

/**
 * The n-th query parameter as the engine writes it ($1 on PostgreSQL, ? on
 * SQLite), for the few hot queries written as plain SQL: TypeORM's query
 * builder assembles its SQL anew on every call, which the profiler found in
 * every request.
 */
export function placeholder(dataSource: DataSource): (n: number) => string {
  return dataSource.options.type === 'postgres' ? (n) => `$${n}` : () => '?';
}
