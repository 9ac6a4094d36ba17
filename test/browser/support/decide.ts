import { Locator, Page } from 'playwright-core';
import { Role } from '../../../src/common/auth/role';
import { as, makeProfile, makeSalesCandidate, MadeUser, makeVacancy } from '../../support/factories';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';

/** The compare and decide pages as a hiring manager uses them: a decision form per applicant. */
export const decide = {
  form(page: Page, applicationId: string): Locator {
    return page.locator(`#decide-${applicationId}`);
  },

  async open(page: Page, watch: Watch, vacancyId: string, ids: string[]): Promise<void> {
    await page.goto(`/manager/vacancies/${vacancyId}/compare?ids=${ids.join(',')}`);
    await audit(page, watch);
  },

  /** Types the reason (when given) and presses the decision's button; waits for the next page and checks it. */
  async decide(
    page: Page,
    watch: Watch,
    applicationId: string,
    decision: 'advance' | 'hold' | 'reject',
    reason?: string,
  ): Promise<void> {
    const form = decide.form(page, applicationId);
    if (reason !== undefined) await form.locator('textarea[name="reason"]').fill(reason);
    await Promise.all([page.waitForNavigation(), form.locator(`button[value="${decision}"]`).click()]);
    await audit(page, watch);
  },
};

/**
 * A vacancy of three applicants for `manager`: Tess (ranked first), Milan
 * (second) and Lex (knocked out on education), with Lex already moved on to
 * screening by the recruiter, past Milan.
 */
export async function threeApplicants(t: TestApp, recruiter: MadeUser, manager: MadeUser) {
  const profileId = (await makeProfile(t, recruiter.token)).id;
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Accountmanager Utrecht' },
    { open: true },
  );
  const api = as(t, recruiter.token);
  const apply = async (level: string, sales: [string, string], name: string) => {
    const candidate = await makeSalesCandidate(t, recruiter.token, level, sales, name);
    return (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id }).expect(201)).body
      .id as string;
  };
  const tess = await apply('wo', ['2015-01-01', '2022-01-01'], 'Tess Top');
  const milan = await apply('hbo', ['2020-01-01', '2022-01-01'], 'Milan Midden');
  const lex = await apply('mbo 3', ['2015-01-01', '2022-01-01'], 'Lex Laag');
  // Lex fails the education knock-out: taking him on goes against the advice, and says why.
  await api
    .post(`/applications/${lex}/moves`, {
      stage: 'screening',
      reason: 'Zeven jaar verkoop weegt zwaarder dan het diploma',
    })
    .expect(200);
  return { vacancyId: vacancy.id, tess, milan, lex, role: Role.HiringManager };
}
