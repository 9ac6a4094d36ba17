import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { DEFAULT_PASSWORD, MadeUser } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { heading, signIn, visit } from './support/pages';
import { reports, reportsScene } from './support/reports';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

const SHOTS = process.env.REPORTS_SCREENSHOTS ?? join(tmpdir(), 'sift-reports-screenshots');

describe('the panel reports in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let scene: { vacancyId: string };

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
    recruiter = await userOf(sift.t, Role.Recruiter);
    manager = await userOf(sift.t, Role.HiringManager, { name: 'Hiring Manager' });
    const panel = [];
    for (const name of ['Lenient Interviewer', 'Middle Interviewer', 'Strict Interviewer'])
      panel.push(await userOf(sift.t, Role.Interviewer, { name }));
    scene = await reportsScene(sift.t, recruiter, manager, panel);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  for (const width of [375, 1440]) {
    it(`takes a recruiter from the vacancy to its panel reports, which read at ${width} px`, async () => {
      await runJourney(
        browser,
        sift.baseURL,
        `panel-reports-${width}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
          await reports.fromVacancy(page, watch, scene.vacancyId);
          expect(new URL(page.url()).pathname).toBe(reports.href(scene.vacancyId));
          expect(await heading(page)).toBe('Panel reports: Key Account Manager Tallinn');
          // One leniency chart and two small charts of ratings for the round held; the other round says it was not.
          const charts = await reports.charts(page);
          expect(charts).toHaveLength(3);
          expect(charts[0]).toMatch(/^Leniency in Eerste gesprek, in points of the 1 to 4 scale/);
          expect(charts[1]).toMatch(/^Ratings of Customer focus: 15 rated, 0 not assessed/);
          expect(await reports.captions(page)).toEqual([
            'Leniency in Eerste gesprek',
            'Ratings per competency in Eerste gesprek',
          ]);
          expect(await page.locator('#round-2').innerText()).toContain(
            'No scorecard has been submitted in this round yet.',
          );
          expect(await page.locator('#round-1 .reports-verdict').innerText()).toMatch(/alpha/);
          expect(await reports.overflow(page)).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(SHOTS, `panel-reports-${width}.png`), fullPage: true });
          await page.locator('#round-1').screenshot({ path: join(SHOTS, `panel-reports-round-${width}.png`) });
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.locator('#round-1').screenshot({ path: join(SHOTS, `panel-reports-round-dark-${width}.png`) });
        },
        { viewport: { width, height: 900 } },
      );
    });
  }

  it('shows the vacancy’s hiring manager the same reports without scripts, linking back to the shortlist', async () => {
    await runJourney(
      browser,
      sift.baseURL,
      'panel-reports-manager',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: manager.user.email, password: DEFAULT_PASSWORD });
        await visit(page, watch, reports.href(scene.vacancyId));
        expect(await reports.charts(page)).toHaveLength(3);
        const rows = await page.locator('#round-1 tr[data-interviewer] th').allInnerTexts();
        expect(rows).toEqual(['Lenient Interviewer', 'Middle Interviewer', 'Strict Interviewer']);
        await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Shortlist' }).click()]);
        expect(new URL(page.url()).pathname).toBe(`/manager/vacancies/${scene.vacancyId}/shortlist`);
      },
      { javaScriptEnabled: false },
    );
  });
});
