import { ParsedMail } from 'mailparser';
import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import { dutchCv, cvText } from './support/cv-files';
import { as, bearer, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(90_000);

interface Fact {
  id: string;
  kind: string;
  confirmed: boolean;
  data: Record<string, unknown>;
  spanStart: number | null;
}

/** The candidate page over HTTP: a CV taken in through the API, its facts handled through the page's forms. */
describe('the candidate page', () => {
  let t: TestApp;
  let smtp: SmtpReceiver;
  let recruiter: MadeUser;
  let colleague: MadeUser;
  let manager: MadeUser;
  let pages: SignedInPages;
  let vacancy: { id: string; rounds: { id: string }[] };
  let candidateId: string;
  let applicationId: string;
  let cvId: string;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    t = await createTestApp({ env: { SMTP_URL: smtp.url, JOB_POLL_MS: '50', PUBLIC_URL: 'http://sift.example.com' } });
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    colleague = await makeUser(t, { roles: [Role.Recruiter], name: 'Karel Kollega' });
    manager = await makeUser(t, { roles: [Role.HiringManager], name: 'Mari Manager' });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Accountmanager <Utrecht>' },
      { open: true },
    );
    const hostile = dutchCv('Kandidaat Vijandig', 'kandidaat.hostile@example.com');
    hostile.push({ kind: 'paragraph', text: 'Hobby: <img src=x onerror=alert(2)>' });
    const { body } = await t
      .http()
      .post('/candidates/cvs')
      .set(bearer(recruiter.token))
      .field('vacancyId', vacancy.id)
      .attach('file', cvText(hostile), 'cv.txt')
      .expect(201);
    candidateId = body.candidate.id;
    applicationId = body.applicationId;
    cvId = body.cv.id;
    await as(t, recruiter.token)
      .patch(`/candidates/${candidateId}`, { name: '<script>alert(1)</script> Kandidaat' })
      .expect(200);
    pages = await signedInPages(t, recruiter.user.email);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const path = () => `/recruiter/candidates/${candidateId}`;
  const facts = async (): Promise<Fact[]> =>
    (await as(t, recruiter.token).get(`/candidates/${candidateId}`).expect(200)).body.facts;
  const post = (url: string, form: Record<string, string> = {}, csrf = pages.csrf) =>
    pages.agent
      .post(url)
      .type('form')
      .send({ ...form, ...(csrf ? { _csrf: csrf } : {}) });

  it('shows the CV beside its facts, each fact linked to its marked words, all escaped', async () => {
    const { text } = await pages.agent.get(path()).expect(200);
    const proposed = await facts();
    expect(proposed.length).toBeGreaterThan(3);
    const marked = proposed.filter((fact) => fact.spanStart !== null);
    expect(marked.length).toBeGreaterThan(0);
    for (const fact of marked) {
      expect(text).toContain(`<mark id="src-${fact.id}"`);
      expect(text).toContain(`href="#src-${fact.id}"`);
    }
    expect(text).not.toContain('<script>alert(1)');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Kandidaat');
    expect(text).not.toContain('<img src=x');
    expect(text).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(text).toContain('Accountmanager &lt;Utrecht&gt;');
    expect(text).toContain(`href="/recruiter/candidates/${candidateId}/cvs/${cvId}/file"`);
    expect(text).toContain('data-shortcut="c"');
    expect(text).toContain('data-shortcut="n"');
  });

  it('shows the score breakdown of the application in the vacancy’s language', async () => {
    const { text } = await pages.agent.get(`${path()}?application=${applicationId}`).expect(200);
    const { body } = await as(t, recruiter.token).get(`/applications/${applicationId}`).expect(200);
    expect(body.breakdown.length).toBeGreaterThan(0);
    for (const row of body.breakdown) expect(text).toContain(escape(row.explanation));
    expect(text).toMatch(/<td lang="nl">/);
  });

  it('confirms a fact: the row for htmx, a 303 back to it without scripting', async () => {
    const [first, second] = (await facts()).filter((fact) => !fact.confirmed);
    const fragment = await post(`${path()}/facts/${first.id}/confirm`).set('HX-Request', 'true').expect(200);
    expect(fragment.text.trim()).toMatch(new RegExp(`^<li id="fact-${first.id}" class="fact is-confirmed"`));
    expect(fragment.text).not.toContain('<html');
    await post(`${path()}/facts/${second.id}/confirm?application=${applicationId}`)
      .expect(303)
      .expect('Location', `/recruiter/candidates/${candidateId}?application=${applicationId}#fact-${second.id}`);
    const now = await facts();
    expect(now.filter((fact) => [first.id, second.id].includes(fact.id)).every((fact) => fact.confirmed)).toBe(true);
  });

  it('corrects a fact with the API’s rules, keeping what was typed when they refuse it', async () => {
    const education = (await facts()).find((fact) => fact.kind === 'education')!;
    const refused = await post(`${path()}/facts/${education.id}/correct`, {
      level: 'hbo',
      startYear: 'twintig',
    }).expect(400);
    expect(refused.text).toContain('value="twintig"');
    expect(refused.text).toContain('aria-invalid="true"');
    expect(refused.text).toMatch(/<details class="fact-correct" open>/);
    const htmx = await post(`${path()}/facts/${education.id}/correct`, { level: 'hbo', endYear: '1800' })
      .set('HX-Request', 'true')
      .expect(200);
    expect(htmx.text).toContain('value="1800"');
    expect(htmx.text).toContain('role="alert"');
    expect((await facts()).find((fact) => fact.id === education.id)!.data).toEqual(education.data);

    await post(`${path()}/facts/${education.id}/correct`, {
      level: 'wo',
      field: 'Bedrijfskunde',
      institution: '',
      startYear: '2009',
      endYear: '2013',
      confirm: 'true',
    }).expect(303);
    const corrected = (await facts()).find((fact) => fact.id === education.id)!;
    expect(corrected).toMatchObject({
      confirmed: true,
      data: { level: 'wo', field: 'Bedrijfskunde', startYear: 2009 },
    });
  });

  it('deletes a fact, and confirms all the others at once', async () => {
    const target = (await facts()).find((fact) => !fact.confirmed)!;
    const gone = await post(`${path()}/facts/${target.id}/delete`).set('HX-Request', 'true').expect(200);
    expect(gone.text).toContain(`id="fact-${target.id}"`);
    expect((await facts()).some((fact) => fact.id === target.id)).toBe(false);
    await post(`${path()}/facts/confirm-all`)
      .expect(303)
      .expect('Location', `/recruiter/candidates/${candidateId}?done=confirmed-all#facts`);
    expect((await facts()).every((fact) => fact.confirmed)).toBe(true);
    const { text } = await pages.agent.get(`${path()}?done=confirmed-all`).expect(200);
    expect(text).not.toContain('data-shortcut="c"');
  });

  it('refuses a form without its CSRF token, and changes nothing', async () => {
    const before = await facts();
    await post(`${path()}/facts/${before[0].id}/delete`, {}, '').expect(403);
    await post(`${path()}/facts/confirm-all`, {}, '').expect(403);
    await post(`${path()}/notes`, { text: 'Zonder token' }, '').expect(403);
    expect(await facts()).toEqual(before);
    expect((await as(t, recruiter.token).get(`/candidates/${candidateId}/notes`).expect(200)).body).toEqual([]);
  });

  it('keeps a note; an @mention of a colleague mails them, an unknown name is said', async () => {
    await settle();
    smtp.clear();
    const saved = await post(`${path()}/notes?application=${applicationId}`, {
      text: '@Karel Kollega kun jij <b>bellen</b>? @Onbekende',
      applicationId,
    }).expect(200);
    expect(saved.text).toContain('@Onbekende');
    expect(saved.text).toContain('kun jij &lt;b&gt;bellen&lt;/b&gt;?');
    const mail = await mailTo(colleague);
    expect(mail.subject).toContain('Rita Recruiter');
    expect(mail.text).toContain(`http://sift.example.com/recruiter/candidates/${candidateId}`);
    expect(mail.text).toContain('kun jij <b>bellen</b>?');

    await post(`${path()}/notes`, { text: 'Referenties zijn goed.' })
      .expect(303)
      .expect('Location', `/recruiter/candidates/${candidateId}?noted=1#notes`);
    const { text } = await pages.agent.get(path()).expect(200);
    expect(text.indexOf('Referenties zijn goed.')).toBeLessThan(text.indexOf('kun jij &lt;b&gt;bellen'));
    const refused = await post(`${path()}/notes`, { text: 'x'.repeat(4001) }).expect(400);
    expect(refused.text).toContain('x'.repeat(4001));
  });

  it('puts moves, mails, submitted scorecards and notes on the timeline', async () => {
    const panelist = await makeUser(t, { roles: [Role.Interviewer], name: 'Piet Panel' });
    const roundId = vacancy.rounds[0].id;
    const { interviewId } = await interviewed(roundId, panelist);
    const before = await pages.agent.get(path()).expect(200);
    expect(before.text).not.toContain('data-kind="scorecard"');
    await as(t, panelist.token)
      .post(`/interviews/${interviewId}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating: 4, notes: 'Sterk' }],
        recommendation: 'strong_yes',
        submit: true,
      })
      .expect(201);
    const { text } = await pages.agent.get(path()).expect(200);
    const kinds = [...text.matchAll(/data-kind="(\w+)"/g)].map((match) => match[1]);
    expect(new Set(kinds)).toEqual(new Set(['move', 'mail', 'note', 'scorecard']));
    expect(text).toContain('Accountmanager &lt;Utrecht&gt;: scorecard for Eerste gesprek — strongly in favour');
    expect(text).toContain('moved to Interview');
  });

  async function interviewed(roundId: string, panelist: MadeUser) {
    const api = as(t, recruiter.token);
    await api.post(`/applications/${applicationId}/moves`, { stage: 'screening' }).expect(200);
    await api.post(`/applications/${applicationId}/moves`, { stage: 'interview', roundId }).expect(200);
    const { body } = await api
      .post(`/applications/${applicationId}/interviews`, {
        roundId,
        startsAt: '2026-12-14T09:30:00Z',
        panel: [panelist.user.id],
      })
      .expect(201);
    return { interviewId: body.id as string };
  }

  it('downloads the CV as it was sent', async () => {
    const response = await pages.agent.get(`${path()}/cvs/${cvId}/file`).expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="?cv\.txt"?$/);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.text).toContain('<img src=x onerror=alert(2)>');
  });

  it('steps through the shortlist with j and k when opened from an application', async () => {
    const others: string[] = [];
    for (const name of ['Kandidaat Twee', 'Kandidaat Drie']) {
      const { body } = await as(t, recruiter.token)
        .post('/candidates')
        .send({ name, email: `${name.replace(' ', '.').toLowerCase()}@example.com` })
        .expect(201);
      others.push(
        (
          await as(t, recruiter.token)
            .post(`/vacancies/${vacancy.id}/applications`, { candidateId: body.id })
            .expect(201)
        ).body.id,
      );
    }
    const { body: shortlist } = await as(t, recruiter.token).get(`/vacancies/${vacancy.id}/shortlist?limit=10`);
    const order: { applicationId: string; candidate: { id: string } }[] = shortlist.items;
    const middle = order[1];
    const { text } = await pages.agent
      .get(`/recruiter/candidates/${middle.candidate.id}?application=${middle.applicationId}`)
      .expect(200);
    const link = (at: number) =>
      escape(`/recruiter/candidates/${order[at].candidate.id}?application=${order[at].applicationId}`);
    expect(text).toContain(`href="${link(0)}" rel="prev" data-shortcut="k"`);
    expect(text).toContain(`href="${link(2)}" rel="next" data-shortcut="j"`);
    const plain = await pages.agent.get(`/recruiter/candidates/${middle.candidate.id}`).expect(200);
    expect(plain.text).not.toContain('data-shortcut="j"');
    expect(others).toHaveLength(2);
  });

  it('confirms all of a candidate’s facts at once over the API too, for recruiters only', async () => {
    const { body: created } = await as(t, recruiter.token)
      .post('/candidates')
      .send({ name: 'Kandidaat Vijf', email: 'kandidaat.vijf@example.com' })
      .expect(201);
    const api = as(t, recruiter.token);
    for (const name of ['Excel', 'Salesforce']) {
      await api.post(`/candidates/${created.id}/facts`, { kind: 'skill', source: 'cv', data: { name } }).expect(201);
    }
    await as(t, manager.token).post(`/candidates/${created.id}/facts/confirm-all`).expect(403);
    const { body: confirmed } = await api.post(`/candidates/${created.id}/facts/confirm-all`).expect(200);
    expect(confirmed.map((fact: Fact) => [fact.data.name, fact.confirmed]).sort()).toEqual([
      ['Excel', true],
      ['Salesforce', true],
    ]);
    expect((await api.post(`/candidates/${created.id}/facts/confirm-all`).expect(200)).body).toEqual([]);
    await api.post('/candidates/00000000-0000-4000-8000-000000000000/facts/confirm-all').expect(404);
  });

  it('answers bad ids with the 404 page', async () => {
    await pages.agent.get('/recruiter/candidates/not-an-id').expect(404);
    await pages.agent.get('/recruiter/candidates/00000000-0000-4000-8000-000000000000').expect(404);
    await pages.agent.get(`${path()}?application=00000000-0000-4000-8000-000000000000`).expect(404);
    await pages.agent.get(`${path()}/cvs/00000000-0000-4000-8000-000000000000/file`).expect(404);
    await post(`${path()}/facts/00000000-0000-4000-8000-000000000000/confirm`).expect(404);
  });

  it('links the dashboard’s facts to confirm and flagged applications to the candidate page', async () => {
    const other = await t
      .http()
      .post('/candidates/cvs')
      .set(bearer(recruiter.token))
      .field('vacancyId', vacancy.id)
      .attach('file', cvText(dutchCv('Kandidaat Vier', 'kandidaat.vier@example.com')), 'cv.txt')
      .expect(201);
    const { text } = await pages.agent.get('/recruiter?scope=all').expect(200);
    expect(text).toContain(`href="/recruiter/candidates/${other.body.candidate.id}"`);
  });

  const settle = () => t.get(JobQueue).idle();
  const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;

  async function mailTo(user: MadeUser): Promise<ParsedMail> {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const found = smtp.received.find((mail) => addressOf(mail) === user.user.email);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No mail to ${user.user.email}`);
  }
});

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
    .replace(/=/g, '&#x3D;')
    .replace(/`/g, '&#x60;');
}
