import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import { RoleProfilesRepository } from '../src/role-profiles/role-profiles.repository';
import { Criteria } from '../src/scoring/profile';
import { SCORING_ENGINE_VERSION, ScoringInput } from '../src/scoring/provenance';
import { compileProfile, ScoreResult, scoreCandidate } from '../src/scoring/score';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

interface StoredScore {
  engineVersion: number | null;
  profileVersion: number | null;
  input: ScoringInput | null;
  screening: ScoreResult | null;
}

/** Each stored score keeps the engine's version and the facts it read, so it can be made again as it was made. */
describe('score provenance', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let profileId: string;
  let vacancyId: string;

  const json = <T>(value: unknown): T | null =>
    value === null ? null : ((typeof value === 'string' ? JSON.parse(value) : value) as T);

  async function stored(applicationId: string): Promise<StoredScore> {
    const [row] = await t.dataSource.query(
      `SELECT engine_version AS "engineVersion", profile_version AS "profileVersion", scoring_input AS input, screening
         FROM applications WHERE id = ${t.dataSource.options.type === 'postgres' ? '$1' : '?'}`,
      [applicationId],
    );
    return {
      engineVersion: row.engineVersion === null ? null : Number(row.engineVersion),
      profileVersion: Number(row.profileVersion),
      input: json<ScoringInput>(row.input),
      screening: json<ScoreResult>(row.screening),
    };
  }

  /** The stored facts scored again against the stored profile version: the score as it was made. */
  async function replay(score: StoredScore): Promise<ScoreResult> {
    const version = (await t.get(RoleProfilesRepository).findVersion(profileId, score.profileVersion!))!;
    const profile = compileProfile(version.criteria as Criteria, 'nl');
    return scoreCandidate(profile, score.input!.facts, score.input!.referenceDate);
  }

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    profileId = (await makeProfile(t, recruiter.token)).id;
    vacancyId = (
      await makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profileId, hiringManagerIds: [manager.user.id] },
        { open: true },
      )
    ).id;
  });
  afterAll(() => t.close());

  it('stores the engine version and the facts a fresh screening read, and only what it read', async () => {
    const api = as(t, recruiter.token);
    const candidate = await makeCandidate(t, recruiter.token, { language: 'et' });
    const fact = (kind: string, data: object) =>
      api.post(`/candidates/${candidate.id}/facts`, { kind, source: 'recruiter', data, confirmed: true }).expect(201);
    const education = (await fact('education', { level: 'hbo', institution: 'Hogeschool Utrecht' })).body;
    const work = (
      await fact('work', {
        title: 'Accountmanager',
        employer: 'Vrachtlijn BV',
        start: '2018-01-01',
        end: '2022-01-01',
        salesRole: true,
      })
    ).body;
    // Accountmanager B reads no languages: this fact is none of its business.
    await fact('language', { language: 'et', level: 'C1' });
    await t.get(JobQueue).idle();

    const before = new Date().toISOString().slice(0, 10);
    const { body } = await api.post(`/vacancies/${vacancyId}/applications`, { candidateId: candidate.id }).expect(201);
    const score = await stored(body.id);
    expect(score.engineVersion).toBe(SCORING_ENGINE_VERSION);
    expect([before, new Date().toISOString().slice(0, 10)]).toContain(score.input!.referenceDate);
    expect(score.input!.facts).toEqual({
      education: [{ id: education.id, confirmed: true, data: { level: 'hbo' } }],
      work: [{ id: work.id, confirmed: true, data: { start: '2018-01-01', end: '2022-01-01', salesRole: true } }],
    });
    expect(await replay(score)).toEqual(score.screening);
  });

  it('stores the new facts when a change of facts screens the application again', async () => {
    const api = as(t, recruiter.token);
    const candidate = await makeCandidate(t, recruiter.token);
    const education = (
      await api
        .post(`/candidates/${candidate.id}/facts`, { kind: 'education', source: 'cv', data: { level: 'hbo' } })
        .expect(201)
    ).body;
    await t.get(JobQueue).idle();
    const { body } = await api.post(`/vacancies/${vacancyId}/applications`, { candidateId: candidate.id }).expect(201);
    const first = await stored(body.id);
    expect(first.input!.facts).toEqual({ education: [{ id: education.id, confirmed: false, data: { level: 'hbo' } }] });

    await api
      .patch(`/candidates/${candidate.id}/facts/${education.id}`, { data: { level: 'wo' }, confirmed: true })
      .expect(200);
    const competency = (
      await api
        .post(`/candidates/${candidate.id}/facts`, {
          kind: 'competency',
          source: 'recruiter',
          data: { code: 'customer_focus', level: 4 },
          confirmed: true,
        })
        .expect(201)
    ).body;
    await t.get(JobQueue).idle();

    const again = await stored(body.id);
    expect(again.engineVersion).toBe(SCORING_ENGINE_VERSION);
    expect(again.input!.facts).toEqual({
      education: [{ id: education.id, confirmed: true, data: { level: 'wo' } }],
      competencies: [{ id: competency.id, confirmed: true, data: { code: 'customer_focus', level: 4 } }],
    });
    expect(again.screening!.score).toBeGreaterThan(first.screening!.score);
    expect(await replay(again)).toEqual(again.screening);
    expect(await replay(first)).toEqual(first.screening);
  });
});
