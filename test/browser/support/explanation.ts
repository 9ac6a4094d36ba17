import { Page } from 'playwright-core';
import { JobQueue } from '../../../src/jobs/job-queue';
import { as, makeCandidate, makeProfile, makeSalesCandidate, MadeUser, makeVacancy } from '../../support/factories';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';

export interface ExplanationScene {
  candidateId: string;
  applicationId: string;
  /** Another applicant to the same vacancy, whose name must appear nowhere in the explanation. */
  otherName: string;
}

/**
 * An Estonian candidate's application, screened (one fact not yet confirmed),
 * advanced by the hiring manager and then rejected with a reason that names
 * the other applicant to the same vacancy, who went further first.
 */
export async function explainedApplication(
  t: TestApp,
  recruiter: MadeUser,
  manager: MadeUser,
): Promise<ExplanationScene> {
  const profileId = (await makeProfile(t, recruiter.token)).id;
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Accountmanager Tallinn' },
    { open: true },
  );
  const api = as(t, recruiter.token);
  const candidate = await makeCandidate(t, recruiter.token, { name: 'Kadri Selgitus', language: 'et' });
  await api
    .post(`/candidates/${candidate.id}/facts`, {
      kind: 'education',
      source: 'cv',
      data: { level: 'hbo' },
      confirmed: true,
    })
    .expect(201);
  await api
    .post(`/candidates/${candidate.id}/facts`, {
      kind: 'work',
      source: 'cv',
      data: { title: 'Müügiesindaja', start: '2017-03-01', end: '2022-08-31', salesRole: true },
    })
    .expect(201);
  await t.get(JobQueue).idle();
  const other = await makeSalesCandidate(t, recruiter.token, 'wo', ['2012-01-01', '2022-01-01'], 'Teine Taotleja');
  const apply = async (candidateId: string) =>
    (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId }).expect(201)).body.id as string;
  const applicationId = await apply(candidate.id);
  const otherId = await apply(other.id);
  const decide = as(t, manager.token);
  await decide.post(`/applications/${otherId}/decisions`, { decision: 'advance' }).expect(200);
  await decide.post(`/applications/${applicationId}/decisions`, { decision: 'advance' }).expect(200);
  await decide
    .post(`/applications/${applicationId}/decisions`, { decision: 'reject', reason: 'Teine Taotleja sobib paremini' })
    .expect(200);
  return { candidateId: candidate.id, applicationId, otherName: 'Teine Taotleja' };
}

/** The explanation page as a recruiter uses it: reached from the candidate page, read, printed. */
export function explanationPage(page: Page, watch: Watch) {
  return {
    /** From the candidate page, by the link of the application's row. */
    async openFromCandidate(candidateId: string, vacancyTitle: string): Promise<void> {
      await page.goto(`/recruiter/candidates/${candidateId}`);
      await audit(page, watch);
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: `Explanation for the candidate: ${vacancyTitle}` }).click(),
      ]);
      await audit(page, watch);
    },
    article: () => page.locator('article.explanation'),
    criteria: () => page.locator('.explanation-criterion .explanation-name').allInnerTexts(),
    steps: () => page.locator('.explanation-step .explanation-sentence').allInnerTexts(),
    printButton: () => page.getByRole('button', { name: 'Print' }),
  };
}
