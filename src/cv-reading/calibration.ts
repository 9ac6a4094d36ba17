/**
 * The reader's raw confidences mapped onto how often such proposals were
 * right on the tuned corpus, so that a fact at 0.9 is right about nine times
 * in ten. One curve per kind of proposal: points [raw, calibrated], sorted by
 * raw and non-decreasing in both; between points the value is interpolated.
 */
import type { CvReading, ProposedFact, ProposedValue } from './types';
import type { FactKind } from '../candidates/entities/candidate-fact.entity';

/** What a curve is kept for: a fact kind, a contact value, or whether a job is a sales job. */
export type CalibrationKey = FactKind | 'name' | 'email' | 'phone' | 'sales_role';
export type CalibrationCurve = readonly (readonly [raw: number, calibrated: number])[];
export type CalibrationTable = Partial<Record<CalibrationKey, CalibrationCurve>>;

export const CALIBRATED_MIN = 0.05;
export const CALIBRATED_MAX = 0.99;

/*
 * Generated from the tuned corpus (never the unseen sets); after a change to
 * the reader, regenerate with
 *   npx ts-node --transpile-only test/support/cv-corpus/calibrate.ts
 */
// calibration:begin
export const CALIBRATION: CalibrationTable = {
  email: [[0.98, 0.99]],
  name: [
    [0.85, 0.99],
    [0.95, 0.99],
  ],
  phone: [
    [0.85, 0.99],
    [0.95, 0.99],
  ],
  education: [
    [0.5, 0.964],
    [0.7, 0.988],
    [0.9, 0.988],
  ],
  work: [
    [0.3, 0.065],
    [0.35, 0.243],
    [0.5, 0.253],
    [0.55, 0.62],
    [0.6, 0.62],
    [0.65, 0.722],
    [0.68, 0.883],
    [0.73, 0.925],
    [0.78, 0.925],
    [0.8, 0.925],
    [0.83, 0.973],
    [0.85, 0.98],
  ],
  sales_role: [
    [0.35, 0.987],
    [0.45, 0.987],
    [0.55, 0.987],
    [0.6, 0.99],
    [0.65, 0.99],
    [0.7, 0.99],
    [0.75, 0.99],
    [0.8, 0.99],
    [0.85, 0.99],
    [0.9, 0.99],
    [0.95, 0.99],
  ],
  client_base: [
    [0.45, 0.234],
    [0.7, 0.758],
  ],
  competency: [
    [0.5, 0.854],
    [0.55, 0.854],
    [0.6, 0.984],
    [0.85, 0.984],
  ],
  certification: [
    [0.6, 0.547],
    [0.7, 0.604],
    [0.75, 0.978],
    [0.9, 0.978],
  ],
  language: [
    [0.6, 0.872],
    [0.75, 0.988],
    [0.9, 0.99],
  ],
  course: [
    [0.65, 0.616],
    [0.85, 0.99],
  ],
};
// calibration:end

/**
 * The calibrated confidence of a raw one: flat beyond the curve's ends,
 * linear between its points. A kind without a curve keeps its raw value.
 */
export function calibrated(key: CalibrationKey, raw: number, table: CalibrationTable = CALIBRATION): number {
  const curve = table[key];
  if (!curve?.length || !Number.isFinite(raw)) return raw;
  if (raw <= curve[0][0]) return curve[0][1];
  const last = curve[curve.length - 1];
  if (raw >= last[0]) return last[1];
  const at = curve.findIndex(([x]) => x >= raw);
  const [[x0, y0], [x1, y1]] = [curve[at - 1], curve[at]];
  return x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
}

/** A reading with every confidence calibrated; the spans and values untouched. */
export function calibrateReading(reading: CvReading, table: CalibrationTable = CALIBRATION): CvReading {
  const value = (key: CalibrationKey, proposed: ProposedValue | null) =>
    proposed && { ...proposed, confidence: calibrated(key, proposed.confidence, table) };
  const fact = (proposed: ProposedFact): ProposedFact => ({
    ...proposed,
    confidence: calibrated(proposed.kind, proposed.confidence, table),
    ...(proposed.salesRoleConfidence !== undefined && {
      salesRoleConfidence: calibrated('sales_role', proposed.salesRoleConfidence, table),
    }),
  });
  return {
    ...reading,
    contact: {
      name: value('name', reading.contact.name),
      email: value('email', reading.contact.email),
      phone: value('phone', reading.contact.phone),
    },
    facts: reading.facts.map(fact),
  };
}
