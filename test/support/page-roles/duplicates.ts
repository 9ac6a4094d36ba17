import { PageRoute, RECRUITERS } from './scene';

/**
 * The duplicates pages: a candidate's proposals, the compare page of a pair
 * and its forms (posted only by those refused, so nothing is merged).
 */
export const DUPLICATES_PAGES: PageRoute[] = [
  { method: 'GET', path: (scene) => `/recruiter/candidates/${scene.candidateId}/duplicates`, allowed: RECRUITERS },
  {
    method: 'GET',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/merge/${scene.otherCandidateId}`,
    allowed: RECRUITERS,
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/merge/${scene.otherCandidateId}`,
    allowed: RECRUITERS,
    form: () => ({ email: 'other' }),
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/not-duplicate/${scene.otherCandidateId}`,
    allowed: RECRUITERS,
  },
];
