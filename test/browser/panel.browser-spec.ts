import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { DEFAULT_PASSWORD } from '../support/factories';
import { audit, launchBrowser, runJourney } from './support/browser';
import { heading, signIn, visit } from './support/pages';
import { interviewPage, panelScene } from './support/panel';
import { SiftForBrowser, startSift } from './support/sift';

jest.setTimeout(180_000);

const SHOTS = join(tmpdir(), 'sift-panel-screenshots');
const PHONE = { width: 375, height: 812 };

describe('the interviewer’s pages in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it('on a phone: a draft saves itself, survives a closed tab, is submitted after one question, and opens the panel', async () => {
    const colleagueNotes = 'Cas schreef: twijfel over de klantcase';
    const scene = await panelScene(sift.t, colleagueNotes);
    await runJourney(
      browser,
      sift.baseURL,
      'panel-phone',
      async ({ context, page, watch }) => {
        await signIn(page, watch, { email: scene.interviewer.user.email, password: DEFAULT_PASSWORD });
        await visit(page, watch, '/panel');
        expect(await heading(page)).toBe('Hello, Ilse Interviewer');
        expect(await page.locator('#panel-upcoming').innerText()).toContain('1');
        await page.screenshot({ path: join(SHOTS, 'list-375.png'), fullPage: true });
        await Promise.all([page.waitForURL(/\/panel\/interviews\//), page.locator('.panel-seat-name').first().click()]);

        // A second tab: the interviewer types there, and closes it.
        const tab = await context.newPage();
        const typing = interviewPage(tab, watch);
        await typing.open(scene.interviewId);
        expect(await tab.content()).not.toContain(colleagueNotes);
        await typing.rate('customer_focus', '3');
        await typing.writeNotes('customer_focus', 'Noemt twee sterke voorbeelden');
        expect(await typing.savedByItself()).toMatch(/^Draft saved at /);
        await tab.close();

        const interview = interviewPage(page, watch);
        await interview.open(scene.interviewId);
        expect(await interview.checked('customer_focus', '3')).toBe(true);
        expect(await interview.notes('customer_focus')).toBe('Noemt twee sterke voorbeelden');
        expect(await interview.scrollWidth()).toBeLessThanOrEqual(PHONE.width);
        await page.screenshot({ path: join(SHOTS, 'interview-375.png'), fullPage: true });

        await interview.recommend('yes');
        await interview.submitAndConfirm();
        expect(await page.locator('#results').innerText()).toContain(colleagueNotes);
        expect(await page.locator('[role="status"]').first().innerText()).toBe('Your scorecard is submitted.');
        expect(await interview.scrollWidth()).toBeLessThanOrEqual(PHONE.width);
        await page.screenshot({ path: join(SHOTS, 'results-375.png'), fullPage: true });
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.screenshot({ path: join(SHOTS, 'results-1440.png'), fullPage: true });
      },
      { viewport: PHONE },
    );
  });

  it('without scripts: the draft is saved with its button, and submitting goes through a confirmation step', async () => {
    const scene = await panelScene(sift.t, 'Zonder scripts gelezen');
    await runJourney(
      browser,
      sift.baseURL,
      'panel-no-scripts',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: scene.interviewer.user.email, password: DEFAULT_PASSWORD });
        const interview = interviewPage(page, watch);
        await interview.open(scene.interviewId);
        await interview.rate('customer_focus', 'na');
        await interview.recommend('no');
        await Promise.all([page.waitForURL(/done=saved/), page.locator('button', { hasText: 'Save draft' }).click()]);
        await audit(page, watch);
        expect(await interview.checked('customer_focus', 'na')).toBe(true);
        await interview.submitAndConfirm();
        expect(await page.locator('#results').innerText()).toContain('Zonder scripts gelezen');
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.screenshot({ path: join(SHOTS, 'results-1440-no-scripts.png'), fullPage: true });
      },
      { javaScriptEnabled: false },
    );
  });
});
