import { expect } from '@jest/globals';
import { Locator, Page } from 'playwright-core';

/** The pipeline board as a person uses it: cards, columns, and the ways to move a card. */
export const board = {
  card(page: Page, applicationId: string): Locator {
    return page.locator(`#card-${applicationId}`);
  },

  column(page: Page, stage: string): Locator {
    return page.locator(`.board-column[data-column="${stage}"]`);
  },

  count(page: Page, stage: string): Promise<string> {
    return page.locator(`#board-count-${stage}`).innerText();
  },

  /** The ids of the cards a column shows, top to bottom. */
  async cardsIn(page: Page, stage: string): Promise<string[]> {
    return board
      .column(page, stage)
      .locator('.board-card')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-card') ?? ''));
  },

  /** Drags the card onto the stage's column with the mouse (HTML5 drag and drop). */
  async drag(page: Page, applicationId: string, stage: string): Promise<void> {
    await board.card(page, applicationId).dragTo(board.column(page, stage).locator('h2'));
  },

  /** Focuses the card, opens its menu with `m` and presses Enter on the named move, all from the keyboard. */
  async moveByKeyboard(page: Page, applicationId: string, moveName: string): Promise<void> {
    await board.card(page, applicationId).focus();
    await page.keyboard.press('m');
    for (let tries = 0; tries < 6; tries += 1) {
      const focused = String(
        await page.evaluate('document.activeElement && document.activeElement.textContent.trim()'),
      );
      if (focused === moveName) {
        await page.keyboard.press('Enter');
        return;
      }
      await page.keyboard.press('Tab');
    }
    throw new Error(`No move "${moveName}" reached from the keyboard`);
  },

  /** Opens the card's menu and clicks the move: the plain form, which works without scripting. */
  async moveByMenu(page: Page, applicationId: string, moveName: string, reason?: string): Promise<void> {
    const card = board.card(page, applicationId);
    await card.locator('summary').click();
    if (reason) await card.locator('input[name="reason"]').fill(reason);
    await card.getByRole('button', { name: moveName, exact: true }).click();
  },

  /** Waits until the card stands in the stage's column. */
  async expectIn(page: Page, applicationId: string, stage: string): Promise<void> {
    await expect(
      page.waitForSelector(`.board-column[data-column="${stage}"] #card-${applicationId}`, { timeout: 5000 }),
    ).resolves.toBeTruthy();
  },

  /** The page itself never scrolls sideways, at a phone's width or a desktop's; wide parts scroll in their own box. */
  async expectFits(page: Page): Promise<void> {
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
    }
  },

  /** Ticks the applications' boxes (on the board or the list) for a bulk action. */
  async select(page: Page, applicationIds: string[]): Promise<void> {
    for (const id of applicationIds) await page.locator(`input.board-select[value="${id}"]`).check();
  },

  async bulk(page: Page, move: { to: string; reason?: string; mail?: string }): Promise<void> {
    const form = page.locator('#board-bulk');
    await form.getByLabel('Move to').selectOption({ label: move.to });
    if (move.reason) await form.getByLabel('Reason').fill(move.reason);
    if (move.mail) await form.getByLabel('Mail when rejecting').selectOption({ label: move.mail });
    await Promise.all([page.waitForNavigation(), form.getByRole('button', { name: 'Apply to selected' }).click()]);
  },
};
