import { Page } from 'playwright-core';
import { makeProfile, makeVacancy, MadeUser } from '../../support/factories';
import { datedJourney, marchDay as day } from '../../support/pipeline-journeys';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';

/**
 * A vacancy of the manager's whose applicants, from four sources, went
 * through March 2026 as far as hired, one knocked out; and one vacancy of
 * another hiring manager's.
 */
export async function reportScene(
  t: TestApp,
  recruiter: MadeUser,
  manager: MadeUser,
  otherManager: MadeUser,
  title: string,
) {
  const roleProfileId = (await makeProfile(t, recruiter.token)).id;
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId, hiringManagerIds: [manager.user.id], title, knockoutPolicy: 'flag' },
    { open: true },
  );
  const other = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId, hiringManagerIds: [otherManager.user.id], title: `${title} (other team)` },
    { open: true },
  );
  const [first, second] = vacancy.rounds.map((round) => round.id);
  const to = (stage: string, roundId?: string) => ({ stage, ...(roundId ? { roundId } : {}) });
  const people = { recruiter, manager };
  const hired = [to('screening'), to('interview', first), to('interview', second), to('offer'), to('hired')];
  await datedJourney(
    t,
    people,
    vacancy,
    { source: 'LinkedIn' },
    hired,
    [0, 2, 5, 9, 12, 15].map((n) => day(n)),
  );
  await datedJourney(
    t,
    people,
    vacancy,
    { source: 'Referral' },
    hired,
    [1, 3, 7, 10, 14, 22].map((n) => day(n)),
  );
  const interviewed = [to('screening'), to('interview', first)];
  for (const [n, source] of ['LinkedIn', 'LinkedIn', 'Career site', 'Referral'].entries()) {
    await datedJourney(
      t,
      people,
      vacancy,
      { source },
      interviewed,
      [n, n + 2, n + 4].map((m) => day(m)),
    );
  }
  for (const [n, source] of ['Career site', 'Career site', 'Job fair Tallinn'].entries()) {
    await datedJourney(
      t,
      people,
      vacancy,
      { source },
      [to('screening')],
      [n + 3, n + 6].map((m) => day(m)),
    );
  }
  await datedJourney(t, people, vacancy, { source: 'Job fair Tallinn' }, [], [day(8)]);
  await datedJourney(
    t,
    people,
    vacancy,
    { source: 'Career site', level: 'mbo' },
    [{ stage: 'rejected', reason: 'Below the education minimum' }],
    [day(4), day(5)],
  );
  await datedJourney(t, people, other, { source: 'Job fair Tallinn' }, [to('screening')], [day(2), day(4)]);
  return { vacancyId: vacancy.id, otherVacancyId: other.id };
}

/** The pipeline report page as a reader uses it. */
export function reportPage(page: Page, watch: Watch) {
  const form = page.locator('form.report-period');
  return {
    /** Each chart's accessible name. */
    async charts(): Promise<string[]> {
      const names = [];
      for (const chart of await page.locator('svg[role="img"]').all()) {
        names.push((await page.locator(`[id="${await chart.getAttribute('aria-labelledby')}"]`).textContent()) ?? '');
      }
      return names;
    },
    async captions(): Promise<string[]> {
      return page.locator('table caption').allInnerTexts();
    },
    async vacancies(): Promise<string[]> {
      return form.locator('select[name="vacancyId"] option').allInnerTexts();
    },
    async subject(): Promise<string> {
      return (await page.locator('#report h2').innerText()).trim();
    },
    /** Chooses a vacancy and a period; with scripts the report follows each change, without them the form is sent. */
    async choose(choices: { vacancy?: string; from?: string; to?: string }): Promise<void> {
      const swapped = () =>
        page.waitForResponse((response) => new URL(response.url()).pathname === '/reports' && response.ok());
      if (choices.vacancy !== undefined) {
        const select = form.locator('select[name="vacancyId"]');
        const value = await select.locator('option', { hasText: choices.vacancy }).first().getAttribute('value');
        if (watch.scriptingOff) await select.selectOption(value ?? '');
        else await Promise.all([swapped(), select.selectOption(value ?? '')]);
      }
      for (const field of ['from', 'to'] as const) {
        const value = choices[field];
        if (value === undefined) continue;
        if (watch.scriptingOff) await form.locator(`input[name="${field}"]`).fill(value);
        else await Promise.all([swapped(), form.locator(`input[name="${field}"]`).fill(value)]);
      }
      if (watch.scriptingOff) {
        await Promise.all([page.waitForNavigation(), form.locator('button[type=submit]').click()]);
      }
      await audit(page, watch);
    },
    async problem(): Promise<string> {
      return (await page.locator('#report [role="alert"]').innerText()).trim();
    },
  };
}
