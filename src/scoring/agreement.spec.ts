import fc from 'fast-check';
import { intraclassCorrelation, krippendorffAlphaInterval, ratingSpread, ReliabilityUnit } from './agreement';

/** Alpha straight from the definition, over every ordered pair: quadratic, for checking only. */
function alphaByPairs(units: ReliabilityUnit[]): number {
  const pairable = units.filter((unit) => unit.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  let observed = 0;
  for (const unit of pairable) {
    let sum = 0;
    for (let i = 0; i < unit.length; i++)
      for (let j = 0; j < unit.length; j++) if (i !== j) sum += (unit[i] - unit[j]) ** 2;
    observed += sum / (unit.length - 1);
  }
  let expected = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) expected += (all[i] - all[j]) ** 2;
  return 1 - observed / n / (expected / (n * (n - 1)));
}

describe('krippendorffAlphaInterval', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers
  // by 12 units with missing values, one array per unit (column).
  //            u1 u2 u3 u4 u5 u6 u7 u8 u9 u10 u11 u12
  // Observer A: 1  2  3  3  2  1  4  1  2  .   .   .
  // Observer B: 1  2  3  3  2  2  4  1  2  5   .   3
  // Observer C: .  3  3  3  2  3  4  2  2  5   1   .
  // Observer D: 1  2  3  3  2  4  4  1  2  5   1   .
  const published: ReliabilityUnit[] = [
    [1, 1, 1],
    [2, 2, 3, 2],
    [3, 3, 3, 3],
    [3, 3, 3, 3],
    [2, 2, 2, 2],
    [1, 2, 3, 4],
    [4, 4, 4, 4],
    [1, 1, 2, 1],
    [2, 2, 2, 2],
    [5, 5, 5],
    [1, 1],
    [3],
  ];

  it('gives the published interval alpha of 0.849 for the worked example', () => {
    const result = krippendorffAlphaInterval(published);
    expect(result).toMatchObject({ alpha: 0.849, units: 11, values: 40 });
    expect(1 - result!.observedDisagreement / result!.expectedDisagreement).toBeCloseTo(alphaByPairs(published), 12);
  });

  it('ignores units with a single value', () => {
    const withoutSingle = published.slice(0, 11);
    expect(krippendorffAlphaInterval(withoutSingle)).toEqual(krippendorffAlphaInterval(published));
    expect(krippendorffAlphaInterval([...published, [100], [-7]])).toEqual(krippendorffAlphaInterval(published));
  });

  it('does not depend on the order of the values inside a unit', () => {
    const shuffled = published.map((unit) => [...unit].reverse());
    expect(krippendorffAlphaInterval(shuffled)).toEqual(krippendorffAlphaInterval(published));
  });

  it('is 1 when the coders of every unit agree', () => {
    const result = krippendorffAlphaInterval([[1, 1, 1], [3, 3], [5, 5, 5, 5], [2]]);
    expect(result).toMatchObject({ alpha: 1, units: 3, values: 9, observedDisagreement: 0 });
  });

  it('is negative when the coders disagree systematically', () => {
    // D_o = (2/1 + 2/1) / 4 = 1; D_e = 8 / (4 * 3) = 2/3; alpha = 1 - 3/2.
    const result = krippendorffAlphaInterval([
      [1, 2],
      [2, 1],
    ]);
    expect(result!.alpha).toBe(-0.5);
    expect(result!.observedDisagreement).toBe(1);
    expect(result!.expectedDisagreement).toBeCloseTo(2 / 3, 12);
  });

  it('is null without two pairable values, without variation, or with a value that is not a number', () => {
    expect(krippendorffAlphaInterval([])).toBeNull();
    expect(krippendorffAlphaInterval([[1], [2], [3]])).toBeNull();
    expect(krippendorffAlphaInterval([[4, 4], [4, 4, 4], [1]])).toBeNull();
    expect(
      krippendorffAlphaInterval([
        [1, 2],
        [3, NaN],
      ]),
    ).toBeNull();
  });

  it('agrees with the pairwise definition', () => {
    const unit = fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const result = krippendorffAlphaInterval(units);
        if (result === null) return;
        const exact = alphaByPairs(units);
        expect(1 - result.observedDisagreement / result.expectedDisagreement).toBeCloseTo(exact, 9);
        expect(Math.abs(result.alpha - exact)).toBeLessThanOrEqual(0.0005 + 1e-12);
      }),
    );
  });

  it('handles 100,000 values in linear time, in small units or in one large unit', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 5) + 1);
    const small: number[][] = [];
    for (let i = 0; i < values.length; i += 4) small.push(values.slice(i, i + 4));
    const started = performance.now();
    expect(krippendorffAlphaInterval(small)).not.toBeNull();
    expect(krippendorffAlphaInterval([values])!.values).toBe(100_000);
    // Generous for a loaded machine; the pairwise sum would take minutes.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('intraclassCorrelation', () => {
  // Shrout & Fleiss (1979), Table 2: 6 targets (rows) by 4 judges (columns).
  const table2 = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];

  it('gives the published coefficients of Shrout & Fleiss (1979), Table 4', () => {
    const result = intraclassCorrelation(table2)!;
    expect(result.subjects).toBe(6);
    expect(result.raters).toBe(4);
    expect(result.icc1_1).toBeCloseTo(0.17, 2);
    expect(result.icc2_1).toBeCloseTo(0.29, 2);
    expect(result.icc1_k).toBeCloseTo(0.44, 2);
    expect(result.icc2_k).toBeCloseTo(0.62, 2);
    expect(result.icc3_k).toBeCloseTo(0.91, 2);
    // ICC(3,1) is 0.7149 before rounding, the published .71; rounded to three
    // decimals it is 0.715, on the very edge of toBeCloseTo(0.71, 2).
    expect(result.icc3_1).toBe(0.715);
    // To three decimals, as worked by hand from the mean squares of Table 3
    // (BMS 11.24, JMS 32.49, EMS 1.02, WMS 6.26).
    expect(result).toMatchObject({
      icc1_1: 0.166,
      icc2_1: 0.29,
      icc3_1: 0.715,
      icc1_k: 0.443,
      icc2_k: 0.62,
      icc3_k: 0.909,
    });
  });

  it('does not change when a constant is added to every rating', () => {
    const shifted = table2.map((row) => row.map((value) => value + 100));
    expect(intraclassCorrelation(shifted)).toEqual(intraclassCorrelation(table2));
  });

  it('keeps consistency but loses absolute agreement when one rater is shifted', () => {
    const base = intraclassCorrelation(table2)!;
    const harsh = intraclassCorrelation(table2.map((row) => row.map((value, j) => (j === 0 ? value - 3 : value))))!;
    expect(harsh.icc3_1).toBe(base.icc3_1);
    expect(harsh.icc3_k).toBe(base.icc3_k);
    expect(harsh.icc2_1).not.toBe(base.icc2_1);
  });

  it('is 1 for every form when all raters give each subject the same rating', () => {
    const result = intraclassCorrelation([
      [1, 1, 1],
      [3, 3, 3],
      [5, 5, 5],
    ]);
    expect(result).toEqual({
      icc2_1: 1,
      icc2_k: 1,
      icc3_1: 1,
      icc3_k: 1,
      icc1_1: 1,
      icc1_k: 1,
      subjects: 3,
      raters: 3,
    });
  });

  it('is null for a design it cannot judge', () => {
    expect(intraclassCorrelation([])).toBeNull();
    expect(intraclassCorrelation([[1, 2, 3]])).toBeNull(); // one subject
    expect(intraclassCorrelation([[1], [2], [3]])).toBeNull(); // one rater
    expect(intraclassCorrelation([[1, 2], [3]])).toBeNull(); // a missing rating
    expect(
      intraclassCorrelation([
        [1, 2],
        [3, Infinity],
      ]),
    ).toBeNull();
    expect(
      intraclassCorrelation([
        [NaN, 2],
        [3, 4],
      ]),
    ).toBeNull();
    expect(
      intraclassCorrelation([
        [2, 2],
        [2, 2],
      ]),
    ).toBeNull(); // no variation at all
    expect(
      intraclassCorrelation([
        [0.1, 0.2, 0.7],
        [0.7, 0.1, 0.2],
        [0.2, 0.7, 0.1],
      ]),
    ).toBeNull(); // subjects that do not differ: BMS = 0
  });
});

describe('ratingSpread', () => {
  it('is the highest rating minus the lowest', () => {
    expect(ratingSpread([3, 1, 4])).toBe(3);
    expect(ratingSpread([2, 2])).toBe(0);
  });

  it('is null with fewer than two ratings or a rating that is not a number', () => {
    expect(ratingSpread([])).toBeNull();
    expect(ratingSpread([4])).toBeNull();
    expect(ratingSpread([1, NaN, 3])).toBeNull();
  });
});
