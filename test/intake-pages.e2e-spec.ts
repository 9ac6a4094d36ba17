import { Role } from '../src/common/auth/role';
import { cvPdf, cvText, dutchCv, encryptedPdf, PNG_BYTES } from './support/cv-files';
import { as, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { signedInPages, SignedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The CV intake, import and search pages over HTTP, as a browser without scripting uses them. */
describe('the intake, import and search pages', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let pages: SignedInPages;
  let manager: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    pages = await signedInPages(t, recruiter.user.email);
    manager = await makeUser(t, { roles: [Role.HiringManager] });
  });
  afterAll(() => t?.close());

  const candidates = async (search: string) =>
    (
      await as(t, recruiter.token)
        .get(`/candidates?search=${encodeURIComponent(search)}`)
        .expect(200)
    ).body as {
      total: number;
      items: { id: string; name: string; email: string }[];
    };

  const intake = (files: [Buffer, string][], fields: Record<string, string> = {}, csrf = pages.csrf) => {
    let post = pages.agent.post(`/recruiter/intake?_csrf=${encodeURIComponent(csrf)}`);
    for (const [bytes, name] of files) post = post.attach('file', bytes, name);
    for (const [key, value] of Object.entries(fields)) post = post.field(key, value);
    return post;
  };

  describe('CV intake', () => {
    it('shows the drop area, a real multiple file input in its label, and the open vacancies to apply to', async () => {
      const profile = await makeProfile(t, recruiter.token);
      const vacancy = await makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], title: `Open ${HOSTILE}` },
        { open: true },
      );
      const page = await pages.agent.get('/recruiter/intake').expect(200);
      expect(page.text).toMatch(/<label class="intake-drop" for="intake-files">/);
      expect(page.text).toMatch(/<input id="intake-files" name="file" type="file" multiple accept="[^"]+"/);
      expect(page.text).toContain(
        `<option value="${vacancy.id}">Open &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</option>`,
      );
      expect(page.text).not.toContain(HOSTILE);
    });

    it('takes in several files by one form post: a new candidate, a second file of the same person matched by e-mail, a refusal with its reason', async () => {
      const blocks = dutchCv('Kandidaat Intake Een', 'intake.een@example.com');
      const response = await intake([
        [await cvPdf(blocks), 'een.pdf'],
        [cvText(blocks), `${HOSTILE}.txt`],
        [PNG_BYTES, 'foto.pdf'],
        [await encryptedPdf(dutchCv('Kandidaat Slot', 'slot@example.com')), 'slot.pdf'],
      ]).expect(200);
      const [found] = (await candidates('intake.een@example.com')).items;
      expect(found).toBeDefined();
      const outcomes = [...response.text.matchAll(/data-outcome="(\w+)"(?: data-code="(\w+)")?/g)].map((m) => [
        m[1],
        m[2],
      ]);
      expect(outcomes).toEqual([
        ['created', undefined],
        ['matched', undefined],
        ['refused', 'CV_UNSUPPORTED_TYPE'],
        ['refused', 'CV_ENCRYPTED'],
      ]);
      expect(response.text.split(`href="/recruiter/candidates/${found.id}"`)).toHaveLength(3);
      expect(response.text).toContain(
        '<span class="intake-file">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;.txt</span>',
      );
      expect(response.text).toContain('>Kandidaat Intake Een</a>');
      expect(response.text).not.toContain(HOSTILE);
      expect(response.text).toContain('The file is protected with a password.');
      expect(response.text).toContain('This kind of file cannot be read.');
      expect(response.text).toContain('New candidates: 1 · matched by e-mail: 1 · refused: 2');
      expect((await candidates('slot@example.com')).total).toBe(0);
    });

    it('answers one file’s outcome as a fragment for the page’s script, with the token in a header', async () => {
      const bytes = cvText(dutchCv('Kandidaat Fragment', 'fragment@example.com'));
      const first = await pages.agent
        .post('/recruiter/intake')
        .set('HX-Request', 'true')
        .set('X-CSRF-Token', pages.csrf)
        .attach('file', bytes, 'fragment.txt')
        .expect(200);
      expect(first.text.trim()).toMatch(/^<li class="intake-outcome intake-created" data-outcome="created">/);
      expect(first.text).not.toContain('<html');
      const again = await pages.agent
        .post('/recruiter/intake')
        .set('HX-Request', 'true')
        .set('X-CSRF-Token', pages.csrf)
        .attach('file', bytes, 'fragment.txt')
        .expect(200);
      expect(again.text).toContain('data-outcome="matched"');
      expect(again.text).toContain('this CV was already on file');
    });

    it('applies each candidate to the vacancy chosen, and keeps the choice on the result page', async () => {
      const profile = await makeProfile(t, recruiter.token);
      const vacancy = await makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
        { open: true },
      );
      const response = await intake([[cvText(dutchCv('Kandidaat Vacature', 'vacature@example.com')), 'cv.txt']], {
        vacancyId: vacancy.id,
      }).expect(200);
      expect(response.text).toContain('applied to the vacancy');
      expect(response.text).toContain(`<option value="${vacancy.id}" selected>`);
      const list = await as(t, recruiter.token).get(`/applications?vacancyId=${vacancy.id}`).expect(200);
      expect(JSON.stringify(list.body)).toContain(
        'vacature@example.com'.length ? (await candidates('vacature@example.com')).items[0].id : '',
      );
    });

    it('refuses more than 50 files on the page, and takes in none of them', async () => {
      const files: [Buffer, string][] = Array.from({ length: 51 }, (_, i) => [
        cvText(dutchCv(`Kandidaat Veel ${i}`, `veel${i}@example.com`)),
        `veel-${i}.txt`,
      ]);
      const response = await intake(files).expect(422);
      expect(response.text).toContain('At most 50 files at once.');
      expect((await candidates('veel')).total).toBe(0);
    });

    it('asks for a file when none is sent', async () => {
      const response = await intake([]).field('vacancyId', '').expect(400);
      expect(response.text).toContain('Choose at least one file.');
    });

    it('refuses a post without its CSRF token, and takes in nothing', async () => {
      const bytes = cvText(dutchCv('Kandidaat Zonder Token', 'zonder.token@example.com'));
      await pages.agent.post('/recruiter/intake').attach('file', bytes, 'cv.txt').expect(403);
      await intake([[bytes, 'cv.txt']], {}, 'not-the-token').expect(403);
      expect((await candidates('zonder.token@example.com')).total).toBe(0);
    });

    it('is not for hiring managers', async () => {
      const theirs = await signedInPages(t, manager.user.email);
      await theirs.agent.get('/recruiter/intake').expect(403);
      await theirs.agent
        .post(`/recruiter/intake?_csrf=${encodeURIComponent(theirs.csrf)}`)
        .attach('file', cvText(dutchCv('Kandidaat Manager', 'manager.cv@example.com')), 'cv.txt')
        .expect(403);
      expect((await candidates('manager.cv@example.com')).total).toBe(0);
    });
  });

  describe('with a small CV size limit', () => {
    let small: TestApp;
    let smallPages: SignedInPages;

    beforeAll(async () => {
      small = await createTestApp({ env: { CV_MAX_SIZE: '2kb' } });
      smallPages = await signedInPages(small, (await makeUser(small, { roles: [Role.Recruiter] })).user.email);
    });
    afterAll(() => small?.close());

    it('answers a file over the limit as a refused outcome for the script, and on the form page without it', async () => {
      const big = Buffer.alloc(4096, 'a');
      const fragment = await smallPages.agent
        .post('/recruiter/intake')
        .set('HX-Request', 'true')
        .set('X-CSRF-Token', smallPages.csrf)
        .attach('file', big, 'big.txt')
        .expect(200);
      expect(fragment.text).toContain('data-outcome="refused" data-code="CV_TOO_LARGE"');
      expect(fragment.text).toContain('data-unnamed');
      const page = await smallPages.agent
        .post(`/recruiter/intake?_csrf=${encodeURIComponent(smallPages.csrf)}`)
        .attach('file', big, 'big.txt')
        .expect(422);
      expect(page.text).toContain('The file is larger than a CV may be.');
      expect(page.text).toContain('<form class="stack intake-form"');
    });
  });

  describe('import', () => {
    const csv = [
      'name,email,job_title,job_employer,job_start',
      'Import Een,import.een@example.com,Accountmanager,Importbedrijf BV,2020-01-01',
      `${HOSTILE},not-an-address,Verkoper,Elders,2019-01-01`,
      'Import Twee,import.twee@example.com,Accountmanager,Tweede BV,2021-05-01',
    ].join('\n');

    const post = (fields: Record<string, string>, file?: [Buffer, string], csrf = pages.csrf) => {
      let request = pages.agent.post(`/recruiter/import?_csrf=${encodeURIComponent(csrf)}`);
      for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
      if (file) request = request.attach('file', file[0], file[1]);
      return request;
    };

    it('imports pasted CSV, and lists the bad line with its number and reason, what was pasted kept', async () => {
      const response = await post({ text: csv, format: 'auto' }).expect(200);
      expect(response.text).toMatch(/data-created="2" data-updated="0" data-failed="1"/);
      expect(response.text).toMatch(/<tr data-line="3">\s*<td class="num">3<\/td>/);
      expect(response.text).toContain('<code>email</code>');
      expect(response.text).not.toContain(HOSTILE);
      expect(response.text).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;,not-an-address');
      expect((await candidates('import.een@example.com')).total).toBe(1);
    });

    it('imports an uploaded JSON lines file; the same file again changes nothing', async () => {
      const lines = Buffer.from(
        [JSON.stringify({ basics: { name: 'Json Een', email: 'json.een@example.com' } }), '{not json'].join('\n'),
      );
      const first = await post({ text: '' }, [lines, 'kandidaten.jsonl']).expect(200);
      expect(first.text).toMatch(/data-created="1" data-updated="0" data-failed="1"/);
      expect(first.text).toMatch(/<tr data-line="2">/);
      const again = await post({ text: '' }, [lines, 'kandidaten.jsonl']).expect(200);
      expect(again.text).toMatch(/data-created="0" data-updated="0" data-failed="1"/);
    });

    it('asks for something to import when nothing is sent', async () => {
      const response = await post({ text: '  ' }).expect(400);
      expect(response.text).toContain('Choose a file or paste the lines to import.');
    });

    it('refuses a post without its CSRF token, and imports nothing', async () => {
      const text = 'name,email\nZonder Token,import.zonder@example.com';
      await pages.agent.post('/recruiter/import').field('text', text).expect(403);
      await pages.agent.post('/recruiter/import').type('form').send({ text }).expect(403);
      expect((await candidates('import.zonder@example.com')).total).toBe(0);
    });
  });

  describe('search', () => {
    beforeAll(async () => {
      const api = as(t, recruiter.token);
      const make = async (name: string, email: string, facts: object[]) => {
        const candidate = (await api.post('/candidates', { name, email }).expect(201)).body as { id: string };
        for (const fact of facts) await api.post(`/candidates/${candidate.id}/facts`, fact).expect(201);
        return candidate;
      };
      await make('Zoek Werkgever', 'zoek.werkgever@example.com', [
        {
          kind: 'work',
          source: 'recruiter',
          data: { title: 'Verkoper', employer: 'Oud Bedrijf', start: '2010-01-01', end: '2015-01-01' },
        },
        {
          kind: 'work',
          source: 'recruiter',
          data: { title: 'Accountmanager', employer: 'Zoekbaar Logistiek BV', start: '2016-01-01' },
        },
      ]);
      await make('Zoek Competentie', 'zoek.competentie@example.com', [
        { kind: 'competency', source: 'recruiter', data: { code: 'persuasiveness', level: 4 } },
      ]);
      await make(HOSTILE, 'zoek.vijandig@example.com', []);
      for (let i = 0; i < 27; i++)
        await make(`Zoek Veel ${String(i).padStart(2, '0')}`, `zoek.veel${i}@example.com`, []);
    });

    it('finds a candidate by an employer, past or current, and shows the current one', async () => {
      const response = await pages.agent.get('/recruiter/search?q=zoekbaar logistiek').expect(200);
      expect(response.text).toContain('Candidates found: 1');
      expect(response.text).toContain('Zoek Werkgever');
      expect(response.text).toContain('<td>Zoekbaar Logistiek BV</td>');
      const old = await pages.agent.get('/recruiter/search?q=oud bedrijf').expect(200);
      expect(old.text).toContain('Zoek Werkgever');
    });

    it('finds a candidate by a competency named in any language, over the API too', async () => {
      for (const word of ['overtuigingskracht', 'Persuasive', 'veenmisoskus']) {
        const response = await pages.agent.get(`/recruiter/search?q=${encodeURIComponent(word)}`).expect(200);
        expect(response.text).toContain('Zoek Competentie');
      }
      expect((await candidates('overtuigingskracht')).items.map((c) => c.name)).toEqual(['Zoek Competentie']);
      expect((await candidates('Zoekbaar')).items.map((c) => c.name)).toEqual(['Zoek Werkgever']);
    });

    it('shows the latest application beside a candidate who applied', async () => {
      const response = await pages.agent.get('/recruiter/search?q=vacature@example.com').expect(200);
      expect(response.text).toMatch(/<td>Accountmanager B<span class="sub">Applied · [^<]+<\/span><\/td>/);
    });

    it('finds by employer only among the candidates a hiring manager may see, over the API', async () => {
      const found = await as(t, manager.token).get('/candidates?search=Zoekbaar').expect(200);
      expect(found.body.total).toBe(0);
    });

    it('pages the results, 25 a page, with links to the pages beside', async () => {
      const first = await pages.agent.get('/recruiter/search?q=zoek.veel').expect(200);
      expect(first.text).toContain('Candidates found: 27');
      expect(first.text).toContain('1–25 of 27');
      expect(first.text).toContain('href="/recruiter/search?q&#x3D;zoek.veel&amp;page&#x3D;2"');
      const second = await pages.agent.get('/recruiter/search?q=zoek.veel&page=2').expect(200);
      expect(second.text).toContain('26–27 of 27');
      expect(second.text).toContain('rel="prev"');
      expect(second.text).not.toContain('rel="next"');
    });

    it('shows hostile names as text, links each to its candidate page, and answers a bad page number with 400', async () => {
      const response = await pages.agent.get('/recruiter/search?q=vijandig').expect(200);
      expect(response.text).not.toContain(HOSTILE);
      expect(response.text).toMatch(/<a href="\/recruiter\/candidates\/[0-9a-f-]{36}">&lt;img/);
      await pages.agent.get('/recruiter/search?q=zoek&page=0').expect(400);
      await pages.agent.get('/recruiter/search?q=zoek&page=abc').expect(400);
    });

    it('shows a search field that / focuses, and no results before a search', async () => {
      const response = await pages.agent.get('/recruiter/search').expect(200);
      expect(response.text).toContain('data-shortcut="/" aria-describedby="search-hint"');
      expect(response.text).not.toContain('search-results');
    });
  });
});
