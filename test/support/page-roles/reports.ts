import { PageRoute } from './scene';

const READERS: PageRoute['allowed'] = ['admin', 'recruiter', 'hiringManager', 'otherManager'];

/**
 * The pipeline report: over every vacancy the reader may see (a hiring manager
 * their own), or one vacancy, which a hiring manager of another hears does not
 * exist; interviewers may read no report at all.
 */
export const REPORT_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/reports', allowed: READERS },
  { method: 'GET', path: () => '/reports?from=2026-01-01&to=2026-12-31', allowed: READERS },
  {
    method: 'GET',
    path: (scene) => `/reports/vacancies/${scene.vacancyId}`,
    allowed: ['admin', 'recruiter', 'hiringManager'],
    refusedBy: { otherManager: 404 },
  },
  {
    method: 'GET',
    path: (scene) => `/reports/vacancies/${scene.vacancyId}?from=2026-01-01`,
    allowed: ['admin', 'recruiter', 'hiringManager'],
    refusedBy: { otherManager: 404 },
  },
];

/**
 * The fairness report: aggregates only, for admins and compliance officers;
 * hiring managers are kept out unless the organisation lets them in (off here).
 */
export const FAIRNESS_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/reports/fairness', allowed: ['admin', 'compliance'] },
  {
    method: 'GET',
    path: (scene) => `/reports/fairness?vacancyId=${scene.vacancyId}&intersection=true`,
    allowed: ['admin', 'compliance'],
  },
  { method: 'GET', path: () => '/reports/fairness?questionSet=eu&dimension=ageBand', allowed: ['admin', 'compliance'] },
];
