import { gzipSync } from 'node:zlib';
import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { documentLoads } from './support/document-loads';
import { listening, rawGet, signInThroughForm } from './support/raw-http';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Text answers go compressed to a client that asks (Accept-Encoding) and
 * plain to one that does not: a page, an asset and an API answer, each read
 * as the bytes on the wire.
 */
describe('compression', () => {
  let t: TestApp;
  let base: string;
  let recruiter: MadeUser;
  let assets: string[];

  beforeAll(async () => {
    t = await createTestApp();
    base = await listening(t);
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    for (let i = 0; i < 12; i++) await makeCandidate(t, recruiter.token);
    assets = [...documentLoads((await rawGet(base, '/sign-in')).text(), `${base}/sign-in`).referenced];
  }, 60_000);
  afterAll(() => t.close());

  const bearer = () => ({ authorization: `Bearer ${recruiter.token}` });
  const targets = () => ({
    'an HTML page': { path: '/sign-in', headers: {}, type: 'text/html' },
    'the stylesheet': { path: assets.find((url) => url.includes('sift.css'))!, headers: {}, type: 'text/css' },
    htmx: { path: assets.find((url) => url.includes('htmx'))!, headers: {}, type: 'text/javascript' },
    'an API answer in JSON': { path: '/candidates?limit=50', headers: bearer(), type: 'application/json' },
  });

  it.each(['an HTML page', 'the stylesheet', 'htmx', 'an API answer in JSON'] as const)(
    '%s comes gzip-encoded when asked for gzip, and plain when no encoding is named',
    async (name) => {
      const { path, headers, type } = targets()[name];
      const plain = await rawGet(base, path, headers);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-type']).toContain(type);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/Accept-Encoding/i);

      const gzipped = await rawGet(base, path, { ...headers, 'accept-encoding': 'gzip' });
      expect(gzipped.status).toBe(200);
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
      // The same document (a page's CSRF token differs per visitor; everything else must not).
      expect(withoutTokens(gzipped.text())).toBe(withoutTokens(plain.text()));
      expect(gzipped.wire.length).toBeLessThan(plain.wire.length / 2);
    },
  );

  it.each(['an HTML page', 'the stylesheet', 'an API answer in JSON'] as const)(
    '%s comes as brotli where the client takes brotli and gzip, and plain where it refuses both',
    async (name) => {
      const { path, headers } = targets()[name];
      const browser = await rawGet(base, path, { ...headers, 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(browser.headers['content-encoding']).toBe('br');
      expect(browser.text().length).toBeGreaterThan(1024);
      const refusing = await rawGet(base, path, { ...headers, 'accept-encoding': 'br;q=0, gzip;q=0' });
      expect(refusing.headers['content-encoding']).toBeUndefined();
    },
  );

  it('sends a kept page (the board) as gzip spliced around the reader’s token: the same document, a token of its own that forms take', async () => {
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], title: 'Kliendihaldur Tartu' },
      { open: true },
    );
    const api = as(t, recruiter.token);
    const applications: { id: string; revision: number }[] = [];
    for (let i = 0; i < 20; i++) {
      const candidate = await makeCandidate(t, recruiter.token, { name: `Jüri Õunapuu ${i}` });
      applications.push((await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })).body);
    }
    const { cookie } = await signInThroughForm(base, recruiter.user.email, recruiter.password);
    const path = `/recruiter/vacancies/${vacancy.id}/board`;
    const plain = await rawGet(base, path, { cookie });
    const browser = await rawGet(base, path, { cookie, 'accept-encoding': 'gzip, deflate, br, zstd' });
    const again = await rawGet(base, path, { cookie, 'accept-encoding': 'gzip' });
    expect(browser.headers['content-encoding']).toBe('gzip');
    expect(browser.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(browser.text()).toContain('Jüri Õunapuu');
    expect(withoutTokens(browser.text())).toBe(withoutTokens(plain.text()));
    expect(withoutTokens(again.text())).toBe(withoutTokens(plain.text()));
    expect(browser.wire.length).toBeLessThan(Buffer.byteLength(plain.text()) / 4);
    // One token per answer, in every form and the meta tag; another answer has another.
    const tokens = (html: string) => new Set(html.match(/(?<=name="_csrf" value=")[^"]*/g));
    expect(tokens(browser.text()).size).toBe(1);
    expect(browser.text()).toContain(`name="csrf-token" content="${[...tokens(browser.text())][0]}"`);
    expect(tokens(again.text())).not.toEqual(tokens(browser.text()));
    const [token] = tokens(again.text());
    const moved = await fetch(`${base}/recruiter/applications/${applications[3].id}/move`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: token, to: 'screening', revision: String(applications[3].revision) }),
    });
    expect(moved.status).toBe(303);
    expect((await api.get(`/applications/${applications[3].id}`)).body.stage).toBe('screening');
  });

  it('sends small answers, images and 304s as they are', async () => {
    const health = await rawGet(base, '/health', { 'accept-encoding': 'gzip, br' });
    expect(health.status).toBe(200);
    expect(health.wire.length).toBeLessThan(1024);
    expect(health.headers['content-encoding']).toBeUndefined();
    const notModified = await rawGet(base, targets()['the stylesheet'].path, {
      'accept-encoding': 'br',
      'if-none-match': (await rawGet(base, targets()['the stylesheet'].path, { 'accept-encoding': 'br' })).headers
        .etag as string,
    });
    expect(notModified.status).toBe(304);
    expect(notModified.wire.length).toBe(0);
    expect(notModified.headers['content-encoding']).toBeUndefined();
  });

  it('gives each encoding of an asset its own ETag, revalidates each, and keeps its year of caching', async () => {
    const path = targets()['htmx'].path;
    const tags = new Set<string>();
    for (const encoding of ['br', 'gzip', 'identity']) {
      const answer = await rawGet(base, path, { 'accept-encoding': encoding });
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      tags.add(answer.headers.etag as string);
      const again = await rawGet(base, path, { 'accept-encoding': encoding, 'if-none-match': answer.headers.etag! });
      expect(again.status).toBe(304);
      // A browser's cached copy of another encoding is not taken for this one.
      const other = encoding === 'br' ? 'gzip' : 'br';
      const crossed = await rawGet(base, path, { 'accept-encoding': other, 'if-none-match': answer.headers.etag! });
      expect(crossed.status).toBe(200);
    }
    expect(tags.size).toBe(3);
    const unversioned = await rawGet(base, path.split('?')[0], { 'accept-encoding': 'gzip' });
    expect(unversioned.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('streams the shortlist as CSV compressed, every row there', async () => {
    const api = as(t, recruiter.token);
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    for (let i = 0; i < 40; i++) {
      const candidate = await makeCandidate(t, recruiter.token);
      await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id }).expect(201);
    }
    const path = `/vacancies/${vacancy.id}/shortlist.csv`;
    const plain = await rawGet(base, path, bearer());
    const gzipped = await rawGet(base, path, { ...bearer(), 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(gzipped.text()).toBe(plain.text());
    expect(gzipped.text().trim().split('\n')).toHaveLength(41);
    expect(gzipped.wire.length).toBeLessThan(gzipSync(plain.wire).length * 1.2);
  });

  it('sends the kept shortlist page as gzip kept with it: the same JSON, its tag, a 304 for the tag', async () => {
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    for (let i = 0; i < 12; i++) {
      const candidate = await makeCandidate(t, recruiter.token);
      await as(t, recruiter.token).post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id });
    }
    const path = `/vacancies/${vacancy.id}/shortlist?limit=10`;
    const plain = await rawGet(base, path, bearer());
    const browser = await rawGet(base, path, { ...bearer(), 'accept-encoding': 'gzip, deflate, br, zstd' });
    const again = await rawGet(base, path, { ...bearer(), 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(browser.headers['content-encoding']).toBe('gzip');
    expect(browser.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(plain.text()).items).toHaveLength(10);
    expect(browser.text()).toBe(plain.text());
    expect(again.wire.equals(browser.wire)).toBe(true);
    expect(browser.headers.etag).toBe(plain.headers.etag);
    const fresh = await rawGet(base, path, {
      ...bearer(),
      'accept-encoding': 'gzip',
      'if-none-match': plain.headers.etag!,
    });
    expect(fresh.status).toBe(304);
    expect(fresh.wire.length).toBe(0);
    expect(fresh.headers['content-encoding']).toBeUndefined();
  });
});

/** A page with its CSRF tokens blanked: each answer carries a fresh one. */
function withoutTokens(text: string): string {
  return text.replace(/(name="_csrf" value="|name="csrf-token" content=")[^"]*/g, '$1');
}
