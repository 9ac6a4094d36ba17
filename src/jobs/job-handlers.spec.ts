import { backoffMs, JOB_NAMES, RETRY } from './job-catalogue';
import { AttemptEnd, JobHandlers, MissingJobHandlersError, PermanentJobError } from './job-handlers';

describe('job handlers', () => {
  it('refuses to start while a job of the catalogue has no handler, naming it', () => {
    const handlers = new JobHandlers();
    for (const name of JOB_NAMES.filter((one) => one !== 'interviews.remind')) handlers.handle(name, async () => {});
    expect(() => handlers.assertComplete()).toThrow(MissingJobHandlersError);
    expect(() => handlers.assertComplete()).toThrow('No handler for the job interviews.remind');
    handlers.handle('interviews.remind', async () => {});
    expect(() => handlers.assertComplete()).not.toThrow();
  });

  it('takes one handler a job', () => {
    const handlers = new JobHandlers();
    handlers.handle('mail.send', async () => {});
    expect(() => handlers.handle('mail.send', async () => {})).toThrow('already');
  });

  it('tells its listeners how each attempt ended, as the queues decide, and how long it took', async () => {
    const handlers = new JobHandlers();
    const heard: [string, AttemptEnd, number][] = [];
    handlers.onAttempt((name, end, seconds) => heard.push([name, end, seconds]));
    let fail: Error | null = null;
    handlers.handle('audit.prune', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (fail) throw fail;
    });
    const context = { jobId: 'j', attempt: 1, lastAttempt: false };
    await handlers.run('audit.prune', {}, context);
    fail = new Error('busy');
    await expect(handlers.run('audit.prune', {}, context)).rejects.toThrow('busy');
    await expect(handlers.run('audit.prune', {}, { ...context, lastAttempt: true })).rejects.toThrow('busy');
    fail = new PermanentJobError('cannot be done');
    await expect(handlers.run('audit.prune', {}, context)).rejects.toThrow('cannot be done');
    expect(heard.map(([name, end]) => [name, end])).toEqual([
      ['audit.prune', 'completed'],
      ['audit.prune', 'retried'],
      ['audit.prune', 'failed'],
      ['audit.prune', 'failed'],
    ]);
    for (const [, , seconds] of heard) expect(seconds).toBeGreaterThanOrEqual(0.015);
  });

  it('backs off exponentially from the base, and every job has a retry policy', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 5000))).toEqual([5000, 10_000, 20_000, 40_000]);
    for (const name of JOB_NAMES) expect(RETRY[name].attempts).toBeGreaterThan(1);
  });
});
