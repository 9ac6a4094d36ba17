import { PageRoute } from './scene';

/**
 * The interview page and its invitation: the interview's panel member, and its vacancy's owners
 * (recruiter, admin, its hiring manager) as GET /interviews/:id lets them read it; 404 to everyone
 * else, as the API hides the interview from them. `/panel` itself is in common.ts.
 *
 * The scorecard's forms (draft, submit, amend) answer as the API's scorecard routes do: 403 to
 * anyone without the interviewer role, 404 to an interviewer off the panel. One row cannot hold
 * both, so test/panel-pages.e2e-spec.ts posts each form as every kind of user.
 */
const PANEL_AND_OWNERS = ['interviewer', 'admin', 'recruiter', 'hiringManager'] as const;

export const PANEL_PAGES: PageRoute[] = [
  {
    method: 'GET',
    path: (scene) => `/panel/interviews/${scene.interviewId}`,
    allowed: [...PANEL_AND_OWNERS],
    refused: 404,
  },
  {
    method: 'GET',
    path: (scene) => `/panel/interviews/${scene.interviewId}/invite.ics`,
    allowed: [...PANEL_AND_OWNERS],
    refused: 404,
  },
];
