import { performance } from 'node:perf_hooks';

/**
 * Bounds for tests that guard against runaway work (a regular expression that
 * backtracks, a pass that turns quadratic, a bomb that is inflated before it is
 * refused). A bound in milliseconds holds on a quiet machine and fails on a
 * shared one running four test workers, so these tests state their bound in
 * units of a fixed reference task measured in the same run, just before and
 * just after: a machine that is twice as slow gets twice the time.
 *
 * The reference task is plain CPU work of the kind the guarded code does:
 * splitting a text into lines and matching a few regular expressions on each.
 * It takes about 10 ms on a quiet core.
 */
const REFERENCE_TEXT = Array.from(
  { length: 6_000 },
  (_, i) => `${2000 + (i % 25)} – ${2001 + (i % 25)} Account manager at Firma ${i}, ${i % 97} clients in Utrecht`,
).join('\n');

function referenceTaskMs(): number {
  const started = performance.now();
  let found = 0;
  for (const line of REFERENCE_TEXT.split('\n')) {
    const years = /^(\d{4})\s*[–-]\s*(\d{4})\b/.exec(line);
    if (years) found += Number(years[2]) - Number(years[1]);
    if (/\b(\d+)\s+clients?\b/i.test(line)) found += line.toLowerCase().length;
  }
  if (found === 0) throw new Error('the reference task found nothing');
  return performance.now() - started;
}

function referenceMs(): number {
  const runs = [referenceTaskMs(), referenceTaskMs(), referenceTaskMs()].sort((a, b) => a - b);
  return runs[1];
}

export interface Timed<T> {
  result: T;
  elapsedMs: number;
  /** The elapsed time in reference units: how many reference tasks it was worth. */
  units: number;
}

/**
 * Runs `task` once and tells how long it took, in milliseconds and in units of
 * the reference task (the slower of the reference measured before and after).
 */
export async function timeAgainstReference<T>(task: () => T | Promise<T>): Promise<Timed<T>> {
  referenceTaskMs(); // warm the reference's own code first
  const before = referenceMs();
  const started = performance.now();
  const result = await task();
  const elapsedMs = performance.now() - started;
  const after = referenceMs();
  return { result, elapsedMs, units: elapsedMs / Math.max(before, after, 0.5) };
}

/**
 * `task` timed as timeAgainstReference times it, up to `runs` times, stopping
 * at the first run under `bound` units: the best run counts. A busy machine
 * slows a run now and then; work that turned quadratic, or a bomb inflated past
 * its limit, is over the bound in every run.
 */
export async function bestUnits<T>(task: () => T | Promise<T>, bound: number, runs = 3): Promise<Timed<T>> {
  let best = await timeAgainstReference(task);
  for (let run = 1; run < runs && best.units >= bound; run++) {
    const next = await timeAgainstReference(task);
    if (next.units < best.units) best = next;
  }
  return best;
}
