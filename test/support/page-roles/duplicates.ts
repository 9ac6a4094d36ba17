import { PageRoute, RECRUITERS } from './scene';

/**
 * The duplicates pages. The scene has one candidate, so the compare page of a
 * pair is tried for every role in test/duplicates-pages.e2e-spec.ts instead;
 * the forms are only posted by those refused, so naming the one candidate
 * twice changes nothing.
 */
export const DUPLICATES_PAGES: PageRoute[] = [
  { method: 'GET', path: (scene) => `/recruiter/candidates/${scene.candidateId}/duplicates`, allowed: RECRUITERS },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/merge/${scene.candidateId}`,
    allowed: RECRUITERS,
    form: () => ({ email: 'other' }),
  },
  {
    method: 'POST',
    path: (scene) => `/recruiter/candidates/${scene.candidateId}/not-duplicate/${scene.candidateId}`,
    allowed: RECRUITERS,
  },
];
