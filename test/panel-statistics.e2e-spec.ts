import { Role } from '../src/common/auth/role';
import { PanelReview } from '../src/interviews/panel-review.service';
import {
  applyInRound,
  as,
  MadeUser,
  makeCandidate,
  makeProfile,
  makeUser,
  makeVacancy,
  scheduleInterview,
} from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Panel statistics through the API, checked against published figures: full
 * precision, the parts they are made of, intervals, and scales of 2 to 10 points.
 */
describe('panel statistics', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let panel: MadeUser[];
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    panel = [];
    for (let i = 0; i < 4; i++) panel.push(await makeUser(t, { roles: [Role.Interviewer] }));
    profileId = (await makeProfile(t, recruiter.token, 'accountmanager-b')).id;
  });
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);

  const round = (scorecard: Record<string, unknown>, competencies = ['customer_focus']) => ({
    name: 'Gesprek',
    kind: 'interview',
    competencies,
    scorecard,
  });

  async function openVacancy(rounds: object[]) {
    return makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], rounds },
      { open: true },
    );
  }

  /** A new application in the vacancy's first round, interviewed by `members`, each giving `ratings[i]` on every competency. */
  async function interviewed(
    vacancy: { id: string; rounds: { id: string }[] },
    competencies: string[],
    members: MadeUser[],
    ratings: number[],
    recommendations: string[] = ratings.map(() => 'yes'),
  ): Promise<string> {
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy);
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, members, {
      location: 'Kantoor Utrecht',
    });
    for (const [index, member] of members.entries()) {
      await api(member)
        .post(`/interviews/${interview.id}/scorecards`, {
          ratings: competencies.map((competency) => ({ competency, rating: ratings[index] })),
          recommendation: recommendations[index],
          submit: true,
        })
        .expect(201);
    }
    return interview.id as string;
  }

  const agreementOf = async (vacancyId: string) =>
    (await api().get(`/vacancies/${vacancyId}/interview-agreement`).expect(200)).body[0];

  it("gives Krippendorff's (2011) worked example its alpha in full, with D_o and D_e", async () => {
    // "Computing Krippendorff's Alpha-Reliability", 4 observers by 12 units with
    // missing values; a unit is one interview's one competency, an observer a panel member.
    const [a, b, c, d] = panel;
    const units: [MadeUser[], number[]][] = [
      [
        [a, b, d],
        [1, 1, 1],
      ],
      [
        [a, b, c, d],
        [2, 2, 3, 2],
      ],
      [
        [a, b, c, d],
        [3, 3, 3, 3],
      ],
      [
        [a, b, c, d],
        [3, 3, 3, 3],
      ],
      [
        [a, b, c, d],
        [2, 2, 2, 2],
      ],
      [
        [a, b, c, d],
        [1, 2, 3, 4],
      ],
      [
        [a, b, c, d],
        [4, 4, 4, 4],
      ],
      [
        [a, b, c, d],
        [1, 1, 2, 1],
      ],
      [
        [a, b, c, d],
        [2, 2, 2, 2],
      ],
      [
        [b, c, d],
        [5, 5, 5],
      ],
      [
        [c, d],
        [1, 1],
      ],
      [[b], [3]],
    ];
    const vacancy = await openVacancy([round({ scale: 5 })]);
    for (const [members, ratings] of units) await interviewed(vacancy, ['customer_focus'], members, ratings);

    const agreement = await agreementOf(vacancy.id);
    expect(agreement).toMatchObject({ interviews: 12, scorecards: 41, ratings: 41, flagged: false, icc: null });
    // The published 0.849, unrounded: D_o = 13/30, D_e = 112/39, alpha = 951/1120.
    expect(agreement.alpha).toEqual({
      alpha: expect.closeTo(951 / 1120, 12),
      units: 11,
      values: 40,
      observedDisagreement: expect.closeTo(13 / 30, 12),
      expectedDisagreement: expect.closeTo(112 / 39, 12),
    });
    expect(agreement.alpha.alpha).not.toBe(0.849);
  });

  it('gives Shrout and Fleiss (1979) Table 2 on a 10-point scale: all six ICCs, their ANOVA and 95% intervals', async () => {
    // Six targets by four judges, ratings 1–10: one interview each, one competency.
    const table2 = [
      [9, 2, 5, 8],
      [6, 1, 3, 2],
      [8, 4, 6, 8],
      [7, 1, 2, 6],
      [10, 5, 6, 9],
      [6, 2, 4, 7],
    ];
    const vacancy = await openVacancy([round({ scale: 10 })]);
    const interviews: string[] = [];
    for (const row of table2) interviews.push(await interviewed(vacancy, ['customer_focus'], panel, row));

    const agreement = await agreementOf(vacancy.id);
    expect(agreement.iccNote).toBeNull();
    const { icc } = agreement;
    expect(icc).toMatchObject({ subjects: 6, raters: 4 });
    // Table 3 exactly (BMS 11.24, JMS 32.49, EMS 1.02, WMS 6.26), and Table 4's coefficients in full.
    expect(icc.anova).toEqual({
      msr: expect.closeTo(1349 / 120, 10),
      dfr: 5,
      msc: expect.closeTo(2339 / 72, 10),
      dfc: 3,
      mse: expect.closeTo(367 / 360, 10),
      dfe: 15,
      msw: expect.closeTo(451 / 72, 10),
      dfw: 18,
    });
    expect(icc.icc3_1).toBeCloseTo(920 / 1287, 12);
    expect(icc.icc1_1).toBeCloseTo(0.1657417684, 9);
    expect(icc.icc1_k).toBeCloseTo(0.4427971337, 9);
    expect(icc.icc2_1).toBeCloseTo(0.2897637795, 9);
    expect(icc.icc2_k).toBeCloseTo(0.6200505476, 9);
    expect(icc.icc3_k).toBeCloseTo(0.9093155424, 9);
    // psych::ICC's limits for these data (lower to 3 decimals, upper to 2), as
    // printed in D. Wollschläger's R Examples Repository.
    const limits = (form: string) => [icc.intervals[form].lower.toFixed(3), icc.intervals[form].upper.toFixed(2)];
    expect(icc.intervals.level).toBe(0.95);
    expect(limits('icc1_1')).toEqual(['-0.133', '0.72']);
    expect(limits('icc2_1')).toEqual(['0.019', '0.76']);
    expect(limits('icc3_1')).toEqual(['0.342', '0.95']);
    expect(limits('icc1_k')).toEqual(['-0.884', '0.91']);
    expect(limits('icc2_k')).toEqual(['0.071', '0.93']);
    expect(limits('icc3_k')).toEqual(['0.676', '0.99']);
    expect(icc.intervals.approximateDf).toBeCloseTo(4.785143862, 8);
    // On 10 points only a spread over 6 is flagged: the first target's 9 against 2.
    expect(agreement.flaggedInterviews).toEqual([
      {
        interviewId: interviews[0],
        applicationId: expect.any(String),
        competencies: [{ competency: 'customer_focus', spread: 7, ratings: expect.arrayContaining([9, 2, 5, 8]) }],
      },
    ]);
  });

  it('runs a 7-point round: standard anchors, threshold 5, results, agreement and calibration', async () => {
    const competencies = ['customer_focus', 'persuasiveness'];
    const vacancy = await openVacancy([round({ scale: 7 }, competencies)]);
    expect(vacancy.rounds[0]).toMatchObject({
      scorecard: {
        scale: 7,
        anchors: ['Strong no', 'No', 'Leaning no', 'Mixed', 'Leaning yes', 'Yes', 'Strong yes'],
        passRule: 'average',
        passThreshold: 5,
      },
    });
    // x rates one point above y and z, who agree.
    const [x, y, z] = panel;
    const high = await interviewed(vacancy, competencies, [x, y, z], [7, 6, 6]);
    const low = await interviewed(vacancy, competencies, [x, y, z], [4, 3, 3]);
    const middle = await interviewed(vacancy, competencies, [x, y, z], [5, 4, 4]);
    await t.get(PanelReview).idle();

    const resultOf = async (id: string) => (await api().get(`/interviews/${id}`).expect(200)).body.result;
    // On 0–1, (r − 1) / 6: (6 + 5 + 5) / 18 = 8/9: score 88.89, mean rating 1 + 8/9 · 6 = 6.33.
    expect(await resultOf(high)).toMatchObject({ meanRating: 6.33, score: 88.89, decision: 'pass' });
    // (3 + 2 + 2) / 18 = 7/18: 38.89 and 3.33; (4 + 3 + 3) / 18 = 5/9: 55.56 and 4.33, under 5.
    expect(await resultOf(low)).toMatchObject({ meanRating: 3.33, score: 38.89, decision: 'fail' });
    const middleResult = await resultOf(middle);
    expect(middleResult).toMatchObject({ meanRating: 4.33, score: 55.56, decision: 'fail' });
    expect(middleResult.competencies[0]).toMatchObject({ mean: 4.33, spread: 1, flagged: false });

    const agreement = await agreementOf(vacancy.id);
    // Units [7,6,6], [4,3,3], [5,4,4], twice each: D_o = 2/3, D_e = 64/17, alpha = 79/96.
    expect(agreement.alpha).toMatchObject({
      alpha: expect.closeTo(79 / 96, 12),
      observedDisagreement: expect.closeTo(2 / 3, 12),
      expectedDisagreement: expect.closeTo(64 / 17, 12),
    });
    // No residual at all (x is a constant above the others): consistency is 1 with no doubt,
    // absolute agreement 28/33 with an interval on v = k − 1 = 2 (limits worked with SciPy).
    expect(agreement.icc).toMatchObject({
      icc3_1: 1,
      icc2_1: expect.closeTo(28 / 33, 12),
      intervals: {
        icc3_1: { lower: 1, upper: 1 },
        icc2_1: { lower: expect.closeTo(0.1247265266, 6), upper: expect.closeTo(0.9792652759, 6) },
        approximateDf: expect.closeTo(2, 9),
      },
    });
    expect(agreement.flaggedInterviews).toEqual([]);

    const calibration = (await api().get(`/vacancies/${vacancy.id}/interviewer-calibration`).expect(200)).body;
    const of = (user: MadeUser) =>
      calibration.find((row: { interviewerId: string }) => row.interviewerId === user.user.id);
    // x: one point of 7 above both others on every rating, 1/6 = 16.67 points of 100;
    // shrunk over 3 interviews against a prior of 5: 1/6 · 3/8 = 6.25. y: half a point below, −1/12.
    expect(of(x)).toMatchObject({ leniency: 16.67, correction: 6.25, comparisons: 6, interviews: 3 });
    expect(of(y)).toMatchObject({ leniency: -8.33, comparisons: 6, interviews: 3 });
  });

  it('runs a 3-point round: threshold 3, a split of 3 against 1 flagged, alpha and leniency', async () => {
    const competencies = ['customer_focus', 'persuasiveness'];
    const vacancy = await openVacancy([
      round({ scale: 3, anchors: ['Onvoldoende', 'Voldoende', 'Goed'] }, competencies),
    ]);
    expect(vacancy.rounds[0]).toMatchObject({
      scorecard: { scale: 3, anchors: ['Onvoldoende', 'Voldoende', 'Goed'], passThreshold: 3 },
    });
    const [x, y, z] = panel;
    const split = await interviewed(vacancy, competencies, [x, y, z], [3, 2, 1], ['yes', 'yes', 'strong_no']);
    const agreed = await interviewed(vacancy, competencies, [x, y, z], [3, 3, 3]);
    await t.get(PanelReview).idle();

    const splitResult = (await api().get(`/interviews/${split}`).expect(200)).body.result;
    // (1 + 0.5 + 0) / 3 = 1/2 on 0–1: score 50, mean rating 2, under the default 3.
    expect(splitResult).toMatchObject({ meanRating: 2, score: 50, decision: 'fail' });
    expect(splitResult.competencies[0]).toMatchObject({ mean: 2, spread: 2, flagged: true });
    expect((await api().get(`/interviews/${agreed}`).expect(200)).body.result).toMatchObject({
      meanRating: 3,
      score: 100,
      decision: 'pass',
    });

    const agreement = await agreementOf(vacancy.id);
    // Units [3,2,1] twice and [3,3,3] twice: D_o = 1, D_e = 14/11, alpha = 3/14, under 0.667.
    expect(agreement).toMatchObject({
      flagged: true,
      alpha: {
        alpha: expect.closeTo(3 / 14, 12),
        observedDisagreement: expect.closeTo(1, 12),
        expectedDisagreement: expect.closeTo(14 / 11, 12),
      },
    });
    expect(agreement.flaggedInterviews.map((f: { interviewId: string }) => f.interviewId)).toEqual([split]);

    const calibration = (await api().get(`/vacancies/${vacancy.id}/interviewer-calibration`).expect(200)).body;
    const lenient = calibration.find((row: { interviewerId: string }) => row.interviewerId === x.user.id);
    // x: 1 against the others' (0.5 + 0) / 2 on the split, twice, and 0 on the agreed, twice:
    // (0.75 · 2) / 4 = 0.375; shrunk over 2 interviews: 0.375 · 2/7 = 0.1071.
    expect(lenient).toMatchObject({ leniency: 37.5, correction: 10.71, comparisons: 4, interviews: 2 });
  });

  it('refuses a scale of 1 or 11 points, anchors that do not match, and ratings off a 7-point scale', async () => {
    const base = {
      title: 'Accountmanager B',
      description: 'Nationale klanten.',
      employmentType: 'full_time',
      headcount: 1,
      roleProfileId: profileId,
      hiringManagerIds: [manager.user.id],
    };
    for (const scale of [1, 11, 4.5, '7']) {
      const refused = await api()
        .post('/vacancies', { ...base, rounds: [round({ scale })] })
        .expect(400);
      expect([scale, refused.body.errors.map((error: { field: string }) => error.field)]).toEqual([
        scale,
        ['rounds[0].scorecard.scale'],
      ]);
    }
    const tooFew = await api()
      .post('/vacancies', { ...base, rounds: [round({ scale: 7, anchors: ['Nee', 'Ja'], passThreshold: 7.5 })] })
      .expect(400);
    expect(tooFew.body.errors).toEqual([
      {
        field: 'rounds[0].scorecard.anchors',
        messages: ['a 7-point scale needs 7 anchors, one per point; 2 given'],
      },
      {
        field: 'rounds[0].scorecard.passThreshold',
        messages: ['the threshold 7.5 is above the top of the 7-point scale'],
      },
    ]);
    const vacancy = await openVacancy([round({ scale: 10 })]);
    const replaced = await api()
      .put(`/vacancies/${vacancy.id}/rounds`, { rounds: [{ ...round({ scale: 11 }), id: vacancy.rounds[0].id }] })
      .expect(400);
    expect(replaced.body.errors[0].field).toBe('rounds[0].scorecard.scale');

    const seven = await openVacancy([round({ scale: 7 })]);
    const candidate = await makeCandidate(t, recruiter.token);
    const application = (
      await api().post(`/vacancies/${seven.id}/applications`, { candidateId: candidate.id }).expect(201)
    ).body;
    await api().post(`/applications/${application.id}/moves`, { stage: 'screening' }).expect(200);
    await api()
      .post(`/applications/${application.id}/moves`, { stage: 'interview', roundId: seven.rounds[0].id })
      .expect(200);
    const interview = (
      await api()
        .post(`/applications/${application.id}/interviews`, {
          roundId: seven.rounds[0].id,
          startsAt: '2026-12-14T09:30:00Z',
          location: 'Kantoor Utrecht',
          panel: [panel[0].user.id],
        })
        .expect(201)
    ).body;
    const rate = (rating: number) =>
      api(panel[0]).post(`/interviews/${interview.id}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating }],
        recommendation: 'yes',
        submit: true,
      });
    const eight = await rate(8).expect(400);
    expect(eight.body.errors).toEqual([
      { field: 'ratings[0].rating', messages: ["8 is off the round's scale of 1 to 7; use null for not assessed"] },
    ]);
    const eleven = await rate(11).expect(400);
    expect(eleven.body.errors[0].field).toBe('ratings[0].rating');
    const seventh = await rate(7).expect(201);
    expect(seventh.body.ratings[0].rating).toBe(7);
  });
});
