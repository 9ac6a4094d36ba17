import { backoffMs, JOB_NAMES, RETRY } from './job-catalogue';
import { JobHandlers, MissingJobHandlersError } from './job-handlers';

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

  it('backs off exponentially from the base, and every job has a retry policy', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 5000))).toEqual([5000, 10_000, 20_000, 40_000]);
    for (const name of JOB_NAMES) expect(RETRY[name].attempts).toBeGreaterThan(1);
  });
});
