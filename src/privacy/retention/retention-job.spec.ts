import { DomainError } from '../../common/errors/domain-error';
import type { Settings } from '../../config/settings';
import type { DailyJobs } from '../../jobs/daily-jobs';
import type { JobHandlers } from '../../jobs/job-handlers';
import type { ErasureService } from '../erasure/erasure.service';
import { RetentionJob } from './retention-job';
import type { RetentionCandidate } from './retention-policy';
import type { RetentionRepository } from './retention.repository';

const NOW = new Date('2026-12-07T03:00:00Z');

function person(id: string): RetentionCandidate {
  return {
    id,
    name: `Candidate ${id}`,
    createdAt: new Date('2024-01-01T00:00:00Z'),
    lastClosedAt: new Date('2025-06-30T12:00:00Z'),
    consentPurpose: null,
    consentAt: null,
  };
}

/** The job over a list of due ids and those still due when read again; erasure answers as `answer` says. */
function jobOver(
  ids: string[],
  stillDue: string[],
  answer: (id: string) => Promise<unknown> = async () => ({}),
  monthsAfterClose: number | null = 12,
) {
  const asked: { id: string; reason: string; source: string; actor: string | null }[] = [];
  const registered: string[] = [];
  const repository = {
    dueIds: async () => ids,
    dueAmong: async (_cutoffs: unknown, batch: string[]) => batch.filter((id) => stillDue.includes(id)).map(person),
  } as unknown as RetentionRepository;
  const erasure = {
    request: async (id: string, input: { reason: string; source: string }, actor: string | null) => {
      asked.push({ id, ...input, actor });
      return answer(id);
    },
  } as unknown as ErasureService;
  const settings = { retention: { monthsAfterClose, talentPoolMonths: 12 } } as Settings;
  const handlers = { handle: (name: string) => registered.push(name) } as unknown as JobHandlers;
  const daily = { register: (name: string) => registered.push(`daily ${name}`) } as unknown as DailyJobs;
  return { job: new RetentionJob(repository, erasure, settings, handlers, daily), asked, registered };
}

describe('the daily retention job', () => {
  it('is a daily job with a handler of its own', () => {
    expect(jobOver([], []).registered).toEqual(['privacy.retention', 'daily privacy.retention']);
  });

  it('asks to erase each candidate still due, as the policy, with the rule as the reason', async () => {
    const { job, asked } = jobOver(['a', 'b', 'c'], ['a', 'c']);
    expect(await job.run(NOW)).toEqual({ requested: 2, skipped: 1, refused: 0 });
    expect(asked).toEqual([
      {
        id: 'a',
        source: 'policy',
        actor: null,
        reason:
          'Retention policy (RETENTION_MONTHS_AFTER_CLOSE=12): last application closed on 2025-06-30, over 12 months ago',
      },
      expect.objectContaining({ id: 'c', source: 'policy', actor: null }),
    ]);
  });

  it('counts a refusal (a hold placed that moment) and one gone meanwhile, and goes on', async () => {
    const { job, asked } = jobOver(['a', 'b', 'c'], ['a', 'b', 'c'], async (id) => {
      if (id === 'a') throw new DomainError('CANDIDATE_ON_LEGAL_HOLD', 'conflict', 'held');
      if (id === 'b') throw new DomainError('CANDIDATE_MERGED', 'not_found', 'merged');
      return {};
    });
    expect(await job.run(NOW)).toEqual({ requested: 1, skipped: 1, refused: 1 });
    expect(asked.map((one) => one.id)).toEqual(['a', 'b', 'c']);
  });

  it('fails after asking for the others when an erasure cannot be asked for, so that it is tried again', async () => {
    const { job, asked } = jobOver(['a', 'b'], ['a', 'b'], async (id) => {
      if (id === 'a') throw new Error('database is locked');
    });
    await expect(job.run(NOW)).rejects.toThrow(
      'The erasure of 1 candidate(s) could not be asked for: a: database is locked',
    );
    expect(asked.map((one) => one.id)).toEqual(['a', 'b']);
  });

  it('reads again in batches, so one who became not due meanwhile is left alone', async () => {
    const ids = Array.from({ length: 250 }, (_, index) => `c${index}`);
    const { job, asked } = jobOver(
      ids,
      ids.filter((_, index) => index % 50 !== 0),
    );
    expect(await job.run(NOW)).toEqual({ requested: 245, skipped: 5, refused: 0 });
    expect(asked).toHaveLength(245);
  });

  it('does nothing when the policy is off', async () => {
    const { job, asked } = jobOver(['a'], ['a'], undefined, null);
    expect(await job.run(NOW)).toEqual({ requested: 0, skipped: 0, refused: 0 });
    expect(asked).toEqual([]);
  });
});
