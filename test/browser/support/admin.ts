import { Locator, Page } from 'playwright-core';
import { audit, Watch } from './browser';
import { visit } from './pages';

/** The admin's pages as a person uses them: a user's row, its forms, and the other sections. */
export function adminPages(page: Page, watch: Watch) {
  const row = (email: string): Locator => page.locator(`tr[data-user="${email}"]`);

  /** Opens a user's "Change" panel and presses one of its buttons; the next page is audited. */
  async function act(email: string, action: 'deactivate' | 'activate' | 'reset'): Promise<void> {
    const user = row(email);
    await user.locator('details summary').click();
    await Promise.all([page.waitForNavigation(), user.locator(`button[data-action="${action}"]`).click()]);
    await audit(page, watch);
  }

  return {
    row,
    users: () => visit(page, watch, '/admin'),
    jobs: () => visit(page, watch, '/admin/jobs'),
    mails: () => visit(page, watch, '/admin/mails'),
    settings: () => visit(page, watch, '/admin/settings'),
    deactivate: (email: string) => act(email, 'deactivate'),
    activate: (email: string) => act(email, 'activate'),
    resetPassword: (email: string) => act(email, 'reset'),

    async invite(fields: { name: string; email: string; roles: string[] }): Promise<void> {
      await page.locator('#invite-name').fill(fields.name);
      await page.locator('#invite-email').fill(fields.email);
      for (const role of fields.roles) await page.locator(`.admin-invite input[value="${role}"]`).check();
      await Promise.all([page.waitForNavigation(), page.locator('.admin-invite button[type=submit]').click()]);
      await audit(page, watch);
    },

    notice: () => page.locator('main [role="status"]').first().innerText(),
    alert: () => page.locator('main [role="alert"]').first().innerText(),
  };
}
