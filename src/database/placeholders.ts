import { DataSource } from 'typeorm';
import { timeParameter } from './stored-time';

/**
 * The n-th query parameter as the engine writes it ($1 on PostgreSQL, ? on
 * SQLite), for the few hot queries written as plain SQL: TypeORM's query
 * builder assembles its SQL anew on every call, which the profiler found in
 * every request.
 */
export function placeholder(dataSource: DataSource): (n: number) => string {
  return dataSource.options.type === 'postgres' ? (n) => `$${n}` : () => '?';
}

/** Parameters for one plain-SQL query, numbered as the engine wants them. */
export class SqlParams {
  readonly params: unknown[] = [];

  constructor(private readonly postgres: boolean) {}

  param(value: unknown): string {
    this.params.push(value);
    return this.postgres ? `$${this.params.length}` : '?';
  }

  list(values: unknown[]): string {
    return values.map((value) => this.param(value)).join(', ');
  }

  /** A time as the engine compares it: SQLite keeps UTC text "YYYY-MM-DD HH:MM:SS.SSS". */
  time(value: Date): string {
    return timeParameter(value, this.postgres);
  }
}
