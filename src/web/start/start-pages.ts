import { Role } from '../../common/auth/role';

export interface StartPage {
  role: Role;
  path: string;
  /** Catalogue key of the page's name in the navigation. */
  labelKey: string;
}

/**
 * Each role's start page, in the order that picks where `/` takes a person
 * with several roles: the daily work first, administration last.
 */
export const START_PAGES: StartPage[] = [
  { role: Role.Recruiter, path: '/recruiter', labelKey: 'nav.recruiter' },
  { role: Role.HiringManager, path: '/manager', labelKey: 'nav.manager' },
  { role: Role.Interviewer, path: '/panel', labelKey: 'nav.panel' },
  { role: Role.Compliance, path: '/reports/fairness', labelKey: 'nav.fairness' },
  { role: Role.Admin, path: '/admin', labelKey: 'nav.admin' },
];

export function startPagesOf(roles: Role[]): StartPage[] {
  return START_PAGES.filter((page) => roles.includes(page.role));
}

/** Where `/` takes a signed-in user; a user without a role still has their settings. */
export function startPathFor(roles: Role[]): string {
  return startPagesOf(roles)[0]?.path ?? '/settings';
}
