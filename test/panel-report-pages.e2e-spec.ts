import request from 'supertest';
import { Role } from '../src/common/auth/role';
import { PanelReview } from '../src/interviews/panel-review.service';
import { applyInRound, as, MadeUser, makeProfile, makeUser, makeVacancy, scheduleInterview } from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

const COMPETENCIES = ['customer_focus', 'persuasiveness'];

/**
 * The panel reports page over HTTP, as a browser without scripts reads it:
 * its figures are the API's (agreement, calibration, score distribution),
 * rounded for reading; empty states in words; who may read it.
 */
describe('the panel reports page', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let panel: MadeUser[];
  let vacancy: { id: string; rounds: { id: string }[] };
  let pages: SignedInPages;

  const page = (id = vacancy.id) => `/reports/vacancies/${id}/panels`;
  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  const part = (html: string, marker: string, end: string) => html.split(marker)[1]?.split(end)[0] ?? '';

  /** An interview of the first round with the panel, each member rating both competencies `ratings[i]`; `draft` leaves the last unsubmitted. */
  async function interviewed(members: MadeUser[], ratings: number[], draft = false) {
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy);
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, members);
    for (const [index, member] of members.entries()) {
      const last = index === members.length - 1;
      await api(member)
        .post(`/interviews/${interview.id}/scorecards`, {
          ratings: COMPETENCIES.map((competency, at) => ({
            competency,
            // The first member leaves persuasiveness unrated in the first interview.
            rating: at === 1 && index === 0 && ratings[0] === 4 ? null : ratings[index],
          })),
          recommendation: 'yes',
          submit: !(draft && last),
        })
        .expect(201);
    }
    return interview.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    otherManager = await makeUser(t, { roles: [Role.HiringManager] });
    panel = [];
    for (const name of ['Lenient Interviewer', 'Middle Interviewer', 'Strict Interviewer'])
      panel.push(await makeUser(t, { roles: [Role.Interviewer], name }));
    const profileId = (await makeProfile(t, recruiter.token)).id;
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      {
        roleProfileId: profileId,
        hiringManagerIds: [manager.user.id],
        title: 'Accountmanager Utrecht',
        rounds: [
          { name: 'Eerste gesprek', kind: 'interview', competencies: COMPETENCIES },
          { name: 'Eindgesprek', kind: 'final_interview', competencies: ['entrepreneurship'], scorecard: { scale: 7 } },
        ],
      },
      { open: true },
    );
    await interviewed(panel, [4, 3, 1]);
    await interviewed(panel, [3, 2, 2]);
    await interviewed(panel, [4, 4, 3]);
    // A draft is its author's alone: it counts nowhere.
    await interviewed(panel, [1, 1, 4], true);
    await t.get(PanelReview).idle();
    pages = await signedInPages(t, recruiter.user.email);
  });
  afterAll(() => t.close());

  it('shows the API’s agreement, leniency and corrections, rounded for reading', async () => {
    const html = (await pages.agent.get(page()).expect(200)).text;
    const [agreement] = (await api().get(`/vacancies/${vacancy.id}/interview-agreement`).expect(200)).body;
    const calibration = (await api().get(`/vacancies/${vacancy.id}/interviewer-calibration`).expect(200)).body;
    // Three interviews with all three cards, one with two of three: the draft is not counted.
    expect(agreement).toMatchObject({ interviews: 4, scorecards: 11 });
    const round1 = part(html, 'id="round-1"', 'id="round-2"');
    expect(text(round1)).toContain('Interviews: 4 (decided: 3) · scorecards: 11 · ratings: 20');
    expect(text(part(round1, 'data-figure="alpha"', '</dd>'))).toContain(agreement.alpha.alpha.toFixed(2));
    expect(agreement.icc).toBeNull();
    expect(text(round1)).toContain('Not given: the panels differ between interviews');

    for (const member of panel) {
      const row = calibration.find((one: { interviewerId: string }) => one.interviewerId === member.user.id);
      const inRound = row.rounds.find((one: { roundId: string }) => one.roundId === vacancy.rounds[0].id);
      // Points of 100 on the API, points of the 1–4 scale on the page: × 3 / 100.
      const points = (Math.abs(inRound.leniency) * 3) / 100;
      const correction = (Math.abs(row.correction) * 3) / 100;
      const cells = text(part(round1, `data-interviewer="${member.user.id}"`, '</tr>'));
      const way = inRound.leniency > 0 ? 'above' : 'below';
      expect(cells).toContain(`${member.user.name} ${points.toFixed(2)} points ${way} the panel ${inRound.interviews}`);
      expect(cells).toContain(
        `${correction.toFixed(2)} points ${row.correction > 0 ? 'off each rating' : 'added to each rating'}`,
      );
      expect(cells).toContain(`(over ${row.interviews} interviews of the vacancy)`);
    }
    const lenient = calibration.find((one: { interviewerId: string }) => one.interviewerId === panel[0].user.id);
    expect(lenient.leniency).toBeGreaterThan(0);
    // The chart draws the same interviewers, with an accessible name, beside its table.
    expect(round1).toMatch(/<svg role="img" aria-labelledby="round-1-leniency-svg"/);
    expect(round1).toContain('<caption id="round-1-leniency-caption">Leniency in Eerste gesprek</caption>');
    expect([...round1.matchAll(/class="chart-bar chart-bar-(above|below)"/g)].map((match) => match[1])).toEqual([
      'above',
      'above',
      'below',
    ]);
  });

  it('counts the ratings per competency as the API does, not assessed apart', async () => {
    const html = (await pages.agent.get(page()).expect(200)).text;
    const distribution = (await api().get(`/vacancies/${vacancy.id}/score-distribution`).expect(200)).body;
    expect(distribution[0]).toMatchObject({
      scale: 4,
      anchors: ['Strong no', 'No', 'Yes', 'Strong yes'],
      interviews: 4,
      decided: 3,
      scorecards: 11,
      competencies: [
        // 4,3,1 · 3,2,2 · 4,4,3 · 1,1 (the third a draft)
        { competency: 'customer_focus', counts: [3, 2, 3, 3], notAssessed: 0 },
        // The same, but the first member left it unrated twice (when they gave a 4).
        { competency: 'persuasiveness', counts: [3, 2, 3, 1], notAssessed: 2 },
      ],
    });
    for (const row of distribution[0].competencies) {
      const cells = [...part(html, `data-competency="${row.competency}"`, '</tr>').matchAll(/<td class="num">(\d+)</g)];
      expect(cells.map((match) => Number(match[1]))).toEqual([...row.counts, row.notAssessed]);
    }
    expect(distribution[1]).toMatchObject({ scale: 7, interviews: 0, scorecards: 0 });

    // A cancelled interview's scorecards count nowhere, on the page or in the API.
    const cancelled = await interviewed(panel.slice(0, 2), [1, 1]);
    await api().post(`/interviews/${cancelled}/cancel`, { reason: 'Kandidaat trekt zich terug' }).expect(200);
    await t.get(PanelReview).idle();
    const after = (await api().get(`/vacancies/${vacancy.id}/score-distribution`).expect(200)).body;
    expect(after).toEqual(distribution);
    const again = (await pages.agent.get(page()).expect(200)).text;
    expect(text(part(again, 'id="round-1"', 'id="round-2"'))).toContain('Interviews: 4 (decided: 3) · scorecards: 11');
    const round2 = part(html, 'id="round-2"', '</section>');
    expect(text(round2)).toContain('No scorecard has been submitted in this round yet.');
    expect(html).not.toContain('No round has been decided yet');
  });

  it('says in words when there is nothing yet to report', async () => {
    const empty = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: (await makeProfile(t, recruiter.token)).id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const html = text((await pages.agent.get(page(empty.id)).expect(200)).text);
    expect(html).toContain('No scorecard has been submitted for this vacancy yet.');
    expect(html).toContain('Round 1: Eerste gesprek');

    const [one] = panel;
    const alone = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: (await makeProfile(t, recruiter.token)).id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, alone);
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, [one, panel[1]]);
    await api(one)
      .post(`/interviews/${interview.id}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating: 3 }],
        recommendation: 'yes',
        submit: true,
      })
      .expect(201);
    await t.get(PanelReview).idle();
    const undecided = text((await pages.agent.get(page(alone.id)).expect(200)).text);
    expect(undecided).toContain('No round has been decided yet');
    expect(undecided).toContain('Too few ratings to measure agreement');
    expect(undecided).toContain('No interviewer has yet sat with another on this round');
    expect(undecided).toContain('never sat with another interviewer');
    // The same empty round in the API: no alpha.
    const [agreement] = (await api().get(`/vacancies/${alone.id}/interview-agreement`).expect(200)).body;
    expect(agreement.alpha).toBeNull();
  });

  it('is for the vacancy’s recruiters, admins and hiring managers; 404 to another vacancy’s, 403 to interviewers', async () => {
    const managerPage = (await (await signedInPages(t, manager.user.email)).agent.get(page()).expect(200)).text;
    expect(managerPage).toContain(`href="/manager/vacancies/${vacancy.id}/shortlist"`);
    expect(managerPage).not.toContain(`href="/recruiter/vacancies/${vacancy.id}/edit"`);
    await (await signedInPages(t, otherManager.user.email)).agent.get(page()).expect(404);
    const interviewerPage = await (await signedInPages(t, panel[0].user.email)).agent.get(page()).expect(403);
    expect(interviewerPage.text).not.toContain('Middle Interviewer');
    await pages.agent.get(page('00000000-0000-4000-8000-000000000000')).expect(404);
    await pages.agent.get(page('not-an-id')).expect(404);
    const signedOut = await request(t.app.getHttpServer()).get(page()).expect(303);
    expect(signedOut.headers.location).toMatch(/^\/sign-in/);

    for (const route of ['score-distribution', 'interviewer-calibration', 'interview-agreement']) {
      const path = `/vacancies/${vacancy.id}/${route}`;
      await api(manager).get(path).expect(200);
      await api(otherManager).get(path).expect(404);
      await api(panel[0]).get(path).expect(403);
      await t.http().get(path).expect(401);
    }
    // The recruiter's vacancy page links here, near the rounds.
    const editor = (await pages.agent.get(`/recruiter/vacancies/${vacancy.id}/edit`).expect(200)).text;
    expect(part(editor, 'id="plan"', '</form>')).toContain(`<a href="${page()}">Panel reports</a>`);
  });
});
