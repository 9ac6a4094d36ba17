import { randomBytes } from 'node:crypto';
import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import { MailsRepository } from '../src/mail/mails.repository';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { testRedis } from './support/redis-server';
import { SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver';
import { createTestApp, TestApp } from './support/test-app';

/** Unfolds an iCalendar text and reads one property's value. */
function icsValue(ics: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return new RegExp(`^${name}(?:;[^:\\r\\n]*)?:(.*)$`, 'm').exec(unfolded)?.[1]?.replace(/\r$/, '');
}

const calendarOf = (mail: { attachments: { contentType: string; content: Buffer }[] }) =>
  mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))?.content.toString('utf8');

describe.each(['database', 'redis'] as const)('jobs and mail on the %s queue', (kind) => {
  let t: TestApp;
  let smtp: SmtpReceiver;
  let redis: { url: string; close(): Promise<void> } | undefined;
  let recruiter: MadeUser;
  let admin: MadeUser;
  let manager: MadeUser;
  let panel: MadeUser[];
  let profileId: string;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    if (kind === 'redis') redis = await testRedis();
    t = await createTestApp({
      env: {
        SMTP_URL: smtp.url,
        JOB_BACKOFF_MS: '20',
        JOB_POLL_MS: '50',
        ...(redis ? { REDIS_URL: redis.url, REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}` } : {}),
      },
    });
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Recruiter Een' });
    admin = await makeUser(t, { roles: [Role.Admin] });
    manager = await makeUser(t, { roles: [Role.HiringManager], name: 'Manager Een' });
    panel = [
      await makeUser(t, { roles: [Role.Interviewer], name: 'Interviewer Een' }),
      await makeUser(t, { roles: [Role.Interviewer], name: 'Interviewer Twee' }),
    ];
    profileId = (await makeProfile(t, recruiter.token)).id;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await redis?.close();
  });
  beforeEach(() => smtp.clear());
  // A test's last mails arrive before the next test starts counting.
  afterEach(() => settle());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const settle = () => t.get(JobQueue).idle();

  async function openVacancy(fields: Record<string, unknown> = {}) {
    return makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], ...fields },
      { open: true },
    );
  }

  async function apply(vacancyId: string, candidate: { name?: string; language?: string } = {}) {
    const made = await makeCandidate(t, recruiter.token, candidate);
    const { body } = await api().post(`/vacancies/${vacancyId}/applications`, { candidateId: made.id }).expect(201);
    return { applicationId: body.id as string, candidate: made };
  }

  it('confirms an application to the candidate, in their language, and puts the mail on the timeline', async () => {
    const vacancy = await openVacancy();
    const { applicationId, candidate } = await apply(vacancy.id, { language: 'nl' });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toMatchObject({ value: [{ address: candidate.email }] });
    expect(mail.subject).toContain('Accountmanager B');
    expect(mail.text).toContain(candidate.name);
    expect(mail.html).toContain('lang="nl"');
    await settle();
    const { body: timeline } = await api().get(`/applications/${applicationId}/timeline`).expect(200);
    expect(timeline.map((entry: { kind: string }) => entry.kind)).toEqual(['move', 'mail']);
    expect(timeline[1].mail).toMatchObject({
      template: 'application-received',
      status: 'sent',
      language: 'nl',
      subject: mail.subject,
      to: { address: candidate.email },
    });
  });

  it('escapes names in HTML mails: a candidate called <script> is just a name', async () => {
    const vacancy = await openVacancy();
    await apply(vacancy.id, { name: '<script>alert(1)</script>' });
    const [mail] = await smtp.waitFor(1);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.text).toContain('<script>alert(1)</script>');
  });

  it('invites the candidate and each panel member with a calendar entry; a move and a cancellation update it', async () => {
    const vacancy = await openVacancy();
    const { applicationId, candidate } = await apply(vacancy.id, { language: 'et' });
    await smtp.waitFor(1);
    await api().post(`/applications/${applicationId}/moves`, { stage: 'screening' }).expect(200);
    await api()
      .post(`/applications/${applicationId}/moves`, { stage: 'interview', roundId: vacancy.rounds[0].id })
      .expect(200);
    smtp.clear();
    const { body: interview } = await api()
      .post(`/applications/${applicationId}/interviews`, {
        roundId: vacancy.rounds[0].id,
        startsAt: '2026-12-14T09:30:00Z',
        durationMinutes: 60,
        location: 'Kantoor Utrecht',
        panel: panel.map((member) => member.user.id),
      })
      .expect(201);
    const invitations = await smtp.waitFor(3);
    const addresses = invitations.map((mail) => (mail.to as { value: { address: string }[] }).value[0].address).sort();
    expect(addresses).toEqual([candidate.email, ...panel.map((member) => member.user.email)].sort());
    const uid = icsValue(calendarOf(invitations[0])!, 'UID');
    for (const mail of invitations) {
      const ics = calendarOf(mail)!;
      expect(icsValue(ics, 'METHOD')).toBe('REQUEST');
      expect(icsValue(ics, 'UID')).toBe(uid);
      expect(icsValue(ics, 'SEQUENCE')).toBe('0');
      expect(icsValue(ics, 'DTSTART')).toBe('20261214T093000Z');
      expect(icsValue(ics, 'DTEND')).toBe('20261214T103000Z');
    }

    smtp.clear();
    await api().patch(`/interviews/${interview.id}`, { startsAt: '2026-12-15T13:00:00Z' }).expect(200);
    const moved = await smtp.waitFor(3);
    for (const mail of moved) {
      const ics = calendarOf(mail)!;
      expect(icsValue(ics, 'UID')).toBe(uid);
      expect(icsValue(ics, 'SEQUENCE')).toBe('1');
      expect(icsValue(ics, 'DTSTART')).toBe('20261215T130000Z');
    }

    smtp.clear();
    await api().post(`/interviews/${interview.id}/cancel`, { reason: 'De kandidaat is ziek' }).expect(200);
    const cancelled = await smtp.waitFor(3);
    for (const mail of cancelled) {
      const ics = calendarOf(mail)!;
      expect(icsValue(ics, 'METHOD')).toBe('CANCEL');
      expect(icsValue(ics, 'UID')).toBe(uid);
      expect(icsValue(ics, 'SEQUENCE')).toBe('2');
      expect(icsValue(ics, 'STATUS')).toBe('CANCELLED');
    }
  });

  it('tells a rejected applicant after the vacancy’s delay, which a vacancy sets', async () => {
    const now = await openVacancy({ rejectionMailDelayHours: 0 });
    const first = await apply(now.id);
    await smtp.waitFor(1);
    smtp.clear();
    await api()
      .post(`/applications/${first.applicationId}/moves`, { stage: 'rejected', reason: 'Te weinig ervaring' })
      .expect(200);
    const [rejection] = await smtp.waitFor(1);
    expect((rejection.to as { value: { address: string }[] }).value[0].address).toBe(first.candidate.email);

    smtp.clear();
    const later = await openVacancy();
    const second = await apply(later.id);
    await smtp.waitFor(1);
    await api()
      .post(`/applications/${second.applicationId}/moves`, { stage: 'rejected', reason: 'Te weinig ervaring' })
      .expect(200);
    await settle();
    const { body: timeline } = await api().get(`/applications/${second.applicationId}/timeline`).expect(200);
    const queued = timeline.find((entry: { mail?: { template: string } }) => entry.mail?.template === 'rejection');
    expect(queued.mail.status).toBe('queued');
    const delay = new Date(queued.mail.sendAfter).getTime() - new Date(queued.mail.queuedAt).getTime();
    expect(delay).toBe(48 * 3600 * 1000);
  });

  it('sends a recruiter’s template mail and the shortlist to the hiring manager', async () => {
    const vacancy = await openVacancy();
    const { applicationId, candidate } = await apply(vacancy.id);
    await smtp.waitFor(1);
    smtp.clear();
    await api()
      .post(`/applications/${applicationId}/mails`, {
        template: 'recruiter-note',
        message: 'Dank voor je tijd.\nTot snel.',
      })
      .expect(201);
    const [note] = await smtp.waitFor(1);
    expect((note.to as { value: { address: string }[] }).value[0].address).toBe(candidate.email);
    expect(note.text).toContain('Dank voor je tijd.');
    expect(note.text).toContain('Recruiter Een');
    const bad = await api().post(`/applications/${applicationId}/mails`, { template: 'recruiter-note' }).expect(400);
    expect(bad.body.errors[0].field).toBe('message');

    smtp.clear();
    await api().post(`/vacancies/${vacancy.id}/shortlist/ready`, { note: 'De top drie is sterk.' }).expect(201);
    const [shortlist] = await smtp.waitFor(1);
    expect((shortlist.to as { value: { address: string }[] }).value[0].address).toBe(manager.user.email);
    expect(shortlist.text).toContain('De top drie is sterk.');
  });

  it('retries while the SMTP server refuses, fails for good after the last attempt, and lets an admin retry', async () => {
    const vacancy = await openVacancy();
    smtp.refuse(true);
    const { candidate } = await apply(vacancy.id);
    // Refused a few times, then accepted: it arrives once.
    await new Promise((resolve) => setTimeout(resolve, 150));
    smtp.refuse(false);
    const [mail] = await smtp.waitFor(1);
    expect((mail.to as { value: { address: string }[] }).value[0].address).toBe(candidate.email);

    smtp.clear();
    smtp.refuse(true);
    const second = await apply(vacancy.id);
    let failed: { id: string; name: string; error: string }[] = [];
    for (let waited = 0; waited < 20_000 && !failed.length; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      failed = (await api(admin).get('/jobs').expect(200)).body.failed;
    }
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ name: 'mail.send', attempts: 9 });
    expect(failed[0].error).toMatch(/451|refus/i);
    const report = (await api(admin).get('/jobs').expect(200)).body;
    expect(report.queue).toBe(kind);
    expect(report.counts.failed).toBe(1);
    await api(recruiter).get('/jobs').expect(403);

    smtp.refuse(false);
    await api(admin).post(`/jobs/${failed[0].id}/retry`).expect(200);
    await api(admin).post(`/jobs/${failed[0].id}/retry`).expect(404);
    const [late] = await smtp.waitFor(1);
    expect((late.to as { value: { address: string }[] }).value[0].address).toBe(second.candidate.email);
  }, 30_000);

  it('sends a mail again with the same Message-ID when the record of its sending was lost', async () => {
    const vacancy = await openVacancy();
    const mails = t.get(MailsRepository);
    const markSent = mails.markSent.bind(mails);
    // The server accepts the first attempt, then the process stops before recording it.
    const spy = jest
      .spyOn(mails, 'markSent')
      .mockImplementationOnce(async () => {
        throw new Error('the process stopped right after the server accepted the mail');
      })
      .mockImplementation(markSent);
    try {
      const { applicationId } = await apply(vacancy.id);
      const copies = await smtp.waitFor(2);
      await settle();
      const { body: timeline } = await api().get(`/applications/${applicationId}/timeline`).expect(200);
      const mail = timeline.find((entry: { kind: string }) => entry.kind === 'mail').mail;
      expect(copies.map((copy) => copy.messageId)).toEqual([`<${mail.id}@sift.mail>`, `<${mail.id}@sift.mail>`]);
      expect(mail).toMatchObject({ status: 'sent', attempts: 2, messageId: `<${mail.id}@sift.mail>` });
    } finally {
      spy.mockRestore();
    }
  }, 30_000);

  it('records a mail as sent in its own transaction, not in a request’s that rolls back', async () => {
    const vacancy = await openVacancy();
    smtp.hold(true);
    const { applicationId } = await apply(vacancy.id);
    for (let waited = 0; smtp.holding === 0; waited += 10) {
      if (waited > 10_000) throw new Error('the mail never reached the server');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // A request's transaction, open while the server accepts the mail, that fails afterwards.
    let fail!: (error: Error) => void;
    const request = t.dataSource.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await new Promise((_, reject) => (fail = reject));
    });
    smtp.hold(false);
    await smtp.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    fail(new Error('the request failed'));
    await expect(request).rejects.toThrow('the request failed');
    await settle();
    const { body: timeline } = await api().get(`/applications/${applicationId}/timeline`).expect(200);
    expect(timeline.find((entry: { kind: string }) => entry.kind === 'mail').mail).toMatchObject({ status: 'sent' });
  }, 30_000);

  it('reports the queue on /health', async () => {
    const { body } = await t.http().get('/health').expect(200);
    expect(body.status).toBe('ok');
    expect(body.checks.queue).toMatchObject({ status: 'up', kind, waitingForHandover: 0 });
  });
});
