import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { DEFAULT_PASSWORD, MadeUser } from '../support/factories';
import { buildRoundsScene } from '../support/rounds-scene';
import { audit, launchBrowser, runJourney } from './support/browser';
import { shortlistPage, shortlistScene } from './support/manager';
import { heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(240_000);

const SHOTS = join(tmpdir(), 'sift-manager-screenshots');

describe('the hiring manager’s shortlist in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;
  let manager: MadeUser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    recruiter = await userOf(sift.t, Role.Recruiter);
    manager = await userOf(sift.t, Role.HiringManager, { name: 'Mia Manager' });
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`goes from the start page to the shortlist, filters it and compares three (scripting ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const title = `Accountmanager ${javaScriptEnabled ? 'Utrecht' : 'Tartu'}`;
      const scene = await shortlistScene(sift.t, recruiter, manager, title);
      await runJourney(
        browser,
        sift.baseURL,
        `manager-shortlist-${javaScriptEnabled ? 'on' : 'off'}`,
        async ({ page, watch }) => {
          await signIn(page, watch, { email: manager.user.email, password: DEFAULT_PASSWORD });
          expect(new URL(page.url()).pathname).toBe('/manager');
          expect(await heading(page)).toContain('My vacancies');
          await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: title, exact: true }).click()]);
          await audit(page, watch);
          expect(new URL(page.url()).pathname).toBe(`/manager/vacancies/${scene.vacancyId}/shortlist`);
          const shortlist = shortlistPage(page, watch);
          expect(await shortlist.shown()).toHaveLength(6);
          // The bar's numbers are there in words as well.
          const top = shortlist.row(scene.ranked[0]);
          expect(await top.locator('.manager-parts').innerText()).toMatch(/Screening \d+\.\d\d/);

          await shortlist.filter({ standing: 'knocked_out' });
          expect(await shortlist.shown()).toEqual([scene.knockedOut]);
          expect(await shortlist.row(scene.knockedOut).locator('.manager-reasons').innerText()).toMatch(/Knock-out:/);

          await shortlist.filter({ standing: 'ranked' });
          const ranked = await shortlist.shown();
          expect([...ranked].sort()).toEqual([...scene.ranked].sort());
          const picked = ranked.slice(0, 3);
          await shortlist.compare(picked);
          const reached = new URL(page.url());
          expect(reached.pathname).toBe(`/manager/vacancies/${scene.vacancyId}/compare`);
          expect(reached.searchParams.get('ids')).toBe(picked.join(','));
          // The compare page is built beside this one; back on the shortlist, the journey ends where it was checked.
          await page.goBack();
          expect(new URL(page.url()).searchParams.get('standing')).toBe('ranked');
        },
        { javaScriptEnabled },
      );
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`asks for decisions, draws the rounds and shows the leniency correction (scripting ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const title = `Accountmanager Rondes ${javaScriptEnabled ? 'Assen' : 'Pärnu'}`;
      const { vacancy, ids } = await buildRoundsScene(sift.t, recruiter, manager, title);
      const suffix = javaScriptEnabled ? 'on' : 'off';
      await runJourney(
        browser,
        sift.baseURL,
        `manager-rounds-${suffix}`,
        async ({ page, watch }) => {
          const shoot = async (name: string) => {
            for (const width of [375, 1440]) {
              await page.setViewportSize({ width, height: 900 });
              await page.screenshot({ path: join(SHOTS, `${name}-${width}-${suffix}.png`), fullPage: true });
            }
          };
          await signIn(page, watch, { email: manager.user.email, password: DEFAULT_PASSWORD });
          await visit(page, watch, '/manager');
          const card = page.locator(`#decisions-${vacancy.id}`);
          expect(await card.locator('h3').innerText()).toBe('Decisions asked of you: 3');
          expect(await card.getByRole('link', { name: 'Decide on Applicant Q' }).getAttribute('href')).toBe(
            `/manager/applications/${ids.q}/decide?back=%2Fmanager`,
          );
          await shoot('manager');

          await visit(page, watch, `/manager/vacancies/${vacancy.id}/shortlist`);
          const shortlist = shortlistPage(page, watch);
          const q = shortlist.row(ids.q);
          expect(await q.locator('rect.manager-bar-round-1, rect.manager-bar-round-2').count()).toBe(2);
          const legend = await q.locator('.manager-parts').innerText();
          expect(legend).toMatch(/Eerste gesprek \(weight 1\) \d+\.\d\d/);
          expect(legend).toMatch(/Eindgesprek \(weight 3\) \d+\.\d\d/);
          await shoot('shortlist');

          const toggle = page.getByRole('link', { name: 'Show with interviewer leniency corrected' });
          if (javaScriptEnabled) {
            // htmx swaps the comparison in under the toggle; the page stays the shortlist.
            await toggle.click();
            await page.locator('#shortlist-leniency .manager-leniency').waitFor();
            expect(new URL(page.url()).pathname).toBe(`/manager/vacancies/${vacancy.id}/shortlist`);
            watch.audited.delete(page.url());
            await audit(page, watch);
          } else {
            await Promise.all([page.waitForNavigation(), toggle.click()]);
            await audit(page, watch);
            expect(new URL(page.url()).pathname).toBe(`/manager/vacancies/${vacancy.id}/shortlist/leniency`);
          }
          const compared = page.locator('.manager-leniency-table');
          expect(await compared.locator(`tr[data-application="${ids.q}"] .manager-moved`).innerText()).toBe('Up 2');
          expect(await compared.locator(`tr[data-application="${ids.p}"] .manager-moved`).innerText()).toBe('Down 2');
          expect(await page.locator('.manager-leniency').innerText()).toContain(
            'This vacancy ranks by interview scores as the panels gave them.',
          );
          await shoot('leniency');
        },
        { javaScriptEnabled },
      );
    });
  }
});
