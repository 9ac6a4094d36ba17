import { PageRoute, RECRUITERS } from './scene';

/**
 * The records of processing (admins only, as `GET /privacy/records`) and the candidate page's download of all
 * Sift holds about the person (recruiters and admins, as `GET /candidates/:id/subject-access`). The scene's
 * candidate applied to no blind vacancy: the download's refusal while blind is tried in
 * test/subject-access.e2e-spec.ts.
 */
export const PRIVACY_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/admin/privacy', allowed: ['admin'] },
  { method: 'GET', path: (scene) => `/recruiter/candidates/${scene.candidateId}/subject-access`, allowed: RECRUITERS },
];
