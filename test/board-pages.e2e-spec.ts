import { Role } from '../src/common/auth/role';
import {
  as,
  makeCandidate,
  makeProfile,
  makeSalesCandidate,
  makeUser,
  makeVacancy,
  MadeUser,
} from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The pipeline board, its list, its moves and the outbox over HTTP, as a browser without scripts uses them. */
describe('the pipeline board’s pages', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let other: MadeUser;
  let pages: SignedInPages;
  let vacancy: { id: string; rounds: { id: string; name: string }[] };
  let applied: string[];
  let hostile: string;
  let knockedOut: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    other = await makeUser(t, { roles: [Role.Recruiter], name: 'Otto Other' });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title: 'Accountmanager Utrecht' },
      { open: true },
    );
    const api = as(t, recruiter.token);
    const apply = async (candidateId: string, source?: string) =>
      (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId, source }).expect(201)).body.id as string;
    const sales: [string, string] = ['2018-01-01', '2022-01-01'];
    hostile = await apply((await makeSalesCandidate(t, recruiter.token, 'wo', sales, HOSTILE)).id, 'referral');
    knockedOut = await apply((await makeSalesCandidate(t, recruiter.token, 'mbo 3', sales, 'Kees Knock')).id);
    applied = [hostile, knockedOut];
    for (let n = 0; n < 28; n += 1) {
      applied.push(await apply((await makeCandidate(t, recruiter.token, { name: `Applicant ${n + 10}` })).id));
    }
    pages = await signedInPages(t, recruiter.user.email);
  });
  afterAll(() => t.close());

  /** The page as a browser reads it: Handlebars writes = in attributes as &#x3D;. */
  const decoded = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
  const board = () => `/recruiter/vacancies/${vacancy.id}/board`;
  const stageOf = async (id: string) => (await as(t, recruiter.token).get(`/applications/${id}`).expect(200)).body;
  const cardsIn = (html: string, stage: string) => {
    const column = html.split(`data-column="${stage}"`)[1]?.split('</section>')[0] ?? '';
    return [...column.matchAll(/data-card="([^"]+)"/g)].map((match) => match[1]);
  };

  it('shows a column per stage with its count, the first 15 cards best first, and a "more" link to the list', async () => {
    const { text } = await pages.agent.get(board()).expect(200);
    expect(text).toContain('Accountmanager Utrecht');
    expect(text).toMatch(/id="board-count-applied">30</);
    expect(text).toMatch(/id="board-count-offer">0</);
    const cards = cardsIn(text, 'applied');
    expect(cards).toHaveLength(15);
    expect(cards[0]).toBe(hostile);
    expect(decoded(text)).toContain(`href="/recruiter/vacancies/${vacancy.id}/applications?stage=applied"`);
    expect(text).toContain('15 more');
    expect(text).toContain(`href="/recruiter/candidates/`);
    expect(text).toContain('Knock-out');
  });

  it('loads the next cards of a column as a fragment, without the layout', async () => {
    const { text } = await pages.agent.get(board()).expect(200);
    const more = /hx-get="([^"]+)"/.exec(decoded(text))![1];
    const fragment = await pages.agent.get(more).set('HX-Request', 'true').expect(200);
    expect(fragment.text).not.toContain('<html');
    const next = [...fragment.text.matchAll(/data-card="([^"]+)"/g)].map((match) => match[1]);
    expect(next).toHaveLength(15);
    expect(new Set([...cardsIn(text, 'applied'), ...next]).size).toBe(30);
    expect(fragment.text).not.toContain('board-more');
    await pages.agent.get(`${board()}/column?stage=applied&after=nonsense`).expect(400);
  });

  it('shows hostile names as text', async () => {
    const { text } = await pages.agent.get(board()).expect(200);
    expect(text).not.toContain(HOSTILE);
    expect(text).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    const list = await pages.agent.get(`/recruiter/vacancies/${vacancy.id}/applications`).expect(200);
    expect(list.text).not.toContain(HOSTILE);
  });

  it('filters by text, eligibility, score and source', async () => {
    const only = async (query: string) => {
      const { text } = await pages.agent.get(`${board()}?${query}`).expect(200);
      return cardsIn(text, 'applied');
    };
    expect(await only('q=kees')).toEqual([knockedOut]);
    expect(await only('eligibility=knocked_out')).toEqual([knockedOut]);
    expect(await only('source=referral')).toEqual([hostile]);
    expect(await only('minScore=30')).toEqual([hostile]);
    expect(await only('minScore=20&maxScore=30')).toEqual([knockedOut]);
    await pages.agent.get(`${board()}?minScore=101`).expect(400);
    await pages.agent.get(`${board()}?eligibility=maybe`).expect(400);
  });

  it('moves an application by its card’s form and goes back to the board', async () => {
    const id = applied[10];
    const { revision } = await stageOf(id);
    await pages.agent
      .post(`/recruiter/applications/${id}/move`)
      .type('form')
      .send({ _csrf: pages.csrf, to: 'screening', revision: String(revision) })
      .expect(303)
      .expect('Location', board());
    expect((await stageOf(id)).stage).toBe('screening');
    const { text } = await pages.agent.get(board()).expect(200);
    expect(cardsIn(text, 'screening')).toContain(id);
    expect(text).toMatch(/id="board-count-screening">1</);
  });

  it('answers htmx with the moved card and the counts out of band', async () => {
    const id = applied[11];
    const { revision } = await stageOf(id);
    const { text } = await pages.agent
      .post(`/recruiter/applications/${id}/move`)
      .set('HX-Request', 'true')
      .type('form')
      .send({ _csrf: pages.csrf, to: 'screening', revision: String(revision) })
      .expect(200);
    expect(text).not.toContain('<html');
    expect(text).toContain(`id="card-${id}"`);
    expect(text).toMatch(new RegExp(`id="card-${id}"[^>]*data-stage="screening"`));
    expect(text).toMatch(/id="board-count-screening" hx-swap-oob="true">2</);
    expect(text).toMatch(/id="board-count-applied" hx-swap-oob="true">28</);
  });

  it('refuses a stale move, naming who moved it and where to, and offers to reload; nothing else changes', async () => {
    const id = applied[12];
    const { revision } = await stageOf(id);
    await as(t, other.token).post(`/applications/${id}/moves`, { stage: 'screening', revision }).expect(200);
    const { text } = await pages.agent
      .post(`/recruiter/applications/${id}/move`)
      .type('form')
      .send({ _csrf: pages.csrf, to: 'rejected', reason: 'Te laat', revision: String(revision) })
      .expect(409);
    expect(text).toContain('Otto Other moved this application meanwhile, to Screening.');
    expect(decoded(text)).toContain(`<a href="${board()}" class="board-reload">Reload the board</a>`);
    const now = await stageOf(id);
    expect(now).toMatchObject({ stage: 'screening', revision: revision + 1 });

    const htmx = await pages.agent
      .post(`/recruiter/applications/${id}/move`)
      .set('HX-Request', 'true')
      .type('form')
      .send({ _csrf: pages.csrf, to: 'rejected', reason: 'Te laat', revision: String(revision) })
      .expect(200);
    expect(htmx.headers['hx-reswap']).toBe('none');
    expect(htmx.text).toContain('id="board-message"');
    expect(htmx.text).toContain('Otto Other moved this application meanwhile');
    expect((await stageOf(id)).revision).toBe(revision + 1);
  });

  it('shows a move the plan does not allow, or one without its reason, on the board', async () => {
    const id = applied[13];
    const refused = await pages.agent
      .post(`/recruiter/applications/${id}/move`)
      .type('form')
      .send({ _csrf: pages.csrf, to: 'offer' })
      .expect(409);
    expect(refused.text).toContain('That move is not allowed from where the application stands.');
    const noReason = await pages.agent
      .post(`/recruiter/applications/${id}/move`)
      .type('form')
      .send({ _csrf: pages.csrf, to: 'rejected' })
      .expect(400);
    expect(noReason.text).toContain('give a reason');
    expect((await stageOf(id)).stage).toBe('applied');
  });

  it('refuses a move without its CSRF token and changes nothing', async () => {
    const id = applied[14];
    await pages.agent.post(`/recruiter/applications/${id}/move`).type('form').send({ to: 'screening' }).expect(403);
    await pages.agent
      .post(`/recruiter/vacancies/${vacancy.id}/bulk`)
      .type('form')
      .send({ applicationIds: id, to: 'rejected', reason: 'x' })
      .expect(403);
    expect((await stageOf(id)).stage).toBe('applied');
  });

  it('answers unknown vacancies and applications with the not-found page', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await pages.agent.get(`/recruiter/vacancies/${missing}/board`).expect(404);
    await pages.agent.get(`/recruiter/vacancies/nonsense/applications`).expect(404);
    await pages.agent
      .post(`/recruiter/applications/${missing}/move`)
      .type('form')
      .send({ _csrf: pages.csrf, to: 'screening' })
      .expect(404);
  });

  it('lists applications sorted and paged, with the filter kept', async () => {
    const list = (query: string) => pages.agent.get(`/recruiter/vacancies/${vacancy.id}/applications?${query}`);
    const first = await list('sort=name').expect(200);
    const names = [...first.text.matchAll(/<th scope="row"><a [^>]+>([^<]+)</g)].map((match) => match[1]);
    expect(names).toHaveLength(30);
    expect(names.slice(0, 3)).toEqual(['&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;', 'Applicant 10', 'Applicant 11']);
    expect(first.text).toContain('aria-sort="ascending"');
    const filtered = await list('stage=screening&sort=-days').expect(200);
    // Two moved by the card's form and by htmx, one by someone else.
    expect(filtered.text).toContain('1–3 of 3');
    await list('page=0').expect(400);
    await list('sort=nonsense').expect(400);
  });

  it('rejects a selection in bulk with the rejection mail, and the outbox shows the mails', async () => {
    const chosen = [applied[20], applied[21], knockedOut];
    await as(t, recruiter.token).post(`/applications/${knockedOut}/moves`, { stage: 'withdrawn', reason: 'x' });
    const done = await pages.agent
      .post(`/recruiter/vacancies/${vacancy.id}/bulk`)
      .type('form')
      .send(
        `_csrf=${encodeURIComponent(pages.csrf)}&to=rejected&reason=Ander+profiel&mail=rejection&` +
          chosen.map((id) => `applicationIds=${id}`).join('&'),
      )
      .expect(303);
    expect(done.headers.location).toBe(`/recruiter/vacancies/${vacancy.id}/applications?moved=2&skipped=1`);
    const list = await pages.agent.get(done.headers.location).expect(200);
    expect(list.text).toContain('2 moved; 1 not moved');
    for (const id of chosen.slice(0, 2)) expect((await stageOf(id)).stage).toBe('rejected');

    const outbox = await pages.agent.get('/recruiter/mails?status=queued').expect(200);
    const rejections = outbox.text.split('<tr data-status').filter((row) => row.includes('Rejection'));
    expect(rejections).toHaveLength(2);
    expect(rejections.join('')).toContain('Applicant 28');
    expect(outbox.text).toContain('Accountmanager Utrecht');
    await pages.agent.get('/recruiter/mails?status=lost').expect(400);
  });

  it('refuses a bulk move of nothing with a message on the board', async () => {
    const { text } = await pages.agent
      .post(`/recruiter/vacancies/${vacancy.id}/bulk`)
      .type('form')
      .send({ _csrf: pages.csrf, to: 'screening' })
      .expect(400);
    expect(text).toContain('role="alert"');
  });
});
