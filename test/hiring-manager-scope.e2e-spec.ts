import { Role } from '../src/common/auth/role';
import { cvText, dutchCv } from './support/cv-files';
import {
  applyInRound,
  as,
  bearer,
  MadeUser,
  makeCandidate,
  makeProfile,
  makeUser,
  makeVacancy,
  scheduleInterview,
} from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

interface Operation {
  method: string;
  path: string;
}

interface Seen {
  candidateId: string;
  name: string;
  email: string;
  /** Words that appear only in this candidate's facts and CV. */
  marker: string;
  cvId: string;
  factId: string;
}

/**
 * A hiring manager of vacancy A reads a candidate, their facts, CVs and
 * applications only through an application to A: walked over every route of
 * the OpenAPI document, for a candidate who applied only to B and one who
 * applied to both.
 */
describe('what a hiring manager sees', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let interviewer: MadeUser;
  let vacancyA: { id: string; rounds: { id: string }[] };
  let vacancyB: { id: string; rounds: { id: string }[] };
  let onlyB: Seen & { applicationId: string; interviewId: string };
  let both: Seen & { applicationToA: string; applicationToB: string; interviewOnB: string };
  let operations: Operation[];

  const api = (user: MadeUser) => as(t, user.token);

  async function candidateWithEvidence(name: string, marker: string): Promise<Seen> {
    const email = `${marker.toLowerCase()}@example.org`;
    const candidate = await makeCandidate(t, recruiter.token, { name, email });
    const fact = await api(recruiter)
      .post(`/candidates/${candidate.id}/facts`, {
        kind: 'course',
        source: 'recruiter',
        data: { name: `${marker} course` },
      })
      .expect(201);
    const blocks = dutchCv(name, email);
    blocks.push({ kind: 'heading', text: 'Cursussen' }, { kind: 'paragraph', text: `${marker} training, 2021` });
    const cv = await t
      .http()
      .post(`/candidates/${candidate.id}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', cvText(blocks), 'cv.txt')
      .expect(201);
    return { candidateId: candidate.id, name, email, marker, cvId: cv.body.cv.id, factId: fact.body.id };
  }

  async function interviewedIn(vacancy: { id: string; rounds: { id: string }[] }, candidateId: string) {
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy, { candidateId });
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, [interviewer], {
      location: 'Kantoor Utrecht',
    });
    return { applicationId, interviewId: interview.id };
  }

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    otherManager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    const profile = await makeProfile(t, recruiter.token);
    vacancyA = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    vacancyB = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [otherManager.user.id] },
      { open: true },
    );
    const onlyBSeen = await candidateWithEvidence('Verborgen Kandidaat', 'Zilvervos');
    const onB = await interviewedIn(vacancyB, onlyBSeen.candidateId);
    onlyB = { ...onlyBSeen, ...onB };
    const bothSeen = await candidateWithEvidence('Gedeelde Kandidaat', 'Koperwiek');
    const toA = await interviewedIn(vacancyA, bothSeen.candidateId);
    const toB = await interviewedIn(vacancyB, bothSeen.candidateId);
    both = {
      ...bothSeen,
      applicationToA: toA.applicationId,
      applicationToB: toB.applicationId,
      interviewOnB: toB.interviewId,
    };
    const spec = (await t.http().get('/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method, path })),
    );
  }, 60_000);
  afterAll(() => t.close());

  /** The path with every parameter pointing at what the candidate has on vacancy B. */
  function onVacancyB(path: string, who: Seen, applicationId: string, interviewId: string): string {
    const resource = path.split('/')[1];
    const ids: Record<string, string> = {
      candidates: who.candidateId,
      applications: applicationId,
      interviews: interviewId,
      vacancies: vacancyB.id,
    };
    return path
      .replace('{id}', ids[resource] ?? '00000000-0000-4000-8000-000000000000')
      .replace('{cvId}', who.cvId)
      .replace('{factId}', who.factId)
      .replace(/\{\w+\}/g, '1');
  }

  const leaks = (body: string, who: Seen) =>
    [who.name, who.email, who.marker].filter((secret) => body.toLowerCase().includes(secret.toLowerCase()));

  it('answers every route about a candidate who applied only to another vacancy with 403 or 404, and never shows them', async () => {
    const walked: string[] = [];
    for (const { method, path } of operations) {
      if (path.startsWith('/auth') || path.startsWith('/health')) continue;
      const url = onVacancyB(path, onlyB, onlyB.applicationId, onlyB.interviewId);
      const request = t.http()[method as 'get'](url).set(bearer(manager.token));
      const response = method === 'get' ? await request : await request.send({});
      const body = typeof response.text === 'string' ? response.text : '';
      expect({ url: `${method} ${url}`, leaks: leaks(body, onlyB) }).toEqual({ url: `${method} ${url}`, leaks: [] });
      if (path.includes('{')) {
        // Role profiles and competencies are no one's personal data; everything else is hidden.
        if (!path.startsWith('/role-profiles')) {
          expect({ url: `${method} ${url}`, status: [403, 404].includes(response.status) }).toEqual({
            url: `${method} ${url}`,
            status: true,
          });
        }
      } else {
        expect(response.status).not.toBe(500);
      }
      walked.push(`${method} ${path}`);
    }
    expect(walked).toEqual(expect.arrayContaining(['get /candidates/{id}', 'get /candidates/{id}/cvs/{cvId}/file']));
    expect(walked.length).toBeGreaterThan(50);
  });

  it('does not list or find them by search, name, e-mail or candidate id', async () => {
    const queries = [
      '/candidates',
      `/candidates?search=${encodeURIComponent(onlyB.name)}`,
      `/candidates?search=${encodeURIComponent(onlyB.email)}`,
      '/applications',
      `/applications?candidateId=${onlyB.candidateId}`,
      `/applications?search=${encodeURIComponent(onlyB.name)}`,
      `/applications?vacancyId=${vacancyB.id}`,
      '/me/interviews',
      '/vacancies',
    ];
    for (const url of queries) {
      const response = await api(manager).get(url);
      expect({ url, status: response.status, leaks: leaks(response.text, onlyB) }).toEqual({
        url,
        status: 200,
        leaks: [],
      });
    }
    const listed = await api(manager).get('/candidates').expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: both.candidateId, name: both.name }] });
  });

  it('shows a candidate who applied to both vacancies, with facts and CVs, but only the application to their own', async () => {
    const candidate = await api(manager).get(`/candidates/${both.candidateId}`).expect(200);
    expect(candidate.body.name).toBe(both.name);
    expect(candidate.body.facts.map((fact: { id: string }) => fact.id)).toContain(both.factId);
    const cvs = await api(manager).get(`/candidates/${both.candidateId}/cvs`).expect(200);
    expect(cvs.body.map((cv: { id: string }) => cv.id)).toEqual([both.cvId]);
    const cv = await api(manager).get(`/candidates/${both.candidateId}/cvs/${both.cvId}`).expect(200);
    expect(cv.body.text).toContain(`${both.marker} training`);
    const file = await api(manager).get(`/candidates/${both.candidateId}/cvs/${both.cvId}/file`).expect(200);
    expect(file.text).toContain(both.marker);
    const found = await api(manager)
      .get(`/candidates?search=${encodeURIComponent(both.name)}`)
      .expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([both.candidateId]);

    const applications = await api(manager).get(`/applications?candidateId=${both.candidateId}`).expect(200);
    expect(applications.body.items.map((item: { id: string }) => item.id)).toEqual([both.applicationToA]);
    await api(manager).get(`/applications/${both.applicationToA}`).expect(200);
    await api(manager).get(`/applications/${both.applicationToA}/timeline`).expect(200);
    for (const url of [
      `/applications/${both.applicationToB}`,
      `/applications/${both.applicationToB}/events`,
      `/applications/${both.applicationToB}/timeline`,
      `/applications/${both.applicationToB}/interviews`,
      `/interviews/${both.interviewOnB}`,
      `/interviews/${both.interviewOnB}/scorecards`,
    ]) {
      const response = await api(manager).get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
    }
  });

  it('still lets recruiters read everyone and interviewers the candidates of their panels', async () => {
    const all = await api(recruiter).get('/candidates').expect(200);
    expect(all.body.total).toBe(2);
    await api(recruiter).get(`/candidates/${onlyB.candidateId}/cvs/${onlyB.cvId}`).expect(200);
    await api(interviewer).get(`/candidates/${onlyB.candidateId}`).expect(200);
    await api(otherManager).get(`/candidates/${onlyB.candidateId}`).expect(200);
    await api(otherManager).get(`/candidates/${onlyB.candidateId}/cvs/${onlyB.cvId}/file`).expect(200);
  });
});
