import { Browser } from 'playwright-core';
import { monthsBefore } from '../../src/audit/audit-retention';
import { Role } from '../../src/common/auth/role';
import { timeParameter } from '../../src/database/stored-time';
import { as, DEFAULT_PASSWORD, makeCandidate, MadeUser } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

describe('the retention policy’s dry run in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let admin: MadeUser;
  let due: { id: string };
  let held: { id: string };

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift({ RETENTION_MONTHS_AFTER_CLOSE: '12' }), launchBrowser()]);
    const { t } = sift;
    admin = await userOf(t, Role.Admin, { name: 'Anu Admin' });
    const recruiter = await userOf(t, Role.Recruiter);
    due = await makeCandidate(t, recruiter.token, { name: 'Sanne de Vries' });
    held = await makeCandidate(t, recruiter.token, { name: 'Jaan Tamm' });
    // Both added 13 months ago and never applied.
    const postgres = t.dataSource.options.type === 'postgres';
    const added = timeParameter(monthsBefore(new Date(), 13), postgres);
    for (const id of [due.id, held.id]) {
      await t.dataSource.query(
        `UPDATE candidates SET created_at = ${postgres ? '$1' : '?'} WHERE id = ${postgres ? '$2' : '?'}`,
        [added, id],
      );
    }
    await as(t, admin.token)
      .post('/legal-holds', { candidateId: held.id, reason: 'Claim of discrimination, case 26/1234' })
      .expect(201);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it('leads an admin from the records of processing to who is due, and who is held, in each language', async () => {
    await runJourney(browser, sift.baseURL, 'retention', async ({ page, watch }) => {
      await signIn(page, watch, { email: admin.user.email, password: DEFAULT_PASSWORD });
      await visit(page, watch, '/admin/privacy');
      await Promise.all([page.waitForNavigation(), page.locator('a[href="/admin/privacy/retention"]').click()]);
      await visit(page, watch, '/admin/privacy/retention');
      expect(await heading(page)).toBe('Retention: who is due for erasure');
      // The privacy section of the admin's menu stays current on the page under it.
      expect(await page.locator('nav a[aria-current="page"]').getAttribute('href')).toBe('/admin/privacy');
      const dueRow = page.locator(`[data-list="due"] tr[data-candidate="${due.id}"]`);
      expect(await dueRow.innerText()).toContain('Sanne de Vries');
      expect(await dueRow.innerText()).toContain('Never applied');
      const heldRow = page.locator(`[data-list="held"] tr[data-candidate="${held.id}"]`);
      expect(await heldRow.innerText()).toContain('Claim of discrimination, case 26/1234');
      expect(await page.locator(`[data-list="due"] tr[data-candidate="${held.id}"]`).count()).toBe(0);

      for (const [language, title, rule] of [
        ['nl', 'Bewaartermijn: wie gewist moet worden', 'Nooit gesolliciteerd'],
        ['et', 'Säilitamine: keda kustutada', 'Pole kandideerinud'],
      ] as const) {
        await visit(page, watch, '/settings');
        await page.locator('#language').selectOption(language);
        await Promise.all([page.waitForNavigation(), page.locator('form[action="/settings"] button').click()]);
        await visit(page, watch, '/admin/privacy/retention');
        expect(await heading(page)).toBe(title);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        expect(await dueRow.innerText()).toContain(rule);
      }
    });
  });

  it('fits a phone’s width, each candidate a card that needs no sideways scrolling', async () => {
    await runJourney(
      browser,
      sift.baseURL,
      'retention-narrow',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: admin.user.email, password: DEFAULT_PASSWORD });
        await visit(page, watch, '/admin/privacy/retention');
        const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
        expect(overflow).toBeLessThanOrEqual(0);
        // Each candidate a card: the column names beside the values, the table's head out of sight.
        expect(await page.locator('[data-list="held"] thead').boundingBox()).toMatchObject({ width: 1, height: 1 });
        const region = `document.querySelector('[data-list="held"]').parentElement`;
        expect(Number(await page.evaluate(`${region}.scrollWidth - ${region}.clientWidth`))).toBeLessThanOrEqual(0);
      },
      { viewport: { width: 375, height: 800 } },
    );
  });
});
