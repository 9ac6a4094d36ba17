import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { listZipEntries } from '../../src/cvs/files/zip';
import { DEFAULT_PASSWORD, makeCandidate, MadeUser } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

describe('privacy in a browser: the records of processing and a person’s archive', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    recruiter = await userOf(sift.t, Role.Recruiter, { name: 'Rita Recruiter' });
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it('shows the records of processing to an admin, from the admin’s menu, in each language, passing axe', async () => {
    await runJourney(browser, sift.baseURL, 'privacy-records', async ({ page, watch }) => {
      const admin = await userOf(sift.t, Role.Admin, { name: 'Anu Admin' });
      await signIn(page, watch, { email: admin.user.email, password: DEFAULT_PASSWORD });
      await visit(page, watch, '/admin/settings');
      await Promise.all([page.waitForNavigation(), page.locator('nav a[href="/admin/privacy"]').click()]);
      await visit(page, watch, '/admin/privacy');
      expect(await heading(page)).toBe('Records of processing');
      const answers = page.locator('[data-category="selfIdentification"]');
      expect(await answers.innerText()).toContain('Explicit consent');
      expect(await answers.innerText()).toContain('self_identifications');
      expect(await page.locator('[data-category="staffSignIn"]').innerText()).toContain('SESSION_TTL');
      // In the admin's own language, chosen in their settings.
      for (const [language, title] of [
        ['nl', 'Verwerkingsregister'],
        ['et', 'Isikuandmete töötlemise register'],
      ] as const) {
        await visit(page, watch, '/settings');
        await page.locator('#language').selectOption(language);
        await Promise.all([page.waitForNavigation(), page.locator('form[action="/settings"] button').click()]);
        await visit(page, watch, '/admin/privacy');
        expect(await heading(page)).toBe(title);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
      }
    });
  });

  it('downloads everything held about a candidate from their page', async () => {
    const candidate = await makeCandidate(sift.t, recruiter.token, { name: 'Sanne de Vries' });
    await runJourney(
      browser,
      sift.baseURL,
      'privacy-subject-access',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
        await visit(page, watch, `/recruiter/candidates/${candidate.id}`);
        const link = page.locator('#subject-access a[download]');
        expect(await link.innerText()).toBe('Download everything held (zip)');
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toMatch(
          new RegExp(`^subject-access-${candidate.id}-\\d{4}-\\d{2}-\\d{2}\\.zip$`),
        );
        const bytes = readFileSync((await download.path())!);
        expect(listZipEntries(bytes, 100).map((entry) => entry.name)).toEqual(['subject-access.json']);
      },
      { acceptDownloads: true },
    );
  });
});
