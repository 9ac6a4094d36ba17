import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { Role } from '../../../src/common/auth/role';
import { makeUser, MadeUser } from '../../support/factories';
import { createTestApp, TEST_ADMIN, TestApp } from '../../support/test-app';

export { TEST_ADMIN };

export interface SiftForBrowser {
  t: TestApp;
  baseURL: string;
}

/**
 * Sift on a free port of 127.0.0.1 with a fresh database (SQLite, or
 * PostgreSQL when TEST_DATABASE_URL is set), with its real migrations and
 * the same HTTP stack as `npm start`.
 */
export async function startSift(env: Record<string, string> = {}): Promise<SiftForBrowser> {
  const t = await createTestApp({ env });
  await t.app.listen(0, '127.0.0.1');
  const { port } = (t.app.getHttpServer() as Server).address() as AddressInfo;
  return { t, baseURL: `http://127.0.0.1:${port}` };
}

/** A user of a role, made straight in the database, with the factories' password. */
export function userOf(t: TestApp, role: Role, overrides: Parameters<typeof makeUser>[1] = {}): Promise<MadeUser> {
  return makeUser(t, { roles: [role], ...overrides });
}
