import { fQuantile, iccIntervals } from './icc-intervals';

describe('fQuantile', () => {
  it('gives the critical values of the published F tables', () => {
    // NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.3, upper 5% points of F.
    expect(fQuantile(0.95, 5, 10)).toBeCloseTo(3.326, 3);
    expect(fQuantile(0.95, 10, 10)).toBeCloseTo(2.978, 3);
    expect(fQuantile(0.95, 1, 1)).toBeCloseTo(161.448, 3);
    // The 97.5% points the Shrout & Fleiss intervals use, to SciPy's 1e-7.
    expect(fQuantile(0.975, 5, 18)).toBeCloseTo(3.3819678059, 7);
    expect(fQuantile(0.975, 18, 5)).toBeCloseTo(6.3618832047, 7);
    expect(fQuantile(0.975, 5, 15)).toBeCloseTo(3.5764153493, 7);
  });

  it('is NaN for degrees of freedom or a probability it cannot take', () => {
    expect(fQuantile(0.975, 0, 5)).toBeNaN();
    expect(fQuantile(0.975, 5, -1)).toBeNaN();
    expect(fQuantile(1, 5, 5)).toBeNaN();
    expect(fQuantile(0.975, NaN, 5)).toBeNaN();
  });
});

describe('iccIntervals', () => {
  const anova = { msr: 1349 / 120, dfr: 5, msc: 2339 / 72, dfc: 3, mse: 367 / 360, dfe: 15, msw: 451 / 72, dfw: 18 };

  it('narrows as the confidence level falls, around the same estimate', () => {
    const wide = iccIntervals(anova, 6, 4, 0.2897637795);
    const narrow = iccIntervals(anova, 6, 4, 0.2897637795, 0, 0.8);
    expect(narrow.level).toBe(0.8);
    for (const form of ['icc1_1', 'icc1_k', 'icc2_1', 'icc2_k', 'icc3_1', 'icc3_k'] as const) {
      expect(narrow[form]!.lower).toBeGreaterThan(wide[form]!.lower);
      expect(narrow[form]!.upper).toBeLessThan(wide[form]!.upper);
    }
  });

  it('has no ICC(2,·) interval when the approximate df cannot be formed', () => {
    // An estimate of 0 with no rater variance gives a = 0 and b = 1: v = df of the residual, fine;
    // with no residual either, nothing is left to divide by.
    const none = iccIntervals({ ...anova, msc: 0, mse: 0 }, 6, 4, 0);
    expect(none.icc2_1).toBeNull();
    expect(none.icc2_k).toBeNull();
    expect(none.approximateDf).toBeNull();
    const some = iccIntervals({ ...anova, msc: 0 }, 6, 4, 0);
    expect(some.approximateDf).toBeCloseTo(15, 9);
  });
});
