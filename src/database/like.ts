/**
 * A LIKE pattern matching text that contains `search`, lower-cased, with the
 * wildcards in it escaped. Use it with `LIKE :pattern ESCAPE '\'` (LIKE_ESCAPE).
 */
export function containsPattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export const LIKE_ESCAPE = "ESCAPE '\\'";
