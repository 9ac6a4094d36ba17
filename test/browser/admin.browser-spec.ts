import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { JobQueue } from '../../src/jobs/job-queue';
import { DEFAULT_PASSWORD, MadeUser } from '../support/factories';
import { adminPages } from './support/admin';
import { launchBrowser, runJourney } from './support/browser';
import { expectPath, heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, TEST_ADMIN, userOf } from './support/sift';

jest.setTimeout(180_000);

describe('the admin’s pages in a browser', () => {
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

  it('deactivates a user whose open session, in another browser, is refused on its next page', async () => {
    await runJourney(browser, sift.baseURL, 'admin-deactivate', async ({ page, watch }) => {
      // The recruiter works in a browser of their own.
      await runJourney(browser, sift.baseURL, 'admin-deactivated-user', async (other) => {
        await signIn(other.page, other.watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
        await visit(other.page, other.watch, '/recruiter/vacancies');
        expect(await heading(other.page)).not.toBe('');

        await signIn(page, watch, TEST_ADMIN);
        await expectPath(page, '/admin');
        const admin = adminPages(page, watch);
        expect(await admin.row(recruiter.user.email).innerText()).toContain('Rita Recruiter');
        await admin.deactivate(recruiter.user.email);
        expect(await admin.notice()).toContain('Deactivated');
        expect(await admin.row(recruiter.user.email).innerText()).toContain('Deactivated');

        // Their very next page sends them to sign in, and signing in again is refused.
        await other.page.goto('/recruiter/vacancies');
        await expectPath(other.page, '/sign-in?next=%2Frecruiter%2Fvacancies');
        await signIn(
          other.page,
          other.watch,
          { email: recruiter.user.email, password: DEFAULT_PASSWORD },
          { here: true },
        );
        expect(await other.page.locator('main [role="alert"]').innerText()).toContain('not correct');

        await admin.activate(recruiter.user.email);
        expect(await admin.notice()).toContain('Activated');
      });
    });
  });

  it('invites, keeps the last admin, and shows jobs, mails and the configuration, each page passing axe', async () => {
    await runJourney(browser, sift.baseURL, 'admin-sections', async ({ page, watch }) => {
      await signIn(page, watch, TEST_ADMIN);
      const admin = adminPages(page, watch);
      await admin.invite({ name: 'Ivo Invited', email: 'ivo@example.com', roles: ['interviewer'] });
      expect(await admin.notice()).toContain('Invited');
      expect(await admin.row('ivo@example.com').innerText()).toContain('Invitation open');

      await admin.deactivate(TEST_ADMIN.email);
      expect(await admin.alert()).toContain('last active administrator');

      await admin.resetPassword(recruiter.user.email);
      expect(await page.locator('[data-temporary-password]').innerText()).toMatch(/^\S{12,}$/);

      await admin.jobs();
      expect(await heading(page)).toBe('Jobs');
      await sift.t.get(JobQueue).idle();
      await admin.mails();
      await page.locator('tr[data-mail] a').first().click();
      await page.waitForURL(/\/admin\/mails\/[^/]+$/);
      await visit(page, watch, new URL(page.url()).pathname);
      expect(await page.locator('[data-mail-text]').innerText()).toContain('/invitation/');
      await admin.settings();
      expect(await page.locator('tr[data-setting="AUTH_TOKEN_SECRET"]').innerText()).toContain('hidden');
    });
  });
});
