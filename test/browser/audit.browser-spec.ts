import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { AuditTrail } from '../../src/audit/audit-trail';
import { Role } from '../../src/common/auth/role';
import { UsersRepository } from '../../src/users/users.repository';
import { as, DEFAULT_PASSWORD, MadeUser, makeCandidate } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(120_000);

/** Where the screenshots at both widths go, to be looked at. */
const SHOTS = process.env.REPORT_SCREENSHOTS ?? join(tmpdir(), 'sift-audit-screenshots');

describe('the audit trail in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let admin: MadeUser;
  let recruiter: MadeUser;
  let candidateId: string;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    admin = await userOf(sift.t, Role.Admin, { name: 'Anneli Admin' });
    recruiter = await userOf(sift.t, Role.Recruiter, { name: 'Rasmus Recruiter' });
    const candidate = await makeCandidate(sift.t, recruiter.token, { name: 'Liisa Lepik' });
    candidateId = candidate.id;
    await as(sift.t, recruiter.token).patch(`/candidates/${candidateId}`, { phone: '+372 5551 0000' }).expect(200);
    await as(sift.t, recruiter.token).get(`/candidates/${candidateId}`).expect(200);
    await sift.t.get(AuditTrail).flushReads();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`shows an admin who did what, filters it and checks the chain (scripting ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      await runJourney(
        browser,
        sift.baseURL,
        `audit-${javaScriptEnabled ? 'on' : 'off'}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: admin.user.email, password: DEFAULT_PASSWORD });
          await page.getByRole('link', { name: 'Audit trail' }).click();
          await page.waitForURL('**/admin/audit');
          expect(await heading(page)).toBe('Audit trail');
          expect(await page.locator('.topnav a[aria-current="page"]').innerText()).toBe('Audit trail');
          const whats = await page.locator('.audit-table tbody tr td:nth-child(3)').allInnerTexts();
          expect(whats.map((text) => text.split('\n')[0].trim())).toEqual(
            expect.arrayContaining(['Candidate added', 'Candidate changed', 'Candidate read', 'Signed in']),
          );

          await page.getByLabel('Person').selectOption({ label: `Rasmus Recruiter (${recruiter.user.email})` });
          await page.getByLabel('What').selectOption({ label: 'Candidates (all)' });
          await page.getByRole('button', { name: 'Show' }).click();
          await page.waitForURL(/actorId=/);
          const rows = page.locator('.audit-table tbody tr');
          expect(await rows.count()).toBe(3);
          expect(await rows.first().locator('td').nth(1).innerText()).toContain('Rasmus Recruiter');
          expect(await rows.first().locator('td').nth(3).innerText()).toContain('Liisa Lepik');
          await rows.nth(1).locator('summary').click();
          expect(await rows.nth(1).locator('pre').innerText()).toContain('+372 5551 0000');
          expect(await page.getByRole('link', { name: 'Download these entries as CSV' }).getAttribute('href')).toMatch(
            /^\/audit\/entries\.csv\?actorId=.+&action=candidate$/,
          );

          await page.getByRole('link', { name: 'Check the chain' }).click();
          await page.waitForURL(/verify=1/);
          expect(await page.locator('.audit-chain [role="status"]').innerText()).toMatch(
            /^The chain is whole: \d+ entries checked\.$/,
          );

          await visit(page, watch, '/admin/audit?from=2026-02-30');
          expect(await page.locator('#audit-from-error').innerText()).toBe(
            'Enter a date that exists, written YYYY-MM-DD.',
          );
        },
        { javaScriptEnabled },
      );
    });
  }

  it('is not in a recruiter’s menu, and refuses them', async () => {
    await runJourney(browser, sift.baseURL, 'audit-refused', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      expect(await page.locator('.topnav').innerText()).not.toContain('Audit trail');
      const response = await page.goto('/admin/audit');
      expect(response?.status()).toBe(403);
    });
  });

  it('reads well at 375 px and 1440 px, in Dutch too', async () => {
    for (const width of [375, 1440]) {
      await runJourney(
        browser,
        sift.baseURL,
        `audit-${width}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: admin.user.email, password: DEFAULT_PASSWORD });
          await visit(page, watch, '/admin/audit?verify=1');
          await page.locator('.audit-table summary').first().click();
          await page.screenshot({ path: join(SHOTS, `audit-${width}.png`), fullPage: true });
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow).toBeLessThanOrEqual(0);
        },
        { viewport: { width, height: 900 } },
      );
    }
    const dutch = await userOf(sift.t, Role.Admin, { name: 'Daan Beheerder' });
    await sift.t.get(UsersRepository).updateProfile(dutch.user.id, { language: 'nl' });
    await runJourney(
      browser,
      sift.baseURL,
      'audit-nl',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: dutch.user.email, password: DEFAULT_PASSWORD });
        await visit(page, watch, '/admin/audit');
        expect(await heading(page)).toBe('Audittrail');
        await page.screenshot({ path: join(SHOTS, 'audit-nl-1440.png') });
      },
      { viewport: { width: 1440, height: 900 } },
    );
  });
});
