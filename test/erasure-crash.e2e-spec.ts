import { setTimeout as sleep } from 'node:timers/promises';
import { Role } from '../src/common/auth/role';
import { insertRows } from '../src/database/bulk-insert';
import { newId } from '../src/database/ids';
import { CandidateFact } from '../src/candidates/entities/candidate-fact.entity';
import { as, makeCandidate, makeUser, MadeUser } from './support/factories';
import { startWorker } from './support/sift-process';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(90_000);

/**
 * An erasure whose worker is killed outright (SIGKILL) as soon as it takes
 * the job: a worker started after it finishes the erasure, and nothing of the
 * person is left, wherever the kill fell.
 */
describe('an erasure whose worker is killed mid-job', () => {
  let t: TestApp;
  let admin: MadeUser;
  let recruiter: MadeUser;
  let env: Record<string, string>;

  beforeAll(async () => {
    const shared = { JOB_LOCK_MS: '1000', JOB_POLL_MS: '50', JOB_BACKOFF_MS: '50' };
    // The API only records jobs; the workers run them.
    t = await createTestApp({ env: { ...shared, JOBS_IN_API: 'false' } });
    env = {
      ...shared,
      DATABASE_URL: t.settings.database.url,
      DATA_DIR: t.settings.dataDir,
      AUTH_TOKEN_SECRET: t.settings.auth.tokenSecret!,
    };
    admin = await makeUser(t, { roles: [Role.Admin] });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
  });
  afterAll(() => t?.close());

  const p = (n: number) => (t.dataSource.options.type === 'postgres' ? `$${n}` : '?');
  const jobState = async (): Promise<string | undefined> => {
    const [row] = await t.dataSource.query(`SELECT state FROM jobs WHERE name = ${p(1)}`, ['candidate.erase']);
    return (row as { state: string } | undefined)?.state;
  };

  it('is finished by the next worker', async () => {
    const candidate = await makeCandidate(t, recruiter.token, { name: 'Helmi Härm', email: 'helmi.harm@example.ee' });
    // Much to erase, so that the kill may fall inside the work.
    const facts = Array.from({ length: 3000 }, (_, index) => ({
      id: newId(),
      candidateId: candidate.id,
      kind: 'skill',
      data: { name: `Helmi Härm oskus ${index}` },
      source: 'recruiter',
      confirmed: false,
      confirmedBy: null,
      confirmedAt: null,
      corrected: false,
      cvId: null,
      spanStart: null,
      spanEnd: null,
      evidence: `Helmi Härm kirjutas ${index}`,
      confidence: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    }));
    await insertRows(t.dataSource.manager, CandidateFact, facts, 200);

    const first = startWorker(env);
    await first.ready;
    await as(t, admin.token)
      .post(`/candidates/${candidate.id}/erasure`, { reason: 'Asked by e-mail on 2 December' })
      .expect(202);
    for (let tries = 0; (await jobState()) !== 'running' && tries < 400; tries++) await sleep(5);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startWorker(env);
    try {
      await second.ready;
      for (let tries = 0; (await jobState()) !== 'completed' && tries < 400; tries++) await sleep(50);
      expect(await jobState()).toBe('completed');
      // Taken twice: the first worker died holding it.
      const [job] = await t.dataSource.query(`SELECT attempts FROM jobs WHERE name = ${p(1)}`, ['candidate.erase']);
      expect(Number((job as { attempts: unknown }).attempts)).toBeGreaterThanOrEqual(2);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    const { body } = await as(t, admin.token).get(`/candidates/${candidate.id}/erasure`).expect(200);
    expect(body.state).toBe('completed');
    const [left] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM candidate_facts WHERE candidate_id = ${p(1)}`, [
      candidate.id,
    ]);
    expect(Number((left as { n: unknown }).n)).toBe(0);
    const [row] = await t.dataSource.query(`SELECT name, email FROM candidates WHERE id = ${p(1)}`, [candidate.id]);
    expect(row).toEqual({ name: 'Erased candidate', email: `erased-${candidate.id}@erased.invalid` });
  });
});
