import request from 'supertest';
import { Role } from '../src/common/auth/role';
import { storedTime } from '../src/database/stored-time';
import { bearer, DEFAULT_PASSWORD, makeUser } from './support/factories';
import { createTestApp, TEST_ADMIN, TestApp } from './support/test-app';

/** The web layer over HTTP: session cookie, CSRF, roles, headers. Journeys in a browser are in test/browser. */
describe('pages: sessions and their guards', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      env: { SESSION_TTL: '1h', AUTH_MAX_FAILED_LOGINS: '3', AUTH_FAILED_LOGIN_DELAY_MS: '0' },
    });
  });
  afterAll(() => t.close());

  /** The agent keeps cookies like a browser; the token is read from the form, as a browser would post it. */
  async function signedIn(email: string, password = DEFAULT_PASSWORD) {
    const agent = request.agent(t.app.getHttpServer());
    const form = await agent.get('/sign-in').expect(200);
    const response = await agent
      .post('/sign-in')
      .type('form')
      .send({ email, password, _csrf: csrfOf(form.text) });
    return { agent, response };
  }

  it('shows a signed-out visitor the sign-in form at / with a CSRF token and the page headers', async () => {
    const response = await t.http().get('/').expect(200);
    expect(response.type).toBe('text/html');
    expect(response.text).toContain('action="/sign-in"');
    expect(csrfOf(response.text)).toMatch(/^[\w-]{86}$/);
    const csp = response.headers['content-security-policy'];
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "base-uri 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['cache-control']).toBe('no-store');
    const cookie = response.headers['set-cookie'][0];
    expect(cookie).toMatch(/^sift_csrf=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('signs the first admin in with a session cookie and takes them to their start page', async () => {
    const { agent, response } = await signedIn(TEST_ADMIN.email, TEST_ADMIN.password);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/admin');
    const cookie = setCookies(response).find((value: string) => value.startsWith('sift_session='));
    expect(cookie).toMatch(/^sift_session=[\w-]{43}; Max-Age=3600; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    const start = await agent.get('/admin').expect(200);
    expect(start.text).toContain('Administrator');
    expect(start.text).toContain('href="/docs"');
    await agent.get('/').expect(303).expect('Location', '/admin');
  });

  it('keeps only the hash of the session token in the database', async () => {
    const { user } = await makeUser(t);
    const { response } = await signedIn(user.email);
    const token = /sift_session=([\w-]+)/.exec(setCookies(response).join(';'))![1];
    const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM web_sessions');
    expect(rows.map((row) => row.id)).not.toContain(token);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.id))).toBe(true);
  });

  it('refuses a form posted without its CSRF token, or with another session’s, and changes nothing', async () => {
    const { user } = await makeUser(t);
    const { agent } = await signedIn(user.email);
    const other = await signedIn((await makeUser(t)).user.email);
    const otherToken = csrfOf((await other.agent.get('/settings')).text);
    for (const token of [undefined, '', otherToken]) {
      const response = await agent
        .post('/settings')
        .type('form')
        .send({ language: 'et', ...(token === undefined ? {} : { _csrf: token }) })
        .expect(403);
      expect(response.type).toBe('text/html');
      expect(response.text).toContain('nothing was changed');
    }
    const me = await t.http().post('/auth/login').send({ email: user.email, password: DEFAULT_PASSWORD });
    expect(me.body.user.language).toBe('en');
    const signIn = await t.http().post('/sign-in').type('form').send({ email: user.email, password: DEFAULT_PASSWORD });
    expect(signIn.status).toBe(403);
    expect(setCookies(signIn).some((value: string) => value.startsWith('sift_session='))).toBeFalsy();
  });

  it('accepts the CSRF token in the header htmx sends', async () => {
    const { user } = await makeUser(t);
    const { agent } = await signedIn(user.email);
    const token = csrfOf((await agent.get('/settings')).text);
    await agent.post('/settings').type('form').set('X-CSRF-Token', token).send({ language: 'nl' }).expect(303);
    const page = await agent.get('/settings').expect(200);
    expect(page.text).toContain('<html lang="nl">');
  });

  it('sends a signed-out visitor to sign-in and back to the page after', async () => {
    await t.http().get('/settings?tab=1').expect(303).expect('Location', '/sign-in?next=%2Fsettings%3Ftab%3D1');
    const { user } = await makeUser(t);
    const agent = request.agent(t.app.getHttpServer());
    const form = await agent.get('/sign-in?next=%2Fsettings').expect(200);
    expect(form.text).toContain('name="next" value="/settings"');
    await agent
      .post('/sign-in')
      .type('form')
      .send({ email: user.email, password: DEFAULT_PASSWORD, next: '/settings', _csrf: csrfOf(form.text) })
      .expect(303)
      .expect('Location', '/settings');
  });

  it('never sends a person on to another site after sign-in', async () => {
    const { user } = await makeUser(t);
    for (const next of ['//evil.example/', '/\\evil.example', 'https://evil.example/']) {
      const agent = request.agent(t.app.getHttpServer());
      const form = await agent.get('/sign-in');
      const response = await agent
        .post('/sign-in')
        .type('form')
        .send({ email: user.email, password: DEFAULT_PASSWORD, next, _csrf: csrfOf(form.text) });
      expect(response.headers.location).toBe('/recruiter');
    }
  });

  it('answers a page of another role with a 403 page, not a stack trace', async () => {
    const { user } = await makeUser(t, { roles: [Role.Interviewer] });
    const { agent, response } = await signedIn(user.email);
    expect(response.headers.location).toBe('/panel');
    const refused = await agent.get('/admin').expect(403);
    expect(refused.type).toBe('text/html');
    expect(refused.text).toContain('Not for your role');
    expect(refused.text).not.toMatch(/at \w+ \(|Error:/);
    // The recruiter's dashboard shows candidates' names: not for interviewers or hiring managers.
    await agent.get('/recruiter').expect(403);
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    expect((await (await signedIn(manager.user.email)).agent.get('/recruiter').expect(403)).text).toContain(
      'Not for your role',
    );
  });

  it('keeps the e-mail and says why when the password is wrong, with the API’s status', async () => {
    const { user } = await makeUser(t);
    const { response } = await signedIn(user.email, 'not-the-password');
    expect(response.status).toBe(401);
    expect(response.text).toContain(`value="${user.email}"`);
    expect(response.text).toContain('The e-mail address or password is not correct.');
    expect(response.text).not.toContain('not-the-password');
  });

  it('says when to try again after too many wrong passwords, keeping the e-mail (the API’s throttle)', async () => {
    const { user } = await makeUser(t);
    for (let i = 0; i < 3; i++) expect((await signedIn(user.email, `wrong-password-${i}`)).response.status).toBe(401);
    const { response } = await signedIn(user.email, DEFAULT_PASSWORD);
    expect(response.status).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(response.text).toMatch(/Too many failed sign-ins\. Try again in \d+ min\./);
    expect(response.text).toContain(`value="${user.email}"`);
    const api = await t.http().post('/auth/login').send({ email: user.email, password: DEFAULT_PASSWORD });
    expect(api.status).toBe(429);
  });

  it('names a bad field and keeps what was typed', async () => {
    const { response } = await signedIn('not-an-address', 'x');
    expect(response.status).toBe(400);
    expect(response.text).toContain('value="not-an-address"');
    expect(response.text).toContain('Enter your e-mail address');
  });

  it('answers odd form input with a 4xx page naming no stack, never a 500', async () => {
    const { user } = await makeUser(t);
    const { agent } = await signedIn(user.email);
    const token = csrfOf((await agent.get('/settings')).text);
    const odd: [string, object][] = [
      ['/settings', { language: ['nl', 'et'] }],
      ['/settings', { language: { nested: true } }],
      ['/settings', { language: 'nl', role: 'admin' }],
      ['/password', { currentPassword: ['a'], newPassword: 12345678901234 }],
      ['/password', { currentPassword: 'x\u0000y', newPassword: 'a-brand-new-passphrase' }],
      ['/sign-in', { email: { $ne: null }, password: ['x'], next: { path: '/' } }],
    ];
    for (const [path, body] of odd) {
      const response = await agent.post(path).set('X-CSRF-Token', token).send(body);
      expect({ path, body, status: response.status }).toEqual({ path, body, status: expect.any(Number) });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.type).toBe('text/html');
    }
    await agent.get('/settings?saved[]=1&x[y]=2').expect(200);
    await t.http().get('/sign-in?next[]=/admin').expect(200);
  });

  it('ends the session at sign-out: the old cookie opens nothing', async () => {
    const { user } = await makeUser(t);
    const { agent, response } = await signedIn(user.email);
    const cookie = setCookies(response).find((value: string) => value.startsWith('sift_session='))!;
    const token = csrfOf((await agent.get('/recruiter')).text);
    await agent
      .post('/sign-out')
      .type('form')
      .send({ _csrf: token })
      .expect(303)
      .expect('Location', '/sign-in?signedOut=1');
    await t.http().get('/recruiter').set('Cookie', cookie.split(';')[0]).expect(303);
  });

  it('ends the session a browser had when it signs in again', async () => {
    const first = await makeUser(t);
    const second = await makeUser(t, { roles: [Role.Interviewer] });
    const { agent, response } = await signedIn(first.user.email);
    const oldCookie = setCookies(response)
      .find((value) => value.startsWith('sift_session='))!
      .split(';')[0];
    const token = csrfOf((await agent.get('/settings')).text);
    await agent
      .post('/sign-in')
      .type('form')
      .send({ email: second.user.email, password: DEFAULT_PASSWORD, _csrf: token })
      .expect(303)
      .expect('Location', '/panel');
    await t.http().get('/settings').set('Cookie', oldCookie).expect(303);
    const page = await agent.get('/panel').expect(200);
    expect(page.text).toContain('You are signed in as interviewer.');
  });

  it('ends the session when an admin deactivates the user, and when the password changes elsewhere', async () => {
    const admin = await makeUser(t, { roles: [Role.Admin] });
    const first = await makeUser(t);
    const { agent } = await signedIn(first.user.email);
    await agent.get('/recruiter').expect(200);
    await t.http().post(`/users/${first.user.id}/deactivate`).set(bearer(admin.token)).expect(200);
    await agent.get('/recruiter').expect(303).expect('Location', '/sign-in?next=%2Frecruiter');

    const second = await makeUser(t);
    const web = await signedIn(second.user.email);
    await t
      .http()
      .post('/auth/password')
      .set(bearer(second.token))
      .send({ currentPassword: DEFAULT_PASSWORD, newPassword: 'a-brand-new-passphrase' })
      .expect(200);
    await web.agent.get('/recruiter').expect(303);
  });

  it('changes the password on its page with the API’s rules, keeping this browser signed in', async () => {
    const { user, token } = await makeUser(t);
    const { agent } = await signedIn(user.email);
    const form = csrfOf((await agent.get('/password')).text);
    const wrong = await agent
      .post('/password')
      .type('form')
      .send({ _csrf: form, currentPassword: 'wrong-one', newPassword: 'a-brand-new-passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Your current password is not correct.');
    const short = await agent
      .post('/password')
      .type('form')
      .send({ _csrf: form, currentPassword: DEFAULT_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('12 to 200 characters');
    await agent
      .post('/password')
      .type('form')
      .send({ _csrf: form, currentPassword: DEFAULT_PASSWORD, newPassword: 'a-brand-new-passphrase' })
      .expect(303);
    await agent.get('/password?changed=1').expect(200);
    await t.http().get('/auth/me').set(bearer(token)).expect(401);
  });

  it('moves the session end forward as pages are used', async () => {
    const { user } = await makeUser(t);
    const { agent } = await signedIn(user.email);
    const postgres = t.database.dialect === 'postgres';
    const $1 = postgres ? '$1' : '?';
    const end = async () => {
      const [row] = await t.dataSource.query(
        `SELECT expires_at AS "expiresAt" FROM web_sessions WHERE user_id = ${$1}`,
        [user.id],
      );
      return storedTime(row.expiresAt).getTime();
    };
    const first = await end();
    const earlier = postgres
      ? "expires_at - interval '10 minutes'"
      : "strftime('%Y-%m-%d %H:%M:%f', expires_at, '-10 minutes')";
    await t.dataSource.query(`UPDATE web_sessions SET expires_at = ${earlier} WHERE user_id = ${$1}`, [user.id]);
    expect(await end()).toBe(first - 600_000);
    const response = await agent.get('/recruiter').expect(200);
    expect(response.headers['set-cookie']?.[0]).toMatch(/^sift_session=[\w-]{43}; Max-Age=3600;/);
    expect(await end()).toBeGreaterThanOrEqual(first);
    // Within a minute of the last renewal, a page writes nothing.
    const again = await agent.get('/recruiter').expect(200);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('serves htmx and its own assets from Sift, cacheable by version', async () => {
    const page = await t.http().get('/sign-in');
    const scripts = [...page.text.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1].replace('&#x3D;', '='));
    expect(scripts.map((src) => src.split('?')[0])).toEqual(['/assets/htmx.min.js', '/assets/sift.js']);
    const htmx = await t.http().get(scripts[0]).expect(200);
    expect(htmx.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(htmx.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(htmx.text).toContain('htmx');
    const ours = await t.http().get(scripts[1]).expect(200);
    expect(ours.text).toContain("headers['X-CSRF-Token']");
    expect(ours.text).toContain('data-shortcut');
    const styles = await t.http().get('/assets/sift.css').expect(200);
    expect(styles.text).toContain('.skip-link');
    expect(styles.text).toContain('.counts');
    await t.http().get('/assets/nothing.js').expect(404);
    await t.http().get('/assets/csrf.js').expect(404);
    expect(page.text).toContain(
      '<meta name="htmx-config" content="{&quot;includeIndicatorStyles&quot;:false,&quot;allowEval&quot;:false',
    );
  });
});

/** Set-Cookie headers, always as a list. */
function setCookies(response: { headers: Record<string, unknown> }): string[] {
  const value = response.headers['set-cookie'];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]*)"/.exec(html);
  if (!match) throw new Error('No CSRF field in the page');
  return match[1];
}

describe('pages behind https (PUBLIC_URL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://sift.example.com' } });
  });
  afterAll(() => t.close());

  it('makes its cookies Secure under the __Host- prefix and asks browsers to stay on https', async () => {
    const { user } = await makeUser(t);
    const form = await t.http().get('/sign-in').expect(200);
    const anonymous = setCookies(form)[0];
    expect(anonymous).toMatch(/^__Host-sift_csrf=[\w-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(form.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(form.headers['strict-transport-security']).toContain('max-age=');

    const response = await t
      .http()
      .post('/sign-in')
      .set('Cookie', anonymous.split(';')[0])
      .type('form')
      .send({ email: user.email, password: DEFAULT_PASSWORD, _csrf: csrfOf(form.text) })
      .expect(303);
    expect(setCookies(response)[0]).toMatch(
      /^__Host-sift_session=[\w-]{43}; Max-Age=28800; .*HttpOnly; Secure; SameSite=Lax$/,
    );
  });
});
