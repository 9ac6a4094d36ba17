import { Locator, Page } from 'playwright-core';
import { as, makeCandidate, makeProfile, makeSalesCandidate, makeVacancy, MadeUser } from '../../support/factories';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';

/** A vacancy of the manager's with applicants ranked, one knocked out and one with nothing known. */
export async function shortlistScene(t: TestApp, recruiter: MadeUser, manager: MadeUser, title: string) {
  const roleProfileId = (await makeProfile(t, recruiter.token)).id;
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId, hiringManagerIds: [manager.user.id], title, screeningWeight: 60, interviewWeight: 40 },
    { open: true },
  );
  const api = as(t, recruiter.token);
  const apply = async (candidateId: string) =>
    (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId }).expect(201)).body.id as string;
  const sales: [string, string] = ['2018-01-01', '2022-01-01'];
  const ranked: string[] = [];
  for (const [n, level] of ['wo', 'hbo', 'wo', 'hbo'].entries()) {
    ranked.push(await apply((await makeSalesCandidate(t, recruiter.token, level, sales, `Ranked ${n + 1}`)).id));
  }
  const knockedOut = await apply((await makeSalesCandidate(t, recruiter.token, 'mbo 3', sales, 'Kees Knock')).id);
  const unknown = await apply((await makeCandidate(t, recruiter.token, { name: 'Nora Nobody' })).id);
  return { vacancyId: vacancy.id, ranked, knockedOut, unknown };
}

/** The shortlist page as a hiring manager uses it. */
export function shortlistPage(page: Page, watch: Watch) {
  const rows = () => page.locator('tr.manager-row');
  return {
    rows,
    row(applicationId: string): Locator {
      return page.locator(`tr[data-application="${applicationId}"]`);
    },
    async shown(): Promise<string[]> {
      return rows().evaluateAll((found) => found.map((row) => row.getAttribute('data-application') ?? ''));
    },
    /** Chooses filters in the form and sends it, as a person would. */
    async filter(choices: { standing?: string; eligible?: string; stage?: string }): Promise<void> {
      const form = page.locator('form.board-filters');
      for (const [name, value] of Object.entries(choices))
        await form.locator(`select[name="${name}"]`).selectOption(value);
      await Promise.all([page.waitForNavigation(), form.locator('button[type=submit]').click()]);
      await audit(page, watch);
    },
    /** Ticks the rows' boxes by their labels and sends the compare form. */
    async compare(applicationIds: string[]): Promise<void> {
      for (const id of applicationIds) await page.locator(`#pick-${id}`).check();
      await Promise.all([page.waitForNavigation(), page.locator('form.manager-compare button[type=submit]').click()]);
    },
  };
}
