import { Role } from '../src/common/auth/role';
import { PanelReview } from '../src/interviews/panel-review.service';
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
import { getUrls, OpenApiSpec } from './support/openapi-urls';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A panel member who has not submitted reads nothing worked out of a
 * colleague's scorecard, on any route they may call: every GET operation of
 * the OpenAPI document is walked with every id of the scene, so a route
 * added later is walked too.
 */
describe('sealed scorecards, on every route a panel member can call', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let colleague: MadeUser;
  let spec: OpenApiSpec;
  const NOTE = 'Klantgesprek-zq81 overtuigend gevoerd';
  const SUMMARY = 'Samenvatting-kx42 van de collega';

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    colleague = await makeUser(t, { roles: [Role.Interviewer] });
    spec = (await t.http().get('/docs/openapi.json').expect(200)).body;
  }, 60_000);
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);

  /** An interview with a panel of the colleague and `member`; the colleague has submitted, with distinctive values. */
  async function scene() {
    const member = await makeUser(t, { roles: [Role.Interviewer] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profileId = (await makeProfile(t, recruiter.token, 'accountmanager-b')).id;
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      {
        roleProfileId: profileId,
        hiringManagerIds: [manager.user.id],
        rounds: [
          {
            name: 'Eerste gesprek',
            kind: 'interview',
            competencies: ['customer_focus', 'persuasiveness', 'analytical'],
            scorecard: { scale: 5 },
          },
        ],
      },
      { open: true },
    );
    const candidate = await makeCandidate(t, recruiter.token);
    const cv = await t
      .http()
      .post(`/candidates/${candidate.id}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', cvText(dutchCv()), 'cv.txt')
      .expect(201);
    const { applicationId } = await applyInRound(t, recruiter.token, vacancy, { candidateId: candidate.id });
    const application = { id: applicationId };
    const interview = await scheduleInterview(t, recruiter.token, applicationId, vacancy.rounds[0].id, [
      colleague,
      member,
    ]);
    const theirs = await api(colleague)
      .post(`/interviews/${interview.id}/scorecards`, {
        ratings: [
          { competency: 'customer_focus', rating: 5, notes: NOTE },
          { competency: 'persuasiveness', rating: 2, notes: NOTE },
          { competency: 'analytical', rating: 4, notes: NOTE },
        ],
        recommendation: 'strong_no',
        summary: SUMMARY,
        submit: true,
      })
      .expect(201);
    await t.get(PanelReview).idle();
    const ids = {
      interview: interview.id as string,
      application: application.id as string,
      candidate: candidate.id as string,
      vacancy: vacancy.id as string,
      round: vacancy.rounds[0].id,
      cv: cv.body.cv.id as string,
      theirScorecard: theirs.body.id as string,
      member: member.user.id,
      colleague: colleague.user.id,
    };
    return { member, ids };
  }

  /** What the recruiter reads of the colleague's scorecard and of all worked out of it: the values that must not leak. */
  async function derivedValues(ids: { interview: string; application: string }) {
    const interview = (await api().get(`/interviews/${ids.interview}`).expect(200)).body;
    const application = (await api().get(`/applications/${ids.application}`).expect(200)).body;
    const result = interview.result;
    const numbers = [
      result.meanRating,
      result.score,
      result.calibratedScore,
      ...result.competencies.map((c: { mean: number }) => c.mean),
      application.interviewScore,
      application.shortlistScore,
    ].filter((value): value is number => typeof value === 'number' && !Number.isInteger(value));
    return { numbers: [...new Set(numbers)], strings: [NOTE, SUMMARY, 'strong_no', result.reason as string] };
  }

  function leaks(body: string, derived: { numbers: number[]; strings: string[] }): string[] {
    const found = derived.strings.filter((value) => body.includes(value));
    for (const value of derived.numbers) {
      if (new RegExp(`[:\\[,]${String(value).replace('.', '\\.')}[,\\]}]`).test(body)) found.push(String(value));
    }
    return found;
  }

  async function walk(user: MadeUser, ids: Record<string, string>, derived: { numbers: number[]; strings: string[] }) {
    const found: { url: string; leaks: string[] }[] = [];
    let answered = 0;
    for (const url of getUrls(spec, ids)) {
      const response = await t.http().get(url).set(bearer(user.token));
      expect(response.status).toBeLessThan(500);
      if (response.status === 200) answered += 1;
      const hits = leaks(response.text, derived);
      if (hits.length) found.push({ url, leaks: hits });
    }
    return { found, answered };
  }

  it('leaks none of it to a panel member without a scorecard, and none to one with a draft', async () => {
    const { member, ids } = await scene();
    const derived = await derivedValues(ids);
    expect(derived.numbers.length).toBeGreaterThanOrEqual(2);

    const without = await walk(member, ids, derived);
    expect(without.found).toEqual([]);
    const seen = (await api(member).get(`/interviews/${ids.interview}`).expect(200)).body;
    expect({ sealed: seen.resultSealed, result: seen.result, decidedAt: seen.decidedAt }).toEqual({
      sealed: true,
      result: null,
      decidedAt: null,
    });
    const application = (await api(member).get(`/applications/${ids.application}`).expect(200)).body;
    expect({ interviewScore: application.interviewScore, shortlistScore: application.shortlistScore }).toEqual({
      interviewScore: null,
      shortlistScore: null,
    });

    const draft = await api(member)
      .post(`/interviews/${ids.interview}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating: 3, notes: 'Mijn eigen notitie' }],
        recommendation: 'yes',
      })
      .expect(201);
    expect(leaks(draft.text, derived)).toEqual([]);
    const changed = await api(member).patch(`/scorecards/${draft.body.id}`, { summary: 'Nog bezig' }).expect(200);
    expect(leaks(changed.text, derived)).toEqual([]);
    const withDraft = await walk(member, { ...ids, ownScorecard: draft.body.id }, derived);
    expect(withDraft.found).toEqual([]);
    // The walk reached the member's interview, application, candidate, vacancy, CV and own scorecard.
    expect(withDraft.answered).toBeGreaterThanOrEqual(8);
  }, 120_000);

  it('finds the values where they may be read: by the recruiter, and by the member once their own is submitted', async () => {
    const { member, ids } = await scene();
    const derived = await derivedValues(ids);
    const recruiterWalk = await walk(recruiter, ids, derived);
    const leaked = new Set(recruiterWalk.found.flatMap((hit) => hit.leaks));
    expect([...leaked].sort()).toEqual([...derived.strings, ...derived.numbers.map(String)].sort());

    await api(member)
      .post(`/interviews/${ids.interview}/scorecards`, {
        ratings: [
          { competency: 'customer_focus', rating: 3 },
          { competency: 'persuasiveness', rating: 3 },
          { competency: 'analytical', rating: 3 },
        ],
        recommendation: 'yes',
        submit: true,
      })
      .expect(201);
    const seen = (await api(member).get(`/interviews/${ids.interview}`).expect(200)).body;
    expect(seen.resultSealed).toBe(false);
    expect(seen.result.scorecards).toBe(2);
    const theirs = (await api(member).get(`/scorecards/${ids.theirScorecard}`).expect(200)).body;
    expect(theirs.summary).toBe(SUMMARY);
  }, 120_000);
  it('refuses a panel member who owes a scorecard the order by shortlist score, and gives it once theirs is in', async () => {
    const { member, ids } = await scene();
    for (const sort of ['shortlistScore', '-shortlistScore']) {
      const refused = await api(member).get(`/applications?sort=${sort}`).expect(400);
      expect(refused.body.errors).toEqual([
        { field: 'sort', messages: ['sorting by shortlistScore waits until your own scorecards are submitted'] },
      ]);
    }
    const byDate = (await api(member).get('/applications?sort=-appliedAt').expect(200)).body;
    expect(byDate.items.map((item: { id: string }) => item.id)).toEqual([ids.application]);

    await api(member)
      .post(`/interviews/${ids.interview}/scorecards`, {
        ratings: [
          { competency: 'customer_focus', rating: 4 },
          { competency: 'persuasiveness', rating: 4 },
          { competency: 'analytical', rating: 4 },
        ],
        recommendation: 'yes',
        submit: true,
      })
      .expect(201);
    const sorted = (await api(member).get('/applications?sort=-shortlistScore').expect(200)).body;
    expect(sorted.items.map((item: { id: string }) => item.id)).toEqual([ids.application]);
  }, 120_000);
});
