import { Page } from 'playwright-core';
import { audit, Watch } from './browser';

export interface NewVacancy {
  /** `template:<key>` or `vacancy:<id>`. */
  source: string;
  title: string;
  description: string;
  /** The hiring manager's e-mail address, as the list shows it. */
  managerEmail: string;
}

export interface RankedRow {
  name: string;
  before: number;
  after: number;
  direction: string;
}

/** The vacancy pages as a person uses them. */
export const vacancies = {
  /** Fills the new vacancy's form and sends it; lands on the editor. */
  async create(page: Page, watch: Watch, vacancy: NewVacancy): Promise<string> {
    await page.goto('/recruiter/vacancies/new');
    await audit(page, watch);
    await page.locator('#source').selectOption(vacancy.source);
    await page.locator('#title').fill(vacancy.title);
    await page.locator('#description').fill(vacancy.description);
    const manager = page.locator('#hiringManagerIds option', { hasText: vacancy.managerEmail });
    await page.locator('#hiringManagerIds').selectOption({ value: (await manager.getAttribute('value'))! });
    await Promise.all([
      page.waitForURL(/\/edit\?saved=created$/),
      page.locator('form[action="/recruiter/vacancies"] button[type=submit]').click(),
    ]);
    await audit(page, watch);
    return /vacancies\/([0-9a-f-]{36})\/edit/.exec(page.url())![1];
  },
};

/** The editor's criteria form and its what-if panel. */
export const editor = {
  open: async (page: Page, watch: Watch, vacancyId: string) => {
    await page.goto(`/recruiter/vacancies/${vacancyId}/edit`);
    await audit(page, watch);
  },

  weight: (page: Page, criterion: string) => page.locator(`#criteria-form [name="${criterion}.weight"]`),

  /** Types a criterion's weight; with scripts on, waits for the what-if that follows it. */
  async setWeight(page: Page, criterion: string, weight: string, { live = true } = {}): Promise<void> {
    const field = editor.weight(page, criterion);
    if (!live) return field.fill(weight);
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/what-if') && response.status() === 200),
      field.fill(weight),
    ]);
    // The answer is swapped in after it arrives; the panel waiting for it is marked by htmx.
    await page.locator('#what-if:not(.htmx-request)').waitFor({ timeout: 5000 });
  },

  /** The what-if's rows as a person reads them: who, where they were, where they would be. */
  async ranking(page: Page): Promise<RankedRow[]> {
    return page.locator('#what-if .vacancy-rank').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('.vacancy-rank-name')!.childNodes[0].textContent!.trim(),
        before: Number(item.getAttribute('data-before')),
        after: Number(item.getAttribute('data-after')),
        direction: item.getAttribute('data-direction')!,
      })),
    );
  },

  /** Without scripts: the "Preview ranking" button posts the form and shows the whole editor. */
  async preview(page: Page, watch: Watch): Promise<void> {
    await Promise.all([page.waitForURL(/\/what-if$/), page.locator('#criteria-form button[formaction]').click()]);
    await audit(page, watch);
  },

  async saveCriteria(page: Page, watch: Watch): Promise<void> {
    await Promise.all([
      page.waitForURL(/\/edit\?saved=criteria#screening$/),
      page.locator('#criteria-form button.button-primary').click(),
    ]);
    await audit(page, watch);
  },

  progressState: (page: Page) => page.locator('#screening-progress').getAttribute('data-state'),

  /** With scripts on, the progress polls itself until screening is done. */
  async waitScreened(page: Page): Promise<void> {
    await page.locator('#screening-progress[data-state="done"]').waitFor({ timeout: 10_000 });
  },
};
