import { PageRoute, RECRUITERS } from './scene';

/**
 * The records of processing and the retention policy's dry run (admins only, as `GET /privacy/records` and
 * `GET /privacy/retention/due`), and the candidate page's download of all Sift holds about the person
 * (recruiters and admins, as `GET /candidates/:id/subject-access`). The scene's candidate applied to no blind
 * vacancy: the download's refusal while blind is tried in test/subject-access.e2e-spec.ts.
 */
export const PRIVACY_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/admin/privacy', allowed: ['admin'] },
  { method: 'GET', path: () => '/admin/privacy/retention?page=1&heldPage=1', allowed: ['admin'] },
  { method: 'GET', path: (scene) => `/recruiter/candidates/${scene.candidateId}/subject-access`, allowed: RECRUITERS },
  // Admins only: it cannot be undone (tried, and refused on a hold, in test/erasure-pages.e2e-spec.ts).
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/erasure`,
    allowed: ['admin'],
    form: () => ({ reason: 'A reason long enough to be recorded', confirm: 'yes' }),
  },
];
