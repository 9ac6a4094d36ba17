import request from 'supertest';
import { Role } from '../src/common/auth/role';
import { listZipEntries, unpackZipEntry } from '../src/cvs/files/zip';
import { JobQueue } from '../src/jobs/job-queue';
import { SubjectAccessParts } from '../src/privacy/subject-access-parts';
import { rowsOfCandidates } from './support/candidate-rows';
import { dutchCv, cvText } from './support/cv-files';
import {
  applyInRound,
  as,
  bearer,
  makeCandidate,
  makeProfile,
  makeUser,
  makeVacancy,
  MadeUser,
  scheduleInterview,
} from './support/factories';
import { signedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

type Archive = { json: Record<string, any>; files: Map<string, Buffer> };

/** The archive as any unzipper reads it: from its central directory, every part inflated and checked. */
function unzip(bytes: Buffer): Archive {
  const files = new Map<string, Buffer>();
  for (const entry of listZipEntries(bytes, 1000))
    files.set(entry.name, unpackZipEntry(bytes, entry, 50 * 1024 * 1024));
  return { json: JSON.parse(files.get('subject-access.json')!.toString('utf8')), files };
}

const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('subject access: everything Sift holds about a person, as one zip', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let admin: MadeUser;
  let manager: MadeUser;
  let interviewer: MadeUser;
  let compliance: MadeUser;
  let person: { id: string; name: string; email: string };
  let duplicateId: string;
  let applicationId: string;
  let blindApplicationId: string;
  const cv = cvText(dutchCv('Sanne de Vries', 'sanne.devries@example.nl'));

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const archiveOf = async (id: string, user: MadeUser = recruiter) =>
    t.http().get(`/candidates/${id}/subject-access`).set(bearer(user.token)).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    admin = await makeUser(t, { roles: [Role.Admin] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    compliance = await makeUser(t, { roles: [Role.Compliance] });
    const roleProfileId = (await makeProfile(t, recruiter.token)).id;
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    person = await makeCandidate(t, recruiter.token, { name: 'Sanne de Vries', email: 'sanne.devries@example.nl' });
    await t
      .http()
      .post(`/candidates/${person.id}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', cv, 'cv sanne.txt')
      .expect(201);
    await api()
      .post(`/candidates/${person.id}/facts`, {
        kind: 'language',
        source: 'recruiter',
        data: { language: 'en', level: 'C1' },
      })
      .expect(201);
    ({ applicationId } = await applyInRound(t, recruiter.token, vacancy, { candidateId: person.id }));
    const roundId = vacancy.rounds[0].id;
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, [interviewer]);
    await api(interviewer)
      .post(`/interviews/${interview.id}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating: 3, notes: 'Sterk in klantgesprekken' }],
        recommendation: 'yes',
        summary: 'Overtuigend en goed voorbereid',
        submit: true,
      })
      .expect(201);
    await api().post(`/candidates/${person.id}/notes`, { text: 'Belt liever na vijf uur.' }).expect(201);
    await api()
      .post(`/applications/${applicationId}/mails`, {
        template: 'recruiter-note',
        message: 'Dank voor je tijd, Sanne.',
      })
      .expect(201);
    await api()
      .post(`/applications/${applicationId}/self-identification`, {
        questionSet: 'us-eeo',
        consentVersion: '2026-12-01',
        answers: { sex: 'female', raceEthnicity: 'declined' },
      })
      .expect(201);
    const other = await makeCandidate(t, recruiter.token, { name: 'Sanne de Vries' });
    await api().post(`/candidates/${person.id}/not-duplicates`, { otherId: other.id }).expect(204);
    duplicateId = (await makeCandidate(t, recruiter.token, { name: 'S. de Vries' })).id;
    await api().post(`/candidates/${person.id}/merge`, { otherId: duplicateId }).expect(201);
    const blind = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId, hiringManagerIds: [manager.user.id], blindUntil: 'offer', title: 'Blind' },
      { open: true },
    );
    blindApplicationId = (
      await api().post(`/vacancies/${blind.id}/applications`, { candidateId: person.id }).expect(201)
    ).body.id;
    await t.get(JobQueue).idle();
  });
  afterAll(() => t?.close());

  it('is for recruiters and admins only', async () => {
    for (const user of [manager, interviewer, compliance]) {
      const refused = await archiveOf(person.id, user);
      expect({ status: refused.status }).toEqual({ status: 403 });
    }
    await t.http().get(`/candidates/${person.id}/subject-access`).expect(401);
  });

  it('answers 404 for an unknown candidate, and names the survivor for a merged one', async () => {
    expect((await archiveOf('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const merged = await api().get(`/candidates/${duplicateId}/subject-access`).expect(404);
    expect(merged.body.code).toBe('CANDIDATE_MERGED');
    expect(merged.body.detail).toContain(person.id);
  });

  it('is refused while the person is screened blind to the recruiter, and made once they unblind with a reason', async () => {
    const blind = await api().get(`/candidates/${person.id}/subject-access`).expect(403);
    expect(blind.body.code).toBe('SUBJECT_ACCESS_BLIND');
    const adminBlind = await api(admin).get(`/candidates/${person.id}/subject-access`).expect(403);
    expect(adminBlind.body.code).toBe('SUBJECT_ACCESS_BLIND');
    await api()
      .post(`/applications/${blindApplicationId}/unblind`, { reason: 'The candidate asked for their data' })
      .expect(201);
    const made = await archiveOf(person.id);
    expect(made.status).toBe(200);
    expect(made.headers['content-type']).toBe('application/zip');
    expect(made.headers['content-disposition']).toContain(`subject-access-${person.id}-`);
  });

  it('holds every row of every table that hangs off the person, and of each table a feature hands over', async () => {
    const { json } = unzip((await archiveOf(person.id)).body);
    const held = await rowsOfCandidates(t.dataSource, [person.id]);
    // The walk follows every foreign key outwards: a table added later and not archived fails here.
    expect([...held.keys()].filter((table) => !(table in json.tables))).toEqual([]);
    for (const [table, rows] of held) {
      const archived = json.tables[table] as Record<string, unknown>[];
      expect({ table, rows: archived.length }).toEqual({ table, rows: rows.size });
      const ids = [...rows.values()].filter((row) => 'id' in row).map((row) => String(row.id));
      expect({
        table,
        ids: archived
          .filter((row) => 'id' in row)
          .map((row) => String(row.id))
          .sort(),
      }).toEqual({
        table,
        ids: ids.sort(),
      });
    }
    // A table about a person that names them without a foreign key is archived, or left out with a reason.
    const parts = t.get(SubjectAccessParts);
    const named = await tablesNamingPeople();
    expect(named.filter((table) => !(table in json.tables) && !(table in parts.leftOut))).toEqual([]);
    expect(Object.keys(json.tables)).toEqual(expect.arrayContaining(['self_identifications', 'candidate_merges']));
  });

  it('gives the person what they told Sift and what Sift made of it', async () => {
    const { json, files } = unzip((await archiveOf(person.id)).body);
    const { tables } = json;
    expect(json).toMatchObject({ format: 'sift-subject-access/1', candidateId: person.id });
    expect(tables.candidates.map((row: { id: string }) => row.id).sort()).toEqual([person.id, duplicateId].sort());
    expect(tables.candidates.find((row: { id: string }) => row.id === person.id)).toMatchObject({
      email: person.email,
      name: person.name,
    });
    expect(
      tables.candidate_facts.some(
        (fact: { evidence: string | null }) => fact.evidence && cv.toString().includes(fact.evidence),
      ),
    ).toBe(true);
    expect(tables.cv_documents[0]).toMatchObject({
      fileName: 'cv sanne.txt',
      text: expect.stringContaining('Sanne de Vries'),
    });
    expect(tables.application_events.length).toBeGreaterThanOrEqual(2);
    expect(tables.scorecards[0]).toMatchObject({ summary: 'Overtuigend en goed voorbereid', recommendation: 'yes' });
    expect(tables.scorecard_revisions).toHaveLength(1);
    expect(tables.candidate_notes[0].text).toBe('Belt liever na vijf uur.');
    expect(
      tables.self_identifications.map((row: { question: string; answer: string }) => [row.question, row.answer]).sort(),
    ).toEqual([
      ['raceEthnicity', 'declined'],
      ['sex', 'female'],
    ]);
    expect(tables.application_unblindings[0].reason).toBe('The candidate asked for their data');
    expect(tables.candidate_merges[0]).toMatchObject({ survivorId: person.id, mergedId: duplicateId });
    expect(tables.candidate_not_duplicates).toHaveLength(1);

    const note = tables.mails.find((mail: { template: string }) => mail.template === 'recruiter-note');
    expect(note.body.text).toContain('Dank voor je tijd, Sanne.');
    expect(note.status).toBe('sent');
    expect(files.get(note.file)!.toString('utf8')).toContain(person.email);
    // A colleague's mail about the interview is listed, without the colleague's address.
    const panel = tables.mails.find((mail: { template: string }) => mail.template === 'panel-invitation');
    expect(panel).toBeDefined();
    expect(panel).not.toHaveProperty('toAddress');
    expect(panel).not.toHaveProperty('body');

    const [listed] = json.files;
    expect(listed).toMatchObject({
      cvId: tables.cv_documents[0].id,
      present: true,
      path: '1-cv sanne.txt'.replace(/^/, 'cv-files/'),
    });
    expect(files.get(listed.path)).toEqual(cv);
  });

  it('is the candidate page’s download too, with the same checks', async () => {
    const pages = await signedInPages(t, recruiter.user.email);
    const page = await pages.agent.get(`/recruiter/candidates/${person.id}`).expect(200);
    expect(page.text).toContain(`href="/recruiter/candidates/${person.id}/subject-access"`);
    const download = await pages.agent
      .get(`/recruiter/candidates/${person.id}/subject-access`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(unzip(download.body).json.candidateId).toBe(person.id);

    // Another recruiter still sees the person blind: no link, and the address itself is refused.
    const other = await makeUser(t, { roles: [Role.Recruiter] });
    const blind = await signedInPages(t, other.user.email);
    const blindPage = await blind.agent.get(`/recruiter/candidates/${person.id}`).expect(200);
    expect(blindPage.text).not.toContain('/subject-access"');
    await blind.agent.get(`/recruiter/candidates/${person.id}/subject-access`).expect(403);
  });

  /** Tables with a column naming a candidate or an application, whether or not a foreign key says so. */
  async function tablesNamingPeople(): Promise<string[]> {
    const rows: { table: string }[] =
      t.dataSource.options.type === 'postgres'
        ? await t.dataSource.query(
            `SELECT DISTINCT table_name AS "table" FROM information_schema.columns
              WHERE table_schema = 'public' AND column_name IN ('candidate_id', 'application_id')`,
          )
        : await t.dataSource.query(
            `SELECT DISTINCT m.name AS "table" FROM sqlite_master m JOIN pragma_table_info(m.name) c
              WHERE m.type = 'table' AND c.name IN ('candidate_id', 'application_id')`,
          );
    return rows.map((row) => row.table).sort();
  }
});
