import { PageActor, PageRoute, RECRUITERS } from './scene';

/** The vacancy's hiring manager, its recruiters and admins; everyone else gets the API's 404, interviewers too. */
const DECIDERS: PageActor[] = [...RECRUITERS, 'hiringManager'];

export const DECIDE_PAGES: PageRoute[] = [
  {
    method: 'GET',
    path: (scene) =>
      `/manager/vacancies/${scene.vacancyId}/compare?ids=${scene.applicationId},${scene.secondApplicationId}`,
    allowed: DECIDERS,
    refused: 404,
  },
  {
    method: 'GET',
    path: (scene) => `/manager/applications/${scene.applicationId}/decide`,
    allowed: DECIDERS,
    refused: 404,
  },
  {
    method: 'POST',
    path: (scene) => `/manager/applications/${scene.applicationId}/decide`,
    allowed: DECIDERS,
    refused: 404,
    form: () => ({ decision: 'hold', reason: 'Een beslissing die niemand mag nemen', revision: '1' }),
  },
];
