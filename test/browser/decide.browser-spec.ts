import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { as, DEFAULT_PASSWORD, MadeUser } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { decide, threeApplicants } from './support/decide';
import { heading, signIn } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

describe('comparing and deciding in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;
  let manager: MadeUser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    recruiter = await userOf(sift.t, Role.Recruiter);
    manager = await userOf(sift.t, Role.HiringManager, { name: 'Hanna Manager' });
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it('rejects an applicant against the advice: refused without a reason, accepted with one', async () => {
    const scene = await threeApplicants(sift.t, recruiter, manager);
    await runJourney(browser, sift.baseURL, 'decide-against-advice', async ({ page, watch }) => {
      await signIn(page, watch, { email: manager.user.email, password: DEFAULT_PASSWORD });
      const ids = [scene.tess, scene.milan, scene.lex];
      await decide.open(page, watch, scene.vacancyId, ids);
      expect(await heading(page)).toContain('Compare applicants');
      expect(await page.locator('.decide-head .decide-name').allInnerTexts()).toEqual([
        'Tess Top',
        'Milan Midden',
        'Lex Laag',
      ]);
      expect(await page.locator('.decide-head .decide-ko').count()).toBe(1);
      expect(await page.locator('td.decide-best').count()).toBeGreaterThan(0);
      // Milan ranks above Lex, who is already at screening: rejecting Milan goes against the advice, and the form says so.
      const milan = decide.form(page, scene.milan);
      expect(await milan.locator('.decide-advice').innerText()).toContain(
        'an applicant ranked lower is already at Screening',
      );

      await decide.decide(page, watch, scene.milan, 'reject');
      expect(new URL(page.url()).pathname).toBe(`/manager/applications/${scene.milan}/decide`);
      expect(await page.locator('[role="alert"]').innerText()).toContain('goes against the screening advice');
      const reason = 'Andere kandidaat past beter bij het team';
      await decide.decide(page, watch, scene.milan, 'reject', reason);
      expect(new URL(page.url()).pathname).toBe(`/manager/vacancies/${scene.vacancyId}/compare`);
      expect(await page.locator('[role="status"]').innerText()).toContain('Decision recorded: rejected.');
      expect(await decide.form(page, scene.milan).innerText()).toContain('final stage');
    });
    const { body: events } = await as(sift.t, manager.token).get(`/applications/${scene.milan}/events`).expect(200);
    expect(events.at(-1)).toMatchObject({
      toStage: 'rejected',
      decision: 'reject',
      reason: 'Andere kandidaat past beter bij het team',
    });
  });

  it('reads well at 375 px and 1440 px', async () => {
    const scene = await threeApplicants(sift.t, recruiter, manager);
    for (const width of [375, 1440]) {
      await runJourney(
        browser,
        sift.baseURL,
        `decide-${width}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: manager.user.email, password: DEFAULT_PASSWORD });
          await decide.open(page, watch, scene.vacancyId, [scene.tess, scene.milan, scene.lex]);
          if (process.env.DECIDE_SCREENSHOTS) {
            await page.screenshot({ path: `${process.env.DECIDE_SCREENSHOTS}/compare-${width}.png`, fullPage: true });
            await page.emulateMedia({ media: 'print' });
            await page.screenshot({
              path: `${process.env.DECIDE_SCREENSHOTS}/compare-print-${width}.png`,
              fullPage: true,
            });
            await page.emulateMedia({ media: 'screen' });
          }
          // Nothing wider than the screen but the table's own scrolling box.
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow).toBeLessThanOrEqual(0);
          await page.goto(`/manager/applications/${scene.lex}/decide?back=/manager`);
          await page.locator('h1').waitFor();
          if (process.env.DECIDE_SCREENSHOTS) {
            await page.screenshot({ path: `${process.env.DECIDE_SCREENSHOTS}/decide-${width}.png`, fullPage: true });
          }
        },
        { viewport: { width, height: 900 } },
      );
    }
  });
});
