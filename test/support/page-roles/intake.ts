import { PageRoute, RECRUITERS } from './scene';

/** CV intake, import and search: a recruiter's (or an admin's) work. */
export const INTAKE_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/recruiter/intake', allowed: RECRUITERS },
  { method: 'POST', path: () => '/recruiter/intake', allowed: RECRUITERS },
  { method: 'GET', path: () => '/recruiter/import', allowed: RECRUITERS },
  {
    method: 'POST',
    path: () => '/recruiter/import',
    allowed: RECRUITERS,
    form: () => ({ text: 'name,email\nRol Matrix,rol.matrix@example.com' }),
  },
  { method: 'GET', path: () => '/recruiter/search', allowed: RECRUITERS },
  { method: 'GET', path: () => '/recruiter/search?q=a&page=2', allowed: RECRUITERS },
];
