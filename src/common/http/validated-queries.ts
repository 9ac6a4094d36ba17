/** Query strings remembered per DTO class; past this the oldest is forgotten and validated again when it comes back. */
const CAPACITY = 500;

type Flat = Record<string, string | number | boolean | null | undefined>;

/**
 * Query DTOs as the validation pipe made them, by the query that came in.
 * Transforming and validating a query took 6% of a cached shortlist page's
 * time, and clients ask for the same few queries again and again (the
 * first page of a list, polled). Only flat queries are kept (every value a
 * string in, a string, number or boolean out): validating one depends on
 * nothing but its text, since no query DTO's rule reads the clock or the
 * database, and a copy of a flat object shares nothing with the one kept.
 * Refused queries are not kept: they are validated, and refused, each time.
 */
export class ValidatedQueries {
  private readonly byClass = new WeakMap<object, Map<string, Flat>>();

  /** The key for a query that may be kept, or undefined for one that may not. */
  keyOf(value: unknown): string | undefined {
    if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
    if (!Object.values(value).every((field) => typeof field === 'string')) return undefined;
    return JSON.stringify(value);
  }

  get(dto: object, key: string): unknown {
    const kept = this.byClass.get(dto)?.get(key);
    return kept && copy(kept);
  }

  set(dto: object, key: string, validated: unknown): void {
    if (!isFlat(validated)) return;
    let kept = this.byClass.get(dto);
    if (!kept) this.byClass.set(dto, (kept = new Map()));
    if (kept.size >= CAPACITY) kept.delete(kept.keys().next().value!);
    kept.set(key, copy(validated));
  }
}

function isFlat(value: unknown): value is Flat {
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).every((field) => field === null || typeof field !== 'object');
}

/** The same class and fields: what plainToInstance gave, without sharing it. */
function copy(value: Flat): Flat {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as Flat, value);
}
