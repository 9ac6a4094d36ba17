import { randomUUID } from 'node:crypto';
import { Role } from '../src/common/auth/role';
import { as, makeProfile, makeSalesCandidate, makeUser, makeVacancy, MadeUser } from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The compare and decide pages over HTTP, as a browser without scripts uses them. */
describe('the compare and decide pages', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let pages: SignedInPages;
  let vacancyId: string;
  let otherApplication: string;
  const ids: Record<'top' | 'mid' | 'low' | 'spare', string> = { top: '', mid: '', low: '', spare: '' };

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const open = (title: string) =>
      makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title },
        { open: true },
      );
    vacancyId = (await open('Accountmanager Utrecht')).id;
    const otherVacancy = (await open('Accountmanager Tallinn')).id;
    const people = {
      top: await makeSalesCandidate(t, recruiter.token, 'wo', ['2015-01-01', '2022-01-01'], 'Tess Top'),
      mid: await makeSalesCandidate(t, recruiter.token, 'hbo', ['2020-01-01', '2022-01-01'], HOSTILE),
      low: await makeSalesCandidate(t, recruiter.token, 'mbo 3', ['2015-01-01', '2022-01-01'], 'Lex Low'),
      spare: await makeSalesCandidate(t, recruiter.token, 'hbo', ['2019-01-01', '2022-01-01'], 'Sam Spare'),
    };
    const api = as(t, recruiter.token);
    for (const key of ['top', 'mid', 'low', 'spare'] as const) {
      ids[key] = (
        await api.post(`/vacancies/${vacancyId}/applications`, { candidateId: people[key].id }).expect(201)
      ).body.id;
    }
    otherApplication = (
      await api.post(`/vacancies/${otherVacancy}/applications`, { candidateId: people.top.id }).expect(201)
    ).body.id;
    pages = await signedInPages(t, manager.user.email);
  });
  afterAll(() => t.close());

  const decoded = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  const compare = (...list: string[]) => `/manager/vacancies/${vacancyId}/compare?ids=${list.join(',')}`;
  const columnOf = (html: string, id: string) => html.split(`id="decide-${id}"`)[1]?.split('</form>')[0] ?? '';
  const post = (id: string, fields: Record<string, string>) =>
    pages.agent
      .post(`/manager/applications/${id}/decide`)
      .type('form')
      .send({ ...fields, _csrf: pages.csrf });
  const events = async (id: string) => (await as(t, manager.token).get(`/applications/${id}/events`).expect(200)).body;

  it('shows each criterion’s sentence and points side by side, the best marked and knock-outs named', async () => {
    const { text } = await pages.agent.get(compare(ids.top, ids.mid, ids.low)).expect(200);
    expect(text).toContain('class="decide-page printable"');
    expect(text).toContain('Tess Top');
    expect(text).toContain('Lex Low');
    // The candidate's name is escaped, never markup.
    expect(text).not.toContain(HOSTILE);
    expect(text).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    const rows = text.split('<tr').filter((row) => row.includes('scope="row"'));
    const education = rows.find((row) => /<th scope="row">(Opleiding|opleiding|Education|education)/.test(row))!;
    expect(education).toBeDefined();
    // wo earns the most education points, and only its cell stands out; mbo 3 fails the knock-out.
    const cells = education.split('<td').slice(1);
    expect(cells).toHaveLength(3);
    expect(cells[0]).toContain('decide-best');
    expect(cells[1]).not.toContain('decide-best');
    expect(cells[2]).toContain('decide-failed');
    expect(cells[2]).toMatch(/Knock-out/);
    expect(text).toMatch(/Failed knock-out: [^<]*(opleiding|education)/i);
    // Two rounds of the plan, nothing held yet; the forms are not printed.
    expect(text).toContain('Eerste gesprek');
    expect(text).toContain('class="decide-forms no-print"');
    // The knocked-out applicant's form says why advancing it needs a reason.
    expect(columnOf(text, ids.low)).toMatch(/Advancing goes against the screening advice/);
    expect(columnOf(text, ids.top)).not.toMatch(/goes against the screening advice/);
  });

  it('names wrong input on a 400 page', async () => {
    const one = await pages.agent.get(compare(ids.top)).expect(400);
    expect(one.text).toContain('Choose 2 to 4 applicants to compare; the link names 1.');
    const five = await pages.agent.get(compare(ids.top, ids.mid, ids.low, ids.spare, randomUUID())).expect(400);
    expect(five.text).toContain('the link names 5');
    const notId = await pages.agent.get(compare(ids.top, 'nonsense')).expect(400);
    expect(notId.text).toContain('not an application: nonsense');
    const other = await pages.agent.get(compare(ids.top, otherApplication)).expect(400);
    expect(other.text).toContain(`not applications of this vacancy: ${otherApplication}`);
    const twice = await pages.agent.get(compare(ids.top, ids.top)).expect(400);
    expect(twice.text).toContain('the same applicant twice');
    await pages.agent.get(`/manager/vacancies/${vacancyId}/compare`).expect(400);
  });

  it('advances from the compare page and goes back there with a notice', async () => {
    const back = compare(ids.top, ids.mid, ids.low);
    const response = await post(ids.top, { decision: 'advance', revision: '1', reason: '', back }).expect(303);
    expect(decoded(response.headers.location)).toBe(`${back}&decided=advance`);
    const after = await pages.agent.get(response.headers.location).expect(200);
    expect(after.text).toContain('Decision recorded: advanced to the next step.');
    expect((await events(ids.top)).at(-1)).toMatchObject({ toStage: 'screening', decision: 'advance', reason: null });
  });

  it('refuses to advance a knocked-out applicant without a reason, keeping the page, then takes one', async () => {
    const back = compare(ids.top, ids.mid, ids.low);
    const refused = await post(ids.low, { decision: 'advance', revision: '1', reason: '  ', back }).expect(422);
    expect(refused.text).toContain('This decision goes against the screening advice: give a reason.');
    expect(refused.text).toContain('Advancing goes against the screening advice');
    expect((await events(ids.low)).at(-1)).toMatchObject({ toStage: 'applied' });
    const taken = await post(ids.low, { decision: 'advance', revision: '1', reason: 'Sterke referenties', back });
    expect(taken.status).toBe(303);
    expect((await events(ids.low)).at(-1)).toMatchObject({ toStage: 'screening', reason: 'Sterke referenties' });
  });

  it('asks a reason to hold one ranked above an applicant already further along, and records the hold', async () => {
    // mid ranks above low, and low is at screening now while mid is still applied.
    const page = await pages.agent
      .get(`/manager/applications/${ids.mid}/decide?back=https://evil.example/x`)
      .expect(200);
    expect(page.text).toMatch(/an applicant ranked lower is already at Screening/);
    expect(page.text).toContain(`/manager/vacancies/${vacancyId}/shortlist`);
    expect(page.text).not.toContain('evil.example');
    const refused = await post(ids.mid, { decision: 'hold', revision: '1', reason: '' }).expect(422);
    expect(refused.text).toContain('give a reason');
    const held = await post(ids.mid, { decision: 'hold', revision: '1', reason: 'Wacht op referenties' }).expect(303);
    // Not a same-site path: back to the shortlist.
    expect(held.headers.location).toBe(`/manager/vacancies/${vacancyId}/shortlist?decided=hold`);
    expect((await events(ids.mid)).at(-1)).toMatchObject({
      fromStage: 'applied',
      toStage: 'applied',
      decision: 'hold',
      reason: 'Wacht op referenties',
    });
  });

  it('shows a stale revision as 409 on the page, with what was typed kept', async () => {
    const typed = 'Past beter bij het team';
    const stale = await post(ids.spare, {
      decision: 'reject',
      revision: '1',
      reason: typed,
      back: '//evil.example/x',
    });
    // spare is still at revision 1: first move it from elsewhere.
    expect(stale.status).toBe(303);
    expect(stale.headers.location).toBe(`/manager/vacancies/${vacancyId}/shortlist?decided=reject`);
    const again = await post(ids.top, { decision: 'reject', revision: '1', reason: typed }).expect(409);
    expect(again.text).toContain('Someone changed this application meanwhile');
    expect(again.text).toContain(typed);
    // The form now carries the revision it shows, so sending it again is a decision on what was seen.
    expect(again.text).toContain('name="revision" value="2"');
    expect((await events(ids.top)).at(-1)).toMatchObject({ toStage: 'screening' });
  });

  it('names a bad form and a rejection without a reason', async () => {
    const bad = await post(ids.top, { decision: 'promote', revision: '2' }).expect(400);
    expect(bad.text).toContain('Choose advance, hold or reject');
    const bare = await post(ids.top, { decision: 'reject', revision: '2', reason: '' }).expect(400);
    expect(bare.text).toContain('To reject, give a reason.');
  });
});
