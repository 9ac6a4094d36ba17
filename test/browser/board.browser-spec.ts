import { Browser } from 'playwright-core';
import { Role } from '../../src/common/auth/role';
import {
  as,
  DEFAULT_PASSWORD,
  makeCandidate,
  makeProfile,
  makeSalesCandidate,
  makeVacancy,
} from '../support/factories';
import { audit, launchBrowser, runJourney } from './support/browser';
import { board } from './support/board';
import { expectPath, heading, signIn, visit } from './support/pages';
import { SiftForBrowser, startSift, userOf } from './support/sift';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('the pipeline board in a browser', () => {
  let sift: SiftForBrowser;
  let browser: Browser;

  beforeAll(async () => {
    [sift, browser] = await Promise.all([startSift(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sift?.t.close();
  });

  /** An open vacancy with four applicants, one of them named to attack the page. */
  async function scene() {
    const { t } = sift;
    const recruiter = await userOf(t, Role.Recruiter, { name: 'Mari Tamm' });
    const colleague = await userOf(t, Role.Recruiter, { name: 'Jaan Kask' });
    const manager = await userOf(t, Role.HiringManager);
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Accountmanager Utrecht' },
      { open: true },
    );
    const api = as(t, recruiter.token);
    const apply = async (candidateId: string) =>
      (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId }).expect(201)).body.id as string;
    const sales: [string, string] = ['2018-01-01', '2022-01-01'];
    const ids = [
      await apply((await makeSalesCandidate(t, recruiter.token, 'wo', sales, HOSTILE)).id),
      await apply((await makeSalesCandidate(t, recruiter.token, 'hbo', sales, 'Anneke de Vries')).id),
      await apply((await makeCandidate(t, recruiter.token, { name: 'Kaarel Tamm' })).id),
      await apply((await makeCandidate(t, recruiter.token, { name: 'Sophie Janssen' })).id),
    ];
    const stageOf = async (id: string) => (await api.get(`/applications/${id}`).expect(200)).body.stage as string;
    return { recruiter, colleague, vacancy, ids, stageOf, path: `/recruiter/vacancies/${vacancy.id}/board` };
  }

  const credentials = (made: { user: { email: string } }) => ({ email: made.user.email, password: DEFAULT_PASSWORD });

  it('moves a card by dragging it with the mouse, and fits 375 px with the columns scrolling in their own box', async () => {
    const { recruiter, ids, stageOf, path } = await scene();
    await runJourney(browser, sift.baseURL, 'board drag', async ({ page, watch }) => {
      await signIn(page, watch, credentials(recruiter));
      await visit(page, watch, path);
      expect(await heading(page)).toContain('Accountmanager Utrecht');
      expect(await board.cardsIn(page, 'applied')).toHaveLength(4);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await board.card(page, ids[0]).locator('.board-name').innerText()).toBe(HOSTILE);

      await board.drag(page, ids[1], 'screening');
      await board.expectIn(page, ids[1], 'screening');
      expect(await board.count(page, 'screening')).toBe('1');
      expect(await board.count(page, 'applied')).toBe('3');
      expect(await stageOf(ids[1])).toBe('screening');
      // A drop where the plan does not go changes nothing.
      await board.drag(page, ids[2], 'offer');
      await board.expectIn(page, ids[2], 'applied');
      expect(await stageOf(ids[2])).toBe('applied');

      await board.expectFits(page);
      await page.reload();
      await board.expectIn(page, ids[1], 'screening');
    });
  });

  it('moves a card from the keyboard: focus it, open its menu with m, choose a stage', async () => {
    const { recruiter, ids, stageOf, path } = await scene();
    await runJourney(browser, sift.baseURL, 'board keyboard', async ({ page, watch }) => {
      await signIn(page, watch, credentials(recruiter));
      await visit(page, watch, path);
      await board.moveByKeyboard(page, ids[3], 'Screening');
      await board.expectIn(page, ids[3], 'screening');
      expect(await stageOf(ids[3])).toBe('screening');
      expect(await page.evaluate('document.activeElement.id')).toBe(`card-${ids[3]}`);
      // Arrows walk between columns; x selects the card for a bulk action.
      await page.keyboard.press('ArrowLeft');
      expect(String(await page.evaluate('document.activeElement.id'))).toMatch(/^card-/);
      await page.keyboard.press('x');
      expect(await page.locator('[data-selected]').innerText()).toBe('1');
      await page.keyboard.press('b');
      await page.waitForURL(/\/applications$/);
      await audit(page, watch);
    });
  });

  it('shows who moved a card meanwhile and offers to reload, leaving the board as it was', async () => {
    const { recruiter, colleague, ids, stageOf, path } = await scene();
    await runJourney(browser, sift.baseURL, 'board stale move', async ({ page, watch }) => {
      await signIn(page, watch, credentials(recruiter));
      await visit(page, watch, path);

      await runJourney(browser, sift.baseURL, 'board stale move, the colleague', async (second) => {
        await signIn(second.page, second.watch, credentials(colleague));
        await visit(second.page, second.watch, path);
        await board.moveByMenu(second.page, ids[1], 'Screening');
        await board.expectIn(second.page, ids[1], 'screening');
      });
      expect(await stageOf(ids[1])).toBe('screening');

      await board.moveByMenu(page, ids[1], 'Rejected', 'Past niet');
      const message = page.locator('#board-message [role="alert"]');
      await message.waitFor();
      expect(await message.innerText()).toContain('Jaan Kask moved this application meanwhile, to Screening.');
      await board.expectIn(page, ids[1], 'applied');
      expect(await board.count(page, 'applied')).toBe('4');
      expect(await stageOf(ids[1])).toBe('screening');
      await message.getByRole('link', { name: 'Reload the board' }).click();
      await board.expectIn(page, ids[1], 'screening');
      await audit(page, watch);
    });
  });

  it('rejects a selection in bulk with the rejection mail, which the outbox then shows', async () => {
    const { recruiter, ids, stageOf, vacancy } = await scene();
    await runJourney(browser, sift.baseURL, 'board bulk reject', async ({ page, watch }) => {
      await signIn(page, watch, credentials(recruiter));
      await visit(page, watch, `/recruiter/vacancies/${vacancy.id}/applications`);
      await board.expectFits(page);
      await board.select(page, [ids[2], ids[3]]);
      expect(await page.locator('[data-selected]').innerText()).toBe('2');
      await board.bulk(page, { to: 'Rejected', reason: 'Vacature vervuld', mail: 'Rejection mail' });
      await audit(page, watch);
      expect(await page.locator('.alert-ok').innerText()).toContain('2 moved; 0 not moved');
      expect(await stageOf(ids[2])).toBe('rejected');

      await page.getByRole('link', { name: 'Outbox' }).click();
      await expectPath(page, '/recruiter/mails');
      await audit(page, watch);
      const rows = page.locator('tbody tr', { hasText: 'Rejection' });
      expect(await rows.count()).toBe(2);
      expect(await rows.allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('Kaarel Tamm'), expect.stringContaining('Sophie Janssen')]),
      );
      await board.expectFits(page);
      await page.getByRole('link', { name: 'Queued' }).click();
      await audit(page, watch);
      expect(await page.locator('tbody tr', { hasText: 'Rejection' }).count()).toBe(2);
    });
  });

  it('moves a card by the plain form with scripting off', async () => {
    const { recruiter, ids, stageOf, path } = await scene();
    await runJourney(
      browser,
      sift.baseURL,
      'board without scripts',
      async ({ page, watch }) => {
        await signIn(page, watch, credentials(recruiter));
        await visit(page, watch, path);
        await Promise.all([page.waitForNavigation(), board.moveByMenu(page, ids[1], 'Screening')]);
        await expectPath(page, path);
        await board.expectIn(page, ids[1], 'screening');
        expect(await board.count(page, 'screening')).toBe('1');
        expect(await stageOf(ids[1])).toBe('screening');
      },
      { javaScriptEnabled: false },
    );
  });
});
