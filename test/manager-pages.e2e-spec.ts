import { Role } from '../src/common/auth/role';
import { PanelReview } from '../src/interviews/panel-review.service';
import {
  as,
  makeCandidate,
  makeProfile,
  makeSalesCandidate,
  makeUser,
  makeVacancy,
  MadeUser,
} from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The hiring manager's vacancies and shortlist over HTTP, as a browser without scripts reads them. */
describe('the hiring manager’s pages', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let managerPages: SignedInPages;
  let vacancy: { id: string; rounds: { id: string; name: string }[] };
  let interviewed: string;
  let knockedOut: string;
  let notScreened: string;
  let others: string[];

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    manager = await makeUser(t, { roles: [Role.HiringManager], name: 'Mia Manager' });
    const interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      {
        roleProfileId: profileId,
        hiringManagerIds: [manager.user.id],
        title: 'Accountmanager Utrecht',
        screeningWeight: 60,
        interviewWeight: 40,
      },
      { open: true },
    );
    const api = as(t, recruiter.token);
    const apply = async (candidateId: string) =>
      (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId }).expect(201)).body.id as string;
    const sales: [string, string] = ['2018-01-01', '2022-01-01'];
    interviewed = await apply((await makeSalesCandidate(t, recruiter.token, 'wo', sales, HOSTILE)).id);
    knockedOut = await apply((await makeSalesCandidate(t, recruiter.token, 'mbo 3', sales, 'Kees Knock')).id);
    notScreened = await apply((await makeCandidate(t, recruiter.token, { name: 'Nora Nobody' })).id);
    others = [];
    for (let n = 0; n < 26; n += 1) {
      others.push(await apply((await makeSalesCandidate(t, recruiter.token, 'hbo', sales, `Applicant ${n + 10}`)).id));
    }
    // One round decided for the first: a panel of one who rates the top of the scale.
    await api.post(`/applications/${interviewed}/moves`, { stage: 'screening' }).expect(200);
    await api.post(`/applications/${interviewed}/moves`, { stage: 'interview', roundId: vacancy.rounds[0].id });
    const { body: interview } = await api
      .post(`/applications/${interviewed}/interviews`, {
        roundId: vacancy.rounds[0].id,
        startsAt: '2026-12-14T09:30:00Z',
        panel: [interviewer.user.id],
      })
      .expect(201);
    await as(t, interviewer.token)
      .post(`/interviews/${interview.id}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating: 4 }],
        recommendation: 'strong_yes',
        submit: true,
      })
      .expect(201);
    await t.get(PanelReview).idle();
    managerPages = await signedInPages(t, manager.user.email);
  });
  afterAll(() => t.close());

  const decoded = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  const shortlist = (query = '') => `/manager/vacancies/${vacancy.id}/shortlist${query}`;
  const apiItems = async (query = '') =>
    (await as(t, manager.token).get(`/vacancies/${vacancy.id}/shortlist${query}`).expect(200)).body.items as {
      applicationId: string;
      position: number;
      shortlistScore: number | null;
      score: number | null;
      interviewScore: number | null;
      standing: string;
    }[];
  const rowOf = (html: string, applicationId: string) =>
    html.split(`data-application="${applicationId}"`)[1]?.split('</tr>')[0] ?? '';
  const numbers = (text: string) => [...text.matchAll(/(\d+(?:\.\d+)?)/g)].map((match) => Number(match[1]));

  it('lists the manager’s vacancies with their counts per stage, leading to the shortlist', async () => {
    const html = (await managerPages.agent.get('/manager').expect(200)).text;
    expect(html).toContain('Accountmanager Utrecht');
    expect(html).toContain(`href="/manager/vacancies/${vacancy.id}/shortlist"`);
    const counts = html.split('class="manager-counts"')[1].split('</dl>')[0];
    // 28 applied, one moved on into the first round.
    expect(counts).toMatch(/Applied<\/dt><dd>28<\/dd>/);
    expect(counts).toMatch(/Interview<\/dt><dd>1<\/dd>/);
    await managerPages.agent.get('/manager?offset=-1').expect(400);
  });

  it('names the shortlist the recruiter marked ready, with their note', async () => {
    const before = (await managerPages.agent.get('/manager').expect(200)).text;
    expect(before).not.toContain('Waiting on you');
    await as(t, recruiter.token)
      .post(`/vacancies/${vacancy.id}/shortlist/ready`, { note: 'Kijk eerst naar <b>de top drie</b>' })
      .expect(201);
    const html = (await managerPages.agent.get('/manager').expect(200)).text;
    expect(html).toContain('Waiting on you');
    expect(html).toContain('The shortlist of Accountmanager Utrecht is ready to read');
    expect(html).toMatch(/Shortlist marked ready by Rita Recruiter on /);
    expect(html).toContain('Kijk eerst naar &lt;b&gt;de top drie&lt;/b&gt;');
    // Told to this vacancy's managers only.
    const other = await makeUser(t, { roles: [Role.HiringManager] });
    const otherHome = (await (await signedInPages(t, other.user.email)).agent.get('/manager').expect(200)).text;
    expect(otherHome).not.toContain('Waiting on you');
  });

  it('shows the ranking in the API’s order, with the combined score drawn as the parts that add up to it', async () => {
    const items = await apiItems('?limit=25');
    const html = (await managerPages.agent.get(shortlist()).expect(200)).text;
    const order = [...html.matchAll(/data-application="([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(items.map((item) => item.applicationId));
    const top = items.find((item) => item.applicationId === interviewed)!;
    expect(top.interviewScore).not.toBeNull();
    const row = rowOf(html, interviewed);
    const widths = [...row.matchAll(/class="manager-bar-(screening|round-\d)" x="([\d.]+)" y="0" width="([\d.]+)"/g)];
    // The one decided round is its own part of the bar; the other round is named as missing, not drawn as zero.
    expect(widths.map((match) => match[1])).toEqual(['screening', 'round-1']);
    const [screening, interviews] = widths.map((match) => Number(match[3]));
    expect(Math.round((screening + interviews) * 100)).toBe(Math.round(top.shortlistScore! * 100));
    expect(screening).toBeCloseTo(top.score! * 0.6, 1);
    expect(Number(widths[1][2])).toBe(screening);
    // The same numbers in words beside the bar, with the round's name and weight.
    const text = row.split('class="sub manager-parts"')[1].split('</td>')[0];
    expect(text).toContain(`Eerste gesprek (weight 1) ${interviews.toFixed(2)}`);
    expect(text).toContain('Eindgesprek (weight 1): not decided yet');
    expect(numbers(text.replace(/<[^>]+>/g, ' ').split('Eerste gesprek')[0])).toEqual([screening]);
    expect(row).toContain('Rounds decided: 1 of 2');
    expect(row).toContain('Not decided yet: Eindgesprek');
    // Names are escaped.
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain('&lt;img src&#x3D;x');
  });

  it('gives knock-out reasons in words and says who is not screened', async () => {
    const html = (await managerPages.agent.get(shortlist('?standing=knocked_out')).expect(200)).text;
    const row = rowOf(html, knockedOut);
    expect(row).toContain('Knocked out');
    expect(row).toMatch(/Knock-out: [^<]*mbo/i);
    expect(html).not.toContain(`data-application="${interviewed}"`);
    // Nothing the profile asks about is known: neither ranked nor knocked out.
    const unknown = (await managerPages.agent.get(shortlist('?standing=not_enough_evidence')).expect(200)).text;
    const row2 = rowOf(unknown, notScreened);
    expect(row2).toContain('Not enough evidence');
    expect(row2).toContain('Screening facts 0% known');
  });

  it('filters and pages as the API does, with the CSV of the same filters beside', async () => {
    const first = decoded((await managerPages.agent.get(shortlist()).expect(200)).text);
    const next = /href="([^"]+)" rel="next"/.exec(first)![1];
    expect(next).toMatch(/cursor=/);
    const second = decoded((await managerPages.agent.get(next).expect(200)).text);
    const order = [...second.matchAll(/data-application="([^"]+)"/g)].map((match) => match[1]);
    const all = await apiItems('?limit=100');
    expect(order).toEqual(all.slice(25).map((item) => item.applicationId));
    expect(second).toContain('Ranks 26 to 29');
    expect(second).toContain(`href="${shortlist()}"`);

    const filtered = decoded(
      (await managerPages.agent.get(shortlist('?stage=interview&eligible=true')).expect(200)).text,
    );
    expect([...filtered.matchAll(/data-application="([^"]+)"/g)].map((match) => match[1])).toEqual([interviewed]);
    expect(filtered).toContain(`href="/vacancies/${vacancy.id}/shortlist.csv?stage=interview&eligible=true"`);
    const csv = await as(t, manager.token).get(`/vacancies/${vacancy.id}/shortlist.csv?stage=interview&eligible=true`);
    expect(csv.status).toBe(200);
  });

  it('refuses a bad filter, an unknown one and a bad cursor with 400', async () => {
    const bad = await managerPages.agent.get(shortlist('?stage=nowhere')).expect(400);
    expect(bad.text).toContain('That request could not be read');
    await managerPages.agent.get(shortlist('?sort=name')).expect(400);
    await managerPages.agent.get(shortlist('?cursor=not-a-cursor')).expect(400);
    await managerPages.agent.get(shortlist('?eligible=maybe')).expect(400);
  });

  it('links each row to its decision and sends two to four picks to the compare page', async () => {
    const html = decoded((await managerPages.agent.get(shortlist('?standing=ranked')).expect(200)).text);
    expect(html).toContain(
      `href="/manager/applications/${interviewed}/decide?back=${encodeURIComponent(shortlist('?standing=ranked'))}"`,
    );
    expect(html).toContain(`action="/manager/vacancies/${vacancy.id}/shortlist/compare"`);
    const picked = [interviewed, others[0], others[1]];
    const sent = await managerPages.agent
      .get(`/manager/vacancies/${vacancy.id}/shortlist/compare?${picked.map((id) => `ids=${id}`).join('&')}`)
      .expect(303);
    expect(sent.headers.location).toBe(`/manager/vacancies/${vacancy.id}/compare?ids=${picked.join(',')}`);
    await managerPages.agent.get(`/manager/vacancies/${vacancy.id}/shortlist/compare?ids=${interviewed}`).expect(400);
    const five = [interviewed, ...others.slice(0, 4)].map((id) => `ids=${id}`).join('&');
    await managerPages.agent.get(`/manager/vacancies/${vacancy.id}/shortlist/compare?${five}`).expect(400);
  });

  it('is not found for a hiring manager of another vacancy or an interviewer, as in the API', async () => {
    const other = await makeUser(t, { roles: [Role.HiringManager] });
    const interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    for (const user of [other, interviewer]) {
      const pages = await signedInPages(t, user.user.email);
      await pages.agent.get(shortlist()).expect(404);
      await pages.agent
        .get(`/manager/vacancies/${vacancy.id}/shortlist/compare?ids=${interviewed},${others[0]}`)
        .expect(404);
    }
    const otherHome = (await (await signedInPages(t, other.user.email)).agent.get('/manager').expect(200)).text;
    expect(otherHome).not.toContain('Accountmanager Utrecht');
  });

  it('shows a change to the shortlist at once, though the page is kept, and says which interview scores it ranks by', async () => {
    const before = (await managerPages.agent.get(shortlist('?standing=ranked')).expect(200)).text;
    expect(before).toContain(`data-application="${others[2]}"`);
    expect(before).toContain('Interview scores count as the panel rated them');
    await as(t, recruiter.token)
      .patch(`/vacancies/${vacancy.id}`, { title: 'Kliendihaldur Tartu', calibrateInterviews: true })
      .expect(200);
    await t.get(PanelReview).idle();
    const after = (await managerPages.agent.get(shortlist('?standing=ranked')).expect(200)).text;
    expect(after).toContain('Kliendihaldur Tartu');
    expect(after).toContain('Interview scores are corrected for each interviewer’s leniency');
    // Each answer carries the reader's own CSRF token.
    expect(after).toMatch(/<meta name="csrf-token" content="[^"]+"/);
  });
});
