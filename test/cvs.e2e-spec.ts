import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rescorer } from '../src/applications/rescorer.service';
import { Role } from '../src/common/auth/role';
import { parseEducationLevel } from '../src/scoring/education-scale';
import { cvDocx, cvPdf, cvText, dutchCv, encryptedPdf, PNG_BYTES, scannedPdf } from './support/cv-files';
import { docxZipBomb, handmadePdf, longDocx, pdfStreamBomb, placedText } from './support/cv-test-files';
import { as, bearer, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('CV intake', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let interviewer: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
  });
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const upload = (url: string, bytes: Buffer, fileName: string, user: MadeUser = recruiter) =>
    t.http().post(url).set(bearer(user.token)).attach('file', bytes, fileName);
  const storedFiles = () => {
    const root = t.settings.cv.storageDir;
    if (!existsSync(root)) return [];
    return readdirSync(root).flatMap((folder) => readdirSync(join(root, folder)));
  };

  it("reads a candidate's CV into proposed facts, each with the words it rests on", async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const bytes = cvText(dutchCv());
    const response = await upload(`/candidates/${candidate.id}/cvs`, bytes, 'cv.txt').expect(201);
    const { cv, facts, stored } = response.body;
    expect(stored).toBe(true);
    expect(cv).toMatchObject({ format: 'text', language: 'nl', status: 'read', fileName: 'cv.txt', pages: null });
    expect(cv.sizeBytes).toBe(bytes.length);

    const sales = facts.find((fact: any) => fact.kind === 'work' && /accountmanager/i.test(fact.data.title));
    expect(sales).toMatchObject({
      source: 'cv',
      confirmed: false,
      review: 'proposed',
      cvId: cv.id,
      data: { start: '2019-01-01', end: null, salesRole: true },
    });
    const logistics = facts.find((fact: any) => fact.kind === 'work' && /logistiek/i.test(fact.data.title));
    expect(logistics.data).toMatchObject({ start: '2015-01-01', end: '2018-12-31' });
    expect(logistics.data.salesRole).not.toBe(true);
    const education = facts.find((fact: any) => fact.kind === 'education');
    expect(parseEducationLevel(education.data.level)?.code).toBe(parseEducationLevel('hbo')?.code);
    expect(facts.find((fact: any) => fact.kind === 'client_base')?.data.activeAccounts).toBe(40);
    expect(facts.filter((fact: any) => fact.kind === 'language').map((fact: any) => fact.data)).toEqual(
      expect.arrayContaining([{ language: 'nl', level: 'native' }]),
    );

    const read = await api().get(`/candidates/${candidate.id}/cvs/${cv.id}`).expect(200);
    for (const fact of facts) {
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
      expect(read.body.text.slice(fact.span.start, fact.span.end).replace(/\s+/g, ' ').trim()).toBe(fact.evidence);
    }
    expect(read.body.text.slice(sales.span.start, sales.span.end)).toContain('2019');
    expect(read.body.facts.map((fact: any) => fact.id).sort()).toEqual(facts.map((fact: any) => fact.id).sort());
  });

  it('keeps the original, downloadable by those who may see the candidate, and stores the same file once', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const bytes = await cvPdf(dutchCv());
    const first = await upload(`/candidates/${candidate.id}/cvs`, bytes, 'Mijn CV.pdf').expect(201);
    expect(first.body.cv).toMatchObject({ format: 'pdf', pages: 1, status: 'read' });
    const again = await upload(`/candidates/${candidate.id}/cvs`, bytes, 'copy.pdf').expect(200);
    expect(again.body).toMatchObject({ stored: false, cv: { id: first.body.cv.id } });
    expect(again.body.facts).toHaveLength(first.body.facts.length);
    const list = await api().get(`/candidates/${candidate.id}/cvs`).expect(200);
    expect(list.body.map((cv: any) => cv.id)).toEqual([first.body.cv.id]);
    expect(list.body[0].text).toBeUndefined();

    // A hiring manager reads it once the candidate applied to one of their vacancies.
    await api(manager).get(`/candidates/${candidate.id}/cvs/${first.body.cv.id}/file`).expect(404);
    const profile = await makeProfile(t, recruiter.token, 'key-account-manager');
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    await api().post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id }).expect(201);
    const download = await api(manager)
      .get(`/candidates/${candidate.id}/cvs/${first.body.cv.id}/file`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="Mijn CV.pdf"');
    expect(Buffer.compare(download.body, bytes)).toBe(0);
    expect(storedFiles()).toContain(first.body.cv.sha256);

    // Off every panel of the candidate's, an interviewer does not see the CV at all.
    await api(interviewer).get(`/candidates/${candidate.id}/cvs/${first.body.cv.id}/file`).expect(404);
    await upload(`/candidates/${candidate.id}/cvs`, bytes, 'cv.pdf', manager).expect(403);
    await api().get(`/candidates/${candidate.id}/cvs/00000000-0000-4000-8000-000000000000`).expect(404);
  });

  it('reads Word documents', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const response = await upload(`/candidates/${candidate.id}/cvs`, await cvDocx(dutchCv()), 'cv.docx').expect(201);
    expect(response.body.cv).toMatchObject({ format: 'docx', language: 'nl' });
    expect(response.body.facts.some((fact: any) => fact.kind === 'work' && fact.data.salesRole === true)).toBe(true);
  });

  it('makes the candidate from a CV that brings one, and applies them to a vacancy screened on its facts', async () => {
    const profile = await makeProfile(t, recruiter.token, 'key-account-manager');
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const blocks = dutchCv('Kandidaat Tien', 'kandidaat.tien@example.com');
    const response = await t
      .http()
      .post('/candidates/cvs')
      .set(bearer(recruiter.token))
      .field('vacancyId', vacancy.id)
      .attach('file', await cvPdf(blocks), 'cv.pdf')
      .expect(201);
    expect(response.body).toMatchObject({
      candidateCreated: true,
      candidate: { name: 'Kandidaat Tien', email: 'kandidaat.tien@example.com', language: 'nl', source: 'cv' },
    });
    const application = await api().get(`/applications/${response.body.applicationId}`).expect(200);
    expect(application.body.breakdown.find((line: any) => line.criterion === 'salesExperience')).toMatchObject({
      status: 'met',
      unconfirmed: true,
    });

    // The same CV again finds the candidate instead of making a second one.
    const again = await t
      .http()
      .post('/candidates/cvs')
      .set(bearer(recruiter.token))
      .attach('file', await cvPdf(blocks), 'cv.pdf')
      .expect(200);
    expect(again.body).toMatchObject({
      candidateCreated: false,
      stored: false,
      candidate: { id: response.body.candidate.id },
    });
  });

  it('marks what a recruiter confirmed or corrected, screens again on every change, and lets a new CV replace unreviewed proposals', async () => {
    const profile = await makeProfile(t, recruiter.token, 'key-account-manager');
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const candidate = await makeCandidate(t, recruiter.token);
    const { body } = await upload(`/candidates/${candidate.id}/cvs`, cvText(dutchCv()), 'cv.txt').expect(201);
    const applied = await api()
      .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
      .expect(201);
    const scoreOf = async () => (await api().get(`/applications/${applied.body.id}`).expect(200)).body.screeningScore;
    const before = await scoreOf();

    const sales = body.facts.find((fact: any) => fact.kind === 'work' && fact.data.salesRole === true);
    const corrected = await api()
      .patch(`/candidates/${candidate.id}/facts/${sales.id}`, { data: { ...sales.data, salesRole: false } })
      .expect(200);
    expect(corrected.body).toMatchObject({ corrected: true, review: 'corrected', evidence: sales.evidence });
    await t.app.get(Rescorer).idle();
    expect(await scoreOf()).toBeLessThan(before);

    const education = body.facts.find((fact: any) => fact.kind === 'education');
    const confirmed = await api().post(`/candidates/${candidate.id}/facts/${education.id}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ confirmed: true, corrected: false, review: 'confirmed' });

    const language = body.facts.find((fact: any) => fact.kind === 'language');
    await api().delete(`/candidates/${candidate.id}/facts/${language.id}`).expect(204);

    // A newer CV: its proposals replace the old CV's unreviewed ones; reviewed facts stay, and are not proposed twice.
    const newer = await upload(`/candidates/${candidate.id}/cvs`, await cvPdf(dutchCv()), 'cv-2026.pdf').expect(201);
    const facts = (await api().get(`/candidates/${candidate.id}`).expect(200)).body.facts;
    const ids = facts.map((fact: any) => fact.id);
    expect(ids).toEqual(expect.arrayContaining([sales.id, education.id]));
    const oldUnreviewed = body.facts.filter((fact: any) => ![sales.id, education.id, language.id].includes(fact.id));
    for (const fact of oldUnreviewed) expect(ids).not.toContain(fact.id);
    expect(facts.filter((fact: any) => fact.kind === 'education')).toHaveLength(1);
    expect(newer.body.skipped.some((skip: any) => /already has/.test(skip.reason))).toBe(true);
  });

  it('takes a JSON Resume file as a CV: its fields are facts as they stand, without spans', async () => {
    const bytes = readFileSync(join(__dirname, 'fixtures', 'json-resume-accountmanager.json'));
    const response = await t
      .http()
      .post('/candidates/cvs')
      .set(bearer(recruiter.token))
      .attach('file', bytes, 'resume.json')
      .expect(201);
    expect(response.body.cv).toMatchObject({ format: 'json_resume', status: 'read' });
    expect(response.body.candidate.email).toBe('kandidaat.een@example.com');
    expect(response.body.facts.length).toBeGreaterThan(3);
    for (const fact of response.body.facts) expect(fact).toMatchObject({ span: null, confidence: 1, source: 'cv' });
  });

  it('keeps a scanned PDF, marked as having no text', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const response = await upload(`/candidates/${candidate.id}/cvs`, await scannedPdf(), 'scan.pdf').expect(201);
    expect(response.body.cv).toMatchObject({ format: 'pdf', status: 'no_text', pages: 1 });
    expect(response.body.facts).toEqual([]);
  });

  describe('refuses what is not a readable CV, and stores nothing of it', () => {
    let candidateId: string;
    let filesBefore: string[];

    beforeAll(async () => {
      candidateId = (await makeCandidate(t, recruiter.token)).id;
    });
    beforeEach(() => {
      filesBefore = storedFiles();
    });
    afterEach(async () => {
      expect((await api().get(`/candidates/${candidateId}/cvs`).expect(200)).body).toEqual([]);
      expect((await api().get(`/candidates/${candidateId}`).expect(200)).body.facts).toEqual([]);
      expect(storedFiles()).toEqual(filesBefore);
    });

    it('415 for an image named .pdf, naming what it is', async () => {
      const response = await upload(`/candidates/${candidateId}/cvs`, PNG_BYTES, 'cv.pdf').expect(415);
      expect(response.body.code).toBe('CV_UNSUPPORTED_TYPE');
      expect(response.body.detail).toMatch(/cv\.pdf.*PNG/);
    });

    it('415 for a body that is not multipart', async () => {
      const response = await api().post(`/candidates/${candidateId}/cvs`, { file: 'x' }).expect(415);
      expect(response.body.code).toBe('CV_UPLOAD_NOT_MULTIPART');
    });

    it('400 naming the file part when none is sent', async () => {
      const response = await t
        .http()
        .post(`/candidates/${candidateId}/cvs`)
        .set(bearer(recruiter.token))
        .field('note', 'no file')
        .expect(400);
      expect(response.body.errors.map((error: any) => error.field)).toContain('file');
    });

    it('422 for a password-protected PDF', async () => {
      const response = await upload(`/candidates/${candidateId}/cvs`, await encryptedPdf(dutchCv()), 'cv.pdf').expect(
        422,
      );
      expect(response.body.code).toBe('CV_ENCRYPTED');
    });

    it('422 for a truncated PDF', async () => {
      const whole = await cvPdf(dutchCv());
      const response = await upload(`/candidates/${candidateId}/cvs`, whole.subarray(0, whole.length / 2), 'cv.pdf');
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('CV_CORRUPT');
    });

    it('422 naming the contact details a CV that should bring its candidate lacks', async () => {
      const blocks = dutchCv().filter((block) => block.kind !== 'paragraph' || !block.text.includes('@'));
      const response = await t
        .http()
        .post('/candidates/cvs')
        .set(bearer(recruiter.token))
        .attach('file', cvText(blocks), 'cv.txt')
        .expect(422);
      expect(response.body.code).toBe('CV_CONTACT_MISSING');
      expect(response.body.detail).toMatch(/^The CV names no e-mail address, so/);
    });

    it('404 for an unknown candidate, 400 for a bad vacancy id', async () => {
      await upload('/candidates/00000000-0000-4000-8000-000000000000/cvs', cvText(dutchCv()), 'cv.txt').expect(404);
      const response = await t
        .http()
        .post('/candidates/cvs')
        .set(bearer(recruiter.token))
        .field('vacancyId', 'not-an-id')
        .attach('file', cvText(dutchCv()), 'cv.txt')
        .expect(400);
      expect(response.body.errors.map((error: any) => error.field)).toEqual(['vacancyId']);
    });
  });
});

describe('CV intake with hostile files', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let candidateId: string;

  beforeAll(async () => {
    t = await createTestApp({
      env: { CV_MAX_SIZE: '2mb', CV_MAX_PAGES: '20', CV_MAX_UNPACKED_SIZE: '20mb', CV_PARSE_TIMEOUT_MS: '1500' },
    });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    candidateId = (await makeCandidate(t, recruiter.token)).id;
  });
  afterAll(() => t.close());

  const upload = (bytes: Buffer, fileName: string) =>
    t.http().post(`/candidates/${candidateId}/cvs`).set(bearer(recruiter.token)).attach('file', bytes, fileName);

  it.each([
    ['a Word zip bomb that declares its size', () => docxZipBomb('honest'), 'cv.docx', 'CV_UNPACKS_TOO_LARGE'],
    ['a Word zip bomb that lies about its size', () => docxZipBomb('lying'), 'cv.docx', 'CV_UNPACKS_TOO_LARGE'],
    ['a PDF whose streams inflate to a gigabyte', () => pdfStreamBomb(1024), 'cv.pdf', 'CV_UNPACKS_TOO_LARGE'],
    [
      'a PDF with 5,000 pages',
      () => handmadePdf(5000, placedText([[72, 72, 'Werkervaring']])),
      'cv.pdf',
      'CV_TOO_MANY_PAGES',
    ],
    ['a file over the size limit', () => Buffer.alloc(3 * 1024 * 1024, 'a'), 'cv.txt', 'CV_TOO_LARGE'],
    ['a Word file that takes too long to read', () => longDocx(200_000), 'cv.docx', 'CV_READ_TIMEOUT'],
  ])(
    'answers 422 for %s, naming why',
    async (_name, make, fileName, code) => {
      const response = await upload(make(), fileName).expect(422);
      expect(response.body.code).toBe(code);
      expect(response.body.detail.length).toBeGreaterThan(20);
    },
    15_000,
  );

  it('415 for a program named .docx', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(500)]);
    const response = await upload(elf, 'cv.docx').expect(415);
    expect(response.body.detail).toMatch(/^cv\.docx is named \.docx but its content is/);
  });

  it('keeps answering others while hostile files are read, and reads the next good one', async () => {
    const hostile = Promise.all([
      upload(longDocx(200_000), 'slow.docx'),
      upload(docxZipBomb('lying'), 'bomb.docx'),
      upload(pdfStreamBomb(1024), 'bomb.pdf'),
    ]);
    // Text made to keep the fact reader busy: read in the worker too, so only its own thread waits.
    const dated = Array.from({ length: 30_000 }, (_, i) => `2019 – heden Accountmanager, ${i} klanten`).join('\n');
    const other = (await makeCandidate(t, recruiter.token)).id;
    const reading = t
      .http()
      .post(`/candidates/${other}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', Buffer.from(dated), 'long.txt');
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      await t.http().get('/health').expect(200);
      latencies.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await hostile).map((response) => response.status)).toEqual([422, 422, 422]);
    expect([201, 422]).toContain((await reading).status);
    // Reading any of them on the request thread would hold /health for the 1.5 s read deadline or more. The bound
    // leaves room for a busy machine's scheduling, which stalled one request past 500 ms under parallel suites.
    expect(Math.max(...latencies)).toBeLessThan(1000);
    expect(latencies.sort((a, b) => a - b)[latencies.length >> 1]).toBeLessThan(250);
    const good = await upload(cvText(dutchCv()), 'cv.txt').expect(201);
    expect(good.body.facts.length).toBeGreaterThan(3);
    expect((await as(t, recruiter.token).get(`/candidates/${candidateId}/cvs`).expect(200)).body).toHaveLength(1);
  }, 30_000);
});
