import { PageActor, PageRoute } from './scene';

/** The vacancy's recruiters, admins and its hiring manager; another vacancy's hiring manager hears it does not exist. */
const REPORT_READERS: PageActor[] = ['admin', 'recruiter', 'hiringManager'];

/**
 * A vacancy's panel reports: 404 to a hiring manager of another vacancy, as
 * the report routes of the API answer; 403 to interviewers, even the one on
 * its panel, since the reports are not theirs to read.
 */
export const PANEL_REPORT_PAGES: PageRoute[] = [
  {
    method: 'GET',
    path: (scene) => `/reports/vacancies/${scene.vacancyId}/panels`,
    allowed: REPORT_READERS,
    refusedBy: { otherManager: 404 },
  },
];
