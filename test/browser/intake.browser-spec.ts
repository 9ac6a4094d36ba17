import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { cvText, dutchCv, encryptedPdf, PNG_BYTES } from '../support/cv-files';
import { DEFAULT_PASSWORD } from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { corpusCv, importPage, intake, search, uploadFile } from './support/intake';
import { expectPath, heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(120_000);

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('CV intake, import and search in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it('takes in a PDF, a Word and a text CV, matches a second CV by e-mail, refuses what it cannot read, imports CSV and finds by employer', async () => {
    const recruiter = await userOf(sift.t, Role.Recruiter);
    await runJourney(browser, sift.baseURL, 'intake', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      await intake.open(page, watch);
      expect(await heading(page)).toBe('CV intake');

      await intake.upload(page, [
        corpusCv('en-01-account-manager.pdf'),
        corpusCv('en-05-business-developer.docx'),
        corpusCv('en-09-relationship-manager-break.txt'),
      ]);
      const pdf = await intake.outcome(page, 'en-01-account-manager.pdf');
      expect(pdf).toMatchObject({ kind: 'created', status: 'New candidate', candidateName: 'Candidate One' });
      expect(pdf.candidateHref).toMatch(/^\/recruiter\/candidates\/[0-9a-f-]{36}$/);
      expect(await intake.outcome(page, 'en-05-business-developer.docx')).toMatchObject({
        kind: 'created',
        candidateName: 'Candidate Five',
      });
      const nine = await intake.outcome(page, 'en-09-relationship-manager-break.txt');
      expect(nine).toMatchObject({
        kind: 'created',
        candidateName: 'Candidate Nine',
      });

      const again = uploadFile(`${HOSTILE}.txt`, cvText(dutchCv('Candidate One', 'candidate.one@example.net')));
      await intake.upload(page, [
        again,
        uploadFile('locked.pdf', await encryptedPdf(dutchCv('Kandidaat Slot', 'slot@example.com'))),
        uploadFile('photo.png', PNG_BYTES),
      ]);
      const matched = await intake.outcome(page, HOSTILE);
      expect(matched).toMatchObject({ kind: 'matched', status: 'Matched by e-mail', candidateName: 'Candidate One' });
      expect(matched.candidateHref).toBe(pdf.candidateHref);
      expect(await page.locator('main img').count()).toBe(0);
      const locked = await intake.outcome(page, 'locked.pdf');
      expect(locked).toMatchObject({ kind: 'refused', status: 'Refused', candidateHref: null });
      expect(locked.detail).toContain('protected with a password');
      expect((await intake.outcome(page, 'photo.png')).detail).toContain('This kind of file cannot be read');
      expect(await page.locator('.intake-outcomes > li').count()).toBe(6);
      // Elsewhere "/" follows the navigation's link to the search page.
      await Promise.all([page.waitForNavigation(), page.keyboard.press('/')]);
      await expectPath(page, '/recruiter/search');

      await importPage.paste(
        page,
        watch,
        [
          'name,email,job_title,job_employer,job_start',
          'Import Een,import.een@example.com,Accountmanager,Zuiderzee Verzekeringen,2020-01-01',
          'Import Fout,geen-adres,Accountmanager,Elders,2020-01-01',
        ].join('\n'),
      );
      expect(await importPage.counts(page)).toEqual({ created: 1, updated: 0, failed: 1 });
      const [bad] = await importPage.failedLines(page);
      expect(bad.line).toBe(3);
      expect(bad.reason).toMatch(/^email/);
      expect(await page.locator('#import-text').inputValue()).toContain('geen-adres');

      await visit(page, watch, '/recruiter/search');
      await page.keyboard.press('/');
      expect(await page.locator('#search-q:focus').count()).toBe(1);
      await expectPath(page, '/recruiter/search');
      await search.find(page, watch, 'forth private');
      const rows = await search.rows(page);
      expect(rows.map((row) => [row.name, row.employer])).toEqual([['Candidate Nine', 'Forth Private Bank']]);
      expect(rows[0].href).toBe(nine.candidateHref);
      await search.find(page, watch, 'zuiderzee');
      expect((await search.rows(page)).map((row) => row.name)).toEqual(['Import Een']);
    });
  });

  it('refuses more than 50 files on the page before sending any', async () => {
    const recruiter = await userOf(sift.t, Role.Recruiter);
    await runJourney(browser, sift.baseURL, 'intake-limit', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      await intake.open(page, watch);
      const files = Array.from({ length: 51 }, (_, i) => uploadFile(`cv-${i}.txt`, Buffer.from(`cv ${i}`)));
      await page.locator('#intake-files').setInputFiles(files);
      await page.locator('.intake-limit').waitFor();
      expect(await page.locator('.intake-limit').innerText()).toBe('At most 50 files at once. Choose fewer files.');
      expect(await page.locator('.intake-outcomes > li').count()).toBe(0);
      expect(watch.requests.filter((url) => url.endsWith('/recruiter/intake'))).toHaveLength(1);
    });
  });

  it('takes in a CV with scripting off, by a plain form post, to a page of outcomes', async () => {
    const recruiter = await userOf(sift.t, Role.Recruiter);
    await runJourney(
      browser,
      sift.baseURL,
      'intake-no-script',
      async ({ page, watch }) => {
        await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
        await intake.open(page, watch);
        await intake.post(page, watch, [
          uploadFile('cv.txt', cvText(dutchCv('Kandidaat Zonder Script', 'zonder.script@example.com'))),
        ]);
        expect(await heading(page)).toBe('CV intake');
        expect(await intake.outcome(page, 'cv.txt')).toMatchObject({
          kind: 'created',
          candidateName: 'Kandidaat Zonder Script',
        });
        expect(await page.locator('.intake-counts').innerText()).toBe(
          'New candidates: 1 · matched by e-mail: 0 · refused: 0',
        );
      },
      { javaScriptEnabled: false },
    );
  });
});
