/**
 * A timestamp as a raw query returns it: a Date from PostgreSQL, UTC text
 * ("YYYY-MM-DD HH:MM:SS.SSS") from SQLite.
 */
export function storedTime(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}

/** A time as a raw query's parameter: ISO text for PostgreSQL, the UTC text TypeORM stores for SQLite. */
export function timeParameter(time: Date, postgres: boolean): string {
  const iso = time.toISOString();
  return postgres ? iso : iso.replace('T', ' ').slice(0, 23);
}
