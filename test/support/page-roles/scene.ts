import { Role } from '../../../src/common/auth/role';
import {
  applyInRound,
  makeCandidate,
  makeProfile,
  makeUser,
  makeVacancy,
  MadeUser,
  scheduleInterview,
} from '../factories';
import { signedInPages, SignedInPages } from '../page-session';
import { TEST_ADMIN, TestApp } from '../test-app';

/** Who signs in to the pages in the role matrix. */
export const PAGE_ACTORS = [
  'admin',
  'recruiter',
  'hiringManager',
  'otherManager',
  'interviewer',
  'otherInterviewer',
  'compliance',
] as const;
export type PageActor = (typeof PAGE_ACTORS)[number];

/** Shorthands for the rows. */
export const RECRUITERS: PageActor[] = ['admin', 'recruiter'];
export const EVERYONE: PageActor[] = [...PAGE_ACTORS];

/**
 * One small world every page row can point into: an open vacancy (A) with its
 * recruiter and hiring manager, one application in its first round with an
 * interview whose panel is `interviewer`; and a second vacancy (B) of the same
 * recruiter, whose hiring manager is `otherManager` and whose one interview
 * has `otherInterviewer` on its panel. Every row points into A, so the two
 * others show what a manager and a panel member of B get of A's pages.
 */
export interface PageScene {
  users: Record<Exclude<PageActor, 'admin'>, MadeUser>;
  vacancyId: string;
  roleProfileId: string;
  roundId: string;
  candidateId: string;
  /** A second candidate, who applied nowhere: for pages about two candidates. */
  otherCandidateId: string;
  applicationId: string;
  interviewId: string;
  sessions: Record<PageActor, SignedInPages>;
  /** A second application to the scene's vacancy, still applied: for pages that compare applications. */
  secondApplicationId: string;
  /** The recruiter's user id, for the admin's forms about one user. */
  recruiterUserId: string;
}

export async function buildPageScene(t: TestApp): Promise<PageScene> {
  const users = {
    recruiter: await makeUser(t, { roles: [Role.Recruiter] }),
    hiringManager: await makeUser(t, { roles: [Role.HiringManager] }),
    otherManager: await makeUser(t, { roles: [Role.HiringManager] }),
    interviewer: await makeUser(t, { roles: [Role.Interviewer] }),
    otherInterviewer: await makeUser(t, { roles: [Role.Interviewer] }),
    compliance: await makeUser(t, { roles: [Role.Compliance] }),
  };
  const token = users.recruiter.token;
  const roleProfileId = (await makeProfile(t, token)).id;
  const vacancy = await makeVacancy(
    t,
    token,
    { roleProfileId, hiringManagerIds: [users.hiringManager.user.id], recruiterIds: [users.recruiter.user.id] },
    { open: true },
  );
  const { applicationId, candidateId, roundId } = await applyInRound(t, token, vacancy);
  const otherCandidateId = (await makeCandidate(t, token)).id;
  const interview = await scheduleInterview(t, token, applicationId, roundId, [users.interviewer]);
  const vacancyB = await makeVacancy(
    t,
    token,
    { roleProfileId, hiringManagerIds: [users.otherManager.user.id], recruiterIds: [users.recruiter.user.id] },
    { open: true },
  );
  const inB = await applyInRound(t, token, vacancyB);
  await scheduleInterview(t, token, inB.applicationId, inB.roundId, [users.otherInterviewer]);
  const sessions = { admin: await signedInPages(t, TEST_ADMIN.email, TEST_ADMIN.password) } as Record<
    PageActor,
    SignedInPages
  >;
  for (const [actor, made] of Object.entries(users))
    sessions[actor as PageActor] = await signedInPages(t, made.user.email);
  return {
    users,
    vacancyId: vacancy.id,
    roleProfileId,
    roundId,
    candidateId,
    otherCandidateId,
    applicationId,
    interviewId: interview.id,
    sessions,
    secondApplicationId: (
      await t
        .http()
        .post(`/vacancies/${vacancy.id}/applications`)
        .set('Authorization', `Bearer ${token}`)
        .send({ candidateId: (await makeCandidate(t, token)).id })
        .expect(201)
    ).body.id,
    recruiterUserId: users.recruiter.user.id,
  };
}

/**
 * A page (or a form it posts) and who may use it. Everyone else gets the 403
 * page, or the 404 page where the API hides that the thing exists; a
 * signed-out visitor is sent to sign in.
 */
export interface PageRoute {
  method: 'GET' | 'POST';
  /** Built from the scene's ids (`scene.vacancyId`…), which is also how the test names the row. */
  path: (scene: PageScene) => string;
  allowed: PageActor[];
  refused?: 403 | 404;
  /** Where some of those refused hear otherwise than `refused` (a hiring manager of another vacancy 404, interviewers 403). */
  refusedBy?: Partial<Record<PageActor, 403 | 404>>;
  /** The fields a POST sends besides its CSRF token. A POST row is tried only by those refused, so it changes nothing. */
  form?: (scene: PageScene) => Record<string, string>;
}
