import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

/** The duplicates pages over HTTP: what they show, what their forms do, and what they refuse. */
describe('the duplicates pages', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let pages: SignedInPages;
  let serial = 0;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    pages = await signedInPages(t, recruiter.user.email);
  });
  afterAll(() => t.close());

  const phone = () => `+372 5${String(1_000_000 + (serial += 1)).slice(0, 7)}`;
  const candidate = (fields: Record<string, unknown>) => makeCandidate(t, recruiter.token, fields as never);
  const pair = async (names: [string, string] = ['Kati Kask', 'K. Kask']) => {
    const number = phone();
    const a = await candidate({ name: names[0], phone: number, location: 'Tartu', language: 'et' });
    const b = await candidate({ name: names[1], phone: number.replace('+372 ', ''), language: 'et' });
    return { a, b };
  };
  const post = (path: string, form: Record<string, string> = {}, csrf = pages.csrf) =>
    pages.agent
      .post(path)
      .type('form')
      .send({ ...form, ...(csrf ? { _csrf: csrf } : {}) });

  it('lists a candidate’s possible duplicates with the reasons, a compare link and a form to mark them apart', async () => {
    const { a, b } = await pair();
    const page = await pages.agent.get(`/recruiter/candidates/${a.id}/duplicates`).expect(200);
    expect(page.text).toContain('Possible duplicates of Kati Kask');
    expect(page.text).toContain(`data-candidate="${b.id}"`);
    expect(page.text).toContain(b.email);
    expect(page.text).toContain('same phone');
    expect(page.text).toContain(`href="/recruiter/candidates/${a.id}/merge/${b.id}"`);
    expect(page.text).toContain(`action="/recruiter/candidates/${a.id}/not-duplicate/${b.id}"`);
    expect(page.text).toContain('data-shortcut="m"');
  });

  it('proposes each as a possible duplicate on the other’s candidate page', async () => {
    const { a, b } = await pair(['Mari Maasikas', 'M. Maasikas']);
    for (const [self, other] of [
      [a, b],
      [b, a],
    ]) {
      const page = await pages.agent.get(`/recruiter/candidates/${self.id}`).expect(200);
      expect(page.text).toContain('class="duplicates-notice"');
      expect(page.text).toContain(`href="/recruiter/candidates/${self.id}/merge/${other.id}"`);
    }
    const alone = await candidate({ name: 'Nobody Alike', phone: phone(), language: 'et' });
    const page = await pages.agent.get(`/recruiter/candidates/${alone.id}`).expect(200);
    expect(page.text).not.toContain('class="duplicates-notice"');
  });

  it('sends the merged candidate’s old page to the page that says whom they became', async () => {
    const { a, b } = await pair(['Jaan Tamm', 'J. Tamm']);
    await post(`/recruiter/candidates/${a.id}/merge/${b.id}`).expect(303);
    const old = await pages.agent.get(`/recruiter/candidates/${b.id}`).expect(303);
    expect(old.headers.location).toBe(`/recruiter/candidates/${b.id}/duplicates`);
    const explained = await pages.agent.get(old.headers.location).expect(200);
    expect(explained.text).toContain('data-merged');
    expect(explained.text).toContain(`/recruiter/candidates/${a.id}`);
  });

  it('marks a pair as two people: 303 back with a notice, and neither is proposed again', async () => {
    const { a, b } = await pair();
    const marked = await post(`/recruiter/candidates/${a.id}/not-duplicate/${b.id}`).expect(303);
    expect(marked.headers.location).toBe(`/recruiter/candidates/${a.id}/duplicates?marked=1`);
    const page = await pages.agent.get(marked.headers.location).expect(200);
    expect(page.text).toContain('will not be proposed again');
    expect(page.text).not.toContain(`data-candidate="${b.id}"`);
    const other = await pages.agent.get(`/recruiter/candidates/${b.id}/duplicates`).expect(200);
    expect(other.text).toContain('No possible duplicates found.');
  });

  it('shows the two side by side, with a choice only where they differ', async () => {
    const { a, b } = await pair();
    const page = await pages.agent.get(`/recruiter/candidates/${a.id}/merge/${b.id}`).expect(200);
    expect(page.text).toContain(`action="/recruiter/candidates/${a.id}/merge/${b.id}"`);
    expect(page.text).toMatch(/<fieldset class="merge-field differs" data-field="email">/);
    expect(page.text).toMatch(/<fieldset class="merge-field differs" data-field="name">/);
    expect(page.text).toMatch(/<div class="merge-field same" data-field="language">/);
    // The survivor has no city of its own to lose: it is offered, the other's none checked by default.
    expect(page.text).toMatch(/name="email" value="survivor" checked/);
    expect(page.text).toContain(`href="/recruiter/candidates/${b.id}/merge/${a.id}"`);
  });

  it('merges with the chosen values and sends the recruiter to the survivor (303)', async () => {
    const { a, b } = await pair();
    const merged = await post(`/recruiter/candidates/${a.id}/merge/${b.id}`, {
      email: 'other',
      name: 'survivor',
    }).expect(303);
    expect(merged.headers.location).toBe(`/recruiter/candidates/${a.id}`);
    const survivor = (await as(t, recruiter.token).get(`/candidates/${a.id}`).expect(200)).body;
    expect(survivor).toMatchObject({ name: 'Kati Kask', email: b.email, location: 'Tartu' });
    const tombstone = await pages.agent.get(`/recruiter/candidates/${b.id}/duplicates`).expect(200);
    expect(tombstone.text).toContain('This candidate was merged into Kati Kask');
    expect(tombstone.text).toContain(`href="/recruiter/candidates/${a.id}"`);
    // The tombstone cannot be compared or merged again.
    await pages.agent.get(`/recruiter/candidates/${a.id}/merge/${b.id}`).expect(404);
    await post(`/recruiter/candidates/${a.id}/merge/${b.id}`).expect(409);
  });

  it('shows why a merge is refused on the same page, with the choices kept', async () => {
    const { a, b } = await pair();
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Müügijuht Tartu' },
      { open: true },
    );
    for (const who of [a, b])
      await as(t, recruiter.token).post(`/vacancies/${vacancy.id}/applications`, { candidateId: who.id }).expect(201);
    const page = await pages.agent.get(`/recruiter/candidates/${a.id}/merge/${b.id}`).expect(200);
    expect(page.text).toContain('data-blocked');
    expect(page.text).toContain('Müügijuht Tartu');
    expect(page.text).not.toContain('type="submit" class="button-primary"');
    const refused = await post(`/recruiter/candidates/${a.id}/merge/${b.id}`, { email: 'other' }).expect(409);
    expect(refused.text).toContain('Both applied to the same vacancy, so they cannot be merged.');
    expect(refused.text).toMatch(/name="email" value="other" checked/);
  });

  it('refuses a bad choice with 400 on the same page, and merges nothing', async () => {
    const { a, b } = await pair();
    const refused = await post(`/recruiter/candidates/${a.id}/merge/${b.id}`, { email: 'both' }).expect(400);
    expect(refused.text).toContain('Choose one of the two values for each field.');
    await as(t, recruiter.token).get(`/candidates/${b.id}`).expect(200);
  });

  it('refuses forms without the CSRF token (403) and changes nothing', async () => {
    const { a, b } = await pair();
    await post(`/recruiter/candidates/${a.id}/merge/${b.id}`, { email: 'other' }, '').expect(403);
    await post(`/recruiter/candidates/${a.id}/not-duplicate/${b.id}`, {}, '').expect(403);
    await as(t, recruiter.token).get(`/candidates/${b.id}`).expect(200);
    const page = await pages.agent.get(`/recruiter/candidates/${a.id}/duplicates`).expect(200);
    expect(page.text).toContain(`data-candidate="${b.id}"`);
  });

  it('shows hostile names escaped', async () => {
    const { a, b } = await pair(['<script>alert(1)</script>', '<img src=x onerror=alert(2)>']);
    for (const path of [`/recruiter/candidates/${a.id}/duplicates`, `/recruiter/candidates/${a.id}/merge/${b.id}`]) {
      const page = await pages.agent.get(path).expect(200);
      expect(page.text).not.toContain('<script>alert(1)</script>');
      expect(page.text).not.toContain('<img src=x');
      expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('answers unknown and badly formed ids with the 404 page, and merging with itself with 400', async () => {
    const { a } = await pair();
    await pages.agent.get('/recruiter/candidates/00000000-0000-7000-8000-000000000000/duplicates').expect(404);
    await pages.agent.get('/recruiter/candidates/nope/duplicates').expect(404);
    await pages.agent.get(`/recruiter/candidates/${a.id}/merge/00000000-0000-7000-8000-000000000000`).expect(404);
    await pages.agent.get(`/recruiter/candidates/${a.id}/merge/${a.id}`).expect(400);
  });

  it('is for recruiters and admins: others get the 403 page for the compare page too', async () => {
    const { a, b } = await pair();
    for (const role of [Role.HiringManager, Role.Interviewer]) {
      const user = await makeUser(t, { roles: [role] });
      const session = await signedInPages(t, user.user.email);
      await session.agent.get(`/recruiter/candidates/${a.id}/merge/${b.id}`).expect(403);
    }
  });
});
