import { expect } from '@jest/globals';
import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { as, DEFAULT_PASSWORD, makeCandidate } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { duplicates } from './support/duplicates';
import { expectPath, heading, signIn } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

// A journey through several pages, each looked at in two widths: longer than one page's 30 s on a busy machine.
jest.setTimeout(120_000);

describe('duplicate candidates in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let serial = 0;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  /** The same person twice: one phone number written two ways, under two e-mail addresses. */
  async function scene() {
    const { t } = sift;
    serial += 1;
    const recruiter = await userOf(t, Role.Recruiter);
    const number = `06 1234 56${String(serial).padStart(2, '0')}`;
    const kept = await makeCandidate(t, recruiter.token, {
      name: 'Sanne de Boer',
      email: `sanne.deboer.${serial}@example.com`,
      language: 'nl',
    });
    const other = await makeCandidate(t, recruiter.token, {
      name: 'S. de Boer',
      email: `s.deboer.${serial}@work.example`,
      language: 'nl',
    });
    const api = as(t, recruiter.token);
    await api.patch(`/candidates/${kept.id}`, { phone: number }).expect(200);
    await api.patch(`/candidates/${other.id}`, { phone: `+31 ${number.slice(1)}`, location: 'Zwolle' }).expect(200);
    return { recruiter, kept, other };
  }

  it('proposes the duplicate, compares the two, merges with the chosen e-mail, and the merged one says where it went', async () => {
    const { recruiter, kept, other } = await scene();
    await runJourney(browser, sift.baseURL, 'duplicates merge', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      await duplicates.open(page, watch, kept.id);
      expect(await heading(page)).toBe('Possible duplicates of Sanne de Boer');
      expect(await duplicates.reasons(page, other.id)).toEqual(['same phone']);

      for (const width of [375, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect({ width, overflow }).toEqual({ width, overflow: 0 });
      }

      await duplicates.compare(page, watch, other.id);
      await expectPath(page, `/recruiter/candidates/${kept.id}/merge/${other.id}`);
      expect(await heading(page)).toBe('Compare and merge');
      for (const width of [375, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect({ width, overflow }).toEqual({ width, overflow: 0 });
      }
      await duplicates.keep(page, 'email', 'other');
      await duplicates.merge(page, watch);
      await expectPath(page, `/recruiter/candidates/${kept.id}`);

      const survivor = (await as(sift.t, recruiter.token).get(`/candidates/${kept.id}`).expect(200)).body;
      expect(survivor).toMatchObject({ name: 'Sanne de Boer', email: other.email, location: 'Zwolle' });

      await duplicates.open(page, watch, other.id);
      expect(await duplicates.mergedNotice(page)).toContain('This candidate was merged into Sanne de Boer');
      await Promise.all([
        page.waitForNavigation(),
        page.getByRole('link', { name: 'Their possible duplicates' }).click(),
      ]);
      await expectPath(page, `/recruiter/candidates/${kept.id}/duplicates`);
      expect(await page.locator('.proposal').count()).toBe(0);
    });
  });

  it('marks a pair as two people, with scripting off', async () => {
    const { recruiter, kept, other } = await scene();
    await runJourney(
      browser,
      sift.baseURL,
      'duplicates apart without scripts',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
        await duplicates.open(page, watch, other.id);
        await duplicates.markApart(page, watch, kept.id);
        await expectPath(page, `/recruiter/candidates/${other.id}/duplicates?marked=1`);
        expect(await page.locator('.alert-ok').innerText()).toContain('will not be proposed again');
        expect(await duplicates.proposal(page, kept.id).count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });
});
