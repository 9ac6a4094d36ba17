import { ParsedMail } from 'mailparser';
import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import { UsersRepository } from '../src/users/users.repository';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

/** Notes on candidates over the API: who reads and writes them, and the mails their @mentions send. */
describe('notes on a candidate', () => {
  let t: TestApp;
  let smtp: SmtpReceiver;
  let recruiter: MadeUser;
  let colleague: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let interviewer: MadeUser;
  let candidateId: string;
  let applicationId: string;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    t = await createTestApp({ env: { SMTP_URL: smtp.url, JOB_POLL_MS: '50', PUBLIC_URL: 'https://sift.example.com' } });
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    colleague = await makeUser(t, { roles: [Role.Recruiter], name: 'Karel Kollega' });
    manager = await makeUser(t, { roles: [Role.HiringManager], name: 'Mari Mänd' });
    otherManager = await makeUser(t, { roles: [Role.HiringManager], name: 'Otto Ander' });
    interviewer = await makeUser(t, { roles: [Role.Interviewer], name: 'Ivo Interviewer' });
    await t.get(UsersRepository).updateProfile(colleague.user.id, { language: 'nl' });
    await t.get(UsersRepository).updateProfile(manager.user.id, { language: 'et' });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    candidateId = (await makeCandidate(t, recruiter.token, { name: 'Kandidaat <b>Vet</b>' })).id;
    applicationId = (
      await as(t, recruiter.token).post(`/vacancies/${vacancy.id}/applications`, { candidateId }).expect(201)
    ).body.id;
    await settle();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    await settle();
    smtp.clear();
  });

  const settle = () => t.get(JobQueue).idle();
  const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;

  /** The mails received for these users, once each has one (other mails, such as the candidate's, are left aside). */
  async function mailsTo(users: MadeUser[]): Promise<ParsedMail[]> {
    const emails = users.map((user) => user.user.email);
    for (let waited = 0; waited < 10_000; waited += 50) {
      const found = smtp.received.filter((mail) => emails.includes(addressOf(mail) ?? ''));
      if (emails.every((email) => found.some((mail) => addressOf(mail) === email))) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No mail to each of ${emails.join(', ')}`);
  }

  it('keeps a note with its author, and mails each colleague it names in their language, with a link', async () => {
    const { body } = await as(t, recruiter.token)
      .post(`/candidates/${candidateId}/notes`, {
        text: '  Sterk gesprek. @karel kollega en @Mari Mänd: graag jullie blik. @niemand weet het niet.  ',
        applicationId,
      })
      .expect(201);
    expect(body).toMatchObject({
      candidateId,
      applicationId,
      author: { id: recruiter.user.id, name: 'Rita Recruiter' },
      text: 'Sterk gesprek. @karel kollega en @Mari Mänd: graag jullie blik. @niemand weet het niet.',
      unmatched: ['niemand'],
    });
    expect(body.mentions.map((one: { name: string }) => one.name).sort()).toEqual(['Karel Kollega', 'Mari Mänd']);

    await settle();
    const mails = await mailsTo([colleague, manager]);
    const to = (user: MadeUser) => mails.find((mail) => addressOf(mail) === user.user.email)!;
    expect(to(colleague).subject).toBe('Rita Recruiter noemde je in een notitie over Kandidaat <b>Vet</b>');
    expect(to(colleague).text).toContain(`https://sift.example.com/recruiter/candidates/${candidateId}`);
    expect(to(colleague).text).toContain('graag jullie blik');
    expect(to(colleague).html).toContain('Kandidaat &lt;b&gt;Vet&lt;/b&gt;');
    expect(to(manager).subject).toContain('mainis Teid');
  });

  it('mails nobody for a note without a known name, and not the author who names themselves', async () => {
    await as(t, recruiter.token)
      .post(`/candidates/${candidateId}/notes`, { text: '@Rita Recruiter ik bel morgen terug. @Otto Ander' })
      .expect(201)
      .expect(({ body }) => {
        // Otto manages another vacancy: he may not read the candidate, so he is not a colleague to name here.
        expect(body.unmatched).toEqual(['Otto']);
        expect(body.mentions).toEqual([{ id: recruiter.user.id, name: 'Rita Recruiter' }]);
      });
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      smtp.received.filter((mail) => addressOf(mail) !== undefined && !addressOf(mail)!.startsWith('candidate')),
    ).toEqual([]);
  });

  it('lists the notes newest first to those who may read the candidate, and to nobody else', async () => {
    const { body } = await as(t, manager.token).get(`/candidates/${candidateId}/notes`).expect(200);
    expect(body.length).toBeGreaterThanOrEqual(2);
    expect(body[0].text).toContain('ik bel morgen terug');
    expect(body[1].mentions.map((one: { name: string }) => one.name).sort()).toEqual(['Karel Kollega', 'Mari Mänd']);
    expect(body[0].unmatched).toBeUndefined();
    await as(t, otherManager.token).get(`/candidates/${candidateId}/notes`).expect(404);
    await as(t, interviewer.token).get(`/candidates/${candidateId}/notes`).expect(403);
  });

  it('refuses notes from those who may not write them, empty or overlong ones, and a stranger application', async () => {
    await as(t, manager.token).post(`/candidates/${candidateId}/notes`, { text: 'Mag ik dit?' }).expect(403);
    await as(t, recruiter.token).post(`/candidates/${candidateId}/notes`, { text: '   ' }).expect(400);
    await as(t, recruiter.token)
      .post(`/candidates/${candidateId}/notes`, { text: 'x'.repeat(4001) })
      .expect(400);
    const other = await makeCandidate(t, recruiter.token);
    await as(t, recruiter.token)
      .post(`/candidates/${other.id}/notes`, { text: 'Verkeerde sollicitatie', applicationId })
      .expect(400)
      .expect(({ body }) => expect(body.code).toBe('NOTE_APPLICATION_NOT_OF_CANDIDATE'));
    await as(t, recruiter.token)
      .post('/candidates/00000000-0000-4000-8000-000000000000/notes', { text: 'Niemand' })
      .expect(404);
  });
});
