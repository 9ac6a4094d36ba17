import { PageRoute, RECRUITERS } from './scene';

/** The vacancy list, a new vacancy, and the editor with its what-if and progress. */
export const VACANCY_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/recruiter/vacancies', allowed: RECRUITERS },
  { method: 'GET', path: () => '/recruiter/vacancies?scope=all&status=open', allowed: RECRUITERS },
  { method: 'GET', path: () => '/recruiter/vacancies/new', allowed: RECRUITERS },
  { method: 'GET', path: (scene) => `/recruiter/vacancies/new?from=${scene.vacancyId}`, allowed: RECRUITERS },
  {
    method: 'POST',
    path: () => '/recruiter/vacancies',
    allowed: RECRUITERS,
    form: (scene) => ({
      source: 'template:accountmanager-a',
      title: 'Nooit gemaakt',
      description: 'x',
      employmentType: 'full_time',
      headcount: '1',
      hiringManagerIds: scene.users.hiringManager.user.id,
    }),
  },
  { method: 'GET', path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/edit`, allowed: RECRUITERS },
  {
    method: 'POST',
    path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/edit`,
    allowed: RECRUITERS,
    form: () => ({ section: 'details', title: 'Nooit gewijzigd' }),
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/what-if`,
    allowed: RECRUITERS,
    form: () => ({ 'education.on': '1', 'education.weight': '50' }),
  },
  {
    method: 'GET',
    path: (scene) => `/recruiter/vacancies/${scene.vacancyId}/screening-progress`,
    allowed: RECRUITERS,
  },
];
