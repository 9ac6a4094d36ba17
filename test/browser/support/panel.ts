import { Page } from 'playwright-core';
import { Role } from '../../../src/common/auth/role';
import { applyInRound, as, MadeUser, makeProfile, makeVacancy, scheduleInterview } from '../../support/factories';
import { TestApp } from '../../support/test-app';
import { audit, Watch } from './browser';
import { userOf } from './sift';

export interface PanelScene {
  interviewer: MadeUser;
  colleague: MadeUser;
  interviewId: string;
}

/**
 * An interview with two on its panel: `colleague` has submitted their scorecard (with `colleagueNotes`),
 * `interviewer` has not started theirs.
 */
export async function panelScene(t: TestApp, colleagueNotes: string): Promise<PanelScene> {
  const recruiter = await userOf(t, Role.Recruiter);
  const manager = await userOf(t, Role.HiringManager);
  const interviewer = await userOf(t, Role.Interviewer, { name: 'Ilse Interviewer' });
  const colleague = await userOf(t, Role.Interviewer, { name: 'Cas Collega' });
  const roleProfileId = (await makeProfile(t, recruiter.token)).id;
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId, hiringManagerIds: [manager.user.id], recruiterIds: [recruiter.user.id] },
    { open: true },
  );
  const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy);
  const interviewId = (await scheduleInterview(t, recruiter.token, applicationId, roundId, [interviewer, colleague]))
    .id;
  await as(t, colleague.token)
    .post(`/interviews/${interviewId}/scorecards`, {
      ratings: [{ competency: 'customer_focus', rating: 2, notes: colleagueNotes }],
      recommendation: 'no',
      submit: true,
    })
    .expect(201);
  return { interviewer, colleague, interviewId };
}

/** The interview page as a person uses it. */
export function interviewPage(page: Page, watch: Watch) {
  return {
    async open(interviewId: string): Promise<void> {
      await page.goto(`/panel/interviews/${interviewId}`);
      await audit(page, watch);
    },
    /** Picks a point of the scale (or "na") by its label, as a thumb would. */
    async rate(competency: string, value: string): Promise<void> {
      await page.locator(`label[for="rate-${competency}-${value}"]`).click();
    },
    async recommend(value: string): Promise<void> {
      await page.locator(`label[for="recommend-${value}"]`).click();
    },
    async writeNotes(competency: string, text: string): Promise<void> {
      await page.locator(`#notes-${competency}`).fill(text);
    },
    /** Waits for the draft to be saved by itself (the "saved" line htmx swaps in). */
    async savedByItself(): Promise<string> {
      await page.locator('#panel-saved', { hasText: /saved at/i }).waitFor();
      return page.locator('#panel-saved').innerText();
    },
    checked(competency: string, value: string) {
      return page.locator(`#rate-${competency}-${value}`).isChecked();
    },
    notes(competency: string) {
      return page.locator(`#notes-${competency}`).inputValue();
    },
    /** "Submit scorecard…", then the dialog's (or, without scripts, the confirmation step's) "Submit". */
    async submitAndConfirm(): Promise<void> {
      await page.locator('button[data-confirm-submit]').click();
      if (watch.scriptingOff) {
        await page.waitForURL(/\/submit$/);
        await audit(page, watch);
        await Promise.all([
          page.waitForURL(/done=submitted/),
          page.locator('form button[type=submit]', { hasText: 'Submit' }).last().click(),
        ]);
      } else {
        const dialog = page.locator('#panel-confirm');
        await dialog.waitFor({ state: 'visible' });
        await Promise.all([page.waitForURL(/done=submitted/), dialog.locator('[data-confirm-yes]').click()]);
      }
      await audit(page, watch);
    },
    /** The page is no wider than the window: nothing scrolls sideways. */
    scrollWidth(): Promise<number> {
      return page.evaluate('document.documentElement.scrollWidth') as Promise<number>;
    },
  };
}
