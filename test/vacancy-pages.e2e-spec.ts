import { Rescorer } from '../src/applications/rescorer.service';
import { Role } from '../src/common/auth/role';
import {
  applyInRound,
  as,
  makeProfile,
  makeSalesCandidate,
  makeUser,
  makeVacancy,
  MadeUser,
  scheduleInterview,
} from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';
import { accountManagerB, criteriaFields } from './support/vacancy-forms';

jest.setTimeout(60_000);

const HOSTILE = '<script>alert(1)</script>';

/** The vacancy pages over HTTP: the list, a new vacancy, the editor, the what-if and screening again. */
describe('the vacancy pages', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let other: MadeUser;
  let manager: MadeUser;
  let pages: SignedInPages;
  let vacancy: { id: string; rounds: { id: string; name: string }[] };
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    other = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager], name: 'Henk Manager' });
    profileId = (await makeProfile(t, recruiter.token)).id;
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], recruiterIds: [recruiter.user.id] },
      { open: true },
    );
    const theirs = (await makeProfile(t, other.token)).id;
    await makeVacancy(t, other.token, { roleProfileId: theirs, hiringManagerIds: [manager.user.id], title: HOSTILE });
    // Three applicants: under Accountmanager B, years in sales lead; education weighs less.
    const api = as(t, recruiter.token);
    const apply = async (level: string, sales: [string, string], name: string) => {
      const candidate = await makeSalesCandidate(t, recruiter.token, level, sales, name);
      await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id }).expect(201);
    };
    await apply('hbo', ['2018-01-01', '2022-01-01'], 'Verkoper Vier Jaar');
    await apply('wo', ['2021-01-01', '2022-01-01'], 'Meester Een Jaar');
    await apply('hbo+', ['2019-01-01', '2022-01-01'], 'Bachelor Plus Drie Jaar');
    pages = await signedInPages(t, recruiter.user.email);
  });
  afterAll(() => t.close());

  const post = (path: string, fields: Record<string, string | string[]>, csrf = pages.csrf) =>
    pages.agent
      .post(path)
      .type('form')
      .send({ ...fields, _csrf: csrf });

  describe('the list', () => {
    it('shows my vacancies with links to their board and editor, and everyone’s under “all”, names escaped', async () => {
      const mine = await pages.agent.get('/recruiter/vacancies').expect(200);
      expect(mine.text).toContain(`href="/recruiter/vacancies/${vacancy.id}/board"`);
      expect(mine.text).toContain(`href="/recruiter/vacancies/${vacancy.id}/edit"`);
      expect(mine.text).not.toContain('alert(1)');
      expect(mine.text).toContain('data-shortcut="n"');
      const all = await pages.agent.get('/recruiter/vacancies?scope=all').expect(200);
      expect(all.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(all.text).not.toContain(HOSTILE);
    });

    it('is where the dashboard’s vacancy titles lead: to their board', async () => {
      const dashboard = await pages.agent.get('/recruiter').expect(200);
      expect(dashboard.text).toContain(`<a href="/recruiter/vacancies/${vacancy.id}/board">`);
    });

    it('filters by status and refuses a status that does not exist', async () => {
      const drafts = await pages.agent.get('/recruiter/vacancies?scope=all&status=draft').expect(200);
      expect(drafts.text).toContain('&lt;script&gt;');
      expect(drafts.text).not.toContain(`data-vacancy="${vacancy.id}"`);
      await pages.agent.get('/recruiter/vacancies?status=nonsense').expect(400);
    });
  });

  describe('a new vacancy', () => {
    it('offers the built-in templates and the vacancies to copy', async () => {
      const page = await pages.agent.get('/recruiter/vacancies/new').expect(200);
      for (const key of ['accountmanager-a', 'accountmanager-b', 'accountmanager-c', 'key-account-manager']) {
        expect(page.text).toContain(`value="template:${key}"`);
      }
      expect(page.text).toContain(`value="vacancy:${vacancy.id}"`);
      expect(page.text).toContain('Henk Manager');
    });

    it('is made from a template with a profile of its own, and opens in the editor', async () => {
      const response = await post('/recruiter/vacancies', {
        source: 'template:relatiemanager',
        title: 'Relatiemanager Zwolle',
        description: 'Relaties met vermogende klanten.',
        location: 'Zwolle',
        employmentType: 'full_time',
        headcount: '2',
        hiringManagerIds: [manager.user.id],
        sendRejectionMail: '1',
        rejectionMailDelayHours: '24',
      }).expect(303);
      const id = /\/recruiter\/vacancies\/([0-9a-f-]{36})\/edit\?saved=created$/.exec(response.headers.location)![1];
      const made = (await as(t, recruiter.token).get(`/vacancies/${id}`).expect(200)).body;
      expect(made).toMatchObject({ title: 'Relatiemanager Zwolle', headcount: 2, status: 'draft' });
      expect(made.rejectionMailDelayHours).toBe(24);
      // Left out, the creator is its recruiter, as with the API.
      expect(made.recruiterIds).toEqual([recruiter.user.id]);
      const profile = (await as(t, recruiter.token).get(`/role-profiles/${made.roleProfileId}`).expect(200)).body;
      expect(profile).toMatchObject({ name: 'Relatiemanager Zwolle', templateKey: null, version: 1 });
      expect(profile.criteria.certifications.preferred).toEqual(['CFP', 'CTP', 'CFA']);
      const editor = await pages.agent.get(response.headers.location).expect(200);
      expect(editor.text).toContain('The vacancy has been created as a draft');
    });

    it('copies a vacancy with its criteria and its interview plan', async () => {
      const form = await pages.agent.get(`/recruiter/vacancies/new?from=${vacancy.id}`).expect(200);
      expect(form.text).toContain(`value="vacancy:${vacancy.id}" selected`);
      const response = await post('/recruiter/vacancies', {
        source: `vacancy:${vacancy.id}`,
        title: 'Accountmanager B Utrecht (kopie)',
        description: 'Nationale klanten.',
        employmentType: 'part_time',
        headcount: '1',
        hiringManagerIds: [manager.user.id],
      }).expect(303);
      const id = /vacancies\/([0-9a-f-]{36})\/edit/.exec(response.headers.location)![1];
      const made = (await as(t, recruiter.token).get(`/vacancies/${id}`).expect(200)).body;
      expect(made.rounds.map((round: { name: string }) => round.name)).toEqual(['Eerste gesprek', 'Eindgesprek']);
      expect(made.roleProfileId).not.toBe(profileId);
    });

    it('keeps what was typed and marks the fields when something is wrong, and makes nothing', async () => {
      const before = (await as(t, recruiter.token).get('/vacancies?limit=200').expect(200)).body.total;
      const response = await post('/recruiter/vacancies', {
        source: 'template:accountmanager-a',
        title: '',
        description: `Beschrijving ${HOSTILE}`,
        employmentType: 'full_time',
        headcount: 'veel',
      }).expect(400);
      expect(response.text).toContain('Some fields need another look');
      expect(response.text).toContain('id="title"');
      expect(response.text).toMatch(/id="headcount"[^>]*value="veel"[^>]*aria-invalid="true"/);
      expect(response.text).toContain('Beschrijving &lt;script&gt;');
      expect(response.text).toContain('Choose at least one active hiring manager.');
      expect((await as(t, recruiter.token).get('/vacancies?limit=200').expect(200)).body.total).toBe(before);
    });

    it('refuses a form without its CSRF token and makes nothing', async () => {
      const before = (await as(t, recruiter.token).get('/vacancies?limit=200').expect(200)).body.total;
      await pages.agent
        .post('/recruiter/vacancies')
        .type('form')
        .send({
          source: 'template:accountmanager-a',
          title: 'Zonder token',
          description: 'x',
          employmentType: 'full_time',
          headcount: '1',
          hiringManagerIds: manager.user.id,
        })
        .expect(403);
      expect((await as(t, recruiter.token).get('/vacancies?limit=200').expect(200)).body.total).toBe(before);
    });
  });

  describe('the editor', () => {
    it('shows the vacancy, its criteria and plan, and the current ranking', async () => {
      const page = await pages.agent.get(`/recruiter/vacancies/${vacancy.id}/edit`).expect(200);
      expect(page.text).toMatch(/name="salesExperience\.weight"[^>]*value="25"/);
      expect(page.text).toContain('value="Eerste gesprek"');
      expect(page.text).toContain(`hx-post="/recruiter/vacancies/${vacancy.id}/what-if"`);
      expect(page.text.match(/data-direction="same"/g)).toHaveLength(3);
      expect(page.text).toContain('Every open application is screened with version 1.');
    });

    it('re-ranks the top of the list with unsaved weights, as a fragment for htmx', async () => {
      const fields = criteriaFields({ ...accountManagerB, education: { ...accountManagerB.education, weight: 90 } });
      const fragment = await pages.agent
        .post(`/recruiter/vacancies/${vacancy.id}/what-if`)
        .set('HX-Request', 'true')
        .type('form')
        .send({ ...fields, _csrf: pages.csrf })
        .expect(200);
      expect(fragment.text.startsWith('<section id="what-if"')).toBe(true);
      expect(fragment.headers['content-security-policy']).toContain("default-src 'self'");
      expect(fragment.text).not.toContain('<html');
      const order = [...fragment.text.matchAll(/class="vacancy-rank-name">([^<]+)/g)].map((match) => match[1]);
      // Education now leads: hbo+ and wo reach its preferred level, hbo only its minimum.
      expect(order).toEqual(['Bachelor Plus Drie Jaar', 'Meester Een Jaar', 'Verkoper Vier Jaar']);
      expect(fragment.text).toMatch(/data-before="1" data-after="3" data-direction="down"/);
      expect(fragment.text).toContain('down 2 (was 1)');
      // Nothing was saved.
      const profile = (await as(t, recruiter.token).get(`/role-profiles/${profileId}`).expect(200)).body;
      expect(profile.version).toBe(1);
    });

    it('without scripts, previews in the whole page with what was typed kept', async () => {
      const fields = criteriaFields({ ...accountManagerB, education: { ...accountManagerB.education, weight: 90 } });
      const page = await post(`/recruiter/vacancies/${vacancy.id}/what-if`, fields).expect(200);
      expect(page.text).toContain('<html');
      expect(page.text).toMatch(/name="education\.weight"[^>]*value="90"/);
      expect(page.text).toMatch(/data-before="1" data-after="3" data-direction="down"/);
    });

    it('marks bad weights and keeps them, in the preview and on saving', async () => {
      const fields = { ...criteriaFields(accountManagerB), 'salesExperience.weight': '-5' };
      const fragment = await pages.agent
        .post(`/recruiter/vacancies/${vacancy.id}/what-if`)
        .set('HX-Request', 'true')
        .type('form')
        .send({ ...fields, _csrf: pages.csrf })
        .expect(200);
      expect(fragment.text).toContain('data-state="invalid"');
      const saved = await post(`/recruiter/vacancies/${vacancy.id}/edit`, {
        ...fields,
        section: 'criteria',
        basedOn: '1',
      }).expect(400);
      expect(saved.text).toMatch(/name="salesExperience\.weight"[^>]*value="-5"[^>]*aria-invalid="true"/);
      const zero = await post(`/recruiter/vacancies/${vacancy.id}/edit`, {
        section: 'criteria',
        basedOn: '1',
        'education.on': '1',
        'education.weight': '0',
      }).expect(400);
      expect(zero.text).toContain('The profile needs at least one criterion');
      expect((await as(t, recruiter.token).get(`/role-profiles/${profileId}`).expect(200)).body.version).toBe(1);
    });

    it('saves the criteria as a new version, pins it and screens again, with its progress', async () => {
      const fields = criteriaFields({ ...accountManagerB, education: { ...accountManagerB.education, weight: 90 } });
      const response = await post(`/recruiter/vacancies/${vacancy.id}/edit`, {
        ...fields,
        section: 'criteria',
        basedOn: '1',
      }).expect(303);
      expect(response.headers.location).toBe(`/recruiter/vacancies/${vacancy.id}/edit?saved=criteria#screening`);
      const profile = (await as(t, recruiter.token).get(`/role-profiles/${profileId}`).expect(200)).body;
      expect(profile.version).toBe(2);
      expect(profile.criteria.education.weight).toBe(90);
      expect((await as(t, recruiter.token).get(`/vacancies/${vacancy.id}`).expect(200)).body.roleProfileVersion).toBe(
        2,
      );
      await t.app.get(Rescorer).idle();
      const progress = await pages.agent
        .get(`/recruiter/vacancies/${vacancy.id}/screening-progress`)
        .set('HX-Request', 'true')
        .expect(200);
      expect(progress.text).toContain('data-state="done"');
      expect(progress.text).not.toContain('hx-trigger');
      expect(progress.text).toContain('3 of 3 open applications');
      const shortlist = (await as(t, recruiter.token).get(`/vacancies/${vacancy.id}/shortlist`).expect(200)).body;
      expect(shortlist.items[0].candidate.name).toBe('Bachelor Plus Drie Jaar');
      // Without scripts the progress address shows the whole editor with it.
      const whole = await pages.agent.get(`/recruiter/vacancies/${vacancy.id}/screening-progress`).expect(200);
      expect(whole.text).toContain('<html');
      expect(whole.text).toContain('Every open application is screened with version 2.');
    });

    it('answers criteria begun on an older version with the conflict, keeping what was typed', async () => {
      const fields = criteriaFields({ ...accountManagerB, courses: { ...accountManagerB.courses, weight: 33 } });
      const response = await post(`/recruiter/vacancies/${vacancy.id}/edit`, {
        ...fields,
        section: 'criteria',
        basedOn: '1',
      }).expect(409);
      expect(response.text).toContain('Someone saved these criteria while you were editing them');
      expect(response.text).toMatch(/name="courses\.weight"[^>]*value="33"/);
      expect((await as(t, recruiter.token).get(`/role-profiles/${profileId}`).expect(200)).body.version).toBe(2);
    });

    it('saves the vacancy’s fields, and keeps what was typed when they are wrong', async () => {
      const base = {
        section: 'details',
        title: 'Accountmanager B Utrecht',
        description: 'Nationale klanten.',
        location: 'Utrecht',
        employmentType: 'full_time',
        headcount: '3',
        hiringManagerIds: [manager.user.id],
        recruiterIds: [recruiter.user.id],
        knockoutPolicy: 'flag',
        screeningWeight: '100',
        interviewWeight: '0',
        sendRejectionMail: '1',
        rejectionMailDelayHours: '48',
      };
      await post(`/recruiter/vacancies/${vacancy.id}/edit`, base).expect(303);
      const saved = (await as(t, recruiter.token).get(`/vacancies/${vacancy.id}`).expect(200)).body;
      expect(saved).toMatchObject({ title: 'Accountmanager B Utrecht', headcount: 3, location: 'Utrecht' });
      const bad = await post(`/recruiter/vacancies/${vacancy.id}/edit`, {
        ...base,
        title: `${HOSTILE} x`,
        headcount: '0',
      }).expect(400);
      expect(bad.text).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt; x"');
      expect(bad.text).toMatch(/id="headcount"[^>]*value="0"[^>]*aria-invalid="true"/);
    });

    it('replaces the interview plan: a round renamed, one added, one removed', async () => {
      const [first, second] = vacancy.rounds;
      const round = (index: number, fields: Record<string, string | string[]>) =>
        Object.fromEntries(Object.entries(fields).map(([key, value]) => [`round.${index}.${key}`, value]));
      await post(`/recruiter/vacancies/${vacancy.id}/edit`, {
        section: 'rounds',
        ...round(0, {
          id: first.id,
          name: 'Kennismaking',
          kind: 'interview',
          competencies: ['customer_focus', 'analytical'],
          scale: '5',
          passRule: 'average',
          passThreshold: '',
          weight: '1',
        }),
        ...round(1, {
          id: second.id,
          name: 'Eindgesprek',
          kind: 'final_interview',
          competencies: 'persuasiveness',
          scale: '4',
          passRule: 'majority_yes',
          weight: '2',
          remove: '1',
        }),
        ...round(2, {
          id: '',
          name: 'Casus',
          kind: 'assessment',
          competencies: 'entrepreneurship',
          scale: '4',
          passRule: 'no_veto',
          weight: '1',
        }),
      }).expect(303);
      const saved = (await as(t, recruiter.token).get(`/vacancies/${vacancy.id}`).expect(200)).body;
      expect(saved.rounds.map((r: { name: string }) => r.name)).toEqual(['Kennismaking', 'Casus']);
      expect(saved.rounds[0]).toMatchObject({ id: first.id, competencies: ['customer_focus', 'analytical'] });
      const bad = await post(`/recruiter/vacancies/${vacancy.id}/edit`, {
        section: 'rounds',
        ...round(0, {
          id: first.id,
          name: 'Kennismaking',
          kind: 'interview',
          competencies: 'customer_focus',
          scale: '4',
          passRule: 'majority_yes',
          passThreshold: '3',
          weight: '1',
        }),
      }).expect(400);
      expect(bad.text).toMatch(/id="round-0-passThreshold"[^>]*value="3"[^>]*aria-invalid="true"/);
    });

    it('keeps a round that has interviews, saying why, with what was typed kept', async () => {
      const interviewer = await makeUser(t, { roles: [Role.Interviewer] });
      const planned = await makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profileId, hiringManagerIds: [manager.user.id] },
        { open: true },
      );
      const { applicationId, roundId } = await applyInRound(t, recruiter.token, planned);
      await scheduleInterview(t, recruiter.token, applicationId, roundId, [interviewer]);
      const response = await post(`/recruiter/vacancies/${planned.id}/edit`, {
        section: 'rounds',
        'round.0.id': roundId,
        'round.0.name': 'Eerste gesprek, hernoemd',
        'round.0.kind': 'interview',
        'round.0.competencies': 'customer_focus',
        'round.0.scale': '4',
        'round.0.passRule': 'average',
        'round.0.weight': '1',
        'round.0.remove': '1',
      }).expect(409);
      expect(response.text).toContain('A round that already has interviews keeps its scale');
      expect(response.text).toContain('value="Eerste gesprek, hernoemd"');
      const rounds = (await as(t, recruiter.token).get(`/vacancies/${planned.id}`).expect(200)).body.rounds;
      expect(rounds.map((round: { name: string }) => round.name)).toEqual(['Eerste gesprek', 'Eindgesprek']);
    });

    it('makes no new version for a vacancy that has ended, and says so', async () => {
      const ownProfile = (await makeProfile(t, recruiter.token)).id;
      const ended = await makeVacancy(t, recruiter.token, {
        roleProfileId: ownProfile,
        hiringManagerIds: [manager.user.id],
      });
      await as(t, recruiter.token).post(`/vacancies/${ended.id}/status`, { status: 'closed' }).expect(200);
      const page = await pages.agent.get(`/recruiter/vacancies/${ended.id}/edit`).expect(200);
      expect(page.text).toContain('This vacancy has ended');
      const response = await post(`/recruiter/vacancies/${ended.id}/edit`, {
        ...criteriaFields(accountManagerB),
        section: 'criteria',
        basedOn: '1',
      }).expect(409);
      expect(response.text).toContain('This vacancy has ended; it can be read but not changed.');
      expect((await as(t, recruiter.token).get(`/role-profiles/${ownProfile}`).expect(200)).body.version).toBe(1);
    });

    it('is a 404 page for a vacancy that does not exist', async () => {
      await pages.agent.get('/recruiter/vacancies/00000000-0000-4000-8000-000000000000/edit').expect(404);
      await pages.agent.get('/recruiter/vacancies/not-an-id/edit').expect(404);
    });

    it('refuses a save without its CSRF token and changes nothing', async () => {
      const fields = criteriaFields({ ...accountManagerB, courses: { ...accountManagerB.courses, weight: 44 } });
      await pages.agent
        .post(`/recruiter/vacancies/${vacancy.id}/edit`)
        .type('form')
        .send({ ...fields, section: 'criteria', basedOn: '2' })
        .expect(403);
      expect((await as(t, recruiter.token).get(`/role-profiles/${profileId}`).expect(200)).body.version).toBe(2);
    });
  });
});
