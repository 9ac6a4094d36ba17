import { PageRoute, RECRUITERS } from './scene';

const FACT = '00000000-0000-4000-8000-000000000000';

/**
 * The candidate page, its forms and the explanation of an application it links
 * to: a recruiter's (and an admin's) work only.
 * The CV download is tried in test/candidate-pages.e2e-spec.ts, as the scene has no CV.
 */
export const CANDIDATE_PAGES: PageRoute[] = [
  { method: 'GET', path: (scene) => `/recruiter/candidates/${scene.candidateId}`, allowed: RECRUITERS },
  {
    method: 'GET',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}?application=${scene.applicationId}`,
    allowed: RECRUITERS,
  },
  {
    method: 'GET',
    path: (scene) => `/recruiter/applications/${scene.applicationId}/explanation`,
    allowed: RECRUITERS,
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/facts/confirm-all`,
    allowed: RECRUITERS,
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/unblind`,
    allowed: RECRUITERS,
    form: () => ({ reason: 'A reason long enough to be recorded' }),
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/facts/${FACT}/confirm`,
    allowed: RECRUITERS,
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/facts/${FACT}/correct`,
    allowed: RECRUITERS,
    form: () => ({ level: 'hbo' }),
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/facts/${FACT}/delete`,
    allowed: RECRUITERS,
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/notes`,
    allowed: RECRUITERS,
    form: () => ({ text: 'Een notitie die niemand mag schrijven' }),
  },
];
