import { CandidatesService } from '../src/candidates/candidates.service';
import { Role } from '../src/common/auth/role';
import { applyInRound, as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

/**
 * The candidate page is kept under a revision of everything it shows: every
 * kind of change to what it shows gives another revision, and the page read
 * next shows the change; changes elsewhere leave the revision (and the kept
 * page) as they were.
 */
describe('the candidate page’s revision', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let other: MadeUser;
  let interviewer: MadeUser;
  let pages: SignedInPages;
  let vacancy: { id: string; rounds: { id: string; name: string }[] };
  let candidateId: string;
  let applicationId: string;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    other = await makeUser(t, { roles: [Role.Recruiter], name: 'Otto Other' });
    interviewer = await makeUser(t, { roles: [Role.Interviewer], name: 'Ivo Interviewer' });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Kliendihaldur Tallinn' },
      { open: true },
    );
    const candidate = await as(t, recruiter.token)
      .post('/candidates', { name: 'Mari Maasikas', email: 'mari.maasikas@example.com', phone: '+372 5123 4567' })
      .expect(201);
    candidateId = candidate.body.id;
    ({ applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy, { candidateId }));
    pages = await signedInPages(t, recruiter.user.email);
  });
  afterAll(() => t.close());

  const revision = () => t.get(CandidatesService).pageRevision(candidateId);
  const page = async () =>
    (await pages.agent.get(`/recruiter/candidates/${candidateId}?application=${applicationId}`).expect(200)).text;
  const api = () => as(t, other.token);

  /** The change moves the revision, and the page read next shows what `shows` names (when it names something). */
  async function changes(change: () => Promise<unknown>, shows?: string | RegExp): Promise<void> {
    await page();
    const before = await revision();
    await change();
    const after = await revision();
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
    if (shows !== undefined) expect(await page()).toMatch(shows);
  }

  it('stays the same while nothing changes, also when another candidate changes', async () => {
    const first = await revision();
    expect(first).toBe(await revision());
    const stranger = await makeCandidate(t, recruiter.token, { name: 'Tõnu Teine' });
    await api().post(`/candidates/${stranger.id}/notes`, { text: 'Not about Mari' }).expect(201);
    expect(await revision()).toBe(first);
    expect(await t.get(CandidatesService).pageRevision('no-such-id')).toBeNull();
    expect(await t.get(CandidatesService).pageRevision('0190a6e2-0000-7000-8000-000000000000')).toBeNull();
  });

  it('moves with the candidate’s own fields and facts', async () => {
    await changes(
      () => api().patch(`/candidates/${candidateId}`, { name: 'Mari Maasikas-Kask' }).expect(200),
      /Maasikas-Kask/,
    );
    let factId = '';
    await changes(async () => {
      const { body } = await api()
        .post(`/candidates/${candidateId}/facts`, {
          kind: 'work',
          source: 'cv',
          data: { employer: 'Saaremaa Piimatööstus', title: 'Müügijuht', start: '2019-03-01', salesRole: true },
        })
        .expect(201);
      factId = body.id;
    }, /Saaremaa Piimatööstus/);
    await changes(() => api().post(`/candidates/${candidateId}/facts/${factId}/confirm`).expect(200));
    await changes(() => api().delete(`/candidates/${candidateId}/facts/${factId}`).expect(204));
  });

  it('moves with interviews, scorecards, vacancies and the names of users', async () => {
    let interviewId = '';
    await changes(async () => {
      const { body } = await as(t, recruiter.token)
        .post(`/applications/${applicationId}/interviews`, {
          roundId,
          startsAt: '2026-12-14T09:30:00Z',
          panel: [interviewer.user.id],
        })
        .expect(201);
      interviewId = body.id;
    });
    await changes(
      () =>
        as(t, interviewer.token)
          .post(`/interviews/${interviewId}/scorecards`, {
            ratings: [{ competency: 'customer_focus', rating: 4, notes: 'Tugev' }],
            recommendation: 'strong_yes',
            submit: true,
          })
          .expect(201),
      /data-kind="scorecard"/,
    );
    await changes(
      () => api().patch(`/vacancies/${vacancy.id}`, { title: 'Kliendihaldur Tartu' }).expect(200),
      /Kliendihaldur Tartu/,
    );
    const admin = await makeUser(t, { roles: [Role.Admin] });
    await changes(() => as(t, admin.token).patch(`/users/${other.user.id}`, { name: 'Otto Teine' }).expect(200));
  });

  it('moves with notes, others applying, moves, mails and their delivery', async () => {
    await changes(
      () => api().post(`/candidates/${candidateId}/notes`, { text: 'Helistas tagasi' }).expect(201),
      /Helistas tagasi/,
    );
    // Another applicant to the vacancy: the shortlist (and the page's previous and next) may change.
    await changes(async () => {
      const stranger = await makeCandidate(t, recruiter.token);
      await api().post(`/vacancies/${vacancy.id}/applications`, { candidateId: stranger.id }).expect(201);
    });
    await changes(() =>
      api()
        .post(`/vacancies/${vacancy.id}/applications/bulk`, {
          applicationIds: [applicationId],
          stage: 'rejected',
          reason: 'Teine profiil',
          mail: 'rejection',
        })
        .expect(200),
    );
    const [{ mails }] = await t.dataSource.query(
      `SELECT COUNT(*) AS mails FROM mails WHERE application_id = '${applicationId}' AND template = 'rejection'`,
    );
    expect(Number(mails)).toBe(1);
    // The worker's side of a mail: tried, then failed.
    await changes(() =>
      t.dataSource.query(`UPDATE mails SET attempts = attempts + 1 WHERE application_id = '${applicationId}'`),
    );
    await changes(() =>
      t.dataSource.query(`UPDATE mails SET status = 'failed' WHERE application_id = '${applicationId}'`),
    );
  });

  it('moves when someone who may be the same person comes, and when they are marked as not the same', async () => {
    let twinId = '';
    await changes(async () => {
      const { body } = await api()
        .post('/candidates', { name: 'Mari Kask', email: 'mari.kask@example.com', phone: '5123 4567', language: 'et' })
        .expect(201);
      twinId = body.id;
    }, /Mari Kask/);
    await changes(() => api().post(`/candidates/${candidateId}/not-duplicates`, { otherId: twinId }).expect(204));
  });
});
