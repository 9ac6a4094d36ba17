import { Role } from '../src/common/auth/role';
import { DecisionsWaitingService } from '../src/applications/decisions-waiting.service';
import { PanelReview } from '../src/interviews/panel-review.service';
import { as, makeUser, MadeUser } from './support/factories';
import { buildRoundsScene, RoundsApplicant } from './support/rounds-scene';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(180_000);

/**
 * The scene of buildRoundsScene: two rounds weighing 1 and 3, P seen only by
 * a lenient interviewer, Q only by a strict one, R by both. Every figure
 * below is worked by hand from the ratings (4-point scales, normalised as
 * (rating − 1) / 3).
 */
describe('the shortlist’s rounds, its leniency toggle and the decisions asked of the manager', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let managerPages: SignedInPages;
  let vacancy: { id: string; rounds: { id: string; name: string }[] };
  let ids: Record<RoundsApplicant, string>;

  /** Hundredths of points, as the API's scores are points to two decimals. */
  const hundredths = (points: number) => Math.round(points * 100);
  const combined = (screening: number, interview: number) => Math.round((screening * 60 + interview * 40) / 100);

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rounds Recruiter' });
    manager = await makeUser(t, { roles: [Role.HiringManager], name: 'Rounds Manager' });
    ({ vacancy, ids } = await buildRoundsScene(t, recruiter, manager, 'Accountmanager Rondes'));
    managerPages = await signedInPages(t, manager.user.email);
  });
  afterAll(() => t.close());

  interface Item {
    applicationId: string;
    score: number;
    shortlistScore: number;
    interviewScore: number;
    rounds: { roundId: string; name: string; weight: number; score: number }[];
  }

  const items = async (): Promise<Item[]> =>
    (await as(t, manager.token).get(`/vacancies/${vacancy.id}/shortlist`).expect(200)).body.items;

  it('gives each item its decided rounds with name, weight and score, as rated', async () => {
    const list = await items();
    expect(list.map((item) => item.applicationId)).toEqual([ids.p, ids.r, ids.q]);
    const q = list.find((item) => item.applicationId === ids.q)!;
    // Q: (2 − 1) / 3 = 33.33 in round 1, (3 − 1) / 3 = 66.67 in round 2; (33.33 × 1 + 66.67 × 3) / 4 = 58.34.
    expect(q.rounds).toEqual([
      { roundId: vacancy.rounds[0].id, name: 'Eerste gesprek', weight: 1, score: 33.33 },
      { roundId: vacancy.rounds[1].id, name: 'Eindgesprek', weight: 3, score: 66.67 },
    ]);
    expect(q.interviewScore).toBe(58.34);
    expect(hundredths(q.shortlistScore)).toBe(combined(hundredths(q.score), 5834));
    const r = list.find((item) => item.applicationId === ids.r)!;
    // R: (4 and 2) → (1 + 1/3) / 2 = 66.67 in each round.
    expect(r.rounds.map((round) => round.score)).toEqual([66.67, 66.67]);
  });

  it('draws a segment per round by its weight, the parts adding up to the combined score', async () => {
    const q = (await items()).find((item) => item.applicationId === ids.q)!;
    const html = (await managerPages.agent.get(`/manager/vacancies/${vacancy.id}/shortlist`).expect(200)).text;
    const row = html.split(`data-application="${ids.q}"`)[1].split('</tr>')[0];
    const segments = [...row.matchAll(/class="manager-bar-([\w-]+)" x="([\d.]+)" y="0" width="([\d.]+)"/g)]
      .filter((match) => match[1] !== 'track')
      .map((match) => [match[1], Number(match[2]), Number(match[3])]);
    // Screening 60%: its hundredths × 0.6; the interviews the rest, shared 1 × 33.33 : 3 × 66.67 = 3333 : 20001.
    const total = hundredths(q.shortlistScore);
    const screening = Math.round(hundredths(q.score) * 0.6);
    const interviews = total - screening;
    const first = Math.floor((interviews * 3333) / 23334);
    const rest =
      (interviews * 3333) / 23334 - first >= (interviews * 20001) / 23334 - Math.floor((interviews * 20001) / 23334)
        ? [first + 1, interviews - first - 1]
        : [first, interviews - first];
    expect(segments).toEqual([
      ['screening', 0, screening / 100],
      ['round-1', screening / 100, rest[0] / 100],
      ['round-2', (screening + rest[0]) / 100, rest[1] / 100],
    ]);
    expect(rest[0] + rest[1] + screening).toBe(total);
    const legend = row.split('class="sub manager-parts"')[1].split('</td>')[0];
    expect(legend).toContain(`Eerste gesprek (weight 1) ${(rest[0] / 100).toFixed(2)}`);
    expect(legend).toContain(`Eindgesprek (weight 3) ${(rest[1] / 100).toFixed(2)}`);
    expect(row).toContain('Rounds decided: 2 of 2');
    expect(row).not.toContain('Not decided yet');
  });

  it('ranks again with each interviewer’s leniency taken out, by the figures worked by hand', async () => {
    const before = await items();
    const screening = hundredths(before[0].score);
    const { body } = await as(t, manager.token).get(`/vacancies/${vacancy.id}/shortlist/leniency`).expect(200);
    // The lenient interviewer rated R 4 against the strict one's 2, twice: a leniency of (1 − 1/3) = 0.6667 over
    // 2 interviews, shrunk by 2 / (2 + 5) to a correction of 0.1905 (the strict one: −0.1905).
    // P: 2/3 − 0.1905 = 47.62 in both rounds → 47.62. Q: 1/3 + 0.1905 = 52.38 and 2/3 + 0.1905 = 85.72
    // → (52.38 + 85.72 × 3) / 4 = 77.385 → 77.39. R: (1 − 0.1905 + 1/3 + 0.1905) / 2 = 66.67.
    expect(body).toMatchObject({
      vacancyId: vacancy.id,
      ranksBy: 'as_rated',
      other: 'calibrated',
      total: 3,
      changed: 2,
    });
    expect(
      body.items.map((item: { applicationId: string; ranked: object; other: object; moved: number }) => [
        item.applicationId,
        item.ranked,
        item.other,
        item.moved,
      ]),
    ).toEqual([
      [
        ids.p,
        { position: 1, shortlistScore: combined(screening, 6667) / 100, interviewScore: 66.67 },
        { position: 3, shortlistScore: combined(screening, 4762) / 100, interviewScore: 47.62 },
        -2,
      ],
      [
        ids.r,
        { position: 2, shortlistScore: combined(screening, 6667) / 100, interviewScore: 66.67 },
        { position: 2, shortlistScore: combined(screening, 6667) / 100, interviewScore: 66.67 },
        0,
      ],
      [
        ids.q,
        { position: 3, shortlistScore: combined(screening, 5834) / 100, interviewScore: 58.34 },
        { position: 1, shortlistScore: combined(screening, 7739) / 100, interviewScore: 77.39 },
        2,
      ],
    ]);
  });

  it('shows the same on a page the shortlist links to, without scripts, saying what correction is', async () => {
    const shortlist = (await managerPages.agent.get(`/manager/vacancies/${vacancy.id}/shortlist`).expect(200)).text;
    const href = `/manager/vacancies/${vacancy.id}/shortlist/leniency`;
    expect(shortlist).toContain(`<a href="${href}" hx-get="${href}"`);
    expect(shortlist).toContain('Show with interviewer leniency corrected');
    const page = (await managerPages.agent.get(href).expect(200)).text;
    expect(page).toContain('This vacancy ranks by interview scores as the panels gave them.');
    expect(page).toContain('the correction takes it out of their ratings');
    expect(page).toContain('2 of the 3 applications with interview scores change places.');
    const row = (id: string) => page.split(`data-application="${id}"`)[1].split('</tr>')[0];
    expect(row(ids.q)).toContain('Up 2');
    expect(row(ids.q)).toContain('Place 1, score');
    expect(row(ids.p)).toContain('Down 2');
    expect(row(ids.r)).toContain('No change');
    // To htmx, the part alone, to swap in under the toggle.
    const fragment = await managerPages.agent.get(href).set('HX-Request', 'true').expect(200);
    expect(fragment.text).not.toContain('<html');
    expect(fragment.text).toContain('class="manager-leniency"');
  });

  it('goes back to the scores as rated for a vacancy that ranks calibrated', async () => {
    await as(t, recruiter.token).patch(`/vacancies/${vacancy.id}`, { calibrateInterviews: true }).expect(200);
    await t.get(PanelReview).idle();
    const { body } = await as(t, manager.token).get(`/vacancies/${vacancy.id}/shortlist/leniency`).expect(200);
    expect(body).toMatchObject({ ranksBy: 'calibrated', other: 'as_rated', changed: 2 });
    expect(
      body.items.map((item: { applicationId: string; moved: number }) => [item.applicationId, item.moved]),
    ).toEqual([
      [ids.q, -2],
      [ids.r, 0],
      [ids.p, 2],
    ]);
    const q = (await items()).find((item) => item.applicationId === ids.q)!;
    expect(q.rounds.map((round) => round.score)).toEqual([52.38, 85.72]);
    const page = (await managerPages.agent.get(`/manager/vacancies/${vacancy.id}/shortlist`).expect(200)).text;
    expect(page).toContain('Show as scored, without the leniency correction');
    await as(t, recruiter.token).patch(`/vacancies/${vacancy.id}`, { calibrateInterviews: false }).expect(200);
    await t.get(PanelReview).idle();
  });

  it('refuses a bad limit, and answers only those who may read the shortlist (404 to other managers)', async () => {
    const path = `/vacancies/${vacancy.id}/shortlist/leniency`;
    const bad = await as(t, manager.token).get(`${path}?limit=0`).expect(400);
    expect(JSON.stringify(bad.body)).toContain('limit');
    const who = {
      admin: await makeUser(t, { roles: [Role.Admin] }),
      recruiter,
      manager,
      otherManager: await makeUser(t, { roles: [Role.HiringManager] }),
      interviewer: await makeUser(t, { roles: [Role.Interviewer] }),
    };
    const outcomes: Record<string, number> = {};
    for (const [name, user] of Object.entries(who)) outcomes[name] = (await as(t, user.token).get(path)).status;
    outcomes.signedOut = (await t.http().get(path)).status;
    expect(outcomes).toEqual({
      admin: 200,
      recruiter: 200,
      manager: 200,
      otherManager: 404,
      interviewer: 403,
      signedOut: 401,
    });
  });

  it('asks the manager for a decision once the last round is decided, until they decide', async () => {
    const home = async () => (await managerPages.agent.get('/manager').expect(200)).text;
    const card = (html: string) => html.split(`id="decisions-${vacancy.id}"`)[1]?.split('</div>')[0] ?? '';
    let html = await home();
    expect(html).toContain('Accountmanager Rondes: decisions asked of you (3)');
    expect(card(html)).toContain('Decisions asked of you: 3');
    for (const key of ['p', 'q', 'r'] as const) {
      expect(card(html)).toContain(
        `href="/manager/applications/${ids[key]}/decide?back&#x3D;%2Fmanager">Decide on Applicant ${key.toUpperCase()}</a>`,
      );
    }
    expect(card(html)).toContain('Eindgesprek decided; waiting since');
    expect(html).toContain(`href="/reports/vacancies/${vacancy.id}"`);
    expect(html).toContain(`href="/reports/vacancies/${vacancy.id}/panels"`);
    // The service the page calls: the longest waiting first (decided in the order P, R, Q), nothing for another manager.
    const service = t.get(DecisionsWaitingService);
    const viewer = (made: MadeUser) => ({ ...made.user, roles: made.user.roles as Role[] });
    const asked = (await service.forVacancies([vacancy.id], viewer(manager))).get(vacancy.id)!;
    expect(asked.map((one) => [one.candidateName, one.roundName])).toEqual([
      ['Applicant P', 'Eindgesprek'],
      ['Applicant R', 'Eindgesprek'],
      ['Applicant Q', 'Eindgesprek'],
    ]);
    const stranger = await makeUser(t, { roles: [Role.HiringManager] });
    expect((await service.forVacancies([vacancy.id], viewer(stranger))).size).toBe(0);
    // A hold answers it; an advance moves the application to offer, past the question.
    await as(t, manager.token)
      .post(`/applications/${ids.p}/decisions`, { decision: 'hold', reason: 'Referenties eerst' })
      .expect(200);
    await as(t, manager.token).post(`/applications/${ids.q}/decisions`, { decision: 'advance' }).expect(200);
    html = await home();
    expect(card(html)).toContain('Decisions asked of you: 1');
    expect(card(html)).toContain(`Decide on Applicant R`);
    expect(card(html)).not.toContain('Applicant P');
    expect(
      (await service.forVacancies([vacancy.id], viewer(manager))).get(vacancy.id)!.map((one) => one.applicationId),
    ).toEqual([ids.r]);
    // Another hiring manager is asked nothing about a vacancy that is not theirs.
    const other = await makeUser(t, { roles: [Role.HiringManager] });
    const otherHome = (await (await signedInPages(t, other.user.email)).agent.get('/manager').expect(200)).text;
    expect(otherHome).not.toContain('Applicant R');
  });
});
