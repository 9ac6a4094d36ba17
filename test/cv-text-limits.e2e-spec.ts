import { Role } from '../src/common/auth/role';
import { as, bearer, makeCandidate, makeUser, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/** Text CVs: markup is refused by content, and only so much text is read from one file. */
describe('text CV intake', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  const LIMIT = 5000;

  beforeAll(async () => {
    t = await createTestApp({ env: { CV_MAX_TEXT_CHARS: String(LIMIT) } });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
  }, 30_000);
  afterAll(() => t.close());

  const upload = (candidateId: string, text: string | Buffer, fileName: string) =>
    t
      .http()
      .post(`/candidates/${candidateId}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', Buffer.from(text), fileName);

  it('refuses SVG, HTML and XML files and text carrying scripts with 415, storing nothing', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const files: [string, string][] = [
      ['cv.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'],
      ['cv.txt', '\ufeff\n  <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      ['cv.html', '<!DOCTYPE html><html><body><script>alert(1)</script>Kandidaat Een</body></html>'],
      ['cv.txt', 'Kandidaat Een\nAccountmanager\n<script>fetch("/users")</script>\n'],
    ];
    for (const [name, text] of files) {
      const response = await upload(candidate.id, text, name);
      expect({ name, status: response.status, code: response.body.code }).toEqual({
        name,
        status: 415,
        code: 'CV_UNSUPPORTED_TYPE',
      });
      expect(response.body.detail).toMatch(/markup|web page/);
    }
    expect((await as(t, recruiter.token).get(`/candidates/${candidate.id}/cvs`).expect(200)).body).toEqual([]);
  }, 30_000);

  it('reads only the first CV_MAX_TEXT_CHARS characters of a large text and says so', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const line = 'Accountmanager bij Van der Berg Logistiek, 2019 - heden; 40 nationale klanten\n';
    const text = `Kandidaat Een\nkandidaat.een@example.com\n\n${line.repeat(20_000)}`; // 1.6 MB
    const response = await upload(candidate.id, text, 'cv.txt');
    expect(response.status).toBe(201);
    expect(response.body.warnings).toHaveLength(1);
    expect(response.body.warnings[0]).toMatch(/only its first \d+ characters were read and stored/);
    const stored = await as(t, recruiter.token)
      .get(`/candidates/${candidate.id}/cvs/${response.body.cv.id}`)
      .expect(200);
    expect(stored.body.text.length).toBeLessThanOrEqual(LIMIT);
    expect(stored.body.text.length).toBeGreaterThan(LIMIT - line.length);
    expect(stored.body.text.startsWith('Kandidaat Een\nkandidaat.een@example.com')).toBe(true);
    expect(stored.body.text.endsWith('klanten')).toBe(true);

    const small = await upload(candidate.id, 'Kandidaat Een\nAccountmanager, 2019 - heden\n', 'cv.txt');
    expect([small.status, small.body.warnings]).toEqual([201, []]);
  }, 30_000);
});
