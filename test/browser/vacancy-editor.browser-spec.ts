import { Browser, Page } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { as, DEFAULT_PASSWORD, makeSalesCandidate, MadeUser } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { expectPath, heading, signIn } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';
import { editor, vacancies } from './support/vacancy';

// Each journey signs in, makes a vacancy and screens three applicants twice, with axe on every page.
jest.setTimeout(120_000);

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('the vacancy editor in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  async function people() {
    const recruiter = await userOf(sift.t, Role.Recruiter, { name: 'Mari Tamm' });
    const manager = await userOf(sift.t, Role.HiringManager, { name: 'Jaan Juht' });
    return { recruiter, manager };
  }

  /** Opens the vacancy and brings three applicants whose order education decides differently from sales. */
  async function applicants(recruiter: MadeUser, vacancyId: string): Promise<void> {
    const api = as(sift.t, recruiter.token);
    await api.post(`/vacancies/${vacancyId}/status`, { status: 'open' }).expect(200);
    for (const [level, sales, name] of [
      ['hbo', ['2018-01-01', '2022-01-01'], 'Verkoper Vier Jaar'],
      ['wo', ['2021-01-01', '2022-01-01'], HOSTILE],
      ['hbo+', ['2019-01-01', '2022-01-01'], 'Bachelor Plus Drie Jaar'],
    ] as const) {
      const candidate = await makeSalesCandidate(sift.t, recruiter.token, level, [...sales], name);
      await api.post(`/vacancies/${vacancyId}/applications`, { candidateId: candidate.id }).expect(201);
    }
  }

  async function fits(page: Page): Promise<void> {
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
    }
  }

  it('creates a vacancy from a template and changes a weight watching the what-if', async () => {
    const { recruiter, manager } = await people();
    await runJourney(browser, sift.baseURL, 'vacancy editor', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      await page.goto('/recruiter/vacancies');
      expect(await heading(page)).toBe('Vacancies');
      // "n" opens a new vacancy.
      await Promise.all([page.waitForURL(/\/recruiter\/vacancies\/new$/), page.keyboard.press('n')]);
      const id = await vacancies.create(page, watch, {
        source: 'template:accountmanager-b',
        title: 'Accountmanager B Tartu',
        description: 'Riiklikud kliendid.',
        managerEmail: manager.user.email,
      });
      expect(await page.locator('.alert-ok').innerText()).toContain('created as a draft');
      expect(await editor.weight(page, 'salesExperience').inputValue()).toBe('25');

      await applicants(recruiter, id);
      await editor.open(page, watch, id);
      expect((await editor.ranking(page)).map((row) => [row.name, row.direction])).toEqual([
        ['Verkoper Vier Jaar', 'same'],
        ['Bachelor Plus Drie Jaar', 'same'],
        [HOSTILE, 'same'],
      ]);
      expect(await page.locator('main img').count()).toBe(0);

      // Education counts for much more: the four years in sales on hbo fall to the last place.
      await editor.setWeight(page, 'education', '90');
      expect(await editor.ranking(page)).toEqual([
        { name: 'Bachelor Plus Drie Jaar', before: 2, after: 1, direction: 'up' },
        { name: HOSTILE, before: 3, after: 2, direction: 'up' },
        { name: 'Verkoper Vier Jaar', before: 1, after: 3, direction: 'down' },
      ]);
      expect(await page.locator('#what-if').innerText()).toContain('down 2 (was 1)');
      // Nothing is saved by looking.
      expect((await as(sift.t, recruiter.token).get(`/vacancies/${id}`).expect(200)).body.roleProfileVersion).toBe(1);
      await fits(page);

      await editor.saveCriteria(page, watch);
      expect(await page.locator('.alert-ok').innerText()).toContain('screened again');
      await editor.waitScreened(page);
      expect(await page.locator('#screening-progress').innerText()).toContain('3 of 3');
      const shortlist = (await as(sift.t, recruiter.token).get(`/vacancies/${id}/shortlist`).expect(200)).body;
      expect(shortlist.items[0].candidate.name).toBe('Bachelor Plus Drie Jaar');
      await fits(page);
    });
  });

  it('creates the same vacancy and previews and saves the weight by plain forms with scripting off', async () => {
    const { recruiter, manager } = await people();
    await runJourney(
      browser,
      sift.baseURL,
      'vacancy editor without scripts',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
        const id = await vacancies.create(page, watch, {
          source: 'template:accountmanager-b',
          title: 'Accountmanager B Pärnu',
          description: 'Riiklikud kliendid.',
          managerEmail: manager.user.email,
        });
        await applicants(recruiter, id);
        await editor.open(page, watch, id);
        await editor.setWeight(page, 'education', '90', { live: false });
        // No script ran: the panel still shows the stored ranking until the preview is asked for.
        expect((await editor.ranking(page)).every((row) => row.direction === 'same')).toBe(true);
        await editor.preview(page, watch);
        expect(await editor.weight(page, 'education').inputValue()).toBe('90');
        expect((await editor.ranking(page)).map((row) => [row.name, row.direction])).toEqual([
          ['Bachelor Plus Drie Jaar', 'up'],
          [HOSTILE, 'up'],
          ['Verkoper Vier Jaar', 'down'],
        ]);
        await editor.saveCriteria(page, watch);
        await expectPath(page, `/recruiter/vacancies/${id}/edit?saved=criteria`);
        expect(await page.locator('#screening-progress a').count()).toBeLessThanOrEqual(1);
        expect((await as(sift.t, recruiter.token).get(`/vacancies/${id}`).expect(200)).body.roleProfileVersion).toBe(2);
      },
      { javaScriptEnabled: false },
    );
  });
});
