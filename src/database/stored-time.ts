/**
 * A timestamp as a raw query returns it: a Date from PostgreSQL, UTC text
 * ("YYYY-MM-DD HH:MM:SS.SSS") from SQLite.
 */
export function storedTime(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}
