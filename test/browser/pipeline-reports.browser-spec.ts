import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { DEFAULT_PASSWORD, MadeUser } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { heading, signIn, visit } from './support/pages';
import { reportPage, reportScene } from './support/pipeline-reports';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

/** Where the screenshots at both widths go, to be looked at. */
const SHOTS = process.env.REPORT_SCREENSHOTS ?? join(tmpdir(), 'sift-report-screenshots');

describe('the pipeline report in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let scene: { vacancyId: string; otherVacancyId: string };
  const title = 'Accountmanager Utrecht';

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    recruiter = await userOf(sift.t, Role.Recruiter);
    manager = await userOf(sift.t, Role.HiringManager, { name: 'Hiring Manager' });
    otherManager = await userOf(sift.t, Role.HiringManager);
    scene = await reportScene(sift.t, recruiter, manager, otherManager, title);
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`goes from the navigation to all vacancies, then one, and names a wrong period (scripting ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      await runJourney(
        browser,
        sift.baseURL,
        `reports-${javaScriptEnabled ? 'on' : 'off'}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
          await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Reports' }).click()]);
          expect(new URL(page.url()).pathname).toBe('/reports');
          expect(await heading(page)).toBe('Pipeline report');
          expect(await page.locator('.topnav a[aria-current="page"]').innerText()).toBe('Reports');
          const report = reportPage(page, watch);
          expect(await report.subject()).toBe('All your vacancies');
          expect(await report.charts()).toEqual([
            expect.stringMatching(/^Funnel: /),
            expect.stringMatching(/^Days in each stage: /),
            expect.stringMatching(/^Applicants per source /),
          ]);
          expect(await report.captions()).toEqual([
            'Applications that reached each stage',
            'Days in each stage, and from applying to being hired',
            'Applicants per source and how far they got',
            'Failed knock-outs per criterion',
          ]);

          await report.choose({ vacancy: `${title} (Open)` });
          expect(new URL(page.url()).pathname).toBe(`/reports/vacancies/${scene.vacancyId}`);
          expect(await report.subject()).toBe(title);
          expect(await page.locator('#report').innerText()).toContain('11 applications');
          expect(await page.getByRole('link', { name: 'Interview panels of this vacancy' }).getAttribute('href')).toBe(
            `/reports/vacancies/${scene.vacancyId}/panels`,
          );

          await report.choose({ from: '2026-03-05' });
          expect(await page.locator('#report').innerText()).toContain('4 applications');
          await report.choose({ to: '2026-03-01' });
          expect(await report.problem()).toBe('The start date comes after the end date.');
          if (!javaScriptEnabled) {
            expect(await page.locator('#report-from-error').innerText()).toBe(
              'The start date comes after the end date.',
            );
          }
        },
        { javaScriptEnabled },
      );
    });
  }

  it('shows a hiring manager only their own vacancies', async () => {
    await runJourney(browser, sift.baseURL, 'reports-manager', async ({ page, watch }) => {
      await signIn(page, watch, { email: manager.user.email, password: DEFAULT_PASSWORD });
      await visit(page, watch, '/reports');
      const report = reportPage(page, watch);
      expect(await report.vacancies()).toEqual(['All vacancies', `${title} (Open)`]);
      expect(await page.locator('#report').innerText()).toContain('11 applications');
      expect(await page.locator('#report').innerText()).not.toContain('other team');
    });
  });

  it('reads well at 375 px and 1440 px', async () => {
    for (const width of [375, 1440]) {
      await runJourney(
        browser,
        sift.baseURL,
        `reports-${width}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
          await visit(page, watch, `/reports/vacancies/${scene.vacancyId}?from=2026-03-01&to=2026-03-31`);
          await page.screenshot({ path: join(SHOTS, `vacancy-${width}.png`), fullPage: true });
          const blocks = page.locator('#report .report-block');
          for (let n = 0; n < (await blocks.count()); n++) {
            await blocks.nth(n).screenshot({ path: join(SHOTS, `vacancy-${width}-part-${n + 1}.png`) });
          }
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.screenshot({ path: join(SHOTS, `vacancy-${width}-dark.png`), fullPage: true });
          await page.emulateMedia({ colorScheme: 'light' });
          // Nothing wider than the screen but a table's own scrolling box.
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow).toBeLessThanOrEqual(0);
          await visit(page, watch, '/reports');
          await page.screenshot({ path: join(SHOTS, `all-${width}.png`), fullPage: true });
        },
        { viewport: { width, height: 900 } },
      );
    }
  });
});
