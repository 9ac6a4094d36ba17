import { fitCalibration, fitCurve, PRIOR_WEIGHT, tableSource } from './calibration-fit';
import type { Judged } from './evaluate';

const many = (confidence: number, right: number, wrong: number) => [
  ...Array.from({ length: right }, () => ({ confidence, right: true })),
  ...Array.from({ length: wrong }, () => ({ confidence, right: false })),
];

describe('fitCurve', () => {
  it('pulls a raw value toward the prior by PRIOR_WEIGHT imagined proposals', () => {
    // 6 right of 6, prior 0.5: (6 + 4 × 0.5) / (6 + 4) = 0.8.
    expect(PRIOR_WEIGHT).toBe(4);
    expect(fitCurve(many(0.7, 6, 0), 0.5)).toEqual([[0.7, 0.8]]);
  });

  it('pulls a bucket of few proposals further than a bucket of many', () => {
    const [[, few], [, lots]] = fitCurve([...many(0.6, 1, 0), ...many(0.8, 100, 0)], 0.5);
    expect(few).toBeLessThan(0.7);
    expect(lots).toBeGreaterThan(0.97);
  });

  it('pools a higher raw value that did worse with the one below, so the curve never falls', () => {
    const curve = fitCurve([...many(0.6, 9, 1), ...many(0.8, 5, 5)], 0.7);
    expect(curve).toHaveLength(2);
    expect(curve[0][1]).toBe(curve[1][1]);
    expect(curve[0][1]).toBeGreaterThan(0.6);
    expect(curve[0][1]).toBeLessThan(0.8);
  });

  it('clamps to [0.05, 0.99]', () => {
    expect(fitCurve(many(0.9, 10_000, 0), 1)).toEqual([[0.9, 0.99]]);
    expect(fitCurve(many(0.2, 0, 10_000), 0)).toEqual([[0.2, 0.05]]);
  });

  it('groups raw confidences to two decimals', () => {
    expect(fitCurve([...many(0.8499999, 1, 0), ...many(0.85, 1, 0)], 1).map(([raw]) => raw)).toEqual([0.85]);
  });
});

describe('fitCalibration', () => {
  const judged = (field: Judged['field'], confidence: number, right: boolean): Judged => ({ field, confidence, right });

  it('fits one curve per judged kind under its own key, and none for a kind with no proposals', () => {
    const table = fitCalibration([
      judged('work entries', 0.3, false),
      judged('work entries', 0.85, true),
      judged('sales role', 0.9, true),
      judged('email', 0.98, true),
    ]);
    expect(Object.keys(table).sort()).toEqual(['email', 'sales_role', 'work']);
    expect(table.work![0][1]).toBeLessThan(table.work![1][1]);
  });

  it('writes a table that reads back as the same TypeScript object', () => {
    const table = { work: [[0.3, 0.415] as const, [0.85, 0.99] as const], email: [[0.98, 0.99] as const] };
    expect(tableSource(table)).toBe(
      'export const CALIBRATION: CalibrationTable = {\n  work: [[0.3, 0.415], [0.85, 0.99]],\n  email: [[0.98, 0.99]],\n};',
    );
  });
});
