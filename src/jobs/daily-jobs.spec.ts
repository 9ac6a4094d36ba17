import { nextDailyRun } from './daily-jobs';

describe('the time of the daily jobs', () => {
  const at = { hour: 3, minute: 0 };

  it('is today when the time is still to come, tomorrow when it has passed', () => {
    expect(nextDailyRun(new Date('2026-12-07T01:59:00Z'), at)).toEqual(new Date('2026-12-07T03:00:00Z'));
    expect(nextDailyRun(new Date('2026-12-07T03:00:00Z'), at)).toEqual(new Date('2026-12-08T03:00:00Z'));
    expect(nextDailyRun(new Date('2026-12-07T17:30:00Z'), at)).toEqual(new Date('2026-12-08T03:00:00Z'));
  });

  it('crosses the end of a month and of a year', () => {
    expect(nextDailyRun(new Date('2026-12-31T23:00:00Z'), { hour: 0, minute: 30 })).toEqual(
      new Date('2027-01-01T00:30:00Z'),
    );
    expect(nextDailyRun(new Date('2027-02-28T04:00:00Z'), at)).toEqual(new Date('2027-03-01T03:00:00Z'));
  });
});
