import { HealthReport } from '../../health/health.service';
import { jobsView } from './jobs.view';

const HEALTH: HealthReport = {
  status: 'degraded',
  checks: {
    queue: { status: 'down', kind: 'redis', waitingForHandover: 3, error: 'connect ECONNREFUSED' },
    database: { status: 'up', dialect: 'sqlite', latencyMs: 1 },
    migrations: { status: 'up', applied: 20, pending: [] },
  },
};
const COUNTS = { outbox: 3, waiting: 1, delayed: 2, active: 0, completed: 9, failed: 1 };

describe('the jobs’ view', () => {
  it('shows the health as /health reports it, and the outbox count only with Redis', () => {
    const model = jobsView(HEALTH, COUNTS, []);
    expect(model).toMatchObject({
      statusKey: 'admin.jobs.health.degraded',
      queue: { kindKey: 'admin.jobs.kind.redis', up: false, error: 'connect ECONNREFUSED', waitingForHandover: 3 },
      database: { up: true, dialect: 'sqlite' },
    });
    expect(model.counts.map((count) => count.state)).toEqual([
      'outbox',
      'waiting',
      'delayed',
      'active',
      'completed',
      'failed',
    ]);
    const database = {
      ...HEALTH,
      checks: { ...HEALTH.checks, queue: { ...HEALTH.checks.queue, kind: 'database' as const } },
    };
    expect(jobsView(database, COUNTS, []).counts.map((count) => count.state)).not.toContain('outbox');
  });

  it('lists failed jobs with their payload as text, and a notice only for what it knows', () => {
    const failedAt = new Date('2026-12-06T10:00:00Z');
    const model = jobsView(
      HEALTH,
      COUNTS,
      [{ id: 'j1', name: 'mail.send', payload: { mailId: 'm1' }, attempts: 9, error: 'refused', failedAt }],
      { done: 'retried' },
    );
    expect(model.failed).toEqual([
      { id: 'j1', name: 'mail.send', payload: '{"mailId":"m1"}', attempts: 9, error: 'refused', failedAt },
    ]);
    expect(model.notice).toEqual({ key: 'admin.jobs.done.retried' });
    expect(jobsView(HEALTH, COUNTS, [], { done: 'x' }).notice).toBeUndefined();
  });
});
