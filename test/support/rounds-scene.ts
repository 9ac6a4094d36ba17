import { Role } from '../../src/common/auth/role';
import { PanelReview } from '../../src/interviews/panel-review.service';
import { as, makeProfile, makeSalesCandidate, makeUser, makeVacancy, MadeUser } from './factories';
import { TestApp } from './test-app';

export type RoundsApplicant = 'p' | 'q' | 'r';

/**
 * An open vacancy with two rounds of different weights (1 and 3), screening
 * 60 and interviews 40, and three applicants with the same screening facts,
 * each interviewed in both rounds and now in the last: P seen only by a
 * lenient interviewer, Q only by a strict one, R by both. R's panels measure
 * the two interviewers' leniency; the correction moves Q above P. Ratings on
 * 4-point scales: P 3 and 3; Q 2 then 3; R 4 from the lenient and 2 from the
 * strict one, both times. Applied in the order P, R, Q.
 */
export async function buildRoundsScene(
  t: TestApp,
  recruiter: MadeUser,
  manager: MadeUser,
  title: string,
): Promise<{ vacancy: { id: string; rounds: { id: string; name: string }[] }; ids: Record<RoundsApplicant, string> }> {
  const ids: Record<RoundsApplicant, string> = { p: '', q: '', r: '' };
  const lenient = await makeUser(t, { roles: [Role.Interviewer], name: `Lenient Interviewer ${title}` });
  const strict = await makeUser(t, { roles: [Role.Interviewer], name: `Strict Interviewer ${title}` });
  const profileId = (await makeProfile(t, recruiter.token)).id;
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    {
      roleProfileId: profileId,
      hiringManagerIds: [manager.user.id],
      title,
      screeningWeight: 60,
      interviewWeight: 40,
      rounds: [
        {
          name: 'Eerste gesprek',
          kind: 'interview',
          competencies: ['customer_focus'],
          scorecard: { passRule: 'no_veto' },
          weight: 1,
        },
        {
          name: 'Eindgesprek',
          kind: 'final_interview',
          competencies: ['persuasiveness'],
          scorecard: { passRule: 'no_veto' },
          weight: 3,
        },
      ],
    },
    { open: true },
  );
  const api = as(t, recruiter.token);
  const sales: [string, string] = ['2018-01-01', '2022-01-01'];
  // Applied in this order: P before R, so P stands first of the two on a tie.
  for (const key of ['p', 'r', 'q'] as const) {
    const candidate = await makeSalesCandidate(t, recruiter.token, 'hbo', sales, `Applicant ${key.toUpperCase()}`);
    ids[key] = (
      await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id }).expect(201)
    ).body.id;
    await api.post(`/applications/${ids[key]}/moves`, { stage: 'screening' }).expect(200);
  }
  const panels = { p: [lenient], q: [strict], r: [lenient, strict] };
  // Round 1 (customer_focus) then round 2 (persuasiveness): P 3 from the lenient one, Q 2 then 3 from the
  // strict one, R 4 from the lenient and 2 from the strict one both times.
  const ratings: Record<'p' | 'q' | 'r', number[][]> = {
    p: [[3], [3]],
    q: [[2], [3]],
    r: [
      [4, 2],
      [4, 2],
    ],
  };
  for (const [round, competency] of [
    [0, 'customer_focus'],
    [1, 'persuasiveness'],
  ] as const) {
    for (const key of ['p', 'r', 'q'] as const) {
      await api
        .post(`/applications/${ids[key]}/moves`, { stage: 'interview', roundId: vacancy.rounds[round].id })
        .expect(200);
      const { body: interview } = await api
        .post(`/applications/${ids[key]}/interviews`, {
          roundId: vacancy.rounds[round].id,
          startsAt: '2026-12-14T09:30:00Z',
          panel: panels[key].map((member) => member.user.id),
        })
        .expect(201);
      for (const [n, member] of panels[key].entries()) {
        await as(t, member.token)
          .post(`/interviews/${interview.id}/scorecards`, {
            ratings: [{ competency, rating: ratings[key][round][n] }],
            recommendation: 'yes',
            submit: true,
          })
          .expect(201);
      }
    }
    await t.get(PanelReview).idle();
  }
  return { vacancy, ids };
}
