import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { IsNull } from 'typeorm';
import { Role } from '../src/common/auth/role';
import { Job } from '../src/jobs/entities/job.entity';
import { JobQueue } from '../src/jobs/job-queue';
import { newId } from '../src/database/ids';
import { UserInvitation } from '../src/users/entities/user-invitation.entity';
import { as, makeUser, MadeUser } from './support/factories';
import { csrfOf, signedInPages, SignedInPages } from './support/page-session';
import { testRedis } from './support/redis-server';
import { createTestApp, TEST_ADMIN, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const SECRETS = {
  AUTH_TOKEN_SECRET: `token-secret-${randomBytes(16).toString('hex')}`,
  SMTP_PASSWORD: `smtp-pw-${randomBytes(6).toString('hex')}`,
};

async function failedJob(t: TestApp): Promise<string> {
  const id = newId();
  const now = new Date();
  await t.dataSource.getRepository(Job).insert({
    id,
    name: 'mail.send',
    payload: { mailId: newId() },
    state: 'failed',
    dedupeKey: null,
    attempts: 9,
    maxAttempts: 9,
    runAt: now,
    lockedUntil: null,
    lockedBy: null,
    lastError: 'SMTP said <no> & went away',
    createdAt: now,
    updatedAt: now,
    finishedAt: now,
  });
  return id;
}

describe('the admin’s pages', () => {
  let t: TestApp;
  let admin: SignedInPages;
  let adminToken: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'http://sift.example.com' } });
    admin = await signedInPages(t, TEST_ADMIN.email, TEST_ADMIN.password);
    const login = await t.http().post('/auth/login').send(TEST_ADMIN).expect(200);
    adminToken = login.body.accessToken;
  });
  afterAll(() => t?.close());

  const post = (who: SignedInPages, path: string, form: Record<string, string | string[]> = {}) =>
    who.agent
      .post(path)
      .type('form')
      .send({ ...form, _csrf: who.csrf });

  async function invite(email: string, roles: string[] = ['recruiter']) {
    const response = await post(admin, '/admin/users', { name: 'Invited Person', email, roles, language: 'nl' });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/admin?done=invited');
    await t.get(JobQueue).idle();
    const list = await admin.agent.get('/admin/mails?status=sent').expect(200);
    const row = new RegExp(`data-mail="([^"]+)"[\\s\\S]*?${email.replace('.', '\\.')}`).exec(list.text);
    expect(row).not.toBeNull();
    const mail = await admin.agent.get(`/admin/mails/${row![1]}`).expect(200);
    // The mail's text part, decoded, shown as text.
    const text = /data-mail-text>([\s\S]*?)<\/pre>/.exec(mail.text)![1];
    const link = /http:\/\/sift\.example\.com(\/invitation\/[A-Za-z0-9._%-]+)/.exec(text);
    expect(link).not.toBeNull();
    return { path: link![1], mailId: row![1], mailPage: mail.text };
  }

  async function setPassword(path: string, password: string) {
    const page = request.agent(t.app.getHttpServer());
    const form = await page.get(path);
    return {
      form,
      response: await page
        .post(path)
        .type('form')
        .send({ password, _csrf: csrfOf(form.text) }),
    };
  }

  it('invites by mail: the link sets a password once, and the person signs in with it', async () => {
    const { path, mailId, mailPage } = await invite('invited.one@example.com');
    // The stored file is shown as text, never as markup, and can be downloaded.
    expect(mailPage).not.toMatch(/<a href="http:\/\/sift\.example\.com\/invitation/);
    const file = await admin.agent.get(`/admin/mails/${mailId}/file`).expect(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename=".*\.eml"$/);
    expect(file.headers['content-security-policy']).toContain('sandbox');
    // The token is not in the database, only its hash.
    const token = decodeURIComponent(path.split('/').pop()!);
    const stored = await t.dataSource.getRepository(UserInvitation).find();
    expect(JSON.stringify(stored)).not.toContain(token);
    const list = await admin.agent.get('/admin').expect(200);
    expect(list.text).toContain('invited.one@example.com');

    const { form, response } = await setPassword(path, 'a long new password 1');
    expect(form.status).toBe(200);
    expect(form.text).toContain('invited.one@example.com');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/invitation/accepted');
    const person = await signedInPages(t, 'invited.one@example.com', 'a long new password 1');
    await person.agent.get('/recruiter').expect(200);

    // Once only.
    const again = await setPassword(path, 'another long password 2');
    expect(again.form.status).toBe(410);
    expect(again.form.text).toContain('data-invitation-state');
    expect(again.response.status).toBe(410);
    await t
      .http()
      .post('/auth/login')
      .send({ email: 'invited.one@example.com', password: 'another long password 2' })
      .expect(401);
  });

  it('says so when a link has expired or is unknown, and keeps rules of passwords', async () => {
    const { path } = await invite('invited.two@example.com');
    const short = await setPassword(path, 'short');
    expect(short.response.status).toBe(400);
    const common = await setPassword(path, 'password1234');
    expect(common.response.status).toBe(400);
    await t.dataSource
      .getRepository(UserInvitation)
      .update({ usedAt: IsNull() }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await setPassword(path, 'a long new password 3');
    expect(expired.form.status).toBe(410);
    expect(expired.response.status).toBe(410);
    await request(t.app.getHttpServer()).get('/invitation/nothing-like-a-token').expect(404);
    // The API says the same.
    const token = decodeURIComponent(path.split('/').pop()!);
    const api = await t.http().post('/invitations/accept').send({ token, password: 'a long new password 3' });
    expect(api.status).toBe(409);
    expect(api.body.code).toBe('INVITATION_EXPIRED');
  });

  it('invites through the API as well, and refuses an address that is taken', async () => {
    const body = { email: 'api.invite@example.com', name: 'Api Invite', roles: [Role.Interviewer] };
    const created = await as(t, adminToken).post('/users/invitations', body).expect(201);
    expect(created.body.user).toMatchObject({ email: 'api.invite@example.com', roles: ['interviewer'] });
    expect(Date.parse(created.body.expiresAt)).toBeGreaterThan(Date.now());
    const taken = await as(t, adminToken).post('/users/invitations', body).expect(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
    const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    await as(t, recruiter.token)
      .post('/users/invitations', { ...body, email: 'x@example.com' })
      .expect(403);
    const page = await post(admin, '/admin/users', {
      name: 'Again',
      email: 'api.invite@example.com',
      roles: 'recruiter',
    });
    expect(page.status).toBe(409);
    expect(page.text).toContain('exists already');
    expect(page.text).toContain('value="Again"');
    const bad = await post(admin, '/admin/users', { name: '', email: 'not an address' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('aria-invalid="true"');
  });

  it('sends an invitation again: the new link works and the old one no longer; refused once the password is set', async () => {
    const { path: first } = await invite('invited.three@example.com');
    const userId = (await t.dataSource.query(`SELECT id FROM users WHERE email = 'invited.three@example.com'`))[0]
      .id as string;
    // A week passes: the list says the invitation expired, and offers to send it again.
    await t.dataSource
      .getRepository(UserInvitation)
      .update({ userId, usedAt: IsNull() }, { expiresAt: new Date(Date.now() - 1000) });
    const row = () =>
      admin.agent
        .get('/admin')
        .expect(200)
        .then(
          (list) => new RegExp(`<tr data-user="invited\\.three@example\\.com">[\\s\\S]*?</tr>`).exec(list.text)![0],
        );
    expect(await row()).toContain('Invitation expired');
    expect(await row()).toContain(`action="/admin/users/${userId}/invitation"`);

    // Not while they are deactivated.
    await as(t, adminToken).post(`/users/${userId}/deactivate`).expect(200);
    expect((await as(t, adminToken).post(`/users/${userId}/invitations`).expect(409)).body.code).toBe('USER_INACTIVE');
    expect(await row()).not.toContain('/invitation"');
    await as(t, adminToken).post(`/users/${userId}/activate`).expect(200);

    const sent = await post(admin, `/admin/users/${userId}/invitation`);
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe('/admin?done=reinvited');
    expect(await row()).toContain('Invitation open');
    await t.get(JobQueue).idle();
    const list = await admin.agent.get('/admin/mails?status=sent').expect(200);
    const mails = [...list.text.matchAll(/data-mail="([^"]+)"[\s\S]*?invited\.three@example\.com/g)];
    expect(mails).toHaveLength(2);
    const mail = await admin.agent.get(`/admin/mails/${mails[0][1]}`).expect(200);
    const second = /http:\/\/sift\.example\.com(\/invitation\/[A-Za-z0-9._%-]+)/.exec(mail.text)![1];
    expect(second).not.toBe(first);

    // Sent again while the second link still works: the second stops working, the third works.
    const api = await as(t, adminToken).post(`/users/${userId}/invitations`).expect(201);
    expect(Date.parse(api.body.expiresAt)).toBeGreaterThan(Date.now());
    expect((await setPassword(second, 'a long new password 4')).response.status).toBe(410);
    expect((await setPassword(first, 'a long new password 4')).response.status).toBe(410);
    const open = await t.dataSource.getRepository(UserInvitation).find({ where: { userId, usedAt: IsNull() } });
    expect(open.filter((one) => one.expiresAt.getTime() > Date.now())).toHaveLength(1);

    // Once someone set their password through an invitation, there is none to send again.
    await t.dataSource
      .getRepository(UserInvitation)
      .update({ id: open.find((one) => one.expiresAt.getTime() > Date.now())!.id }, { usedAt: new Date() });
    const refused = await as(t, adminToken).post(`/users/${userId}/invitations`).expect(409);
    expect(refused.body.code).toBe('INVITATION_NOT_AWAITED');
    const onPage = await post(admin, `/admin/users/${userId}/invitation`);
    expect(onPage.status).toBe(409);
    expect(onPage.text).toContain('no invitation waiting');
    expect(await row()).not.toContain('/invitation"');

    // Nor for someone made with a password, nor for a user who is not there; and only for admins.
    const made = await makeUser(t, { roles: [Role.Recruiter] });
    expect((await as(t, adminToken).post(`/users/${made.user.id}/invitations`).expect(409)).body.code).toBe(
      'INVITATION_NOT_AWAITED',
    );
    await as(t, adminToken).post(`/users/${newId()}/invitations`).expect(404);
    await as(t, made.token).post(`/users/${userId}/invitations`).expect(403);
  });

  it('changes roles, but the last admin keeps theirs, as the API’s LAST_ADMIN', async () => {
    const user = await makeUser(t, { roles: [Role.Recruiter] });
    const saved = await post(admin, `/admin/users/${user.user.id}/roles`, { roles: ['recruiter', 'hiring_manager'] });
    expect(saved.status).toBe(303);
    const me = await as(t, adminToken).get(`/users/${user.user.id}`).expect(200);
    expect(me.body.roles).toEqual(['hiring_manager', 'recruiter']);
    const adminId = (await as(t, adminToken).get('/auth/me').expect(200)).body.id as string;
    const refused = await post(admin, `/admin/users/${adminId}/roles`, { roles: 'recruiter' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('last active administrator');
    const none = await post(admin, `/admin/users/${user.user.id}/roles`, {});
    expect(none.status).toBe(400);
    const deactivateSelf = await post(admin, `/admin/users/${adminId}/deactivate`);
    expect(deactivateSelf.status).toBe(409);
    await post(admin, `/admin/users/${newId()}/deactivate`).expect(404);
  });

  it('deactivating ends a live page session and API token at once; activating lets them sign in again', async () => {
    const user: MadeUser = await makeUser(t, { roles: [Role.Recruiter] });
    const session = await signedInPages(t, user.user.email);
    await session.agent.get('/recruiter').expect(200);
    await as(t, user.token).get('/auth/me').expect(200);
    await post(admin, `/admin/users/${user.user.id}/deactivate`).expect(303);
    const refused = await session.agent.get('/recruiter');
    expect(refused.status).toBe(303);
    expect(refused.headers.location).toMatch(/^\/sign-in/);
    await as(t, user.token).get('/auth/me').expect(401);
    await post(admin, `/admin/users/${user.user.id}/activate`).expect(303);
    await signedInPages(t, user.user.email);
  });

  it('resets a password: shown once, and earlier sessions end', async () => {
    const user = await makeUser(t, { roles: [Role.Recruiter] });
    const session = await signedInPages(t, user.user.email);
    const reset = await post(admin, `/admin/users/${user.user.id}/reset-password`).expect(200);
    expect(reset.headers['cache-control']).toBe('no-store');
    const password = /data-temporary-password>([^<]+)</.exec(reset.text)![1];
    expect((await session.agent.get('/recruiter')).status).toBe(303);
    await t.http().post('/auth/login').send({ email: user.user.email, password }).expect(200);
  });

  it('retries and discards failed jobs, with the API’s 404 once they are gone', async () => {
    const first = await failedJob(t);
    const second = await failedJob(t);
    const page = await admin.agent.get('/admin/jobs').expect(200);
    expect(page.text).toContain(`data-job="${first}"`);
    expect(page.text).toContain('SMTP said &lt;no&gt; &amp; went away');
    expect(page.text).toContain('data-health="ok"');

    await post(admin, `/admin/jobs/${first}/retry`).expect(303);
    const gone = await post(admin, `/admin/jobs/${first}/retry`);
    expect(gone.status).toBe(404);
    expect(gone.text).toContain('no longer failed');
    await post(admin, `/admin/jobs/${first}/discard`).expect(404);

    await as(t, adminToken).post(`/jobs/${second}/discard`).expect(200, { id: second, discarded: true });
    await as(t, adminToken).post(`/jobs/${second}/discard`).expect(404);
    await as(t, adminToken).post(`/jobs/${second}/retry`).expect(404);
    await as(t, adminToken).post('/jobs/not-an-id/discard').expect(404);
    expect(await t.dataSource.getRepository(Job).findOne({ where: { id: second } })).toBeNull();
    const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    await as(t, recruiter.token).post(`/jobs/${first}/discard`).expect(403);
  });

  it('refuses bad paging and statuses with a 400, and unknown mails with a 404', async () => {
    await admin.agent.get('/admin?page=0').expect(400);
    await admin.agent.get('/admin/mails?status=lost').expect(400);
    await admin.agent.get(`/admin/mails/${newId()}`).expect(404);
    await admin.agent.get('/admin/mails/..%2F..%2Fetc/file').expect(404);
  });
});

describe('discarding a failed job with Redis', () => {
  let t: TestApp;
  let redis: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    redis = await testRedis();
    t = await createTestApp({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.close();
  });

  it('forgets it in the table and in Redis, and answers 404 after', async () => {
    const admin = await signedInPages(t, TEST_ADMIN.email, TEST_ADMIN.password);
    const id = await failedJob(t);
    await admin.agent.post(`/admin/jobs/${id}/discard`).type('form').send({ _csrf: admin.csrf }).expect(303);
    expect(await t.dataSource.getRepository(Job).findOne({ where: { id } })).toBeNull();
    const again = await admin.agent.post(`/admin/jobs/${id}/discard`).type('form').send({ _csrf: admin.csrf });
    expect(again.status).toBe(404);
    const page = await admin.agent.get('/admin/jobs').expect(200);
    expect(page.text).toContain('Redis');
  });
});

describe('the configuration page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        AUTH_TOKEN_SECRET: SECRETS.AUTH_TOKEN_SECRET,
        SMTP_URL: `smtp://mailer:${SECRETS.SMTP_PASSWORD}@127.0.0.1:1`,
        JOBS_IN_API: 'false',
      },
    });
  });
  afterAll(() => t?.close());

  it('shows the settings and never a secret', async () => {
    const admin = await signedInPages(t, TEST_ADMIN.email, TEST_ADMIN.password);
    const page = await admin.agent.get('/admin/settings').expect(200);
    expect(page.text).toContain('data-setting="JOB_CONCURRENCY"');
    expect(page.text).toContain('127.0.0.1:1');
    for (const secret of [...Object.values(SECRETS), TEST_ADMIN.password, 'mailer', 'sift:'])
      expect(page.text).not.toContain(secret);
    if (t.settings.database.dialect === 'postgres') {
      const password = new URL(t.settings.database.url).password;
      if (password) expect(page.text).not.toContain(password);
    }
  });
});
