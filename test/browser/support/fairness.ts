import { Page } from 'playwright-core';
import { as, makeProfile, makeVacancy, MadeUser } from '../../support/factories';
import { datedJourney, marchDay as day } from '../../support/pipeline-journeys';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';

const RACES = ['white', 'black', 'asian', 'hispanic-latino', 'two-or-more'];

/**
 * A vacancy of 40 applicants through March 2026, each with a sex and a
 * race/ethnicity typed in from a paper form (two declined, two never
 * asked): women pass the education knock-out more often than men, and those
 * who pass go on through both rounds to an offer or are rejected after one.
 */
export async function fairnessScene(t: TestApp, recruiter: MadeUser, manager: MadeUser, title: string) {
  const roleProfileId = (await makeProfile(t, recruiter.token)).id;
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId, hiringManagerIds: [manager.user.id], title, knockoutPolicy: 'flag' },
    { open: true },
  );
  const [first, second] = vacancy.rounds.map((round) => round.id);
  const to = (stage: string, roundId?: string) => ({ stage, ...(roundId ? { roundId } : {}) });
  const reject = { stage: 'rejected', reason: 'Another applicant fits better' };
  for (let n = 0; n < 40; n += 1) {
    const woman = n % 2 === 0;
    // Four in five women and two in five men hold the hbo the profile asks for.
    const passes = woman ? n % 10 !== 4 : n % 5 === 1 || n % 5 === 3;
    const steps = !passes
      ? [{ stage: 'rejected', reason: 'Below the education minimum' }]
      : n % 3 === 0
        ? [to('screening'), to('interview', first), to('interview', second), to('offer'), to('hired')]
        : n % 3 === 1
          ? [to('screening'), to('interview', first), reject]
          : [to('screening'), to('interview', first), to('interview', second)];
    const times = Array.from({ length: steps.length + 1 }, (_value, index) => day((n % 10) + index * 2));
    const id = await datedJourney(
      t,
      { recruiter, manager },
      vacancy,
      { level: passes ? 'hbo' : 'mbo', source: 'Career site' },
      steps,
      times,
    );
    if (n >= 38) continue;
    const answers =
      n >= 36
        ? { sex: 'declined', raceEthnicity: 'declined' }
        : { sex: woman ? 'female' : 'male', raceEthnicity: RACES[Math.floor(n / 2) % RACES.length] };
    await as(t, recruiter.token)
      .post(`/applications/${id}/self-identification`, { questionSet: 'us-eeo', consentVersion: '2026-12-01', answers })
      .expect(201);
  }
  return { vacancyId: vacancy.id };
}

/** The fairness report page as a reader uses it. */
export function fairnessPage(page: Page, watch: Watch) {
  const form = page.locator('form.report-period');
  return {
    async subject(): Promise<string> {
      return (await page.locator('#report h2').innerText()).trim();
    },
    async captions(): Promise<string[]> {
      return page.locator('#report h4').allInnerTexts();
    },
    /** The rows of one block's table, by its heading, as cells of text. */
    async table(headingText: string): Promise<string[][]> {
      const block = page.locator('#report .report-block', { has: page.getByRole('heading', { name: headingText }) });
      const rows = await block.locator('tbody tr').all();
      return Promise.all(rows.map(async (row) => (await row.locator('th, td').allInnerTexts()).map((s) => s.trim())));
    },
    /** Chooses from the form's selects by their labels; with scripts the report follows each change. */
    async choose(choices: { set?: string; groups?: string; vacancy?: string }): Promise<void> {
      const swapped = () =>
        page.waitForResponse((response) => new URL(response.url()).pathname === '/reports/fairness' && response.ok());
      for (const [label, text] of [
        ['Questions', choices.set],
        ['Groups by', choices.groups],
        ['Vacancy', choices.vacancy],
      ] as const) {
        if (text === undefined) continue;
        const select = form.getByLabel(label, { exact: true });
        if (watch.scriptingOff) await select.selectOption({ label: text });
        else await Promise.all([swapped(), select.selectOption({ label: text })]);
      }
      if (watch.scriptingOff) {
        await Promise.all([page.waitForNavigation(), form.locator('button[type=submit]').click()]);
      }
      await audit(page, watch);
    },
  };
}
