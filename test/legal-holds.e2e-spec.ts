import request from 'supertest';
import { Role } from '../src/common/auth/role';
import { listZipEntries, unpackZipEntry } from '../src/cvs/files/zip';
import { LegalHolds } from '../src/privacy/legal-holds/legal-holds';
import { as, bearer, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const UNKNOWN = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const REASON = 'Claim of discrimination filed with the court, case 26/1234';

interface AuditLine {
  action: string;
  actor: { id: string } | null;
  subjectId: string | null;
  candidateId: string | null;
  vacancyId: string | null;
  details: Record<string, unknown>;
}

const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * Legal holds: placed on a candidate or on a vacancy (every candidate who applied to it), listed while
 * active with what they hold, released once; each change in the audit trail; admins only.
 */
describe('legal holds', () => {
  let t: TestApp;
  let admin: MadeUser;
  let recruiter: MadeUser;
  let vacancy: { id: string; title?: unknown };
  const api = () => as(t, admin.token);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: [Role.Admin], name: 'Anne Admin' });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, recruiter.token);
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], title: 'Accountmanager Zuid' },
      { open: true },
    );
  });
  afterAll(() => t?.close());

  const apply = async (candidateId: string, vacancyId = vacancy.id) =>
    as(t, recruiter.token).post(`/vacancies/${vacancyId}/applications`, { candidateId }).expect(201);

  const auditOf = async (holdId: string): Promise<AuditLine[]> => {
    const { body } = await api().get('/audit?action=legal_hold&limit=200').expect(200);
    return (body.lines as AuditLine[]).filter((line) => line.subjectId === holdId).reverse();
  };

  it('holds a candidate, lists the hold with who placed it, and tells erasure so', async () => {
    const candidate = await makeCandidate(t, recruiter.token, { name: 'Marit Tamm' });
    expect(await t.get(LegalHolds).holdOn(candidate.id)).toBeNull();

    const placed = await api()
      .post('/legal-holds', { candidateId: candidate.id, reason: `  ${REASON}  ` })
      .expect(201);
    expect(placed.body).toMatchObject({
      scope: 'candidate',
      candidate: { id: candidate.id, name: 'Marit Tamm' },
      vacancy: null,
      heldCandidates: 1,
      reason: REASON,
      placedBy: admin.user.id,
      placedByName: 'Anne Admin',
      releasedBy: null,
      releasedAt: null,
    });
    expect(Date.now() - Date.parse(placed.body.placedAt)).toBeLessThan(60_000);

    const listed = await api().get('/legal-holds').expect(200);
    expect(listed.body.find((hold: { id: string }) => hold.id === placed.body.id)).toEqual(placed.body);
    expect(await t.get(LegalHolds).holdOn(candidate.id)).toEqual({
      id: placed.body.id,
      reason: REASON,
      scope: 'candidate',
      vacancyId: null,
    });

    const [entry] = await auditOf(placed.body.id);
    expect(entry).toMatchObject({
      action: 'legal_hold.placed',
      actor: { id: admin.user.id },
      candidateId: candidate.id,
      vacancyId: null,
      details: { scope: 'candidate', reason: REASON },
    });
    // The reason may name the person: the entry keeps it apart, under the candidate, to be erased with them.
    const raw: { details: string }[] = await t.dataSource.query(
      `SELECT details FROM audit_entries WHERE action = 'legal_hold.placed' AND subject_id = '${placed.body.id}'`,
    );
    expect(raw[0].details).not.toContain('26/1234');
  });

  it('holds every candidate who applied to a vacancy, and only them', async () => {
    const applicants = [await makeCandidate(t, recruiter.token), await makeCandidate(t, recruiter.token)];
    for (const one of applicants) await apply(one.id);
    const outsider = await makeCandidate(t, recruiter.token);

    const placed = await api().post('/legal-holds', { vacancyId: vacancy.id, reason: REASON }).expect(201);
    expect(placed.body).toMatchObject({
      scope: 'vacancy',
      candidate: null,
      vacancy: { id: vacancy.id, title: 'Accountmanager Zuid' },
      heldCandidates: 2,
    });
    for (const one of applicants) {
      expect(await t.get(LegalHolds).holdOn(one.id)).toEqual({
        id: placed.body.id,
        reason: REASON,
        scope: 'vacancy',
        vacancyId: vacancy.id,
      });
    }
    expect(await t.get(LegalHolds).holdOn(outsider.id)).toBeNull();
    // One who applies later is held too.
    await apply(outsider.id);
    expect((await t.get(LegalHolds).holdOn(outsider.id))?.id).toBe(placed.body.id);
    const listed = (await api().get('/legal-holds').expect(200)).body.find(
      (hold: { id: string }) => hold.id === placed.body.id,
    );
    expect(listed.heldCandidates).toBe(3);

    const [entry] = await auditOf(placed.body.id);
    expect(entry).toMatchObject({
      action: 'legal_hold.placed',
      candidateId: null,
      vacancyId: vacancy.id,
      details: { scope: 'vacancy', reason: REASON },
    });
    await api().post(`/legal-holds/${placed.body.id}/release`).expect(200);
  });

  it('releases a hold once: it leaves the list, erasure may go ahead, and a second release is 409', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const placed = await api().post('/legal-holds', { candidateId: candidate.id, reason: REASON }).expect(201);

    const released = await api().post(`/legal-holds/${placed.body.id}/release`).expect(200);
    expect(released.body).toMatchObject({ id: placed.body.id, releasedBy: admin.user.id, reason: REASON });
    expect(Date.parse(released.body.releasedAt)).toBeGreaterThanOrEqual(Date.parse(placed.body.placedAt));
    const listed = await api().get('/legal-holds').expect(200);
    expect(listed.body.map((hold: { id: string }) => hold.id)).not.toContain(placed.body.id);
    expect(await t.get(LegalHolds).holdOn(candidate.id)).toBeNull();

    const again = await api().post(`/legal-holds/${placed.body.id}/release`).expect(409);
    expect(again.body.code).toBe('LEGAL_HOLD_RELEASED');
    expect(again.body.detail).toContain(released.body.releasedAt);
    expect((await auditOf(placed.body.id)).map((line) => line.action)).toEqual([
      'legal_hold.placed',
      'legal_hold.released',
    ]);
  });

  it('releases a hold once when two admins release it at the same moment', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const placed = await api().post('/legal-holds', { candidateId: candidate.id, reason: REASON }).expect(201);
    const other = await makeUser(t, { roles: [Role.Admin] });
    const statuses = await Promise.all(
      [admin, other].map(
        async (user) => (await as(t, user.token).post(`/legal-holds/${placed.body.id}/release`)).status,
      ),
    );
    expect(statuses.sort()).toEqual([200, 409]);
    expect((await auditOf(placed.body.id)).map((line) => line.action)).toEqual([
      'legal_hold.placed',
      'legal_hold.released',
    ]);
  });

  it('follows the candidate into a merge: the survivor is held', async () => {
    const survivor = await makeCandidate(t, recruiter.token);
    const merged = await makeCandidate(t, recruiter.token);
    const placed = await api().post('/legal-holds', { candidateId: merged.id, reason: REASON }).expect(201);
    await as(t, recruiter.token).post(`/candidates/${survivor.id}/merge`, { otherId: merged.id }).expect(201);
    expect((await t.get(LegalHolds).holdOn(survivor.id))?.id).toBe(placed.body.id);
    const gone = await api().post('/legal-holds', { candidateId: merged.id, reason: REASON }).expect(404);
    expect(gone.body.code).toBe('CANDIDATE_MERGED');
  });

  it('hands the person the holds placed on them in their subject-access archive, not those on a vacancy', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    await apply(candidate.id);
    const own = await api().post('/legal-holds', { candidateId: candidate.id, reason: REASON }).expect(201);
    const onVacancy = await api()
      .post('/legal-holds', { vacancyId: vacancy.id, reason: 'About the vacancy' })
      .expect(201);
    const zip = await t
      .http()
      .get(`/candidates/${candidate.id}/subject-access`)
      .set(bearer(recruiter.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const [json] = listZipEntries(zip.body as Buffer, 100).filter((entry) => entry.name === 'subject-access.json');
    const { tables } = JSON.parse(unpackZipEntry(zip.body as Buffer, json, 10_000_000).toString('utf8'));
    expect(tables.legal_holds).toEqual([
      expect.objectContaining({ id: own.body.id, candidateId: candidate.id, reason: REASON, releasedAt: null }),
    ]);
    await api().post(`/legal-holds/${onVacancy.body.id}/release`).expect(200);
  });

  it('keeps the hold when another hold on the same candidate is released', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const first = await api().post('/legal-holds', { candidateId: candidate.id, reason: REASON }).expect(201);
    const second = await api()
      .post('/legal-holds', { candidateId: candidate.id, reason: 'A second claim, by the works council' })
      .expect(201);
    await api().post(`/legal-holds/${first.body.id}/release`).expect(200);
    expect((await t.get(LegalHolds).holdOn(candidate.id))?.id).toBe(second.body.id);
  });

  it('answers 404 for an unknown candidate, vacancy or hold, and 400 naming what is wrong', async () => {
    const candidate = await api().post('/legal-holds', { candidateId: UNKNOWN, reason: REASON }).expect(404);
    expect(candidate.body.code).toBe('CANDIDATE_NOT_FOUND');
    const unknownVacancy = await api().post('/legal-holds', { vacancyId: UNKNOWN, reason: REASON }).expect(404);
    expect(unknownVacancy.body.code).toBe('VACANCY_NOT_FOUND');
    const hold = await api().post(`/legal-holds/${UNKNOWN}/release`).expect(404);
    expect(hold.body.code).toBe('LEGAL_HOLD_NOT_FOUND');
    expect((await api().post('/legal-holds/not-an-id/release').expect(404)).body.code).toBe('LEGAL_HOLD_NOT_FOUND');

    const fields = async (body: object) =>
      ((await api().post('/legal-holds', body).expect(400)).body.errors as { field: string }[])
        .map((error) => error.field)
        .sort();
    expect(await fields({ candidateId: UNKNOWN, reason: 'too short' })).toEqual(['reason']);
    expect(await fields({ candidateId: UNKNOWN, reason: '          x' })).toEqual(['reason']);
    expect(await fields({ reason: REASON })).toEqual(['(body)']);
    expect(await fields({ candidateId: UNKNOWN, vacancyId: vacancy.id, reason: REASON })).toEqual([
      'candidateId, vacancyId',
    ]);
    expect(await fields({ candidateId: 'someone', reason: REASON })).toEqual(['candidateId']);
  });

  it('is for admins only', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const placed = await api().post('/legal-holds', { candidateId: candidate.id, reason: REASON }).expect(201);
    for (const roles of [[Role.Recruiter], [Role.HiringManager], [Role.Interviewer], [Role.Compliance]]) {
      const user = await makeUser(t, { roles });
      await as(t, user.token).get('/legal-holds').expect(403);
      await as(t, user.token).post('/legal-holds', { candidateId: candidate.id, reason: REASON }).expect(403);
      await as(t, user.token).post(`/legal-holds/${placed.body.id}/release`).expect(403);
    }
    await t.http().get('/legal-holds').expect(401);
    expect(await t.get(LegalHolds).holdOn(candidate.id)).not.toBeNull();
    const holds = await api().get('/legal-holds').expect(200);
    expect(
      holds.body.filter((hold: { candidate: { id: string } | null }) => hold.candidate?.id === candidate.id),
    ).toHaveLength(1);
  });
});
