import { Page } from 'playwright-core';
import { PanelReview } from '../../../src/interviews/panel-review.service';
import { applyInRound, as, makeProfile, makeVacancy, MadeUser, scheduleInterview } from '../../support/factories';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';

/**
 * A vacancy of the manager's with two rounds: the first held five times by a
 * panel of three who rate two competencies on a 4-point scale (one lenient,
 * one strict, one interview far apart), the second a 7-point round not yet held.
 */
export async function reportsScene(t: TestApp, recruiter: MadeUser, manager: MadeUser, panel: MadeUser[]) {
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    {
      roleProfileId: (await makeProfile(t, recruiter.token)).id,
      hiringManagerIds: [manager.user.id],
      title: 'Key Account Manager Tallinn',
      rounds: [
        { name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus', 'persuasiveness'] },
        { name: 'Eindgesprek', kind: 'final_interview', competencies: ['entrepreneurship'], scorecard: { scale: 7 } },
      ],
    },
    { open: true },
  );
  const ratings = [
    [4, 3, 2],
    [3, 3, 2],
    [4, 2, 1],
    [2, 2, 1],
    [4, 1, 2],
  ];
  for (const row of ratings) {
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy);
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, panel);
    for (const [index, member] of panel.entries()) {
      await as(t, member.token)
        .post(`/interviews/${interview.id}/scorecards`, {
          ratings: [
            { competency: 'customer_focus', rating: row[index] },
            { competency: 'persuasiveness', rating: index === 2 && row[0] === 2 ? null : Math.max(1, row[index] - 1) },
          ],
          recommendation: row[index] >= 3 ? 'yes' : 'no',
          submit: true,
        })
        .expect(201);
    }
  }
  await t.get(PanelReview).idle();
  return { vacancyId: vacancy.id };
}

/** The panel reports page as its readers use it. */
export const reports = {
  href: (vacancyId: string) => `/reports/vacancies/${vacancyId}/panels`,

  /** From the recruiter's vacancy page, by its link near the rounds. */
  async fromVacancy(page: Page, watch: Watch, vacancyId: string): Promise<void> {
    await page.goto(`/recruiter/vacancies/${vacancyId}/edit`);
    await audit(page, watch);
    await Promise.all([
      page.waitForNavigation(),
      page.locator('#plan').getByRole('link', { name: 'Panel reports' }).click(),
    ]);
    await audit(page, watch);
  },

  /** The accessible names of the page's charts, as their titles give them. */
  charts(page: Page): Promise<string[]> {
    return page.locator('svg[role="img"] title').allTextContents();
  },

  captions(page: Page): Promise<string[]> {
    return page.locator('table caption').allInnerTexts();
  },

  /** How far the page is wider than the window: 0 when nothing scrolls sideways but the tables' own boxes. */
  overflow(page: Page): Promise<number> {
    return page.evaluate('document.documentElement.scrollWidth - window.innerWidth').then(Number);
  },
};
