import { Locator, Page } from 'playwright-core';
import { audit, Watch } from './browser';

/** The duplicates pages as a recruiter uses them. */
export const duplicates = {
  async open(page: Page, watch: Watch, candidateId: string): Promise<void> {
    await page.goto(`/recruiter/candidates/${candidateId}/duplicates`);
    await audit(page, watch);
  },

  proposal(page: Page, candidateId: string): Locator {
    return page.locator(`.proposal[data-candidate="${candidateId}"]`);
  },

  /** The reasons a proposal gives, as read. */
  async reasons(page: Page, candidateId: string): Promise<string[]> {
    return (await this.proposal(page, candidateId).locator('.dup-reason').allInnerTexts()).map((text) => text.trim());
  },

  async compare(page: Page, watch: Watch, candidateId: string): Promise<void> {
    await Promise.all([
      page.waitForNavigation(),
      this.proposal(page, candidateId).getByRole('link', { name: 'Compare and merge' }).click(),
    ]);
    await audit(page, watch);
  },

  async markApart(page: Page, watch: Watch, candidateId: string): Promise<void> {
    await Promise.all([
      page.waitForNavigation(),
      this.proposal(page, candidateId).getByRole('button', { name: 'Not the same person' }).click(),
    ]);
    await audit(page, watch);
  },

  /** On the compare page: keep the merged candidate's value of a field (or the survivor's). */
  async keep(page: Page, field: string, side: 'survivor' | 'other'): Promise<void> {
    await page.locator(`fieldset[data-field="${field}"] input[value="${side}"]`).check();
  },

  /**
   * Merges and follows the 303 to the survivor's candidate page. That page is
   * another area's: audited once it is a page (until then the route is the API's 404).
   */
  async merge(page: Page, watch: Watch): Promise<void> {
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.locator('.merge-form button[type=submit]').click(),
    ]);
    if (response?.headers()['content-type']?.startsWith('text/html')) await audit(page, watch);
  },

  /** What the merged candidate's page says about where it went, or null. */
  async mergedNotice(page: Page): Promise<string | null> {
    const notice = page.locator('[data-merged]');
    return (await notice.count()) ? (await notice.innerText()).trim() : null;
  },
};
