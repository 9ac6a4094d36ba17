import fc from 'fast-check';
import { intraclassCorrelation, krippendorffAlphaInterval, ratingSpread, ReliabilityUnit } from './agreement';
import { IccInterval } from './icc-intervals';

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

  it('gives the published interval alpha of 0.849 for the worked example, unrounded, with D_o and D_e', () => {
    const result = krippendorffAlphaInterval(published)!;
    expect(result).toMatchObject({ units: 11, values: 40 });
    // Worked exactly from the definition over the 40 pairable values:
    // D_o = 13/30, D_e = 112/39, alpha = 1 − D_o/D_e = 951/1120 = 0.84910714…
    expect(result.observedDisagreement).toBeCloseTo(13 / 30, 12);
    expect(result.expectedDisagreement).toBeCloseTo(112 / 39, 12);
    expect(result.alpha).toBeCloseTo(951 / 1120, 12);
    expect(result.alpha.toFixed(3)).toBe('0.849');
    expect(result.alpha).toBeCloseTo(alphaByPairs(published), 12);
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
    expect(result!.alpha).toBeCloseTo(-0.5, 12);
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
        expect(result.alpha).toBeCloseTo(exact, 9);
        expect(result.alpha).toBe(1 - result.observedDisagreement / result.expectedDisagreement);
      }),
    );
  });

  it('handles 100,000 values in linear time, in small units or in one large unit', () => {
    /** The best of three runs over n values, as many units of four and as one unit. */
    const timed = (n: number): number => {
      const values = Array.from({ length: n }, (_, i) => ((i * 7919) % 5) + 1);
      const small: number[][] = [];
      for (let i = 0; i < values.length; i += 4) small.push(values.slice(i, i + 4));
      const runs: number[] = [];
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        expect(krippendorffAlphaInterval(small)).not.toBeNull();
        expect(krippendorffAlphaInterval([values])!.values).toBe(n);
        runs.push(performance.now() - started);
      }
      return Math.min(...runs);
    };
    const tenThousand = timed(10_000);
    const hundredThousand = timed(100_000);
    // Ten times the values take about ten times as long; a pairwise sum would take a hundred times (minutes).
    // Measured against itself in the same run, so a busy machine slows both alike.
    expect(hundredThousand).toBeLessThan(tenThousand * 30 + 20);
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

  it('gives the published coefficients of Shrout & Fleiss (1979), Table 4, unrounded, with the ANOVA of Table 3', () => {
    const result = intraclassCorrelation(table2)!;
    expect(result.subjects).toBe(6);
    expect(result.raters).toBe(4);
    // The published two decimals.
    expect(result.icc1_1).toBeCloseTo(0.17, 2);
    expect(result.icc2_1).toBeCloseTo(0.29, 2);
    expect(result.icc3_1).toBeCloseTo(0.71, 2);
    expect(result.icc1_k).toBeCloseTo(0.44, 2);
    expect(result.icc2_k).toBeCloseTo(0.62, 2);
    expect(result.icc3_k).toBeCloseTo(0.91, 2);
    // Table 3 (BMS 11.24, JMS 32.49, EMS 1.02, WMS 6.26), exactly: 1349/120, 2339/72, 367/360, 451/72.
    const { anova } = result;
    expect(anova.msr).toBeCloseTo(1349 / 120, 12);
    expect(anova.msc).toBeCloseTo(2339 / 72, 12);
    expect(anova.mse).toBeCloseTo(367 / 360, 12);
    expect(anova.msw).toBeCloseTo(451 / 72, 12);
    expect(anova).toMatchObject({ dfr: 5, dfc: 3, dfe: 15, dfw: 18 });
    // Full precision, worked by hand from those mean squares, e.g.
    // ICC(3,1) = (BMS − EMS) / (BMS + 3·EMS) = 920/1287 = 0.71484…, the published .71.
    expect(result.icc1_1).toBeCloseTo((1349 / 120 - 451 / 72) / (1349 / 120 + (3 * 451) / 72), 12);
    expect(result.icc3_1).toBeCloseTo(920 / 1287, 12);
    expect(result.icc3_k).toBeCloseTo(1 - 367 / 360 / (1349 / 120), 12);
    expect(result).toMatchObject({
      icc1_1: expect.closeTo(0.1657417684, 9),
      icc2_1: expect.closeTo(0.2897637795, 9),
      icc3_1: expect.closeTo(0.7148407148, 9),
      icc1_k: expect.closeTo(0.4427971337, 9),
      icc2_k: expect.closeTo(0.6200505476, 9),
      icc3_k: expect.closeTo(0.9093155424, 9),
    });
  });

  it('gives the 95% intervals that R prints for the Shrout & Fleiss data', () => {
    // psych::ICC on Table 2, as printed in D. Wollschläger's R Examples
    // Repository (RExRepos), "Inter-rater-reliability and Intra-class-correlation":
    // lower bounds to 3 decimals, upper bounds to 2.
    const { intervals } = intraclassCorrelation(table2)!;
    expect(intervals.level).toBe(0.95);
    const published: Record<string, [number, number]> = {
      icc1_1: [-0.133, 0.72],
      icc2_1: [0.019, 0.76],
      icc3_1: [0.342, 0.95],
      icc1_k: [-0.884, 0.91],
      icc2_k: [0.071, 0.93],
      icc3_k: [0.676, 0.99],
    };
    for (const [form, [lower, upper]] of Object.entries(published)) {
      const interval = intervals[form as keyof typeof published & keyof typeof intervals] as IccInterval;
      expect([form, interval.lower.toFixed(3), interval.upper.toFixed(2)]).toEqual([
        form,
        lower.toFixed(3),
        upper.toFixed(2),
      ]);
    }
    // The same limits from McGraw and Wong's Table 7 formulas worked with
    // SciPy 1.17's F quantile, to 7 decimals; v is their approximate df.
    expect(intervals.approximateDf).toBeCloseTo(4.785143862212761, 9);
    expect(intervals).toMatchObject({
      icc1_1: { lower: expect.closeTo(-0.1329323249, 7), upper: expect.closeTo(0.7225600623, 7) },
      icc2_1: { lower: expect.closeTo(0.0187865134, 7), upper: expect.closeTo(0.7610843696, 7) },
      icc3_1: { lower: expect.closeTo(0.342464765, 7), upper: expect.closeTo(0.94585826, 7) },
      icc1_k: { lower: expect.closeTo(-0.8844421552, 7), upper: expect.closeTo(0.9124154203, 7) },
      icc2_k: { lower: expect.closeTo(0.0711368153, 7), upper: expect.closeTo(0.9272320402, 7) },
      icc3_k: { lower: expect.closeTo(0.6756747138, 7), upper: expect.closeTo(0.9858916782, 7) },
    });
  });

  it('gives intervals for two raters, and for raters who differ only by a constant', () => {
    // Ten subjects by two raters; limits worked with SciPy as above.
    const pairs = [
      [103, 119],
      [82, 65],
      [116, 106],
      [102, 102],
      [99, 105],
      [98, 100],
      [104, 107],
      [62, 85],
      [97, 101],
      [107, 110],
    ];
    const two = intraclassCorrelation(pairs)!;
    expect(two.anova).toMatchObject({ msc: 45, dfr: 9, dfc: 1, dfe: 9, dfw: 10 });
    expect(two.intervals).toMatchObject({
      icc1_1: { lower: expect.closeTo(0.2414067045, 7), upper: expect.closeTo(0.9216086075, 7) },
      icc2_1: { lower: expect.closeTo(0.227514791, 7), upper: expect.closeTo(0.9217029111, 7) },
      icc3_1: { lower: expect.closeTo(0.1967504175, 7), upper: expect.closeTo(0.9204740118, 7) },
      icc2_k: { lower: expect.closeTo(0.3706917305, 7), upper: expect.closeTo(0.959256403, 7) },
      approximateDf: expect.closeTo(9.826122059581, 8),
    });
    // The second rater always one point above the first: no residual, so
    // consistency is 1 with no doubt; absolute agreement has an interval with v = k − 1.
    const offset = intraclassCorrelation([
      [1, 2],
      [2, 3],
      [3, 4],
      [5, 6],
    ])!;
    expect(offset.icc3_1).toBe(1);
    expect(offset.intervals.icc3_1).toEqual({ lower: 1, upper: 1 });
    expect(offset.intervals.icc3_k).toEqual({ lower: 1, upper: 1 });
    expect(offset.intervals.approximateDf).toBeCloseTo(1, 9);
    expect(offset.intervals.icc2_1).toEqual({
      lower: expect.closeTo(0.0067050093, 7),
      upper: expect.closeTo(0.9902679638, 7),
    });
    expect(offset.intervals.icc1_1).toEqual({
      lower: expect.closeTo(0.0779579896, 7),
      upper: expect.closeTo(0.9887119224, 7),
    });
  });

  it('does not change when a constant is added to every rating', () => {
    const shifted = table2.map((row) => row.map((value) => value + 100));
    const base = intraclassCorrelation(table2)!;
    const moved = intraclassCorrelation(shifted)!;
    for (const form of ['icc1_1', 'icc1_k', 'icc2_1', 'icc2_k', 'icc3_1', 'icc3_k'] as const) {
      expect(moved[form]).toBeCloseTo(base[form], 12);
      expect(moved.intervals[form]!.lower).toBeCloseTo(base.intervals[form]!.lower, 9);
    }
  });

  it('keeps consistency but loses absolute agreement when one rater is shifted', () => {
    const base = intraclassCorrelation(table2)!;
    const harsh = intraclassCorrelation(table2.map((row) => row.map((value, j) => (j === 0 ? value - 3 : value))))!;
    expect(harsh.icc3_1).toBeCloseTo(base.icc3_1, 12);
    expect(harsh.icc3_k).toBeCloseTo(base.icc3_k, 12);
    expect(harsh.icc2_1).not.toBeCloseTo(base.icc2_1, 2);
  });

  it('is 1 for every form when all raters give each subject the same rating', () => {
    const result = intraclassCorrelation([
      [1, 1, 1],
      [3, 3, 3],
      [5, 5, 5],
    ]);
    const one = { lower: 1, upper: 1 };
    expect(result).toEqual({
      icc2_1: 1,
      icc2_k: 1,
      icc3_1: 1,
      icc3_k: 1,
      icc1_1: 1,
      icc1_k: 1,
      subjects: 3,
      raters: 3,
      anova: { msr: 12, dfr: 2, msc: 0, dfc: 2, mse: 0, dfe: 4, msw: 0, dfw: 6 },
      intervals: {
        level: 0.95,
        icc1_1: one,
        icc1_k: one,
        icc2_1: one,
        icc2_k: one,
        icc3_1: one,
        icc3_k: one,
        approximateDf: null,
      },
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
