import { loadSettings } from '../../config/settings';
import { maskedUrl, settingsView } from './settings.view';

describe('the configuration’s view', () => {
  it('masks every secret: the token secret, the first admin’s password, the metrics token, passwords in URLs', () => {
    const settings = loadSettings(
      {
        AUTH_TOKEN_SECRET: 'a-token-secret-of-at-least-32-characters!',
        ADMIN_PASSWORD: 'an admin password 123',
        METRICS_TOKEN: 'a-metrics-token-of-at-least-32-characters',
        DATABASE_URL: 'postgres://sift:db-secret@db.example.com:5432/sift',
        REDIS_URL: 'redis://:redis-secret@127.0.0.1:6379/0',
        SMTP_URL: 'smtp://mailer:smtp-secret@mail.example.com:587',
      },
      '/srv/sift',
    );
    const text = JSON.stringify(settingsView(settings));
    for (const secret of [
      'a-token-secret',
      'an admin password',
      'a-metrics-token',
      'db-secret',
      'redis-secret',
      'smtp-secret',
      'mailer',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('db.example.com:5432');
    expect(text).toContain('admin.settings.secretSet');
    const rows = settingsView(settings).groups.flatMap((group) => group.rows);
    expect(rows.find((row) => row.name === 'METRICS_TOKEN')).toEqual({
      name: 'METRICS_TOKEN',
      valueKey: 'admin.settings.secretSet',
    });
  });

  it('says when a secret is generated rather than set, and what is not set', () => {
    const rows = settingsView(loadSettings({}, '/srv/sift')).groups.flatMap((group) => group.rows);
    expect(rows.find((row) => row.name === 'AUTH_TOKEN_SECRET')).toEqual({
      name: 'AUTH_TOKEN_SECRET',
      valueKey: 'admin.settings.secretGenerated',
    });
    expect(rows.find((row) => row.name === 'SMTP_URL')?.valueKey).toBe('admin.settings.unset');
    expect(rows.find((row) => row.name === 'PORT')?.value).toBe('3000');
    expect(rows.find((row) => row.name === 'METRICS_TOKEN')?.valueKey).toBe('admin.settings.unset');
    expect(rows.find((row) => row.name === 'DATABASE_POOL_SIZE')?.value).toBe('10');
  });

  it('masks keys in a URL’s query and shows nothing of one it cannot read', () => {
    expect(maskedUrl('postgres://h/db?password=x&sslmode=require')).toBe(
      'postgres://h/db?password=***&sslmode=require',
    );
    expect(maskedUrl('not a url')).toBe('***');
    expect(maskedUrl(undefined)).toBeUndefined();
  });
});
