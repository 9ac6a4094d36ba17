import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page, Request } from 'playwright-core';
import { chainedRequests, documentLoads } from '../../support/document-loads';

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
  /** Each document the page loaded, in order, with what it fetched until its load event. */
  loads: DocumentLoad[];
}

/** One document in the page's main frame, from its navigation to its load event. */
export interface DocumentLoad {
  url: string;
  /** Every request the page made after the document's own and before its load event. */
  requests: string[];
  loaded: boolean;
  /** The HTML as the server sent it (not as scripts left it); undefined for other content. */
  html?: Promise<string | undefined>;
  checked: boolean;
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
    loads: [],
  };
  watchDocumentLoads(page, watch);
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
  await checkRoundTrips(page, watch);
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

/**
 * Follows the page's main frame: each navigation starts a document, and every
 * request until that document's load event is counted as part of loading it;
 * requests after it (htmx answering a click or a key) are not.
 */
function watchDocumentLoads(page: Page, watch: Watch): void {
  let current: { request: Request; load: DocumentLoad } | undefined;
  page.on('request', (request) => {
    watch.requests.push(request.url());
    if (request.frame() !== page.mainFrame()) return;
    if (request.isNavigationRequest()) {
      const load: DocumentLoad = { url: request.url(), requests: [], loaded: false, checked: false };
      watch.loads.push(load);
      current = { request, load };
    } else if (current && !current.load.loaded) {
      current.load.requests.push(request.url());
    }
  });
  page.on('response', (response) => {
    if (!current || response.request() !== current.request) return;
    const html = (response.headers()['content-type'] ?? '').startsWith('text/html');
    current.load.html = html ? response.text().catch(() => undefined) : Promise.resolve(undefined);
  });
  page.on('load', () => {
    if (current) current.load.loaded = true;
  });
}

/**
 * One round trip after the HTML: every document loaded so far fetched, while
 * loading, only what its HTML names (so the browser could ask for all of it at
 * once), and keeps its stylesheets and scripts in <head>, scripts deferred.
 */
async function checkRoundTrips(page: Page, watch: Watch): Promise<void> {
  const latest = watch.loads.at(-1);
  if (latest?.loaded && !latest.checked && !watch.scriptingOff)
    latest.requests.push(...(await startedBeforeLoad(page)));
  for (const load of watch.loads) {
    if (!load.loaded || load.checked) continue;
    load.checked = true;
    const html = await load.html;
    if (html === undefined) continue;
    const loads = documentLoads(html, load.url);
    const chained = chainedRequests(loads, load.requests);
    if (chained.length) {
      throw new Error(
        `While ${load.url} loaded, the page fetched what its HTML does not name, each after another round trip:\n` +
          chained.join('\n'),
      );
    }
    if (loads.misplaced.length) {
      throw new Error(`In the HTML of ${load.url}:\n${loads.misplaced.join('\n')}`);
    }
  }
}

/**
 * What the browser itself timed as started before the load event (Resource
 * Timing): Playwright may hear of a request that a route held up only after
 * the load event, though the page asked for it before.
 */
function startedBeforeLoad(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // In the page: the browser's Performance API (this file is compiled without the DOM's types).
    type Entry = { name: string; startTime: number; loadEventStart?: number };
    const timing = (globalThis as unknown as { performance: { getEntriesByType(type: string): Entry[] } }).performance;
    const [navigation] = timing.getEntriesByType('navigation');
    const loaded = navigation?.loadEventStart || Number.POSITIVE_INFINITY;
    return timing
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < loaded)
      .map((entry) => entry.name);
  });
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
