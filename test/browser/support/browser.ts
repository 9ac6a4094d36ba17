import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';

/** Debian's Chromium; playwright-core's own browser download is not used. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * One headless Chromium per test file. Playwright gives every launch a fresh,
 * temporary profile (user-data-dir) and deletes it at close; the flags keep
 * the browser from calling anywhere on its own.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a journey saw besides its own steps: every request, console error and script error. */
export interface Watch {
  requests: string[];
  problems: string[];
  audited: Set<string>;
  scriptingOff: boolean;
}

export interface Journey {
  context: BrowserContext;
  page: Page;
  watch: Watch;
}

const ARTIFACTS = join(tmpdir(), 'sift-browser-artifacts');

/**
 * Runs one journey in a new browser context. Afterwards: the page fetched
 * nothing from another origin, nothing went to the console as an error (a
 * Content-Security-Policy violation would), and axe ran on every page the
 * journey opened. On failure a screenshot at 375 px and 1440 px and the
 * page's HTML are kept, and their paths are added to the error.
 */
export async function runJourney(
  browser: Browser,
  baseURL: string,
  name: string,
  steps: (journey: Journey) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const context = await browser.newContext({ baseURL, ...options });
  const page = await context.newPage();
  const watch: Watch = {
    requests: [],
    problems: [],
    audited: new Set(),
    scriptingOff: options.javaScriptEnabled === false,
  };
  page.on('request', (request) => watch.requests.push(request.url()));
  // A page answered 401, 403 or 404 is often the point of a test; a stylesheet or script that fails never is.
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      watch.problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      watch.problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => watch.problems.push(`script: ${error.message}`));
  page.on('dialog', (dialog) => {
    watch.problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    await steps({ context, page, watch });
    await audit(page, watch);
    const foreign = watch.requests.filter((url) => !url.startsWith(baseURL) && !url.startsWith('data:'));
    if (foreign.length) throw new Error(`Requests to another origin: ${foreign.join(', ')}`);
    if (watch.problems.length) throw new Error(`The page reported problems:\n${watch.problems.join('\n')}`);
  } catch (error) {
    const kept = await keepArtifacts(page, name).catch((keepError: Error) => [`(not kept: ${keepError.message})`]);
    if (error instanceof Error) error.message += `\nScreenshots and HTML of the failing page:\n  ${kept.join('\n  ')}`;
    throw error;
  } finally {
    await context.close();
  }
}

/**
 * axe on the page as it is now, once per URL: no serious or critical
 * violation. axe is a script, so a page in a context with scripting off is
 * checked as the same HTML served at the same URL to a page with scripting on.
 */
export async function audit(page: Page, watch: Watch): Promise<void> {
  await page.waitForLoadState('load');
  const url = page.url();
  if (watch.audited.has(url)) return;
  watch.audited.add(url);
  let target = page;
  let helper: BrowserContext | undefined;
  if (watch.scriptingOff) {
    const html = await page.content();
    helper = await page.context().browser()!.newContext();
    target = await helper.newPage();
    await target.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await target.goto(url);
  }
  try {
    const results = await new AxeBuilder({ page: target }).analyze();
    const bad = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
    if (bad.length) {
      const lines = bad.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      throw new Error(`Accessibility violations on ${url}:\n${lines.join('\n')}`);
    }
  } finally {
    await helper?.close();
  }
}

async function keepArtifacts(page: Page, name: string): Promise<string[]> {
  const folder = join(ARTIFACTS, `${name.replace(/[^\w-]+/g, '-').slice(0, 80)}-${Date.now()}`);
  mkdirSync(folder, { recursive: true });
  const html = join(folder, 'page.html');
  writeFileSync(html, await page.content());
  const paths = [html];
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    const path = join(folder, `page-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    paths.push(path);
  }
  return paths;
}
