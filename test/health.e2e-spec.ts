import { migrations } from '../migrations';
import { createTestApp } from './support/test-app';

describe('GET /health', () => {
  it('answers 200 with the database and migrations up, without a token', async () => {
    const t = await createTestApp();
    try {
      const response = await t.http().get('/health').expect(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toMatchObject({
        status: 'ok',
        checks: {
          database: { status: 'up', dialect: t.database.dialect },
          migrations: { status: 'up', applied: migrations.length, pending: [] },
        },
      });
    } finally {
      await t.close();
    }
  });

  it('answers 503 naming the pending migrations when they were not run', async () => {
    const t = await createTestApp({ env: { DATABASE_RUN_MIGRATIONS: 'false' } });
    try {
      const response = await t.http().get('/health').expect(503);
      expect(response.body.status).toBe('error');
      expect(response.body.checks.database.status).toBe('up');
      expect(response.body.checks.migrations).toMatchObject({ status: 'down', applied: 0 });
      expect(response.body.checks.migrations.pending).toEqual(migrations.map((migration) => migration.name));
    } finally {
      await t.close();
    }
  });

  it('answers 503 when the database is down', async () => {
    const t = await createTestApp();
    try {
      await t.dataSource.destroy();
      const response = await t.http().get('/health').expect(503);
      expect(response.body.status).toBe('error');
      expect(response.body.checks.database.status).toBe('down');
      expect(response.body.checks.database.error).toEqual(expect.any(String));
    } finally {
      await t.close();
    }
  });
});
