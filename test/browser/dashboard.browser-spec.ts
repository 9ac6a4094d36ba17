import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import {
  as,
  DEFAULT_PASSWORD,
  makeCandidate,
  makeProfile,
  makeSalesCandidate,
  makeVacancy,
} from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { expectPath, heading, signIn } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('the recruiter’s dashboard in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  /** An open vacancy of the recruiter's with three applicants: one knocked out (named to attack the page), one in screening. */
  async function scene() {
    const { t } = sift;
    const recruiter = await userOf(t, Role.Recruiter, { name: 'Mari Tamm' });
    const manager = await userOf(t, Role.HiringManager);
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Accountmanager Utrecht' },
      { open: true },
    );
    const api = as(t, recruiter.token);
    const sales: [string, string] = ['2018-01-01', '2022-01-01'];
    const apply = async (candidateId: string) =>
      (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId }).expect(201)).body.id as string;
    await apply((await makeSalesCandidate(t, recruiter.token, 'mbo 3', sales, HOSTILE)).id);
    await apply((await makeSalesCandidate(t, recruiter.token, 'hbo', sales)).id);
    const screened = await apply((await makeSalesCandidate(t, recruiter.token, 'wo', sales)).id);
    await api.post(`/applications/${screened}/moves`, { stage: 'screening' }).expect(200);
    const proposed = await makeCandidate(t, recruiter.token, { name: 'Tiina Tamm' });
    await api
      .post(`/candidates/${proposed.id}/facts`, {
        kind: 'skill',
        source: 'cv',
        data: { name: 'Excel' },
        confirmed: false,
      })
      .expect(201);
    await apply(proposed.id);
    return { recruiter, vacancy };
  }

  it('shows a signed-in recruiter their vacancy’s counts and what waits, names as text, at 375 and 1440 px', async () => {
    const { recruiter, vacancy } = await scene();
    await runJourney(browser, sift.baseURL, 'dashboard', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      await expectPath(page, '/recruiter');
      expect(await heading(page)).toBe('Dashboard');
      const cell = (stage: string) =>
        page.locator(`tr[data-vacancy="${vacancy.id}"] [data-stage="${stage}"]`).innerText();
      expect(await cell('applied')).toBe('3');
      expect(await cell('screening')).toBe('1');
      expect(await cell('total')).toBe('4');
      expect(await cell('flagged')).toBe('2');
      const flagged = page.locator('section#flagged');
      expect(await flagged.locator('h3 .count').innerText()).toBe('2');
      expect(await flagged.locator('.name', { hasText: HOSTILE }).count()).toBe(1);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.locator('section#facts .items li').innerText()).toContain('Tiina Tamm');
      expect(await page.locator('section#activity').innerText()).toContain(
        `${HOSTILE} applied to Accountmanager Utrecht`,
      );

      for (const width of [375, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        // Only the table scrolls sideways on a phone; the page itself fits.
        const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
        expect({ width, overflow }).toEqual({ width, overflow: 0 });
      }

      await page.getByRole('link', { name: 'All open vacancies' }).click();
      await expectPath(page, '/recruiter?scope=all');
      expect(await page.locator(`tr[data-vacancy="${vacancy.id}"] [data-stage="total"]`).innerText()).toBe('4');
    });
  });

  it('works with scripting off', async () => {
    const { recruiter, vacancy } = await scene();
    await runJourney(
      browser,
      sift.baseURL,
      'dashboard without scripts',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
        await expectPath(page, '/recruiter');
        expect(await page.locator(`tr[data-vacancy="${vacancy.id}"] [data-stage="applied"]`).innerText()).toBe('3');
      },
      { javaScriptEnabled: false },
    );
  });
});
