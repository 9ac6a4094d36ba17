import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import { as, MadeUser, makeCandidate, makeUser } from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

/** The candidate page's erasure form: an admin's only, confirmed, refused on a hold, then the erased record. */
describe('erasing a candidate from their page', () => {
  let t: TestApp;
  let admin: MadeUser;
  let recruiter: MadeUser;
  let pages: SignedInPages;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: [Role.Admin] });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    pages = await signedInPages(t, admin.user.email);
  });
  afterAll(() => t.close());

  const erase = (id: string, form: Record<string, string>) =>
    pages.agent
      .post(`/recruiter/candidates/${id}/erasure`)
      .type('form')
      .send({ ...form, _csrf: pages.csrf });

  it('shows the form to an admin only, asks for a reason and a confirmation, and names a hold', async () => {
    const candidate = await makeCandidate(t, recruiter.token, { name: 'Anu Aas', email: 'anu.aas@example.ee' });
    const page = await pages.agent.get(`/recruiter/candidates/${candidate.id}`).expect(200);
    expect(page.text).toContain('Erase this candidate');
    const theirs = await signedInPages(t, recruiter.user.email);
    expect((await theirs.agent.get(`/recruiter/candidates/${candidate.id}`).expect(200)).text).not.toContain(
      'Erase this candidate',
    );

    expect((await erase(candidate.id, { reason: 'short', confirm: 'yes' }).expect(400)).text).toContain(
      'Say why, in at least 10 characters.',
    );
    expect((await erase(candidate.id, { reason: 'Asked by e-mail on 3 December' }).expect(400)).text).toContain(
      'Tick the box to confirm',
    );
    const { body: hold } = await as(t, admin.token)
      .post('/legal-holds', { candidateId: candidate.id, reason: 'Dispute over the offer, file 77' })
      .expect(201);
    const held = await erase(candidate.id, { reason: 'Asked by e-mail on 3 December', confirm: 'yes' }).expect(409);
    expect(held.text).toContain('A legal hold stops the erasure: Dispute over the offer, file 77.');
    await as(t, admin.token).post(`/legal-holds/${hold.id}/release`, {}).expect(200);

    const done = await erase(candidate.id, { reason: 'Asked by e-mail on 3 December', confirm: 'yes' }).expect(303);
    expect(done.headers.location).toBe(`/recruiter/candidates/${candidate.id}?erasure=asked#subject-access`);
    const asked = await pages.agent.get(done.headers.location).expect(200);
    expect(asked.text).toContain('The erasure is under way');
    await t.get(JobQueue).idle();
    const after = await pages.agent.get(`/recruiter/candidates/${candidate.id}`).expect(200);
    expect(after.text).toContain('This candidate&#x27;s personal data was erased on');
    expect(after.text).not.toContain('Anu Aas');
    expect(after.text).not.toContain('Erase this candidate');
  });
});
