import { join } from 'node:path';
import { loadSettings } from '../../config/settings';
import { projectRoot } from '../../mail/project-root';
import { processingRecords } from '../../privacy/processing-records';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { durationOf, recordsView } from './records.view';

const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));
const NOW = new Date('2026-12-07T10:00:00Z');

/** Every catalogue key a view model names, wherever it sits. */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, inner]) =>
      typeof inner === 'string' && (name.endsWith('Key') || (name === 'key' && inner.includes('.')))
        ? [inner]
        : name === 'roleKeys'
          ? (inner as string[])
          : keysIn(inner),
    );
  }
  return [];
}

describe('the records of processing, as the admin reads them', () => {
  it('has words in nl, et and en for every category, basis, retention rule and reader it can show', () => {
    for (const env of [{}, { SMTP_URL: 'smtp://mail.example.com:25', FAIRNESS_MANAGERS_SEE_REPORTS: 'true' }]) {
      const keys = keysIn(recordsView(processingRecords(loadSettings(env, '/srv/sift'), NOW)));
      expect(keys.length).toBeGreaterThan(100);
      for (const language of LANGUAGES) {
        const missing = [...new Set(keys)].filter((key) => !catalogue.has(key, language));
        expect({ language, missing }).toEqual({ language, missing: [] });
      }
    }
  });

  it('follows the configuration: mail files kept or not, the session time, who reads the fairness report', () => {
    const outbox = recordsView(processingRecords(loadSettings({ SESSION_TTL: '90m' }, '/srv/sift'), NOW));
    const mails = outbox.categories.find((category) => category.key === 'mails')!;
    expect(mails.retention.map((line) => line.key)).toContain('privacy.retention.mailFilesKept');
    expect(mails.folders).toEqual([{ setting: 'MAIL_OUTBOX_DIR', path: '/srv/sift/data/outbox' }]);
    const signIn = outbox.categories.find((category) => category.key === 'staffSignIn')!;
    expect(signIn.retention[0]).toEqual({
      key: 'privacy.retention.sessionIdle',
      setting: 'SESSION_TTL',
      duration: { key: 'privacy.duration.minutes', count: 90 },
    });
    const answers = outbox.categories.find((category) => category.key === 'selfIdentification')!;
    expect(answers.readers.map((reader) => reader.scopeKey)).toEqual(['privacy.scope.aggregatesOnly']);

    const smtp = recordsView(
      processingRecords(
        loadSettings({ SMTP_URL: 'smtp://mail.example.com:25', FAIRNESS_MANAGERS_SEE_REPORTS: 'true' }, '/srv/sift'),
        NOW,
      ),
    );
    const sent = smtp.categories.find((category) => category.key === 'mails')!;
    expect(sent.retention.map((line) => line.key)).toContain('privacy.retention.mailFilesNotKept');
    expect(sent.folders).toEqual([]);
    const managers = smtp.categories.find((category) => category.key === 'selfIdentification')!;
    expect(managers.readers).toContainEqual({
      roleKeys: ['role.hiring_manager'],
      scopeKey: 'privacy.scope.aggregatesOwnVacancies',
    });
    expect(smtp.configuration).toContainEqual({ setting: 'SMTP_URL', valueKey: 'privacy.value.yes' });
  });

  it('shows the retention policy in months on the candidates’ categories, or that it is off', () => {
    const on = recordsView(processingRecords(loadSettings({ TALENT_POOL_MONTHS: '1' }, '/srv/sift'), NOW));
    const contact = on.categories.find((category) => category.key === 'candidateContact')!;
    expect(contact.retention).toEqual([
      {
        key: 'privacy.retention.candidatePolicy',
        setting: 'RETENTION_MONTHS_AFTER_CLOSE',
        duration: { key: 'privacy.duration.months', count: 12 },
      },
    ]);
    const consent = on.categories.find((category) => category.key === 'candidateConsent')!;
    expect(consent.retention).toContainEqual({
      key: 'privacy.retention.talentPool',
      setting: 'TALENT_POOL_MONTHS',
      duration: { key: 'privacy.duration.month', count: 1 },
    });
    expect(on.configuration).toContainEqual({
      setting: 'RETENTION_MONTHS_AFTER_CLOSE',
      duration: { key: 'privacy.duration.months', count: 12 },
    });

    const off = recordsView(processingRecords(loadSettings({ RETENTION_MONTHS_AFTER_CLOSE: 'off' }, '/srv/sift'), NOW));
    const cvs = off.categories.find((category) => category.key === 'cvFiles')!;
    expect(cvs.retention[0]).toEqual({
      key: 'privacy.retention.candidatePolicyOff',
      setting: 'RETENTION_MONTHS_AFTER_CLOSE',
    });
    expect(off.configuration).toContainEqual({
      setting: 'RETENTION_MONTHS_AFTER_CLOSE',
      valueKey: 'privacy.value.off',
    });
    const keys = keysIn(off);
    for (const language of LANGUAGES) expect(keys.filter((key) => !catalogue.has(key, language))).toEqual([]);
  });

  it('writes a duration in the largest unit that counts it whole', () => {
    expect(durationOf(8 * 3600)).toEqual({ key: 'privacy.duration.hours', count: 8 });
    expect(durationOf(30 * 86_400)).toEqual({ key: 'privacy.duration.days', count: 30 });
    expect(durationOf(90)).toEqual({ key: 'privacy.duration.seconds', count: 90 });
    expect(durationOf(5400)).toEqual({ key: 'privacy.duration.minutes', count: 90 });
  });
});
