import fc from 'fast-check';
import { civilFromDays, DatedJob, salesExperience } from './sales-experience';

const sales = (start: string, end: string | null): DatedJob => ({ start, end, salesRole: true });
const years = (jobs: DatedJob[], reference = '2026-11-23') => salesExperience(jobs, reference).years;

describe('salesExperience', () => {
  it('counts exactly two years for two calendar years, and less for one day short', () => {
    expect(years([sales('2021-01-01', '2022-12-31')])).toBe(2);
    expect(years([sales('2020-01-01', '2021-12-31')])).toBe(2); // a leap year in between
    expect(years([sales('2021-01-01', '2022-12-30')])).toBeLessThan(2);
    expect(years([sales('2021-01-01', '2022-12-30')])).toBeGreaterThan(1.99);
  });

  it('runs an ongoing job to the reference date, inclusive', () => {
    expect(years([sales('2024-11-24', null)], '2026-11-23')).toBe(2);
    expect(years([sales('2024-11-25', null)], '2026-11-23')).toBeLessThan(2);
  });

  it('counts overlapping and back-to-back jobs once', () => {
    const overlapping = [sales('2018-01-01', '2020-12-31'), sales('2020-01-01', '2021-12-31')];
    expect(years(overlapping)).toBe(4);
    const backToBack = [sales('2018-01-01', '2019-06-30'), sales('2019-07-01', '2019-12-31')];
    expect(years(backToBack)).toBe(2);
    const nested = [sales('2015-01-01', '2019-12-31'), sales('2016-03-01', '2016-05-31')];
    expect(years(nested)).toBe(5);
  });

  it('ignores time after the reference date and jobs that are not sales roles', () => {
    expect(years([sales('2026-01-01', '2030-12-31')], '2026-06-30')).toBe(0.5);
    expect(years([sales('2027-01-01', null)], '2026-06-30')).toBe(0);
    expect(years([{ start: '2010-01-01', end: '2020-12-31', salesRole: false }])).toBe(0);
  });

  it('counts jobs whose sales role is unknown, without their years', () => {
    const result = salesExperience(
      [{ start: '2010-01-01', end: '2015-12-31' }, sales('2016-01-01', '2016-12-31')],
      '2026-11-23',
    );
    expect(result).toEqual({ years: 1, unclassifiedJobs: 1 });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => years([sales('2020-1-1', null)])).toThrow(RangeError);
  });

  const day = fc
    .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2026, 0, 1) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const job = fc
    .tuple(day, day, fc.boolean())
    .map(([a, b, ongoing]) => sales(a < b ? a : b, ongoing ? null : a < b ? b : a));

  it('never counts more than the time from the first start to the reference date, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(job, { maxLength: 8 }), (jobs) => {
        const total = years(jobs, '2026-06-30');
        expect(years([...jobs].reverse(), '2026-06-30')).toBeCloseTo(total, 9);
        if (jobs.length === 0) return expect(total).toBe(0);
        const first = jobs.map((j) => j.start).sort()[0];
        expect(total).toBeLessThanOrEqual(years([sales(first, null)], '2026-06-30') + 1e-9);
      }),
    );
  });

  it('never goes down when a job is added', () => {
    fc.assert(
      fc.property(fc.array(job, { maxLength: 6 }), job, (jobs, extra) => {
        expect(years([...jobs, extra])).toBeGreaterThanOrEqual(years(jobs) - 1e-9);
      }),
    );
  });

  it('turns day numbers into calendar dates exactly as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const date = new Date(days * 86_400_000);
        const expected = date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
        expect(civilFromDays(days)).toBe(expected);
      }),
    );
  });
});
