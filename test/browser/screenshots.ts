/**
 * Screenshots of every page at 375 px and 1440 px wide, light and dark, to
 * look at before a change to the pages goes in:
 *
 *   npm run screenshots                 # into data/screenshots/
 *   npm run screenshots -- <folder>
 *
 * Starts Sift as `npm start` would, on a free port with a fresh SQLite
 * database in the OS temp folder, and drives Debian's Chromium. Also writes
 * the README's docs/screenshots/sign-in.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { startSift } from '../support/sift-process';
import { apiOf, seedBoard, seedDashboard, tokenOf } from './screenshot-scene';
import { launchBrowser } from './support/browser';

const ROOT = join(__dirname, '..', '..');
const OUT = process.argv[2] ?? join(ROOT, 'data', 'screenshots');
const ADMIN = { email: 'admin@sift.local', password: 'screenshot-admin-password' };
let boardVacancy = '';
/** An application of the board that went on to an interview, for its explanation to the candidate. */
let explainedApplication = '';
const RECRUITER = { email: 'mari.tamm@example.com', password: 'screenshot-recruiter-password', name: 'Mari Tamm' };

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-screenshots-'));
  const sift = startSift({
    DATA_DIR: dataDir,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    NODE_ENV: 'production',
  });
  const browser = await launchBrowser();
  try {
    const base = await sift.ready;
    await makeRecruiter(base);
    const recruiterToken = await tokenOf(base, RECRUITER.email, RECRUITER.password);
    const managerId = await seedDashboard(base, await tokenOf(base, ADMIN.email, ADMIN.password), recruiterToken);
    boardVacancy = await seedBoard(base, recruiterToken, managerId);
    const interviewed = await apiOf(base, recruiterToken)(
      'GET',
      `/applications?vacancyId=${boardVacancy}&stage=interview`,
    );
    explainedApplication = String((interviewed.items as { id: string }[])[0].id);
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [375, 1440]) {
        const context = await browser.newContext({
          baseURL: base,
          viewport: { width, height: 800 },
          colorScheme: scheme,
        });
        await shootAll(context, `${scheme}-${width}`);
        await context.close();
      }
    }
    const docs = await browser.newContext({
      baseURL: base,
      viewport: { width: 900, height: 560 },
      colorScheme: 'light',
    });
    const page = await docs.newPage();
    await page.goto('/');
    await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'sign-in.png') });
    await docs.close();
    const boardDocs = await browser.newContext({
      baseURL: base,
      viewport: { width: 1440, height: 900 },
      colorScheme: 'light',
    });
    const boardPage = await boardDocs.newPage();
    await boardPage.goto('/');
    await signIn(boardPage, RECRUITER.email, RECRUITER.password);
    await boardPage.goto(`/recruiter/vacancies/${boardVacancy}/board`);
    await boardPage.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'board.png'), fullPage: true });
    await boardDocs.close();
    process.stdout.write(`Screenshots in ${OUT}\n`);
  } finally {
    await browser.close();
    sift.child.kill('SIGTERM');
    await sift.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function makeRecruiter(base: string): Promise<void> {
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await fetch(`${base}/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ ...RECRUITER, roles: ['recruiter', 'admin'] }),
  });
  if (!created.ok) throw new Error(`Could not make the recruiter: ${created.status} ${await created.text()}`);
}

async function shootAll(context: BrowserContext, suffix: string): Promise<void> {
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}-${suffix}.png`), fullPage: true });
  await page.goto('/');
  await shot('sign-in');
  await signIn(page, RECRUITER.email, 'wrong-password');
  await shot('sign-in-error');
  await signIn(page, RECRUITER.email, RECRUITER.password);
  await shot('dashboard');
  await page.goto('/recruiter?scope=all');
  await shot('dashboard-all');
  await page.goto('/admin');
  await shot('start-admin');
  await page.goto('/settings');
  await shot('settings');
  await page.goto('/password');
  await shot('password');
  await page.locator('h1').click();
  await page.keyboard.press('?');
  await shot('shortcuts');
  await page.keyboard.press('Escape');
  await page.goto('/manager');
  await shot('forbidden');
  await page.goto(`/recruiter/vacancies/${boardVacancy}/board`);
  await shot('board');
  await page.locator('.board-card').first().focus();
  await page.keyboard.press('m');
  await shot('board-menu');
  await page.goto(`/recruiter/vacancies/${boardVacancy}/applications`);
  await shot('board-list');
  await page.goto('/recruiter/mails');
  await shot('outbox');
  await page.goto(`/recruiter/applications/${explainedApplication}/explanation`);
  await shot('explanation');
  await page.close();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await Promise.all([page.waitForNavigation(), page.locator('form[action="/sign-in"] button').click()]);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
