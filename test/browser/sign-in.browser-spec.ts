import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { DEFAULT_PASSWORD } from '../support/factories';
import { audit, launchBrowser, runJourney } from './support/browser';
import { expectPath, heading, signIn, signInAs, signOut, visit } from './support/pages';
import { SiftForBrowser, startSift, TEST_ADMIN, userOf } from './support/sift';

describe('signing in and out in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  const journey = (name: string, steps: Parameters<typeof runJourney>[3], options?: Parameters<typeof runJourney>[4]) =>
    runJourney(browser, sift.baseURL, name, steps, options);

  it('keeps the e-mail after a wrong password, then signs the first admin in to their start page', async () => {
    await journey('first admin', async ({ page, watch }) => {
      await visit(page, watch, '/');
      expect(await heading(page)).toBe('Sign in');
      await signIn(page, watch, { email: TEST_ADMIN.email, password: 'not-the-password' }, { here: true });
      expect(await page.getByRole('alert').innerText()).toBe('The e-mail address or password is not correct.');
      expect(await page.locator('#email').inputValue()).toBe(TEST_ADMIN.email);
      expect(await page.locator('#password').inputValue()).toBe('');

      await signIn(page, watch, TEST_ADMIN, { here: true });
      await expectPath(page, '/admin');
      // The admin's start page is the list of users, the first admin among them.
      expect(await heading(page)).toMatch(/^Users/);
      expect(await page.locator('main').innerText()).toContain(TEST_ADMIN.email);
      expect(await page.getByRole('link', { name: 'API documentation' }).getAttribute('href')).toBe('/docs');
    });
  });

  it('signs out, and the start page then asks to sign in again', async () => {
    const { user } = await userOf(sift.t, Role.Recruiter, { name: 'Ruth Recruiter' });
    await journey('sign out', async ({ page, watch }) => {
      await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD });
      await expectPath(page, '/recruiter');
      expect(await heading(page)).toBe('Dashboard');
      await signOut(page, watch);
      expect(await page.getByRole('status').innerText()).toBe('You have signed out.');
      await page.goto('/recruiter');
      await expectPath(page, '/sign-in?next=%2Frecruiter');
    });
  });

  it('sends a signed-out visitor to sign-in and back to the page after; another role’s page is a 403 page', async () => {
    const { user } = await userOf(sift.t, Role.Interviewer);
    await journey('redirect and 403', async ({ page, watch }) => {
      await page.goto('/settings');
      await expectPath(page, '/sign-in?next=%2Fsettings');
      await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD }, { here: true });
      await expectPath(page, '/settings');
      expect(await heading(page)).toBe('My settings');

      const response = await page.goto('/admin');
      expect(response?.status()).toBe(403);
      await visit(page, watch, '/admin');
      expect(await heading(page)).toBe('Not for your role');
      expect(await page.content()).not.toMatch(/ at \w+ \(|stack/i);
    });
  });

  it('signs in, changes the language and signs out with scripting off: the forms post and redirect', async () => {
    const { user } = await userOf(sift.t, Role.HiringManager);
    await journey(
      'scripting off',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: user.email, password: 'wrong-password' });
        expect(await page.locator('#email').inputValue()).toBe(user.email);
        await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD }, { here: true });
        await expectPath(page, '/manager');
        await visit(page, watch, '/settings');
        await page.locator('#language').selectOption('nl');
        await Promise.all([page.waitForNavigation(), page.locator('form[action="/settings"] button').click()]);
        await expectPath(page, '/settings?saved=1');
        await audit(page, watch);
        expect(await page.getByRole('status').innerText()).toBe('Je instellingen zijn opgeslagen.');
        await signOut(page, watch);
      },
      { javaScriptEnabled: false },
    );
  });

  it('lists the shortcuts on ?, not while typing, and goes home on g h', async () => {
    await journey('shortcuts', async ({ page, watch }) => {
      await signInAs(page, watch, sift.t, Role.Recruiter);
      await visit(page, watch, '/settings');
      const dialog = page.locator('dialog#shortcuts');
      await page.locator('#language').focus();
      await page.keyboard.press('?');
      expect(await dialog.isVisible()).toBe(false);
      await page.locator('h1').click();
      await page.keyboard.press('?');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.innerText()).toContain('Go to your start page');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await Promise.all([page.waitForNavigation(), page.keyboard.press('g').then(() => page.keyboard.press('h'))]);
      await expectPath(page, '/recruiter');
    });
  });
});
