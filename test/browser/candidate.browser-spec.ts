import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { Mail } from '../../src/mail/entities/mail.entity';
import { DEFAULT_PASSWORD, MadeUser } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { candidatePage, candidateWithCv } from './support/candidate';
import { heading, signIn } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

const HOSTILE = '<img src=x onerror=alert(1)> Kandidaat';

describe('the candidate page in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;
  let colleague: MadeUser;
  let manager: MadeUser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    recruiter = await userOf(sift.t, Role.Recruiter, { name: 'Rita Recruiter' });
    colleague = await userOf(sift.t, Role.Recruiter, { name: 'Karel Kollega' });
    manager = await userOf(sift.t, Role.HiringManager);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it('confirms, corrects and deletes facts in place with htmx, and a note’s @mention mails the colleague', async () => {
    const scene = await candidateWithCv(sift.t, recruiter, manager, HOSTILE);
    await runJourney(browser, sift.baseURL, 'candidate-htmx', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      const candidate = candidatePage(page, watch);
      await candidate.open(scene.candidateId, scene.applicationId);
      expect(await heading(page)).toBe(HOSTILE);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.locator('.cv-text').innerText()).toContain('<img src=x onerror=alert(2)>');
      const url = page.url().split('#')[0];
      await page.evaluate(() => Object.assign(globalThis, { sameDocument: true }));

      // A fact's words: the link scrolls the CV's box to its mark.
      const education = candidate.row('Education');
      const link = education.locator('a.fact-source-link');
      const markId = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      await page.locator(`mark#${markId}`).waitFor();
      expect(await page.locator(`mark#${markId}`).innerText()).toContain('HBO');

      const before = await candidate.facts().count();
      await candidate.confirm(education);
      expect(await education.locator('.badge-ok').innerText()).toBe('Confirmed');

      // "c" with the focus on the page confirms the first fact still to confirm.
      const next = page.locator('#facts li.fact.is-proposed').first();
      const nextId = await next.getAttribute('id');
      await page.locator('h1').click();
      await page.keyboard.press('c');
      await page.locator(`#${nextId}.is-confirmed`).waitFor();

      const work = candidate.row('Work');
      // A job without its title is refused by the API's rules: the row says so and keeps what was typed.
      await candidate.correct(work, { title: '', employer: 'Nieuwe Werkgever BV' });
      expect(await work.locator('[role="alert"]').innerText()).toContain('not valid');
      expect(await work.locator('[name="employer"]').inputValue()).toBe('Nieuwe Werkgever BV');
      expect(await work.locator('[name="title"]').getAttribute('aria-invalid')).toBe('true');
      await candidate.correct(work, { title: 'Key accountmanager' });
      expect(await work.locator('.fact-value').innerText()).toContain('Key accountmanager');

      const language = candidate.row('Language');
      await candidate.remove(language);
      expect(await page.locator('#facts li.fact.is-deleted').count()).toBe(1);
      expect(await candidate.facts().count()).toBe(before);
      // Nothing above left the page: each row was replaced in place.
      expect(page.url().split('#')[0]).toBe(url);
      expect(await page.evaluate(() => 'sameDocument' in globalThis)).toBe(true);

      await candidate.confirmAll();
      expect(await page.locator('#facts li.fact.is-proposed').count()).toBe(0);

      await candidate.writeNote('@Karel Kollega wil jij de referenties <b>nagaan</b>?');
      expect(await page.locator('#timeline .timeline-note').first().innerText()).toContain(
        'wil jij de referenties <b>nagaan</b>?',
      );
    });
    const mails = await sift.t.dataSource.getRepository(Mail).find({ where: { template: 'note-mention' } });
    expect(mails.map((mail) => mail.toAddress)).toEqual([colleague.user.email]);
  });

  it('does the same with scripting off: plain forms, each answered with a 303 back to the row', async () => {
    const scene = await candidateWithCv(sift.t, recruiter, manager, 'Kandidaat Zonder Script', 'Hobby: zeilen');
    await runJourney(
      browser,
      sift.baseURL,
      'candidate-no-script',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
        const candidate = candidatePage(page, watch);
        await candidate.open(scene.candidateId);
        const education = candidate.row('Education');
        const id = await education.getAttribute('id');
        await candidate.confirm(education);
        expect(new URL(page.url()).hash).toBe(`#${id}`);
        expect(await page.locator(`#${id} .badge-ok`).innerText()).toBe('Confirmed');

        await candidate.correct(candidate.row('Work'), { title: 'Senior accountmanager' });
        expect(await candidate.row('Work').locator('.fact-value').innerText()).toContain('Senior accountmanager');

        const before = await candidate.facts().count();
        await candidate.remove(candidate.row('Language'));
        expect(await candidate.facts().count()).toBe(before - 1);

        await candidate.confirmAll();
        expect(await page.locator('#facts li.fact.is-proposed').count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });
});
