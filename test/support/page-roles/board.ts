import { PageRoute, RECRUITERS } from './scene';

/** The pipeline board, its list, its moves and the outbox: the recruiter's work. */
export const BOARD_PAGES: PageRoute[] = [
  { method: 'GET', path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/board`, allowed: RECRUITERS },
  {
    method: 'GET',
    path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/board?stage=interview&minScore=0`,
    allowed: RECRUITERS,
  },
  {
    method: 'GET',
    path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/board/column?stage=interview`,
    allowed: RECRUITERS,
  },
  { method: 'GET', path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/applications`, allowed: RECRUITERS },
  {
    method: 'GET',
    path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/applications?sort=-name&page=1`,
    allowed: RECRUITERS,
  },
  { method: 'GET', path: () => '/recruiter/mails', allowed: RECRUITERS },
  { method: 'GET', path: () => '/recruiter/mails?status=queued', allowed: RECRUITERS },
  {
    method: 'POST',
    path: (scene) => `/recruiter/applications/${scene.applicationId}/move`,
    allowed: RECRUITERS,
    form: () => ({ to: 'rejected', reason: 'Role matrix' }),
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/bulk`,
    allowed: RECRUITERS,
    form: (scene) => ({ applicationIds: scene.applicationId, to: 'rejected', reason: 'Role matrix' }),
  },
];
