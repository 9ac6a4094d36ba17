import { EVERYONE, PageRoute, RECRUITERS } from './scene';

/** The pages of the web layer itself and the start pages. */
export const COMMON_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/settings', allowed: EVERYONE },
  { method: 'GET', path: () => '/password', allowed: EVERYONE },
  { method: 'GET', path: () => '/recruiter', allowed: RECRUITERS },
  { method: 'GET', path: () => '/recruiter?scope=all', allowed: RECRUITERS },
  { method: 'GET', path: () => '/panel', allowed: ['interviewer', 'otherInterviewer'] },
  { method: 'GET', path: () => '/admin', allowed: ['admin'] },
];
