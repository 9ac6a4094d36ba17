import { Role } from '../../common/auth/role';
import { DomainError } from '../../common/errors/domain-error';
import { formMessage } from '../forms';
import { CsrfTokenError } from '../web.errors';
import { errorView } from './error.view';
import { HTMX_CONFIG, layoutView } from './layout.view';

const assets = {
  css: '/assets/sift.css?v=1',
  htmx: '/assets/htmx.min.js?v=1',
  js: '/assets/sift.js?v=1',
  icon: '/i',
};

describe('layoutView', () => {
  it('gives a signed-in user their start pages and settings, marking the current one, and every shortcut', () => {
    const model = layoutView(
      {
        user: { id: 'u', email: 'e', name: 'Jan', roles: [Role.Recruiter, Role.Admin], language: 'nl' },
        language: 'nl',
        csrfToken: 'token',
        path: '/admin?x=1',
      },
      'nav.admin',
      assets,
      [{ keys: 'j', labelKey: 'shortcuts.next' }],
    );
    expect(model.nav).toEqual([
      { href: '/recruiter', labelKey: 'nav.recruiter', current: false },
      { href: '/recruiter/vacancies', labelKey: 'nav.vacancies', shortcut: 'g v', current: false },
      { href: '/recruiter/intake', labelKey: 'nav.intake', shortcut: 'g i', current: false },
      { href: '/recruiter/search', labelKey: 'nav.search', shortcut: '/', current: false },
      { href: '/reports', labelKey: 'nav.reports', current: false },
      { href: '/reports/fairness', labelKey: 'nav.fairness', current: false },
      { href: '/admin', labelKey: 'nav.admin', current: true },
      { href: '/admin/jobs', labelKey: 'nav.admin.jobs', current: false },
      { href: '/admin/mails', labelKey: 'nav.admin.mails', current: false },
      { href: '/admin/settings', labelKey: 'nav.admin.settings', current: false },
      { href: '/admin/audit', labelKey: 'nav.admin.audit', current: false },
      { href: '/admin/privacy', labelKey: 'nav.admin.privacy', current: false },
      { href: '/settings', labelKey: 'nav.settings', shortcut: 'g s', current: false },
    ]);
    expect(model.shortcuts.map((shortcut) => shortcut.keys)).toEqual(['?', 'g h', 'g s', 'j']);
    expect(model).toMatchObject({ lang: 'nl', titleKey: 'nav.admin', csrfToken: 'token', userName: 'Jan', assets });
  });

  it("marks a recruiter section current on the pages under it, and gives an admin the recruiter's pages", () => {
    const model = layoutView(
      {
        user: { id: 'u', email: 'e', name: 'Jan', roles: [Role.Admin], language: 'en' },
        language: 'en',
        csrfToken: 'token',
        path: '/recruiter/vacancies/v1/board',
      },
      'nav.vacancies',
      assets,
    );
    expect(model.nav.map((link) => [link.href, link.current])).toEqual([
      ['/recruiter', false],
      ['/recruiter/vacancies', true],
      ['/recruiter/intake', false],
      ['/recruiter/search', false],
      ['/reports', false],
      ['/reports/fairness', false],
      ['/admin', false],
      ['/admin/jobs', false],
      ['/admin/mails', false],
      ['/admin/settings', false],
      ['/admin/audit', false],
      ['/admin/privacy', false],
      ['/settings', false],
    ]);
  });

  it('gives a compliance officer the fairness report alone, current there and not under the other reports', () => {
    const nav = (roles: Role[], path: string) =>
      layoutView(
        { user: { id: 'u', email: 'e', name: 'J', roles, language: 'en' }, language: 'en', csrfToken: 't', path },
        'x',
        assets,
      ).nav.map((link) => [link.href, link.current]);
    expect(nav([Role.Compliance], '/reports/fairness?question=sex')).toEqual([
      ['/reports/fairness', true],
      ['/settings', false],
    ]);
    const admin = nav([Role.Admin, Role.Compliance], '/reports/fairness');
    expect(admin.filter(([href]) => href === '/reports/fairness')).toEqual([['/reports/fairness', true]]);
    expect(admin).toContainEqual(['/reports', false]);
  });

  it('counts the import page under CV intake and the outbox under vacancies', () => {
    const current = (path: string) =>
      layoutView(
        {
          user: { id: 'u', email: 'e', name: 'J', roles: [Role.Recruiter], language: 'en' },
          language: 'en',
          csrfToken: 't',
          path,
        },
        'x',
        assets,
      )
        .nav.filter((link) => link.current)
        .map((link) => link.href);
    expect(current('/recruiter/import')).toEqual(['/recruiter/intake']);
    expect(current('/recruiter/mails?status=failed')).toEqual(['/recruiter/vacancies']);
    expect(current('/recruiter/candidates/c1')).toEqual([]);
    expect(current('/recruiter')).toEqual(['/recruiter']);
  });

  it('gives reports to recruiters, admins and hiring managers, current on every page under /reports', () => {
    const nav = (roles: Role[], path: string) =>
      layoutView(
        { user: { id: 'u', email: 'e', name: 'J', roles, language: 'en' }, language: 'en', csrfToken: 't', path },
        'x',
        assets,
      ).nav.map((link) => (link.current ? `[${link.href}]` : link.href));
    expect(nav([Role.HiringManager], '/reports/vacancies/v1?from=2026-03-01')).toEqual([
      '/manager',
      '[/reports]',
      '/settings',
    ]);
    expect(nav([Role.HiringManager, Role.Interviewer], '/reports/vacancies/v1/panels')).toEqual([
      '/manager',
      '/panel',
      '[/reports]',
      '/settings',
    ]);
    expect(nav([Role.Recruiter], '/reports')).toEqual([
      '/recruiter',
      '/recruiter/vacancies',
      '/recruiter/intake',
      '/recruiter/search',
      '[/reports]',
      '/settings',
    ]);
    expect(nav([Role.Interviewer], '/reports')).toEqual(['/panel', '/settings']);
    expect(nav([Role.Recruiter], '/reportsx')).not.toContain('[/reports]');
  });

  it('gives a signed-out visitor no navigation, and htmx its strict configuration', () => {
    const model = layoutView({ language: 'et', csrfToken: 't', path: '/sign-in' }, 'signIn.title', assets);
    expect(model.nav).toEqual([]);
    expect(model.userName).toBeUndefined();
    expect(model.shortcuts.map((shortcut) => shortcut.keys)).toEqual(['?']);
    expect(JSON.parse(model.htmxConfig)).toEqual(HTMX_CONFIG);
    expect(HTMX_CONFIG).toMatchObject({ includeIndicatorStyles: false, allowEval: false, selfRequestsOnly: true });
  });
});

describe('errorView', () => {
  it('words each status, and a refused CSRF token as such', () => {
    expect(errorView(403, new DomainError('FORBIDDEN_ROLE', 'forbidden', 'x'), 'r1')).toEqual({
      status: 403,
      headingKey: 'error.forbidden.title',
      messageKey: 'error.forbidden.message',
      requestId: 'r1',
    });
    expect(errorView(403, new CsrfTokenError(), 'r2').messageKey).toBe('error.csrf.message');
    expect(errorView(404, undefined, '').headingKey).toBe('error.notFound.title');
    expect(errorView(503, undefined, '').headingKey).toBe('error.internal.title');
    expect(errorView(413, undefined, '').headingKey).toBe('error.badRequest.title');
  });
});

describe('formMessage', () => {
  const has = (key: string) => ['errors.INVALID_CREDENTIALS', 'errors.TOO_MANY_LOGIN_ATTEMPTS'].includes(key);

  it('turns a service error into a catalogue key with the API’s status', () => {
    expect(formMessage(new DomainError('INVALID_CREDENTIALS', 'unauthenticated', 'x'), has)).toEqual({
      key: 'errors.INVALID_CREDENTIALS',
      values: { code: 'INVALID_CREDENTIALS' },
      status: 401,
      retryAfterSeconds: undefined,
      errors: undefined,
    });
  });

  it('says in minutes, rounded up, when to try again', () => {
    const error = new DomainError('TOO_MANY_LOGIN_ATTEMPTS', 'too_many_requests', 'x', { retryAfterSeconds: 61 });
    expect(formMessage(error, has)).toMatchObject({ values: { minutes: 2 }, status: 429, retryAfterSeconds: 61 });
  });

  it('uses the general message for a code the catalogue lacks, with the fields the service named', () => {
    const errors = [{ field: 'newPassword', messages: ['too common'] }];
    expect(formMessage(new DomainError('PASSWORD_TOO_COMMON', 'invalid', 'x', { errors }), has)).toMatchObject({
      key: 'errors.unknown',
      values: { code: 'PASSWORD_TOO_COMMON' },
      status: 400,
      errors,
    });
  });

  it('leaves errors that are not the form’s to the error page', () => {
    expect(formMessage(new DomainError('USER_NOT_FOUND', 'not_found', 'x'), has)).toBeUndefined();
    expect(formMessage(new DomainError('FORBIDDEN_ROLE', 'forbidden', 'x'), has)).toBeUndefined();
    expect(formMessage(new Error('database went away'), has)).toBeUndefined();
  });
});
