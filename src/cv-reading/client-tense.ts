import { normaliseText } from '../scoring/text';
import { Line } from './lines';
import type { WorkEntry } from './work';

/*
 * Which of several client-base statements speaks of the portfolio the
 * candidate holds now: the current job's, a present-tense claim ("I manage",
 * "beheer", "haldan"), before a past job's or a past-tense one ("I managed",
 * "beheerde", "haldasin").
 */
const PRESENT =
  /(?<=^| )(?:i manage|i look after|i handle|i serve|i am responsible|i currently|currently|presently|at present|today|beheer|bedien|ik onderhoud|ben verantwoordelijk|momenteel|op dit moment|thans|haldan|teenindan|vastutan|hetkel|praegu|olen vastutav)(?= |$)/;
const PAST =
  /(?<=^| )(?:managed|looked after|handled|served|was responsible|previously|formerly|used to|beheerde|bediende|onderhield|was verantwoordelijk|voorheen|vroeger|haldasin|teenindasin|vastutasin|varem|olin vastutav)(?= |$)/;

/** 0: the portfolio held now; 1: not said; 2: one held before. */
export type Currency = 0 | 1 | 2;

/** The jobs that are current: with no end, or, when every job has ended, the one that ended last. */
function currentJobs(work: readonly WorkEntry[]): Set<WorkEntry> {
  const last = work.reduce((latest, entry) => {
    const end = entry.period.end ?? '9999';
    return end > latest ? end : latest;
  }, '');
  return new Set(work.filter((entry) => (entry.period.end ?? '9999') === last));
}

/** How current a statement is, and the job it was read under when it stands in one's lines or sentences. */
export interface StatementSource {
  currency: Currency;
  job?: WorkEntry;
}

export function currencyReader(
  work: readonly WorkEntry[],
): (line: Line, norm: string, inProfile: boolean) => StatementSource {
  const current = currentJobs(work);
  const byStart = [...work].sort((a, b) => a.first.index - b.first.index);
  // A job's own lines, duties moved to it from a table's later label ("Area Sales Manager, Calder Ltd:") included.
  const owner = new Map<number, WorkEntry>();
  for (const entry of work) for (const line of [...entry.header, ...entry.duties]) owner.set(line.index, entry);
  // Jobs told in sentences share their paragraph's lines: their own sentences say which statement is whose.
  const told = work.filter((entry) => entry.told).map((entry) => ({ entry, norm: normaliseText(entry.told!) }));
  return (line, norm, inProfile) => {
    const job =
      (norm.length >= 20 && told.find((t) => t.norm.includes(norm))?.entry) ||
      owner.get(line.index) ||
      jobAt(byStart, line.index);
    if (job) return { currency: current.has(job) ? 0 : 2, job };
    const present = PRESENT.test(norm);
    if (PAST.test(norm) && !present) return { currency: 2 };
    // A profile speaks of the job held now, when there is one.
    const now = current.size === 1 && [...current][0].period.end === null ? [...current][0] : undefined;
    return present || inProfile ? { currency: 0, ...(now ? { job: now } : {}) } : { currency: 1 };
  };
}

/** The job whose lines hold line `index`, by binary search over jobs sorted by their first line: thousands of jobs stay cheap. */
function jobAt(byStart: WorkEntry[], index: number): WorkEntry | undefined {
  let low = 0;
  let high = byStart.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (byStart[middle].first.index <= index) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const job = found >= 0 ? byStart[found] : undefined;
  return job && index <= job.last.index ? job : undefined;
}

/** A passage's sentences, each with where it starts in the passage's text. */
export function sentences(text: string): { text: string; at: number }[] {
  const found: { text: string; at: number }[] = [];
  const breaks = /[.!?;]\s+(?=[\p{Lu}\d€])/gu;
  let from = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    found.push({ text: text.slice(from, match.index + 1), at: from });
    from = match.index + match[0].length;
  }
  if (from < text.length) found.push({ text: text.slice(from), at: from });
  return found;
}

/** Offsets in the CV of [at, at + length) in a passage joined from `lines` with single spaces. */
export function spanIn(
  lines: Line[],
  first: Line,
  last: Line,
  at: number,
  length: number,
): { start: number; end: number } {
  const offset = (position: number): number => {
    let cumulative = 0;
    for (let i = first.index; i <= last.index; i++) {
      const line = lines[i];
      if (position <= cumulative + line.text.length || i === last.index)
        return Math.min(line.end, line.start + Math.max(0, position - cumulative));
      cumulative += line.text.length + 1;
    }
    return last.end;
  };
  return { start: offset(at), end: Math.max(offset(at), offset(at + length)) };
}
