import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, relative } from 'node:path';
import { Role } from '../src/common/auth/role';
import { CvStorage } from '../src/cvs/cv-storage';
import { DailyJobs } from '../src/jobs/daily-jobs';
import { JobQueue } from '../src/jobs/job-queue';
import { cvText, dutchCv } from './support/cv-files';
import { bearer, makeCandidate, makeUser, MadeUser } from './support/factories';
import { listening } from './support/raw-http';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const DAY = 86_400_000;

describe('CV files that no CV refers to', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let root: string;

  /** Every file in the CV storage folder, as paths inside it. */
  const stored = (): string[] => {
    const walk = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
      });
    try {
      return walk(root).sort();
    } catch {
      return [];
    }
  };
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256);
  const age = (path: string, days: number) => {
    const when = new Date(Date.now() - days * DAY);
    utimesSync(path, when, when);
  };
  const upload = (candidateId: string, bytes: Buffer) =>
    t.http().post(`/candidates/${candidateId}/cvs`).set(bearer(recruiter.token)).attach('file', bytes, 'cv.txt');

  /** Makes every insert into the table fail, as a database that refuses the write would. */
  async function refuseInserts(table: string): Promise<() => Promise<void>> {
    if (t.dataSource.options.type === 'postgres') {
      await t.dataSource.query(
        `CREATE FUNCTION refuse_insert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql`,
      );
      await t.dataSource.query(
        `CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_insert()`,
      );
      return async () => {
        await t.dataSource.query(`DROP TRIGGER refuse_insert ON ${table}`);
        await t.dataSource.query('DROP FUNCTION refuse_insert()');
      };
    }
    await t.dataSource.query(
      `CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    );
    return async () => void (await t.dataSource.query('DROP TRIGGER refuse_insert'));
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { CV_ORPHAN_GRACE: '1h' } });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    root = t.settings.cv.storageDir;
  });
  afterAll(() => t?.close());

  it('leaves no file behind when the CV cannot be recorded', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const before = stored();
    const allow = await refuseInserts('cv_documents');
    try {
      await upload(candidate.id, cvText(dutchCv('Eline Bakker', 'eline.bakker@example.nl'))).expect(500);
      // A CV that brings its candidate: neither the candidate nor the file stays.
      await t
        .http()
        .post('/candidates/cvs')
        .set(bearer(recruiter.token))
        .attach('file', cvText(dutchCv('Joris Visser', 'joris.visser@example.nl')), 'cv.txt')
        .expect(500);
    } finally {
      await allow();
    }
    expect(stored()).toEqual(before);
    const search = await t.http().get('/candidates?search=Joris').set(bearer(recruiter.token)).expect(200);
    expect(search.body.items).toEqual([]);
    // Recorded, the same file is stored once under its hash.
    const made = await upload(candidate.id, cvText(dutchCv('Eline Bakker', 'eline.bakker@example.nl'))).expect(201);
    expect(stored()).toEqual([...before, relative(root, pathOf(made.body.cv.sha256))].sort());
  });

  it('leaves no file behind when the upload stops half-way', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const before = stored();
    const base = await listening(t);
    const boundary = 'sift-test-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    );
    const half = Buffer.alloc(64 * 1024, 'Accountmanager bij een groothandel. ');
    await new Promise<void>((resolve) => {
      const outgoing = httpRequest(new URL(`/candidates/${candidate.id}/cvs`, base), {
        method: 'POST',
        headers: {
          ...bearer(recruiter.token),
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(head.length + half.length * 4),
        },
      });
      outgoing.on('error', () => resolve());
      outgoing.on('response', () => resolve());
      outgoing.write(head);
      outgoing.write(half, () => setTimeout(() => outgoing.destroy(), 100));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stored()).toEqual(before);
  });

  it('removes, once a day, the files no CV refers to past the grace period, and nothing else', async () => {
    const storage = t.get(CvStorage);
    const candidate = await makeCandidate(t, recruiter.token);
    const kept = (await upload(candidate.id, cvText(dutchCv('Noor Jansen', 'noor.jansen@example.nl'))).expect(201)).body
      .cv.sha256;
    age(pathOf(kept), 30);
    const orphan = await storage.save(Buffer.from('a CV whose candidate was deleted'));
    age(pathOf(orphan), 2);
    // Just written: an upload whose record is still being committed.
    const inFlight = await storage.save(Buffer.from('a CV being uploaded right now'));
    const unfinished = `${pathOf(orphan)}.0a1b2c.tmp`;
    writeFileSync(unfinished, 'half a file');
    age(unfinished, 2);

    const queued = await t.get(DailyJobs).queue(new Date());
    // Each daily job once: this sweep, the audit trail's retention and the candidates' retention policy.
    expect(queued).toHaveLength(3);
    expect(await t.get(DailyJobs).queue(new Date())).toEqual([]);
    await t.get(JobQueue).idle();

    const left = stored();
    expect(left).toContain(relative(root, pathOf(kept)));
    expect(left).toContain(relative(root, pathOf(inFlight)));
    expect(left).not.toContain(relative(root, pathOf(orphan)));
    expect(left).not.toContain(relative(root, unfinished));
    expect(left.filter((name) => name.endsWith('.sweep') || name.endsWith('.tmp'))).toEqual([]);
    const cv = await t.http().get(`/candidates/${candidate.id}/cvs`).set(bearer(recruiter.token)).expect(200);
    await t
      .http()
      .get(`/candidates/${candidate.id}/cvs/${cv.body[0].id}/file`)
      .set(bearer(recruiter.token))
      .expect(200);
  });
});
