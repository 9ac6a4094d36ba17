import { statSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { startSift } from './support/sift-process';
import { createTestDatabase, TestDatabase } from './support/test-database';

jest.setTimeout(60_000);

async function post(url: string, body: object, token?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe('Sift as a process', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it('refuses a bad setting with one line naming it, and exit code 78', async () => {
    const sift = startSift({ DATABASE_URL: database.url, DATA_DIR: database.dataDir, PORT: 'eighty' });
    expect(await sift.exited).toBe(78);
    const lines = sift.stderr().trim().split('\n');
    expect(lines).toEqual(['Invalid configuration: PORT must be a whole number from 0 to 65535; got "eighty"']);
  });

  it('on first start creates the admin, prints the password once, keeps a secret, and restarts with both', async () => {
    const env = { DATABASE_URL: database.url, DATA_DIR: database.dataDir };
    const first = startSift(env);
    const url = await first.ready;
    const password = /shown only this once\): (\S+)/.exec(first.stdout())?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    const login = await post(`${url}/auth/login`, { email: 'admin@sift.local', password });
    expect(login.status).toBe(200);
    const users = await fetch(`${url}/users`, { headers: { Authorization: `Bearer ${login.body.accessToken}` } });
    expect(users.status).toBe(200);
    expect(statSync(join(database.dataDir, 'token-secret')).mode & 0o777).toBe(0o600);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = startSift(env);
    const again = await second.ready;
    expect(second.stdout()).not.toContain('shown only this once');
    const me = await fetch(`${again}/auth/me`, { headers: { Authorization: `Bearer ${login.body.accessToken}` } });
    expect(me.status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('on SIGTERM stops taking connections, finishes the request in flight and exits 0', async () => {
    const sift = startSift({
      DATABASE_URL: database.url,
      DATA_DIR: database.dataDir,
      ADMIN_PASSWORD: 'the-admin-password',
      // Failed logins are slowed: after three, the fourth takes 1.5 seconds.
      AUTH_FAILED_LOGIN_DELAY_MS: '1500',
    });
    const url = await sift.ready;
    for (let i = 0; i < 3; i++) {
      expect((await post(`${url}/auth/login`, { email: 'admin@sift.local', password: 'wrong' })).status).toBe(401);
    }
    const started = Date.now();
    const inFlight = post(`${url}/auth/login`, { email: 'admin@sift.local', password: 'the-admin-password' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    sift.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const refused = await new Promise<string>((resolve) => {
      const probe = httpRequest(`${url}/health`, { agent: false }, () => resolve('answered'));
      probe.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      probe.end();
    });
    expect(refused).toBe('ECONNREFUSED');

    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    const answered = Date.now();
    expect(await sift.exited).toBe(0);
    // Kept-alive client connections do not hold the process open: if they did,
    // it would wait out Node's 5 s keep-alive timeout. Exiting takes about 0.3 s
    // on a quiet machine and up to about 1.2 s on a loaded one.
    expect(Date.now() - answered).toBeLessThan(3500);
    expect(sift.stdout()).toContain('Received SIGTERM; shutting down');
  });
});
