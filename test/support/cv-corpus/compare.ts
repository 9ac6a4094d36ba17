import { normaliseText } from '../../../src/scoring/text';

/** Equal ignoring case and runs of spaces. */
export function sameText(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Digits only; "06…" and "+316…" are the same number, so the last nine digits decide when both have them. */
export function samePhone(a: string, b: string): boolean {
  const x = a.replace(/\D/g, '');
  const y = b.replace(/\D/g, '');
  if (x === y) return true;
  return x.length >= 9 && y.length >= 9 && x.slice(-9) === y.slice(-9);
}

export function similarName(want: string, got: string): boolean {
  const a = normaliseText(want);
  const b = normaliseText(got);
  return a === b || b.includes(a) || similarity(a, b) >= 0.8;
}

/** Dice coefficient of character bigrams over normalised text: 1 for the same words, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const bigrams = (text: string) => {
    const t = normaliseText(text).replace(/ /g, '');
    const out = new Map<string, number>();
    for (let i = 0; i < t.length - 1; i++) out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  return total === 0 ? (normaliseText(a) === normaliseText(b) ? 1 : 0) : (2 * shared) / total;
}
