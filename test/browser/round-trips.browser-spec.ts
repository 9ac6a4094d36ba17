import { Browser } from 'playwright-core';
import { audit, launchBrowser, runJourney } from './support/browser';
import { visit } from './support/pages';
import { SiftForBrowser, startSift } from './support/sift';

// Journeys through several pages: longer than the 30 s of one page on a busy machine.
jest.setTimeout(120_000);

/**
 * The check every journey's audit makes: while a page loads, it fetches only
 * what its HTML names. Here the stylesheet and the script are changed on
 * their way to the browser to chain a request the way a careless change
 * would, and the journey must fail naming that request.
 */
describe('one round trip after the HTML', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  /** The sign-in page with one of our assets given something more at its start or its end. */
  const journeyWith = (asset: 'sift.css' | 'sift.js', added: string, where: 'before' | 'after' = 'after') =>
    runJourney(browser, sift.baseURL, `chained by ${asset}`, async ({ page, watch }) => {
      await page.route(`**/assets/${asset}?*`, async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        await route.fulfill({ response, body: where === 'before' ? `${added}\n${body}` : `${body}\n${added}` });
      });
      await visit(page, watch, '/sign-in');
    });

  it('fails a page whose stylesheet imports another, naming it', async () => {
    await expect(journeyWith('sift.css', '@import url("/assets/sift.css?chained=import");', 'before')).rejects.toThrow(
      /fetched what its HTML does not name[^]*\/assets\/sift\.css\?chained=import/,
    );
  });

  it('fails a page whose stylesheet names an image, naming it', async () => {
    await expect(
      journeyWith('sift.css', 'body { background-image: url("/assets/favicon.svg?chained=css-image"); }'),
    ).rejects.toThrow(/\/assets\/favicon\.svg\?chained=css-image/);
  });

  it('fails a page whose script fetches at start-up, naming what it fetched', async () => {
    // Synchronous, so that the request is over before the load event whatever the machine's load: while a
    // route holds requests, Playwright may report an asynchronous one after the load event it preceded.
    const script = 'var x = new XMLHttpRequest(); x.open("GET", "/health?chained=script", false); x.send();';
    await expect(journeyWith('sift.js', script)).rejects.toThrow(
      /fetched what its HTML does not name[^]*\/health\?chained=script/,
    );
  });

  it('passes the pages as they are, and counts nothing a person sets off after the page has loaded', async () => {
    await runJourney(browser, sift.baseURL, 'after load', async ({ page, watch }) => {
      await page.goto('/sign-in');
      await page.waitForLoadState('load');
      await page.evaluate(() => fetch('/health?after=load'));
      await audit(page, watch);
      await visit(page, watch, '/sign-in?next=/settings');
      expect(watch.loads.map((load) => new URL(load.url).pathname)).toEqual(['/sign-in', '/sign-in']);
      expect(watch.loads.every((load) => load.checked)).toBe(true);
      const first = watch.loads[0].requests.map((url) => new URL(url).pathname);
      expect(first).toEqual(expect.arrayContaining(['/assets/sift.css', '/assets/htmx.min.js', '/assets/sift.js']));
      expect(first).not.toContain('/health');
      expect(watch.requests.some((url) => url.endsWith('/health?after=load'))).toBe(true);
    });
  });
});
