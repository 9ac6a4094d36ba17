import {
  conversion,
  funnelOf,
  isCalendarDate,
  periodBounds,
  periodProblems,
  quantile,
  quantileRank,
  QUANTILES,
  rankKnockouts,
  roundedSpread,
  sourcesOf,
  spreadOf,
} from './pipeline-figures';

describe('quantiles', () => {
  it('interpolates between the two nearest ranks, as percentile_cont does', () => {
    expect(quantile([1, 2, 3, 4], QUANTILES.median)).toBe(2.5);
    expect(quantile([1, 2, 3], QUANTILES.median)).toBe(2);
    // (10 - 1) * 0.9 = 8.1: a tenth of the way from the 9th value to the 10th.
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 19], QUANTILES.p90)).toBeCloseTo(10);
    expect(quantile([0, 10], QUANTILES.p90)).toBeCloseTo(9);
  });

  it('gives nothing for no values and the value itself for one', () => {
    expect(quantile([], QUANTILES.median)).toBeNull();
    expect(quantile([], QUANTILES.p90)).toBeNull();
    expect(quantile([4.5], QUANTILES.median)).toBe(4.5);
    expect(quantile([4.5], QUANTILES.p90)).toBe(4.5);
  });

  it('finds its ranks in whole numbers, never past the last value', () => {
    for (let n = 1; n <= 500; n += 1) {
      for (const tenths of Object.values(QUANTILES)) {
        const { lower, fraction } = quantileRank(n, tenths);
        expect(lower).toBe(Math.trunc(((n - 1) * tenths) / 10));
        expect(fraction).toBeGreaterThanOrEqual(0);
        expect(fraction).toBeLessThan(1);
        if (fraction > 0) expect(lower + 1).toBeLessThan(n);
      }
    }
  });

  it('gives the median and p90 of durations in any order, to hundredths of a day, and what they rest on', () => {
    expect(spreadOf([21, 0.5, 3, 2, 89, 1, 8, 2, 34, 13, 55])).toEqual({ medianDays: 8, p90Days: 55, basedOn: 11 });
    expect(spreadOf([2.004])).toEqual({ medianDays: 2, p90Days: 2, basedOn: 1 });
    expect(spreadOf([1 / 3, 2 / 3])).toEqual({ medianDays: 0.5, p90Days: 0.63, basedOn: 2 });
    expect(spreadOf([])).toEqual({ medianDays: null, p90Days: null, basedOn: 0 });
  });

  it('rounds a median and p90 the database worked out as its own are rounded', () => {
    expect(roundedSpread(2, 0.5, 0.6333333)).toEqual(spreadOf([1 / 3, 2 / 3]));
    expect(roundedSpread(0, null, null)).toEqual(spreadOf([]));
  });
});

describe('conversion', () => {
  it('is the share of the stage before, to four places, and null after an empty stage', () => {
    expect(conversion(1, 3)).toBe(0.3333);
    expect(conversion(0, 5)).toBe(0);
    expect(conversion(4, 4)).toBe(1);
    expect(conversion(0, 0)).toBeNull();
  });
});

describe('funnelOf and sourcesOf', () => {
  it('counts everyone who got at least as far as a stage, and converts between neighbours', () => {
    const funnel = funnelOf([
      { source: 'linkedin', furthest: 0, applications: 4 },
      { source: 'linkedin', furthest: 2, applications: 3 },
      { source: null, furthest: 1, applications: 2 },
      { source: 'referral', furthest: 4, applications: 1 },
    ]);
    expect(funnel).toEqual([
      { stage: 'applied', reached: 10, conversion: null },
      { stage: 'screening', reached: 6, conversion: 0.6 },
      { stage: 'interview', reached: 4, conversion: 0.6667 },
      { stage: 'offer', reached: 1, conversion: 0.25 },
      { stage: 'hired', reached: 1, conversion: 1 },
    ]);
  });

  it('is all zeros, with no conversions, when nobody applied', () => {
    expect(funnelOf([]).map((step) => [step.reached, step.conversion])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(sourcesOf([])).toEqual([]);
  });

  it('shows one applicant who was never hired, and nobody hired', () => {
    expect(funnelOf([{ source: 'site', furthest: 1, applications: 1 }]).map((step) => step.reached)).toEqual([
      1, 1, 0, 0, 0,
    ]);
    expect(funnelOf([{ source: 'site', furthest: 1, applications: 1 }])[2].conversion).toBe(0);
  });

  it('gives each source its applicants and how far they got, largest first, the unnamed source last on a tie', () => {
    expect(
      sourcesOf([
        { source: null, furthest: 0, applications: 2 },
        { source: 'referral', furthest: 4, applications: 1 },
        { source: 'referral', furthest: 3, applications: 1 },
        { source: 'linkedin', furthest: 2, applications: 5 },
        { source: 'site', furthest: 0, applications: 2 },
      ]),
    ).toEqual([
      { source: 'linkedin', applicants: 5, screening: 5, interview: 5, offer: 0, hired: 0 },
      { source: 'referral', applicants: 2, screening: 2, interview: 2, offer: 2, hired: 1 },
      { source: 'site', applicants: 2, screening: 0, interview: 0, offer: 0, hired: 0 },
      { source: null, applicants: 2, screening: 0, interview: 0, offer: 0, hired: 0 },
    ]);
  });
});

describe('rankKnockouts', () => {
  it('puts the knock-outs that rejected the most first, then those failed most', () => {
    expect(
      rankKnockouts([
        { criterion: 'education', failed: 9, rejected: 2 },
        { criterion: 'salesExperience', failed: 3, rejected: 3 },
        { criterion: 'languages', failed: 10, rejected: 2 },
      ]).map((row) => row.criterion),
    ).toEqual(['salesExperience', 'languages', 'education']);
  });
});

describe('periods', () => {
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('26-01-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
  });

  it('names the field that is wrong, and a start after the end as the start', () => {
    expect(periodProblems({ from: null, to: null })).toEqual([]);
    expect(periodProblems({ from: '2026-01-01', to: '2026-01-01' })).toEqual([]);
    expect(periodProblems({ from: '2026-02-30', to: 'soon' }).map((problem) => problem.field)).toEqual(['from', 'to']);
    expect(periodProblems({ from: '2026-03-02', to: '2026-03-01' })).toEqual([
      { field: 'from', messages: ['from must not be after to'] },
    ]);
  });

  it('includes the whole last day', () => {
    expect(periodBounds({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: new Date('2026-03-01T00:00:00Z'),
      before: new Date('2026-04-01T00:00:00Z'),
    });
    expect(periodBounds({ from: null, to: null })).toEqual({ from: undefined, before: undefined });
  });
});
