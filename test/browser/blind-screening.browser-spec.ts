import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import { aliasCode } from '../../src/panel-access/blind-identity';
import {
  as,
  bearer,
  DEFAULT_PASSWORD,
  MadeUser,
  makeProfile,
  makeSalesCandidate,
  makeVacancy,
} from '../support/factories';
import { launchBrowser, runJourney } from './support/browser';
import { signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

jest.setTimeout(180_000);

const SHOTS = process.env.REPORT_SCREENSHOTS ?? join(tmpdir(), 'sift-blind-screenshots');

describe('blind screening in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let vacancyId: string;
  const people: { id: string; name: string }[] = [];

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
    recruiter = await userOf(sift.t, Role.Recruiter);
    manager = await userOf(sift.t, Role.HiringManager);
    const roleProfileId = (await makeProfile(sift.t, recruiter.token)).id;
    const vacancy = await makeVacancy(
      sift.t,
      recruiter.token,
      { roleProfileId, hiringManagerIds: [manager.user.id], title: 'Accountmanager Haarlem', blindUntil: 'interview' },
      { open: true },
    );
    vacancyId = vacancy.id;
    for (const [name, level] of [
      ['Annelies Verhoeven', 'wo'],
      ['Kaspar Õunapuu', 'hbo'],
    ]) {
      const made = await makeSalesCandidate(sift.t, recruiter.token, level, ['2014-01-01', '2022-01-01'], name);
      await sift.t
        .http()
        .post(`/candidates/${made.id}/cvs`)
        .set(bearer(recruiter.token))
        .attach('file', Buffer.from(`${name}\nAccountmanager 2014 – 2022\n`, 'utf8'), 'cv.txt')
        .expect(201);
      await as(sift.t, recruiter.token)
        .post(`/vacancies/${vacancyId}/applications`, { candidateId: made.id })
        .expect(201);
      people.push({ id: made.id, name });
    }
    mkdirSync(SHOTS, { recursive: true });
  }, 150_000);
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  it("shows the hiring manager aliases on the shortlist, in their language, and nobody's name", async () => {
    await runJourney(browser, sift.baseURL, 'blind-manager', async ({ page, watch }) => {
      await signIn(page, watch, { email: manager.user.email, password: DEFAULT_PASSWORD });
      await visit(page, watch, `/manager/vacancies/${vacancyId}/shortlist`);
      const text = await page.locator('main').innerText();
      for (const person of people) {
        expect(text).toContain(`Applicant ${aliasCode(person.id)}`);
        for (const part of person.name.split(' ')) expect(text).not.toContain(part);
      }
      await page.screenshot({ path: join(SHOTS, 'shortlist-1440.png'), fullPage: true });
    });
  });

  it('lets a recruiter set a vacancy blind, screen its applicants blind, and unblind one with a reason', async () => {
    await runJourney(browser, sift.baseURL, 'blind-recruiter', async ({ page, watch }) => {
      await signIn(page, watch, { email: recruiter.user.email, password: DEFAULT_PASSWORD });
      await visit(page, watch, `/recruiter/vacancies/${vacancyId}/edit`);
      expect(await page.locator('#blindUntil option:checked').textContent()).toBe('Until the interviews');
      await visit(page, watch, `/recruiter/candidates/${people[0].id}`);
      // A recruiter screens blind too, until they say why they need to know who applied.
      expect(await page.locator('h1').innerText()).toContain(`Applicant ${aliasCode(people[0].id)}`);
      expect(await page.locator('main').innerText()).not.toContain('Verhoeven');
      const form = page.locator('form.cv-unblind');
      await form.screenshot({ path: join(SHOTS, 'unblind-form.png') });
      expect(await page.locator('#cv a[download]').count()).toBe(0);
      await form.getByLabel('Why you need the original').fill('She asked us to check an employer on her CV');
      await Promise.all([page.waitForNavigation(), form.getByRole('button').click()]);
      await visit(page, watch, page.url());
      expect(await page.locator('form.cv-unblind').count()).toBe(0);
      expect(await page.locator('#cv a[download]').count()).toBe(1);
      expect(await page.locator('h1').innerText()).toContain('Annelies Verhoeven');
    });
    const log = await as(sift.t, recruiter.token).get(`/candidates/${people[0].id}`).expect(200);
    expect(log.body.name).toBe('Annelies Verhoeven');
  });
});
