import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { as, DEFAULT_PASSWORD, MadeUser, makeVacancy } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { fairnessPage, fairnessScene } from './support/fairness';
import { heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

/** Where the screenshots at both widths go, to be looked at. */
const SHOTS = process.env.REPORT_SCREENSHOTS ?? join(tmpdir(), 'sift-fairness-screenshots');

describe('the fairness report in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let compliance: MadeUser;
  const title = 'Key Account Manager Tartu';

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    recruiter = await userOf(sift.t, Role.Recruiter);
    manager = await userOf(sift.t, Role.HiringManager);
    compliance = await userOf(sift.t, Role.Compliance, { name: 'Compliance Officer' });
    await fairnessScene(sift.t, recruiter, manager, title);
    mkdirSync(SHOTS, { recursive: true });
  }, 150_000);
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`starts a compliance officer on the report, flags the groups under four fifths, and crosses two questions (scripting ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      await runJourney(
        browser,
        sift.baseURL,
        `fairness-${javaScriptEnabled ? 'on' : 'off'}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: compliance.user.email, password: DEFAULT_PASSWORD });
          expect(new URL(page.url()).pathname).toBe('/reports/fairness');
          expect(await heading(page)).toBe('Fairness report');
          expect(await page.locator('.topnav a[aria-current="page"]').innerText()).toBe('Fairness');
          const report = fairnessPage(page, watch);
          expect(await report.subject()).toBe('All vacancies · Sex');
          expect(await page.locator('.fairness-coverage').innerText()).toBe(
            '36 answered this question; 2 did not answer it and 2 preferred not to say. Those are counted apart, in no group.',
          );
          expect(await report.captions()).toEqual([
            'Passed screening',
            'Reached round 1',
            'Reached round 2',
            'Offered the job',
            'Hired',
            'Applied to hired',
            'Knock-out: Education',
            'Screening score',
          ]);
          // 14 of 18 women and 8 of 18 men passed: 44.4% / 77.8% = 0.57.
          const screening = await report.table('Passed screening');
          expect(screening[0].slice(0, 6)).toEqual(['Female', '18', '14', '77.8%', '1.00', 'Highest rate']);
          expect(screening[1].slice(0, 6)).toEqual(['Male', '18', '8', '44.4%', '0.57', 'Under four fifths']);

          await report.choose({ groups: 'Sex × race/ethnicity' });
          expect(await report.subject()).toBe('All vacancies · Sex × race/ethnicity');
          const crossed = await report.table('Passed screening');
          expect(crossed).toHaveLength(14);
          expect(crossed[0]).toEqual(['Female × Hispanic or Latino', '3', 'Fewer than 5: not shown']);

          await report.choose({ set: 'EU: gender, age band, disability' });
          expect(await report.subject()).toBe('All vacancies · Gender × age band');
          expect(await page.getByLabel('Groups by', { exact: true }).locator('option:checked').innerText()).toBe(
            'Gender × age band',
          );
          expect(await page.locator('#report').innerText()).toContain('Nobody in this selection has answered');
        },
        { javaScriptEnabled },
      );
    });
  }

  it('keeps hiring managers and recruiters out while the organisation does not let them in', async () => {
    for (const user of [manager, recruiter]) {
      await runJourney(browser, sift.baseURL, 'fairness-refused', async ({ page, watch }) => {
        await signIn(page, watch, { email: user.user.email, password: DEFAULT_PASSWORD });
        expect(await page.locator('.topnav').innerText()).not.toContain('Fairness');
        const response = await page.goto('/reports/fairness');
        expect(response?.status()).toBe(403);
      });
    }
  });

  it('warns a recruiter in the vacancy editor of criteria that stand in for a protected trait', async () => {
    const profile = await as(sift.t, recruiter.token).post('/role-profiles', {
      name: 'Relatiebeheerder Zuid',
      family: 'Relatiebeheerder',
      level: 'B',
      language: 'nl',
      criteria: {
        education: { weight: 20, minimumLevel: 'hbo' },
        languages: { weight: 10, items: [{ language: 'nl', level: 'native' }] },
        courses: { weight: 5, topics: ['pas afgestudeerd'] },
      },
    });
    expect(profile.status).toBe(201);
    const vacancy = await makeVacancy(sift.t, recruiter.token, {
      roleProfileId: profile.body.id,
      hiringManagerIds: [manager.user.id],
      title: 'Relatiebeheerder Zuid',
    });
    await runJourney(browser, sift.baseURL, 'fairness-proxies', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      await visit(page, watch, `/recruiter/vacancies/${vacancy.id}/edit`);
      const warnings = page.locator('.vacancy-proxies');
      expect(await warnings.locator('li').allInnerTexts()).toEqual([
        expect.stringMatching(/^Languages: a native speaker of nl is asked for\./),
        expect.stringMatching(/^Courses: "pas afgestudeerd" asks how recently someone graduated/),
      ]);
      await warnings.screenshot({ path: join(SHOTS, 'proxies.png') });
    });
  });

  it('reads well at 375 px and 1440 px', async () => {
    for (const width of [375, 1440]) {
      await runJourney(
        browser,
        sift.baseURL,
        `fairness-${width}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: compliance.user.email, password: DEFAULT_PASSWORD });
          await visit(page, watch, '/reports/fairness?questionSet=us-eeo&question=sex');
          await page.screenshot({ path: join(SHOTS, `fairness-${width}.png`), fullPage: true });
          const blocks = page.locator('#report .report-block');
          for (let n = 0; n < Math.min(2, await blocks.count()); n++) {
            await blocks.nth(n).screenshot({ path: join(SHOTS, `fairness-${width}-part-${n + 1}.png`) });
          }
          await page.emulateMedia({ colorScheme: 'dark' });
          await blocks.first().screenshot({ path: join(SHOTS, `fairness-${width}-dark.png`) });
          await page.emulateMedia({ colorScheme: 'light' });
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow).toBeLessThanOrEqual(0);
        },
        { viewport: { width, height: 900 } },
      );
    }
  });
});
