import { DailyJobs } from '../src/jobs/daily-jobs';
import { JobQueue } from '../src/jobs/job-queue';
import { createTestApp, TestApp } from './support/test-app';

describe('the daily jobs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const recordedFor = async (day: string): Promise<string[]> =>
    (await t.dataSource.query(`SELECT name FROM jobs WHERE dedupe_key LIKE '%:${day}' ORDER BY name`)).map(
      (row: { name: string }) => row.name,
    );

  it('are queued once a day, however many processes reach the time at once', async () => {
    const daily = t.get(DailyJobs);
    // Six processes' timers firing together (on PostgreSQL each on a connection of its own).
    const results = await Promise.all(Array.from({ length: 6 }, () => daily.queue(new Date('2031-03-04T03:00:00Z'))));
    const names = await recordedFor('2031-03-04');
    expect(results.flat()).toHaveLength(names.length);
    expect(names).toEqual(['audit.prune', 'cvs.sweep-orphans', 'privacy.retention']);
    await t.get(JobQueue).idle();

    // Later the same day, after the jobs are done: still claimed, nothing queued again.
    expect(await daily.queue(new Date('2031-03-04T21:00:00Z'))).toEqual([]);
    expect(await recordedFor('2031-03-04')).toEqual(names);
    // The next day is a new claim.
    expect(await daily.queue(new Date('2031-03-05T03:00:00Z'))).toHaveLength(3);
    const claims: { run_key: string }[] = await t.dataSource.query(
      'SELECT run_key FROM scheduled_runs ORDER BY run_key',
    );
    expect(claims.map((row) => row.run_key)).toEqual([
      'audit.prune:2031-03-04',
      'audit.prune:2031-03-05',
      'cvs.sweep-orphans:2031-03-04',
      'cvs.sweep-orphans:2031-03-05',
      'privacy.retention:2031-03-04',
      'privacy.retention:2031-03-05',
    ]);
  });
});
