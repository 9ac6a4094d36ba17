import { PageRoute } from './scene';

const JOB = '00000000-0000-4000-8000-000000000000';

/**
 * The admin's pages and forms: admins only, as the API's /users and /jobs.
 * The invitation page is open to anyone with its link (test/admin-pages.e2e-spec.ts),
 * and opening a mail's file needs a sent mail, so both are tried there.
 */
export const ADMIN_PAGES: PageRoute[] = [
  { method: 'GET', path: () => '/admin?page=1', allowed: ['admin'] },
  { method: 'GET', path: () => '/admin/jobs', allowed: ['admin'] },
  { method: 'GET', path: () => '/admin/mails', allowed: ['admin'] },
  { method: 'GET', path: () => '/admin/mails?status=sent', allowed: ['admin'] },
  { method: 'GET', path: () => '/admin/settings', allowed: ['admin'] },
  { method: 'GET', path: () => '/admin/audit', allowed: ['admin'] },
  { method: 'GET', path: () => '/admin/audit?action=application&verify=1', allowed: ['admin'] },
  {
    method: 'POST',
    path: () => '/admin/users',
    allowed: ['admin'],
    form: () => ({ name: 'Nobody', email: 'nobody@example.com', roles: 'recruiter' }),
  },
  {
    method: 'POST',
    path: (scene) => `/admin/users/${scene.recruiterUserId}/roles`,
    allowed: ['admin'],
    form: () => ({ roles: 'admin' }),
  },
  { method: 'POST', path: (scene) => `/admin/users/${scene.recruiterUserId}/invitation`, allowed: ['admin'] },
  { method: 'POST', path: (scene) => `/admin/users/${scene.recruiterUserId}/deactivate`, allowed: ['admin'] },
  { method: 'POST', path: (scene) => `/admin/users/${scene.recruiterUserId}/activate`, allowed: ['admin'] },
  {
    method: 'POST',
    path: (scene) => `/admin/users/${scene.recruiterUserId}/reset-password`,
    allowed: ['admin'],
  },
  { method: 'POST', path: () => `/admin/jobs/${JOB}/retry`, allowed: ['admin'] },
  { method: 'POST', path: () => `/admin/jobs/${JOB}/discard`, allowed: ['admin'] },
];
