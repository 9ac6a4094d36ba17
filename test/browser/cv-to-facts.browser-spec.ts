import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { DEFAULT_PASSWORD } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { candidatePage } from './support/candidate';
import { corpusCv, intake } from './support/intake';
import { heading, signIn } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

/**
 * A recruiter's morning as the issue tells it: three CVs in three formats
 * dropped on the intake page, then each candidate's facts checked on their
 * page: confirmed, corrected and deleted, and what is left confirmed at once.
 */
describe('from CV intake to confirmed facts in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it('uploads a PDF, a Word and a text CV, then confirms, corrects and deletes their facts', async () => {
    const recruiter = await userOf(sift.t, Role.Recruiter);
    await runJourney(browser, sift.baseURL, 'cv-to-facts', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      await intake.open(page, watch);
      const files = [
        'en-01-account-manager.pdf',
        'en-05-business-developer.docx',
        'en-09-relationship-manager-break.txt',
      ];
      await intake.upload(page, files.map(corpusCv));
      const outcomes = [];
      for (const file of files) outcomes.push(await intake.outcome(page, file));
      expect(outcomes.map((outcome) => outcome.kind)).toEqual(['created', 'created', 'created']);

      const candidate = candidatePage(page, watch);
      // The first by its link on the intake page, the others by the addresses the page gave.
      await Promise.all([
        page.waitForNavigation(),
        page.locator(`a[href="${outcomes[0].candidateHref}"]`).first().click(),
      ]);
      for (const [index, outcome] of outcomes.entries()) {
        if (index > 0) await candidate.open(outcome.candidateHref!.split('/').pop()!);
        expect(await heading(page)).toBe(outcome.candidateName);
        const proposed = page.locator('#facts li.fact.is-proposed');
        const before = await proposed.count();
        expect(before).toBeGreaterThanOrEqual(3);
        if (index === 0) {
          // A client base reads as labelled figures in the reader's language, with the job it was stated for.
          expect(await candidate.row('Client base').locator('.fact-value').innerText()).toContain(
            'Active accounts: 30 · Annual revenue (EUR): €2,000,000 · For the job: Account Manager, Brightledger Ltd',
          );
        }

        await candidate.confirm(proposed.first());
        const work = candidate.row('Work');
        await candidate.correct(work, { employer: 'Corrected Employer Ltd' });
        expect(await work.locator('.fact-value').innerText()).toContain('Corrected Employer Ltd');
        await candidate.remove(page.locator('#facts li.fact.is-proposed').last());
        await page.locator('#facts li.fact.is-deleted').first().waitFor();
        expect(await page.locator('#facts li.fact.is-deleted').count()).toBe(1);

        await candidate.confirmAll();
        await page.locator('#facts li.fact.is-proposed').first().waitFor({ state: 'detached' });
        expect(await page.locator('#facts li.fact.is-proposed').count()).toBe(0);
        expect(await page.locator('#facts li.fact.is-confirmed').count()).toBe(before - 1);
      }
    });
  });
});
