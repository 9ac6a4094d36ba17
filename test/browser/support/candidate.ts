import { Locator, Page } from 'playwright-core';
import { as, bearer, makeProfile, makeVacancy, MadeUser } from '../../support/factories';
import { cvText, dutchCv } from '../../support/cv-files';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';

export interface CandidateScene {
  candidateId: string;
  applicationId: string;
  vacancyId: string;
}

/**
 * A candidate whose text CV came in through the API for an open vacancy (so
 * its facts are proposed, each with its words), renamed to attack the page.
 */
export async function candidateWithCv(
  t: TestApp,
  recruiter: MadeUser,
  manager: MadeUser,
  name: string,
  extraLine = 'Hobby: <img src=x onerror=alert(2)>',
): Promise<CandidateScene> {
  const profileId = (await makeProfile(t, recruiter.token)).id;
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Accountmanager Utrecht' },
    { open: true },
  );
  const blocks = dutchCv('Kandidaat Browser', `kandidaat.${Date.now()}@example.com`);
  blocks.push({ kind: 'paragraph', text: extraLine });
  const { body } = await t
    .http()
    .post('/candidates/cvs')
    .set(bearer(recruiter.token))
    .field('vacancyId', vacancy.id)
    .attach('file', cvText(blocks), 'cv.txt')
    .expect(201);
  await as(t, recruiter.token).patch(`/candidates/${body.candidate.id}`, { name }).expect(200);
  return { candidateId: body.candidate.id, applicationId: body.applicationId, vacancyId: vacancy.id };
}

/** The candidate page as a person uses it: by fact rows, their buttons and forms. */
export function candidatePage(page: Page, watch: Watch) {
  // While htmx settles a swap, elements that kept their id show their old attributes (for transitions).
  const settled = () => page.locator('.htmx-settling').first().waitFor({ state: 'detached' });
  const waitForPage = async (work: () => Promise<unknown>) => {
    await Promise.all([page.waitForNavigation(), work()]);
    await audit(page, watch);
  };
  /** With scripting on, htmx replaces the row in place; off, the form posts and the page comes back. */
  const submit = async (row: Locator, work: () => Promise<unknown>) => {
    if (watch.scriptingOff) return waitForPage(work);
    const id = await row.getAttribute('id');
    // The row in the page now is marked, so that the one htmx puts in its place can be told from it.
    await row.evaluate((element) => Object.assign(element, { replacedSoon: true }));
    await work();
    await page.waitForFunction((rowId) => {
      const found = (
        globalThis as unknown as { document: { getElementById(id: string): object | null } }
      ).document.getElementById(rowId);
      return found !== null && !('replacedSoon' in found);
    }, id!);
    await settled();
  };
  return {
    async open(candidateId: string, applicationId?: string) {
      await page.goto(`/recruiter/candidates/${candidateId}${applicationId ? `?application=${applicationId}` : ''}`);
      await audit(page, watch);
    },
    facts: () => page.locator('#facts li.fact'),
    row: (kind: string) =>
      page.locator('#facts li.fact', { has: page.locator('.fact-kind', { hasText: kind }) }).first(),
    async confirm(row: Locator) {
      await submit(row, () => row.locator('button[data-shortcut="c"]').click());
    },
    async remove(row: Locator) {
      await submit(row, () => row.getByRole('button', { name: /^Delete/ }).click());
    },
    async correct(row: Locator, values: Record<string, string>) {
      const details = row.locator('details.fact-correct');
      if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
      for (const [name, value] of Object.entries(values)) {
        const field = details.locator(`[name="${name}"]`);
        if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
        else await field.fill(value);
      }
      await submit(row, () => details.getByRole('button', { name: 'Save the correction' }).click());
    },
    async confirmAll() {
      if (watch.scriptingOff) return waitForPage(() => page.getByRole('button', { name: 'Confirm all' }).click());
      // htmx puts a new facts panel in place of this one: wait for that one, not a notice the old panel had.
      await page.locator('#facts').evaluate((element) => Object.assign(element, { replacedSoon: true }));
      await page.getByRole('button', { name: 'Confirm all' }).click();
      await page.waitForFunction(() => {
        const found = (
          globalThis as unknown as { document: { getElementById(id: string): object | null } }
        ).document.getElementById('facts');
        return found !== null && !('replacedSoon' in found);
      });
      await settled();
      await page.locator('#facts .alert-ok').waitFor();
    },
    async writeNote(text: string) {
      await page.locator('#note-text').fill(text);
      await waitForPage(() => page.getByRole('button', { name: 'Save the note' }).click());
    },
  };
}
