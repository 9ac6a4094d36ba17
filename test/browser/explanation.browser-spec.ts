import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { DEFAULT_PASSWORD, MadeUser } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { explainedApplication, explanationPage, ExplanationScene } from './support/explanation';
import { heading, signIn } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

const VACANCY = 'Accountmanager Tallinn';

describe('an application explained to its candidate, in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;
  let scene: ExplanationScene;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    recruiter = await userOf(sift.t, Role.Recruiter);
    const manager = await userOf(sift.t, Role.HiringManager);
    scene = await explainedApplication(sift.t, recruiter, manager);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it('is reached from the candidate page and tells the candidate, in Estonian, what was looked at and decided', async () => {
    await runJourney(browser, sift.baseURL, 'explanation', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      const explanation = explanationPage(page, watch);
      await explanation.openFromCandidate(scene.candidateId, VACANCY);
      expect(new URL(page.url()).pathname).toBe(`/recruiter/applications/${scene.applicationId}/explanation`);
      expect(await heading(page)).toBe('Explanation for the candidate');
      expect(await explanation.article().getAttribute('lang')).toBe('et');
      expect(await explanation.article().locator('h2').innerText()).toBe(`Teie avaldus ametikohale „${VACANCY}“`);
      expect(await explanation.criteria()).toEqual(['Haridus', 'Müügikogemus', 'Kliendibaas', 'Pädevused', 'Kursused']);
      expect(await explanation.steps()).toEqual([
        'Saime Teie avalduse kätte.',
        'Värbamismeeskond otsustas Teie avaldusega edasi minna ja võttis selle eelvalikusse.',
        'Värbamismeeskond otsustas Teie avaldusega edasi mitte minna.',
      ]);
      const text = await page.locator('main').innerText();
      expect(text).not.toContain(scene.otherName);
      expect(text).not.toContain('Kadri');
      expect(text).toContain('Osa sellest põhineb teabel, mida värbaja ei olnud veel üle kontrollinud.');
      expect(await explanation.printButton().isVisible()).toBe(true);

      // On paper: the candidate's part alone, nothing of Sift's own pages around it.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.topbar').isVisible()).toBe(false);
      expect(await page.locator('.explanation-head').isVisible()).toBe(false);
      expect(await explanation.article().isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  it('works with scripting off, its print button left to the browser', async () => {
    await runJourney(
      browser,
      sift.baseURL,
      'explanation-no-script',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
        const explanation = explanationPage(page, watch);
        await explanation.openFromCandidate(scene.candidateId, VACANCY);
        expect(await explanation.article().getAttribute('lang')).toBe('et');
        expect(await explanation.printButton().count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });

  it('reads well at 375 px and 1440 px', async () => {
    for (const width of [375, 1440]) {
      await runJourney(
        browser,
        sift.baseURL,
        `explanation-${width}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
          await explanationPage(page, watch).openFromCandidate(scene.candidateId, VACANCY);
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow).toBeLessThanOrEqual(0);
          const shots = process.env.EXPLANATION_SCREENSHOTS;
          if (shots) {
            await page.screenshot({ path: `${shots}/explanation-${width}.png`, fullPage: true });
            await page.emulateMedia({ media: 'print' });
            await page.screenshot({ path: `${shots}/explanation-print-${width}.png`, fullPage: true });
            await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
            await page.screenshot({ path: `${shots}/explanation-dark-${width}.png`, fullPage: true });
            await page.goto(`/recruiter/candidates/${scene.candidateId}`);
            await page.screenshot({ path: `${shots}/candidate-${width}.png`, fullPage: true });
          }
        },
        { viewport: { width, height: 900 } },
      );
    }
  });
});
