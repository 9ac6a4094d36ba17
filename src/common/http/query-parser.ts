import type { Express } from 'express';

/** Query strings remembered with what the parser made of them; past this the oldest is forgotten. */
const CAPACITY = 1000;

type Parse = (text: string) => Record<string, unknown>;

/**
 * Express's extended query parser (qs), remembering flat results by their
 * text. Express 5 parses the query string again on every read of
 * `req.query`, and each request's is read twice (by the request log and by
 * the route): two qs parses of `limit=50` were 3% of a cached shortlist
 * page's time. A flat result (strings and lists of strings) is kept
 * and handed out as a copy, so no reader sees what another changed; a nested
 * one is parsed each time.
 */
export function useRememberingQueryParser(app: { set(name: string, value: unknown): unknown }, express: Express) {
  app.set('query parser', 'extended');
  const parse = express.get('query parser fn') as Parse;
  const kept = new Map<string, Record<string, string | string[]>>();
  app.set('query parser', (text: string) => {
    const found = kept.get(text);
    if (found) return copy(found);
    const query = parse(text);
    if (isFlat(query)) {
      if (kept.size >= CAPACITY) kept.delete(kept.keys().next().value!);
      kept.set(text, copy(query));
    }
    return query;
  });
}

function isFlat(query: Record<string, unknown>): query is Record<string, string | string[]> {
  return Object.values(query).every(
    (value) => typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')),
  );
}

/** Own fields only, whatever their names (fromEntries defines them, so `__proto__` stays a field). */
function copy(query: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
  );
}
