import {
  CALIBRATED_MAX,
  CALIBRATED_MIN,
  CALIBRATION,
  CalibrationTable,
  calibrateReading,
  calibrated,
} from './calibration';
import { readCv, readCvUncalibrated } from './read-cv';
import type { CvReading } from './types';

const TABLE: CalibrationTable = {
  work: [
    [0.3, 0.2],
    [0.6, 0.5],
    [0.85, 0.95],
  ],
  sales_role: [[0.5, 0.9]],
  email: [[0.98, 0.99]],
};

describe('calibrated', () => {
  it('gives the fitted value at a curve point', () => {
    expect(calibrated('work', 0.6, TABLE)).toBe(0.5);
    expect(calibrated('work', 0.85, TABLE)).toBe(0.95);
  });

  it('interpolates between points and stays flat beyond the ends', () => {
    expect(calibrated('work', 0.45, TABLE)).toBeCloseTo(0.35, 10);
    expect(calibrated('work', 0.1, TABLE)).toBe(0.2);
    expect(calibrated('work', 1, TABLE)).toBe(0.95);
  });

  it('leaves a kind without a curve, and a value that is not a number, as they are', () => {
    expect(calibrated('skill', 0.42, TABLE)).toBe(0.42);
    expect(calibrated('work', Number.NaN, TABLE)).toBeNaN();
  });

  describe('the generated table', () => {
    const curves = Object.entries(CALIBRATION);

    it('has a curve for every contact value and every judged fact kind', () => {
      expect(Object.keys(CALIBRATION).sort()).toEqual(
        [
          'certification',
          'client_base',
          'competency',
          'course',
          'education',
          'email',
          'language',
          'name',
          'phone',
          'sales_role',
          'work',
        ].sort(),
      );
    });

    it.each(curves)('%s: sorted raw points, bounded and never falling', (_key, curve) => {
      curve!.forEach(([raw, value], i) => {
        expect(value).toBeGreaterThanOrEqual(CALIBRATED_MIN);
        expect(value).toBeLessThanOrEqual(CALIBRATED_MAX);
        if (i > 0) {
          expect(raw).toBeGreaterThan(curve![i - 1][0]);
          expect(value).toBeGreaterThanOrEqual(curve![i - 1][1]);
        }
      });
    });

    it.each(curves)('%s: a higher raw confidence never gets a lower calibrated one, anywhere in [0, 1]', (key) => {
      let previous = -Infinity;
      for (let raw = 0; raw <= 1; raw += 0.01) {
        const value = calibrated(key as keyof typeof CALIBRATION, raw);
        expect(value).toBeGreaterThanOrEqual(previous);
        expect(value).toBeGreaterThanOrEqual(CALIBRATED_MIN);
        expect(value).toBeLessThanOrEqual(CALIBRATED_MAX);
        previous = value;
      }
    });

    it('keeps a work entry guessed from little (raw 0.3) well below one read from a clear header (raw 0.85)', () => {
      expect(calibrated('work', 0.3)).toBeLessThan(0.5);
      expect(calibrated('work', 0.85)).toBeGreaterThan(0.95);
    });
  });
});

describe('calibrateReading', () => {
  const reading: CvReading = {
    language: 'en',
    contact: {
      name: null,
      email: { value: 'a@example.com', span: { start: 0, end: 13 }, confidence: 0.98 },
      phone: null,
    },
    facts: [
      {
        kind: 'work',
        data: { title: 'Account Manager', start: '2020-01-01' },
        span: { start: 20, end: 40 },
        confidence: 0.3,
        salesRoleConfidence: 0.5,
      },
      { kind: 'skill', data: { name: 'Excel' }, span: { start: 50, end: 55 }, confidence: 0.6 },
    ],
  };

  it('calibrates each fact, its sales-role confidence and the contact values, and nothing else', () => {
    const out = calibrateReading(reading, TABLE);
    expect(out.contact.email).toEqual({ value: 'a@example.com', span: { start: 0, end: 13 }, confidence: 0.99 });
    expect(out.contact.name).toBeNull();
    expect(out.facts[0]).toEqual({ ...reading.facts[0], confidence: 0.2, salesRoleConfidence: 0.9 });
    expect(out.facts[1]).toEqual(reading.facts[1]);
    expect(reading.facts[0].confidence).toBe(0.3);
  });

  it('adds no sales-role confidence where the reader gave none', () => {
    const out = calibrateReading(
      { ...reading, facts: [{ ...reading.facts[0], salesRoleConfidence: undefined }] },
      TABLE,
    );
    expect(out.facts[0].salesRoleConfidence).toBeUndefined();
  });

  it('is what readCv hands out: the uncalibrated reading with the table applied', () => {
    const text =
      'Kandidaat Acht\nkandidaat.acht@example.nl\n\nWerkervaring\n2018 – heden  Accountmanager, Voorbeeld BV\n';
    const options = { referenceDate: '2026-01-01' };
    expect(readCv(text, options)).toEqual(calibrateReading(readCvUncalibrated(text, options)));
  });
});
