import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { audit, Watch } from './browser';
import { visit } from './pages';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  png: 'image/png',
};

/** A file as a browser would send it, its type guessed from its name as a browser does. */
export function uploadFile(name: string, buffer: Buffer): UploadFile {
  return { name, buffer, mimeType: MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream' };
}

/** A CV of the labelled corpus in test/fixtures/cvs. */
export function corpusCv(file: string): UploadFile {
  return uploadFile(file, readFileSync(join(__dirname, '..', '..', 'fixtures', 'cvs', file)));
}

export interface Outcome {
  kind: string;
  status: string;
  detail: string;
  candidateHref: string | null;
  candidateName: string | null;
}

/** The CV intake page: choosing files uploads them, each with its own progress and outcome. */
export const intake = {
  async open(page: Page, watch: Watch): Promise<void> {
    await visit(page, watch, '/recruiter/intake');
  },

  /** Chooses the files (scripting on: they upload at once) and waits until every row has its outcome. */
  async upload(page: Page, files: UploadFile[]): Promise<void> {
    const before = await page.locator('.intake-outcomes > li').count();
    await page.locator('#intake-files').setInputFiles(files);
    const count = before + files.length;
    const rows = page.locator('.intake-outcomes > li');
    // The page's CSP forbids evaluated strings, so the rows are counted from here.
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await page.waitForTimeout(100)) {
      const pending = await page.locator('.intake-outcomes > li.intake-pending').count();
      if ((await rows.count()) === count && pending === 0) return;
    }
    throw new Error(`The intake did not show ${count} outcomes in time`);
  },

  /** Scripting off: chooses the files and posts the form, to the page of outcomes. */
  async post(page: Page, watch: Watch, files: UploadFile[]): Promise<void> {
    await page.locator('#intake-files').setInputFiles(files);
    await Promise.all([page.waitForNavigation(), page.locator('form.intake-form button[type=submit]').click()]);
    await audit(page, watch);
  },

  /** The outcome of the last row for a file name. */
  async outcome(page: Page, fileName: string): Promise<Outcome> {
    const row = page
      .locator('.intake-outcomes > li', { has: page.locator('.intake-file', { hasText: fileName }) })
      .last();
    const link = row.locator('.intake-detail a');
    const linked = (await link.count()) > 0;
    return {
      kind: (await row.getAttribute('data-outcome')) ?? '',
      status: (await row.locator('.intake-status').innerText()).trim(),
      detail: (await row.locator('.intake-detail').innerText()).trim(),
      candidateHref: linked ? await link.getAttribute('href') : null,
      candidateName: linked ? (await link.innerText()).trim() : null,
    };
  },
};

/** The import page: paste CSV or JSON lines and read the report. */
export const importPage = {
  async paste(page: Page, watch: Watch, text: string): Promise<void> {
    await visit(page, watch, '/recruiter/import');
    await page.locator('#import-text').fill(text);
    await Promise.all([page.waitForNavigation(), page.locator('.import form button[type=submit]').click()]);
    await audit(page, watch);
  },

  async counts(page: Page): Promise<{ created: number; updated: number; failed: number }> {
    const counts = page.locator('.import-counts');
    const read = async (name: string) => Number(await counts.getAttribute(`data-${name}`));
    return { created: await read('created'), updated: await read('updated'), failed: await read('failed') };
  },

  /** Each bad line: its number and its reasons as read. */
  async failedLines(page: Page): Promise<{ line: number; reason: string }[]> {
    const rows = page.locator('table.import-failures tbody tr');
    const found: { line: number; reason: string }[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      found.push({
        line: Number(await row.getAttribute('data-line')),
        reason: (await row.locator('td').nth(2).innerText()).trim(),
      });
    }
    return found;
  },
};

/** The candidate search. */
export const search = {
  /** Types the words in the search field and sends the form. */
  async find(page: Page, watch: Watch, words: string): Promise<void> {
    await page.locator('#search-q').fill(words);
    await Promise.all([page.waitForNavigation(), page.locator('#search-q').press('Enter')]);
    await audit(page, watch);
  },

  async rows(page: Page): Promise<{ name: string; href: string; employer: string; application: string }[]> {
    const rows = page.locator('table.search-table tbody tr');
    const found = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const cells = row.locator('td');
      found.push({
        name: (await row.locator('th a').innerText()).trim(),
        href: (await row.locator('th a').getAttribute('href')) ?? '',
        employer: (await cells.nth(1).innerText()).trim(),
        application: (await cells.nth(2).innerText()).trim(),
      });
    }
    return found;
  },
};
