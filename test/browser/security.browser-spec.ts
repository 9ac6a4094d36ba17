import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { bearer, DEFAULT_PASSWORD } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { expectPath, heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

describe('pages hold against forged forms, revoked users and hostile names', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  const journey = (name: string, steps: Parameters<typeof runJourney>[3]) =>
    runJourney(browser, sift.baseURL, name, steps);

  it('refuses a form sent without its CSRF token with a 403 page, and changes nothing', async () => {
    const { user } = await userOf(sift.t, Role.Recruiter);
    await journey('csrf', async ({ page, watch }) => {
      await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD });
      await visit(page, watch, '/settings');
      await page.locator('#language').selectOption('et');
      await page.locator('form[action="/settings"] input[name="_csrf"]').evaluate((input) => input.remove());
      const [response] = await Promise.all([
        page.waitForResponse((answer) => answer.url().endsWith('/settings') && answer.request().method() === 'POST'),
        page.locator('form[action="/settings"] button[type=submit]').click(),
      ]);
      expect(response.status()).toBe(403);
      await page.waitForLoadState('load');
      expect(await page.locator('main').innerText()).toContain('nothing was changed');
      await visit(page, watch, '/settings');
      expect(await page.locator('#language').inputValue()).toBe('en');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });
  });

  it('sends the CSRF token with htmx requests through its own script', async () => {
    const { user } = await userOf(sift.t, Role.Recruiter);
    await journey('htmx csrf', async ({ page, watch }) => {
      await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD });
      await visit(page, watch, '/settings');
      const [request] = await Promise.all([
        page.waitForRequest((sent) => sent.method() === 'POST' && sent.url().endsWith('/settings')),
        page.evaluate(() =>
          (globalThis as unknown as { htmx: { ajax: (...args: unknown[]) => Promise<void> } }).htmx.ajax(
            'POST',
            '/settings',
            { values: { language: 'nl' }, target: 'main', swap: 'none' },
          ),
        ),
      ]);
      expect(request.headers()['x-csrf-token']).toBe(
        await page.locator('meta[name="csrf-token"]').getAttribute('content'),
      );
      expect(request.postData()).toBe('language=nl');
      await visit(page, watch, '/settings');
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    });
  });

  it('signs out a user an admin deactivates, on their next page', async () => {
    const admin = await userOf(sift.t, Role.Admin);
    const { user } = await userOf(sift.t, Role.Recruiter);
    await journey('deactivated', async ({ page, watch }) => {
      await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD });
      await expectPath(page, '/recruiter');
      await sift.t.http().post(`/users/${user.id}/deactivate`).set(bearer(admin.token)).expect(200);
      await page.goto('/settings');
      await expectPath(page, '/sign-in?next=%2Fsettings');
      expect(await heading(page)).toBe('Sign in');
      await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD }, { here: true });
      expect(await page.getByRole('alert').innerText()).toBe('The e-mail address or password is not correct.');
    });
  });

  it('shows a user named like markup as text, and runs none of it', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const { user } = await userOf(sift.t, Role.Admin, { name });
    await journey('hostile name', async ({ page, watch }) => {
      await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD });
      // The admin's start page lists the users, this one among them.
      await expectPath(page, '/admin');
      expect(await page.locator('main').innerText()).toContain(name);
      expect(await page.locator('.who').innerText()).toBe(name);
      expect(await page.locator('img').count()).toBe(0);
      // runJourney fails the test on any dialog (alert) or script error.
    });
  });

  it('fetches nothing from another origin and sends every page with its security headers', async () => {
    const { user } = await userOf(sift.t, Role.Recruiter);
    await journey('own origin', async ({ page, watch }) => {
      const response = await page.goto('/');
      const headers = response!.headers();
      expect(headers['content-security-policy']).toContain("default-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      await signIn(page, watch, { email: user.email, password: DEFAULT_PASSWORD }, { here: true });
      await visit(page, watch, '/settings');
      await visit(page, watch, '/password');
      const origins = new Set(watch.requests.map((url) => new URL(url).origin));
      expect([...origins]).toEqual([sift.baseURL]);
      expect(watch.requests.some((url) => url.includes('/assets/htmx.min.js'))).toBe(true);
      expect(await page.evaluate(() => typeof (globalThis as { htmx?: unknown }).htmx)).toBe('object');
    });
  });
});
