import { expect } from '@jest/globals';
import { Page } from 'playwright-core';
import { Role } from '../../../src/common/auth/role';
import { makeUser, MadeUser } from '../../support/factories';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';

export interface Credentials {
  email: string;
  password: string;
}

/** Opens a page and checks it with axe. */
export async function visit(page: Page, watch: Watch, path: string): Promise<void> {
  await page.goto(path);
  await audit(page, watch);
}

/**
 * Signs in through the form, as a person would: from the sign-in page, or from
 * the one the browser is on (`here`, after a redirect to sign-in). Each page
 * seen is checked with axe.
 */
export async function signIn(page: Page, watch: Watch, who: Credentials, { here = false } = {}): Promise<void> {
  if (!here) await page.goto('/sign-in');
  await audit(page, watch);
  await page.locator('#email').fill(who.email);
  await page.locator('#password').fill(who.password);
  await Promise.all([page.waitForNavigation(), page.locator('form[action="/sign-in"] button[type=submit]').click()]);
  await audit(page, watch);
}

/** Makes a user holding this role and signs them in; returns the user and their password. */
export async function signInAs(
  page: Page,
  watch: Watch,
  t: TestApp,
  role: Role,
  overrides: Parameters<typeof makeUser>[1] = {},
): Promise<MadeUser> {
  const made = await makeUser(t, { roles: [role], ...overrides });
  await signIn(page, watch, { email: made.user.email, password: made.password });
  return made;
}

export async function signOut(page: Page, watch: Watch): Promise<void> {
  await page.locator('form.sign-out button[type=submit]').click();
  await page.waitForURL(/\/sign-in\?signedOut=1$/);
  await audit(page, watch);
}

/** The first heading of the page, as a person reads it. */
export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim();
}

export async function expectPath(page: Page, path: string): Promise<void> {
  const url = new URL(page.url());
  expect(url.pathname + url.search).toBe(path);
}
