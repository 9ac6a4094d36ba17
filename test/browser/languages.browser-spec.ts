import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { DEFAULT_PASSWORD } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

describe('pages in Dutch, Estonian and English', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it.each([
    ['nl-NL', 'nl', 'Aanmelden'],
    ['et-EE', 'et', 'Sisselogimine'],
    ['en-GB', 'en', 'Sign in'],
    ['de-DE', 'en', 'Sign in'],
  ])('greets a browser asking for %s in %s', async (locale, lang, title) => {
    await runJourney(
      browser,
      sift.baseURL,
      `accept-language ${locale}`,
      async ({ page, watch }) => {
        await visit(page, watch, '/');
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await heading(page)).toBe(title);
      },
      { locale },
    );
  });

  it('follows the user’s own language over the browser’s once they choose it', async () => {
    const { user } = await userOf(sift.t, Role.Interviewer, { name: 'Kadri' });
    await runJourney(
      browser,
      sift.baseURL,
      'own language',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD });
        // The account says English; the browser's Dutch does not override it.
        expect(await heading(page)).toBe('Hello, Kadri');
        await visit(page, watch, '/settings');
        await page.locator('#language').selectOption('et');
        await Promise.all([page.waitForNavigation(), page.locator('form[action="/settings"] button').click()]);
        await visit(page, watch, page.url());
        expect(await page.getByRole('status').innerText()).toBe('Sinu seaded on salvestatud.');
        expect(await page.locator('html').getAttribute('lang')).toBe('et');
        await visit(page, watch, '/panel');
        expect(await heading(page)).toBe('Tere, Kadri');
        expect(await page.locator('main').innerText()).toContain('Oled sisse logitud rollis: intervjueerija.');
      },
      { locale: 'nl-NL' },
    );
  });
});
