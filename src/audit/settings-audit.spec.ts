import { loadSettings } from '../config/settings';
import { flatten } from './settings-audit';

describe('the settings as the audit trail records them', () => {
  it('records secrets only as set or unset: the token secret, the metrics token, passwords in URLs', () => {
    const secrets = {
      AUTH_TOKEN_SECRET: 'a-token-secret-of-at-least-32-characters!',
      METRICS_TOKEN: 'a-metrics-token-of-at-least-32-characters',
      ADMIN_PASSWORD: 'an admin password 123',
      DATABASE_URL: 'postgres://sift:db-secret@db.example.com:5432/sift',
    };
    const flat = flatten(loadSettings(secrets, '/srv/sift'));
    expect(flat).toMatchObject({
      'auth.tokenSecret': 'set',
      'metrics.token': 'set',
      'firstAdmin.password': 'set',
      'database.url': 'set',
      'database.poolSize': 10,
      'auth.tokenTtlSeconds': 43200,
    });
    const text = JSON.stringify(flat);
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    expect(flatten(loadSettings({}, '/srv/sift'))['metrics.token']).toBe('unset');
  });
});
