/**
 * Fits the reader's calibration table (src/cv-reading/calibration.ts) from
 * judged proposals: per kind and raw confidence, the share that was right,
 * smoothed toward the kind's own rate, made monotone and clamped.
 */
import {
  CALIBRATED_MAX,
  CALIBRATED_MIN,
  CalibrationCurve,
  CalibrationKey,
  CalibrationTable,
} from '../../../src/cv-reading/calibration';
import { Field, Judged } from './evaluate';

/** The corpus field each calibration key is judged under; language detection carries no confidence. */
export const KEY_FIELDS: [CalibrationKey, Field][] = [
  ['email', 'email'],
  ['name', 'name'],
  ['phone', 'phone'],
  ['education', 'education level'],
  ['work', 'work entries'],
  ['sales_role', 'sales role'],
  ['client_base', 'client base'],
  ['competency', 'competencies'],
  ['certification', 'certifications'],
  ['language', 'languages'],
  ['course', 'courses'],
];

/** How many imagined proposals at the prior rate each raw value's share is pulled toward (a Beta prior). */
export const PRIOR_WEIGHT = 4;

const round = (x: number) => Math.round(x * 1000) / 1000;
const clamp = (x: number) => Math.min(CALIBRATED_MAX, Math.max(CALIBRATED_MIN, x));

/**
 * One kind's curve: raw confidences (to two decimals) with their smoothed
 * share right, pooled where a higher raw value would get a lower share
 * (pool-adjacent-violators), so the curve never falls.
 */
export function fitCurve(judged: Pick<Judged, 'confidence' | 'right'>[], prior: number): CalibrationCurve {
  const byRaw = new Map<number, { right: number; judged: number }>();
  for (const j of judged) {
    const raw = Math.round(j.confidence * 100) / 100;
    const cell = byRaw.get(raw) ?? { right: 0, judged: 0 };
    cell.judged += 1;
    if (j.right) cell.right += 1;
    byRaw.set(raw, cell);
  }
  const blocks: { raws: number[]; rate: number; weight: number }[] = [];
  for (const [raw, cell] of [...byRaw].sort(([a], [b]) => a - b)) {
    const weight = cell.judged + PRIOR_WEIGHT;
    blocks.push({ raws: [raw], rate: (cell.right + PRIOR_WEIGHT * prior) / weight, weight });
    while (blocks.length > 1 && blocks[blocks.length - 2].rate > blocks[blocks.length - 1].rate) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const weight = a.weight + b.weight;
      blocks.push({ raws: [...a.raws, ...b.raws], rate: (a.rate * a.weight + b.rate * b.weight) / weight, weight });
    }
  }
  return blocks.flatMap((b) => b.raws.map((raw) => [raw, round(clamp(b.rate))] as const));
}

/**
 * The whole table. A kind's prior is its own share right, itself pulled
 * toward the share over all kinds, so that a kind with few proposals does
 * not stand on them alone.
 */
export function fitCalibration(judged: Judged[]): CalibrationTable {
  const share = (js: Judged[], prior: number, weight: number) =>
    (js.filter((j) => j.right).length + weight * prior) / (js.length + weight);
  const overall = share(judged, 0.5, 2);
  const table: CalibrationTable = {};
  for (const [key, field] of KEY_FIELDS) {
    const mine = judged.filter((j) => j.field === field);
    if (mine.length) table[key] = fitCurve(mine, share(mine, overall, PRIOR_WEIGHT));
  }
  return table;
}

/** The table as the TypeScript that calibration.ts holds between its markers. */
export function tableSource(table: CalibrationTable): string {
  const rows = Object.entries(table).map(
    ([key, curve]) => `  ${key}: [${curve!.map(([raw, cal]) => `[${raw}, ${cal}]`).join(', ')}],`,
  );
  return ['export const CALIBRATION: CalibrationTable = {', ...rows, '};'].join('\n');
}
