/**
 * Tables beside the per-field one: the corpus split by language and by
 * format, and how often the reader's confidence is borne out.
 */
import { Count, FIELDS, FileScore, Judged, totals } from './evaluate';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Precision and recall per field for each group of files (language or
 * format), with a last row over all fields together so that groups can be
 * compared at a glance.
 */
export function formatBreakdown(files: FileScore[], by: 'language' | 'format', title: string): string {
  const groups = [...new Set(files.map((f) => f[by]))].sort();
  const tables = groups.map((group) => totals(files.filter((f) => f[by] === group)));
  const cell = (c: Count) => {
    const precision = c.proposed ? c.matched / c.proposed : 1;
    const recall = c.expected ? c.matched / c.expected : 1;
    return `${pct(precision).padStart(6)} ${pct(recall).padStart(6)}`;
  };
  const rows = FIELDS.map((field, i) => `| ${field.padEnd(15)} | ${tables.map((t) => cell(t[i])).join(' | ')} |`);
  const all = tables.map((t) =>
    cell(
      t.reduce(
        (acc, r) => ({
          matched: acc.matched + r.matched,
          proposed: acc.proposed + r.proposed,
          expected: acc.expected + r.expected,
        }),
        { matched: 0, proposed: 0, expected: 0 },
      ),
    ),
  );
  const counts = groups.map((g) => files.filter((f) => f[by] === g).length);
  return [
    title,
    `| ${by.padEnd(15)} | ${groups.map((g, i) => `${g} (${counts[i]})`.padEnd(13)).join(' | ')} |`,
    `| ${'(P, R)'.padEnd(15)} | ${groups.map(() => 'precis recall').join(' | ')} |`,
    `| ${'-'.repeat(15)} | ${groups.map(() => '-'.repeat(13)).join(' | ')} |`,
    ...rows,
    `| ${'all fields'.padEnd(15)} | ${all.join(' | ')} |`,
  ].join('\n');
}

/** Lower bounds of the confidence buckets; the last one closes at 1 inclusive. */
export const BUCKETS = [0, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export function bucketOf(confidence: number): number {
  let at = 0;
  BUCKETS.forEach((lower, i) => {
    if (confidence >= lower) at = i;
  });
  return at;
}

/** Right and judged counts per field and confidence bucket. */
export function calibration(files: FileScore[]): Map<string, { right: number; judged: number }[]> {
  const table = new Map<string, { right: number; judged: number }[]>();
  const add = (key: string, j: Judged) => {
    const row = table.get(key) ?? BUCKETS.map(() => ({ right: 0, judged: 0 }));
    const bucket = row[bucketOf(j.confidence)];
    bucket.judged += 1;
    if (j.right) bucket.right += 1;
    table.set(key, row);
  };
  for (const field of FIELDS) {
    for (const j of files.flatMap((f) => f.judged).filter((x) => x.field === field)) add(field, j);
  }
  for (const j of files.flatMap((f) => f.judged)) add('all', j);
  return table;
}

/** The calibration table: per field and bucket, the share of proposals that were right, "of" how many. */
export function formatCalibration(files: FileScore[], title: string): string {
  const labels = BUCKETS.map((lower, i) =>
    i === 0 ? '< 0.5' : `${lower.toFixed(1)}–${(BUCKETS[i + 1] ?? 1).toFixed(1)}`,
  );
  const rows = [...calibration(files)].map(
    ([field, buckets]) =>
      `| ${field.padEnd(15)} | ${buckets
        .map((b) => (b.judged ? `${pct(b.right / b.judged)} of ${b.judged}` : '–').padStart(13))
        .join(' | ')} |`,
  );
  return [
    title,
    `| ${'field'.padEnd(15)} | ${labels.map((l) => l.padStart(13)).join(' | ')} |`,
    `| ${'-'.repeat(15)} | ${labels.map(() => '-'.repeat(13)).join(' | ')} |`,
    ...rows,
  ].join('\n');
}

/**
 * Stated confidence against outcome over all judged proposals: per bucket the
 * mean confidence and the share right, and the expected calibration error
 * (the bucket gaps weighted by how many proposals each holds).
 */
export function formatReliability(files: FileScore[], title: string): string {
  const judged = files.flatMap((f) => f.judged);
  const cells = BUCKETS.map(() => ({ stated: 0, right: 0, judged: 0 }));
  for (const j of judged) {
    const cell = cells[bucketOf(j.confidence)];
    cell.stated += j.confidence;
    cell.judged += 1;
    if (j.right) cell.right += 1;
  }
  const ece = cells.reduce((sum, c) => sum + Math.abs(c.stated - c.right), 0) / Math.max(1, judged.length);
  const rows = cells.map((c, i) => {
    const label = i === 0 ? '< 0.5' : `${BUCKETS[i].toFixed(1)}–${(BUCKETS[i + 1] ?? 1).toFixed(1)}`;
    const [stated, right] = c.judged ? [pct(c.stated / c.judged), pct(c.right / c.judged)] : ['–', '–'];
    return `| ${label.padEnd(7)} | ${String(c.judged).padStart(9)} | ${stated.padStart(15)} | ${right.padStart(11)} |`;
  });
  return [
    title,
    '| bucket  | proposals | mean confidence | share right |',
    '| ------- | --------- | --------------- | ----------- |',
    ...rows,
    `expected calibration error: ${pct(ece)} over ${judged.length} proposals`,
  ].join('\n');
}
