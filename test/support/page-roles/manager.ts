import { PageRoute } from './scene';

const SHORTLIST_READERS: PageRoute['allowed'] = ['admin', 'recruiter', 'hiringManager'];

/**
 * The hiring manager's pages: their vacancies (admins see all), and a
 * vacancy's shortlist, which anyone who may not read it (a hiring manager of
 * another vacancy, an interviewer, even one on its panel) is told does not exist.
 */
export const MANAGER_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/manager', allowed: ['admin', 'hiringManager', 'otherManager'] },
  { method: 'GET', path: () => '/manager?offset=25', allowed: ['admin', 'hiringManager', 'otherManager'] },
  {
    method: 'GET',
    path: (scene) => `/manager/vacancies/${scene.vacancyId}/shortlist`,
    allowed: SHORTLIST_READERS,
    refused: 404,
  },
  {
    method: 'GET',
    path: (scene) => `/manager/vacancies/${scene.vacancyId}/shortlist?standing=ranked&eligible=true&stage=interview`,
    allowed: SHORTLIST_READERS,
    refused: 404,
  },
  // The shortlist ranked again with the other variant of interview scores: as the shortlist, 404 to anyone else.
  {
    method: 'GET',
    path: (scene) => `/manager/vacancies/${scene.vacancyId}/shortlist/leniency`,
    allowed: SHORTLIST_READERS,
    refused: 404,
  },
];
