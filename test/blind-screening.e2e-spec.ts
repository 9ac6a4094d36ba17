import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import { aliasCode } from '../src/panel-access/blind-identity';
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
import { signedInPages } from './support/page-session';
import { SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver';
import { getUrls, OpenApiSpec } from './support/openapi-urls';
import { createTestApp, TestApp } from './support/test-app';

const PERSON = {
  name: 'Maarika Vesilind-Õun',
  email: 'maarika.vesilind@example.ee',
  phone: '+372 5551 2345',
  location: 'Viljandi',
};
/** What must never reach someone assessing her blind, in any answer, page, file or mail. */
const SECRETS = [
  'Maarika',
  'Vesilind',
  'maarika.vesilind',
  '5551 2345',
  '55512345',
  '12.03.1988',
  'Viljandi',
  'abielus',
];
const CV = [
  'MAARIKA VESILIND-ÕUN',
  'maarika.vesilind@example.ee | +372 5551 2345',
  'Sünniaeg: 12.03.1988',
  'Perekonnaseis: abielus',
  'Aadress: Posti 4, Viljandi',
  '',
  'TÖÖKOGEMUS',
  '2016 – 2023 Võtmekliendihaldur, Balti Logistika AS',
  'Haldasin 35 võtmeklienti üle Eesti.',
  '',
  'HARIDUS',
  '2012 Tartu Ülikool, majandus (bakalaureus)',
].join('\n');

/**
 * Blind screening, walked the way the scorecard seal is: every GET operation
 * of the OpenAPI document with every id of the scene, every page a hiring
 * manager or panel member may open, and every mail they are sent. None names
 * the applicant while her application is before the stage the vacancy shows
 * applicants at; each shows her alias instead.
 */
describe('blind screening, on every route a hiring manager or panel member can call', () => {
  let t: TestApp;
  let smtp: SmtpReceiver;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let interviewer: MadeUser;
  let spec: OpenApiSpec;
  let ids: Record<string, string>;
  let vacancy: { id: string; rounds: { id: string }[] };

  const api = (user: MadeUser) => as(t, user.token);

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    t = await createTestApp({ env: { SMTP_URL: smtp.url, JOB_POLL_MS: '50' } });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    spec = (await t.http().get('/docs/openapi.json').expect(200)).body;
    const roleProfileId = (await makeProfile(t, recruiter.token)).id;
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId, hiringManagerIds: [manager.user.id], blindUntil: 'offer', title: 'Võtmekliendihaldur Lõuna' },
      { open: true },
    );
    const candidate = await makeCandidate(t, recruiter.token, { name: PERSON.name, email: PERSON.email });
    await api(recruiter).patch(`/candidates/${candidate.id}`, { phone: PERSON.phone, location: PERSON.location });
    const cv = await t
      .http()
      .post(`/candidates/${candidate.id}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', Buffer.from(CV, 'utf8'), 'Maarika_Vesilind_CV.txt')
      .expect(201);
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy, { candidateId: candidate.id });
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, [interviewer]);
    const second = await applyInRound(t, recruiter.token, vacancy);
    await t.get(JobQueue).idle();
    ids = {
      candidate: candidate.id,
      application: applicationId,
      vacancy: vacancy.id,
      round: roundId,
      interview: interview.id as string,
      cv: cv.body.cv.id as string,
      second: second.applicationId,
    };
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const leaksIn = (body: string) => SECRETS.filter((secret) => body.toLowerCase().includes(secret.toLowerCase()));

  it.each([
    ['panel member', () => interviewer],
    ['hiring manager', () => manager],
    ['recruiter who has not unblinded her', () => recruiter],
  ])(
    'names her in no API answer to a %s, and shows her alias',
    async (_who, user) => {
      const found: { url: string; leaks: string[] }[] = [];
      let answered = 0;
      let aliased = 0;
      for (const url of getUrls(spec, ids)) {
        const response = await t.http().get(url).set(bearer(user().token));
        expect({ url, status: response.status < 500 }).toEqual({ url, status: true });
        if (response.status === 200) answered += 1;
        const body = response.text ?? response.body?.toString?.() ?? '';
        if (body.includes(aliasCode(ids.candidate))) aliased += 1;
        const leaks = leaksIn(body);
        if (leaks.length) found.push({ url, leaks });
      }
      expect(found).toEqual([]);
      expect(answered).toBeGreaterThanOrEqual(6);
      expect(aliased).toBeGreaterThanOrEqual(2);
    },
    120_000,
  );

  it('shows the CV text masked and never the original file to an assessor', async () => {
    const cv = await api(interviewer).get(`/candidates/${ids.candidate}/cvs/${ids.cv}`).expect(200);
    expect(cv.body.text).toContain('Võtmekliendihaldur, Balti Logistika AS');
    expect(cv.body.text).toContain('Sünniaeg: █████');
    expect(cv.body.fileName).toBe('cv.txt');
    const file = await api(manager).get(`/candidates/${ids.candidate}/cvs/${ids.cv}/file`).expect(403);
    expect(file.body.code).toBe('CV_ORIGINAL_BLIND');
    const candidate = await api(manager).get(`/candidates/${ids.candidate}`).expect(200);
    expect(candidate.body).toMatchObject({ name: `Applicant ${aliasCode(ids.candidate)}`, location: null });
    // Found by her name, she is not there: the search would name her.
    const search = await api(manager).get('/candidates?search=Maarika').expect(200);
    expect(search.body.items).toEqual([]);
  });

  it.each([
    [
      'panel member',
      () => interviewer,
      ['/panel', `/panel/interviews/:interview`, `/panel/interviews/:interview/invite.ics`],
    ],
    [
      'hiring manager',
      () => manager,
      [
        '/manager',
        `/manager/vacancies/:vacancy/shortlist`,
        `/manager/vacancies/:vacancy/compare?ids=:application,:second`,
        `/manager/applications/:application/decide`,
        `/reports/vacancies/:vacancy/panels`,
      ],
    ],
  ])('names her on no page a %s opens', async (_who, user, paths) => {
    const pages = await signedInPages(t, user().user.email);
    for (const path of paths as string[]) {
      const url = path.replace(/:(\w+)/g, (_match, key: string) => ids[key]);
      const response = await pages.agent.get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect({ url, leaks: leaksIn(response.text) }).toEqual({ url, leaks: [] });
    }
  });

  it("names her in no mail to the panel, and leaves her off the panel's calendar invitation", async () => {
    const toPanel = smtp.received.filter((mail) =>
      mail.to && 'value' in mail.to ? mail.to.value.some((to) => to.address === interviewer.user.email) : false,
    );
    expect(toPanel.length).toBeGreaterThanOrEqual(1);
    for (const [index, mail] of smtp.received.entries()) {
      if (!toPanel.includes(mail)) continue;
      expect(leaksIn(smtp.raw[index].toString('utf8'))).toEqual([]);
      expect(`${mail.subject} ${mail.text}`).toContain(aliasCode(ids.candidate));
    }
    // Her own invitation is hers to read.
    const toHer = smtp.received.find((mail) => mail.text?.includes('Maarika') || mail.subject?.includes('Maarika'));
    expect(toHer).toBeDefined();
  });

  it('shows a recruiter who she is, and opens the original file, once they unblind with a reason, recorded', async () => {
    const candidate = await api(recruiter).get(`/candidates/${ids.candidate}`).expect(200);
    expect(candidate.body.name).toBe(`Applicant ${aliasCode(ids.candidate)}`);
    const refused = await api(recruiter).get(`/candidates/${ids.candidate}/cvs/${ids.cv}/file`).expect(403);
    expect(refused.body.detail).toContain('unblind');
    const short = await api(recruiter).post(`/applications/${ids.application}/unblind`, { reason: 'why' }).expect(400);
    expect(short.body.errors[0].field).toBe('reason');
    await api(manager)
      .post(`/applications/${ids.application}/unblind`, { reason: 'I would like to know who this is' })
      .expect(403);
    const unblinded = await api(recruiter)
      .post(`/applications/${ids.application}/unblind`, { reason: 'She asked for her CV to be checked by phone' })
      .expect(201);
    expect(unblinded.body).toMatchObject({
      userId: recruiter.user.id,
      reason: 'She asked for her CV to be checked by phone',
    });
    const file = await api(recruiter).get(`/candidates/${ids.candidate}/cvs/${ids.cv}/file`).expect(200);
    expect(file.text).toContain('MAARIKA VESILIND');
    expect((await api(recruiter).get(`/candidates/${ids.candidate}`).expect(200)).body.name).toBe(PERSON.name);
    // Unblinding is one recruiter's: a colleague still screens her blind.
    const colleague = await makeUser(t, { roles: [Role.Recruiter] });
    expect((await api(colleague).get(`/candidates/${ids.candidate}`).expect(200)).body.name).not.toBe(PERSON.name);
    const log = await api(recruiter).get(`/applications/${ids.application}/unblindings`).expect(200);
    expect(log.body).toEqual([expect.objectContaining({ userId: recruiter.user.id, userName: recruiter.user.name })]);
    // Unblinding is the recruiter's: the panel still assesses her blind.
    await api(interviewer).get(`/candidates/${ids.candidate}/cvs/${ids.cv}/file`).expect(403);
  });

  it('shows her to the panel and the manager once she reaches the stage the vacancy names', async () => {
    await api(recruiter)
      .post(`/applications/${ids.application}/moves`, {
        stage: 'offer',
        override: true,
        reason: 'A strong first round',
      })
      .expect(200);
    const candidate = await api(manager).get(`/candidates/${ids.candidate}`).expect(200);
    expect(candidate.body.name).toBe(PERSON.name);
    await api(interviewer).get(`/candidates/${ids.candidate}/cvs/${ids.cv}/file`).expect(200);
    const notBlind = await api(recruiter)
      .post(`/applications/${ids.application}/unblind`, { reason: 'Checking the record once more' })
      .expect(409);
    expect(notBlind.body.code).toBe('APPLICATION_NOT_BLIND');
  });
});

describe('blind screening in the recruiter pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sets a vacancy blind in the editor, and unblinds a candidate from their page with a reason', async () => {
    const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const roleProfileId = (await makeProfile(t, recruiter.token)).id;
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const refused = await as(t, recruiter.token).patch(`/vacancies/${vacancy.id}`, { blindUntil: 'hired' }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({
      field: 'blindUntil',
      messages: [expect.stringContaining('interview, offer')],
    });
    await as(t, recruiter.token).patch(`/vacancies/${vacancy.id}`, { blindUntil: 'interview' }).expect(200);
    const pages = await signedInPages(t, recruiter.user.email);
    const editor = await pages.agent.get(`/recruiter/vacancies/${vacancy.id}/edit`).expect(200);
    expect(editor.text).toMatch(/<option value="interview" selected>/);

    const candidate = await makeCandidate(t, recruiter.token, { name: 'Tõnis Mägi-Laur' });
    await t
      .http()
      .post(`/candidates/${candidate.id}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', Buffer.from('Tõnis Mägi-Laur\nVõtmekliendihaldur 2015 – 2022\n', 'utf8'), 'cv.txt')
      .expect(201);
    await as(t, recruiter.token)
      .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
      .expect(201);
    const page = await pages.agent.get(`/recruiter/candidates/${candidate.id}`).expect(200);
    expect(page.text).toContain(`action="/recruiter/candidates/${candidate.id}/unblind"`);
    expect(page.text).not.toContain('Mägi');
    expect(page.text).toContain(`Applicant ${aliasCode(candidate.id)}`);
    expect(page.text).not.toContain('/file"');
    const short = await pages.agent
      .post(`/recruiter/candidates/${candidate.id}/unblind`)
      .type('form')
      .send({ reason: 'now', _csrf: pages.csrf })
      .expect(400);
    expect(short.text).toContain('Say why in at least 10 characters.');
    await pages.agent
      .post(`/recruiter/candidates/${candidate.id}/unblind`)
      .type('form')
      .send({ reason: 'The applicant called about her CV', _csrf: pages.csrf })
      .expect(303);
    const opened = await pages.agent.get(`/recruiter/candidates/${candidate.id}`).expect(200);
    expect(opened.text).toContain('Tõnis Mägi-Laur');
    expect(opened.text).toMatch(/href="\/recruiter\/candidates\/[^"]+\/cvs\/[^"]+\/file"/);
    expect(opened.text).not.toContain('/unblind"');
  });
});
