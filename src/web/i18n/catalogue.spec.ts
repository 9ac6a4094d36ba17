import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Role, ROLES } from '../../common/auth/role';
import { projectRoot } from '../../mail/project-root';
import { LANGUAGES } from '../../users/entities/user.entity';
import { START_PAGES } from '../start/start-pages';
import { COMMON_SHORTCUTS, RECRUITER_SECTIONS } from '../views/layout.view';
import { errorView } from '../views/error.view';
import { passwordView, settingsView, signInView } from '../account/account.view';
import { startView } from '../start/start.view';
import { STAGES } from '../../applications/entities/application.entity';
import { MAIL_TEMPLATES } from '../../mail/mail-catalogue';
import { dashboardView } from '../recruiter/dashboard.view';
import { templateFiles } from '../views/page-renderer';
import { Catalogue } from './catalogue';
import { templateText } from './template-text';

const folder = join(projectRoot(), 'templates', 'pages');
const catalogue = Catalogue.load(join(folder, 'i18n'));
const templates = [...templateFiles(folder)].map(([name, path]) => ({ name, source: readFileSync(path, 'utf8') }));

describe('the catalogue of the pages', () => {
  it('has every key in every language, and no empty text', () => {
    const all = new Set(LANGUAGES.flatMap((language) => catalogue.keys(language)));
    for (const language of LANGUAGES) {
      const missing = [...all].filter((key) => !catalogue.has(key, language));
      expect({ language, missing }).toEqual({ language, missing: [] });
      const empty = catalogue.keys(language).filter((key) => catalogue.text(language, key).trim() === '');
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of catalogue.keys('en')) {
      const english = placeholders(catalogue.text('en', key));
      for (const language of LANGUAGES) {
        expect({ key, language, names: placeholders(catalogue.text(language, key)) }).toEqual({
          key,
          language,
          names: english,
        });
      }
    }
  });

  it('has every key a template looks up', () => {
    expect(templates.length).toBeGreaterThan(5);
    for (const { name, source } of templates) {
      const missing = templateText(source).keys.filter((key) => !catalogue.has(key));
      expect({ template: name, missing }).toEqual({ template: name, missing: [] });
    }
  });

  it('finds no visible text in a template outside the catalogue', () => {
    for (const { name, source } of templates) {
      expect({ template: name, stray: templateText(source).strayText }).toEqual({ template: name, stray: [] });
    }
  });

  it('has every key the view models hand to templates', () => {
    const keys = [
      ...ROLES.flatMap((role) => [`role.${role}`, startView({ name: 'x', roles: [role] }, role, []).comingKey]),
      ...START_PAGES.map((page) => page.labelKey),
      ...COMMON_SHORTCUTS.map((shortcut) => shortcut.labelKey),
      ...RECRUITER_SECTIONS.map((link) => link.labelKey),
      'nav.settings',
      ...[400, 401, 403, 404, 409, 413, 422, 429, 500, 503].flatMap((status) => {
        const model = errorView(status, undefined, '');
        return [model.headingKey, model.messageKey];
      }),
      errorView(403, { code: 'CSRF_TOKEN_INVALID' }, '').messageKey,
      ...Object.values(
        signInView({
          errors: [
            { field: 'email', messages: [] },
            { field: 'password', messages: [] },
          ],
        }),
      ),
      ...Object.values(
        passwordView({
          errors: [
            { field: 'currentPassword', messages: [] },
            { field: 'newPassword', messages: [] },
          ],
        }),
      ),
      ...settingsView({ email: 'x', language: 'en', errors: [{ field: 'language', messages: [] }] }).languages.map(
        (language) => language.labelKey,
      ),
      settingsView({ email: 'x', language: 'en', errors: [{ field: 'language', messages: [] }] }).languageError!,
      signInView({ signedOut: true }).notice!.key,
      passwordView({ changed: true }).notice!.key,
      settingsView({ email: 'x', language: 'en', saved: true }).notice!.key,
      ...dashboardKeys(),
      'errors.unknown',
      'errors.INVALID_CREDENTIALS',
      'errors.TOO_MANY_LOGIN_ATTEMPTS',
      'errors.WRONG_CURRENT_PASSWORD',
    ].filter((key): key is string => typeof key === 'string' && key.includes('.'));
    const missing = keys.filter((key) => !catalogue.has(key));
    expect(missing).toEqual([]);
    expect(keys.length).toBeGreaterThan(40);
    expect(Role.Admin).toBe('admin');
  });

  it('fills placeholders and shows a missing key as itself', () => {
    expect(catalogue.text('nl', 'start.greeting', { name: 'Anne' })).toBe('Hallo, Anne');
    expect(catalogue.text('et', 'no.such.key')).toBe('no.such.key');
  });
});

/** Every key the dashboard's view model can hand over: each scope, list, stage, mail and kind of activity. */
function dashboardKeys(): string[] {
  const empty = { items: [], total: 0 };
  const keys: string[] = [];
  for (const scope of ['mine', 'all'] as const) {
    const model = dashboardView({
      scope,
      now: new Date(0),
      vacancies: empty,
      stageCounts: [],
      flagged: empty,
      unconfirmedFacts: empty,
      overdueScorecards: empty,
      failedMails: empty,
      activity: [
        ...(['applied', 'moved', 'scorecard'] as const).map((kind) => ({
          kind,
          at: new Date(0),
          candidateName: 'x',
          vacancyTitle: 'x',
          detail: 'applied',
        })),
        ...MAIL_TEMPLATES.map((template) => ({
          kind: 'mail' as const,
          at: new Date(0),
          candidateName: 'x',
          vacancyTitle: 'x',
          detail: template,
        })),
      ],
    });
    keys.push(...model.scopes.map((s) => s.labelKey), model.emptyKey, ...model.stageKeys.map((s) => s.labelKey));
    for (const list of [model.flagged, model.facts, model.scorecards, model.mails])
      keys.push(list.titleKey, list.emptyKey);
    for (const item of model.activity) keys.push(item.textKey, ...(item.detailKey ? [item.detailKey] : []));
  }
  keys.push(...STAGES.map((stage) => `stage.${stage}`), ...MAIL_TEMPLATES.map((template) => `mail.${template}`));
  return keys;
}

describe('templateText', () => {
  it('finds text and read attributes written in the template, and passes lookups and data', () => {
    const found = templateText(
      '<p>Hello {{name}}</p><input placeholder="Search" aria-label="{{t "a.b"}}"><img alt="{{name}}">' +
        '<p>{{t "x.y" n=(t "z.w")}} – {{count}}</p>{{#if a}}<b>{{t "q.r"}}</b>{{else}}Nothing{{/if}}{{!-- a note --}}',
    );
    expect(found.keys).toEqual(['a.b', 'x.y', 'z.w', 'q.r']);
    expect(found.strayText).toEqual(['Hello {{value}}', 'placeholder="Search"', 'alt="{{value}}"', 'Nothing']);
  });
});
