import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { JobQueue } from '../../src/jobs/job-queue';
import { DEFAULT_PASSWORD, MadeUser, makeCandidate } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(120_000);

/** Where the screenshots at both widths go, to be looked at. */
const SHOTS = process.env.REPORT_SCREENSHOTS ?? join(tmpdir(), 'sift-erasure-screenshots');

describe('erasing a candidate in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let admin: MadeUser;
  let recruiter: MadeUser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    admin = await userOf(sift.t, Role.Admin, { name: 'Aino Admin' });
    recruiter = await userOf(sift.t, Role.Recruiter);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  for (const width of [375, 1440]) {
    it(`lets an admin erase a candidate, confirmed, and shows what remains (${width} px)`, async () => {
      const candidate = await makeCandidate(sift.t, recruiter.token, {
        name: `Ene Ees ${width}`,
        email: `ene.ees.${width}@example.ee`,
      });
      await runJourney(
        browser,
        sift.baseURL,
        `erasure-${width}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: admin.user.email, password: DEFAULT_PASSWORD });
          await visit(page, watch, `/recruiter/candidates/${candidate.id}`);
          expect(await heading(page)).toBe(`Ene Ees ${width}`);
          const section = page.locator('#subject-access');
          await section.scrollIntoViewIfNeeded();
          await section.screenshot({ path: join(SHOTS, `erasure-form-${width}.png`) });
          await page.getByLabel('Why (kept with the erasure)').fill('Asked by e-mail on 4 December');
          await page.getByLabel('I understand that this cannot be undone.').check();
          await page.getByRole('button', { name: 'Erase for good' }).click();
          await page.waitForURL(/erasure=asked/);
          expect(await page.locator('#subject-access [role="status"]').innerText()).toContain(
            'The erasure is under way',
          );
          await sift.t.get(JobQueue).idle();
          await visit(page, watch, `/recruiter/candidates/${candidate.id}`);
          expect(await heading(page)).toBe('Erased candidate');
          expect(await page.locator('.candidate-erased').innerText()).toMatch(
            /^This candidate's personal data was erased on /,
          );
          await page.screenshot({ path: join(SHOTS, `erased-${width}.png`), fullPage: true });
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow).toBeLessThanOrEqual(0);
        },
        { viewport: { width, height: 900 } },
      );
    });
  }
});
