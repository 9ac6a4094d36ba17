import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Settings } from '../config/settings';
import { CvStorage } from './cv-storage';

describe('CvStorage', () => {
  let root: string;
  let storage: CvStorage;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sift-cvs-'));
    storage = new CvStorage({ cv: { storageDir: join(root, 'cvs') } } as Settings);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const read = (stream: NodeJS.ReadableStream) =>
    new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });

  it('keeps a file under the SHA-256 of its content, readable only by its owner', async () => {
    const bytes = Buffer.from('%PDF-1.7 a CV');
    const sha256 = await storage.save(bytes);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const path = join(root, 'cvs', sha256.slice(0, 2), sha256);
    expect(readFileSync(path)).toEqual(bytes);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await storage.has(sha256)).toBe(true);
    expect(await read(storage.open(sha256))).toEqual(bytes);
  });

  it('stores the same content once, and leaves no temporary files behind', async () => {
    const bytes = Buffer.from('the same CV');
    const [a, b] = await Promise.all([storage.save(bytes), storage.save(bytes)]);
    expect(a).toBe(b);
    expect(readdirSync(join(root, 'cvs', a.slice(0, 2)))).toEqual([a]);
  });

  it('stages a file under a name of its own: placed it takes its hash, discarded it leaves nothing', async () => {
    const kept = await storage.stage(Buffer.from('a CV recorded'));
    const dropped = await storage.stage(Buffer.from('a CV whose record failed'));
    expect(await storage.has(kept.sha256)).toBe(false);
    await kept.place();
    await kept.discard();
    await dropped.discard();
    expect(await storage.has(kept.sha256)).toBe(true);
    expect(await storage.has(dropped.sha256)).toBe(false);
    const listed = await storage.list();
    expect(listed.files.map((file) => file.sha256)).toEqual([kept.sha256]);
    expect(listed.leftovers).toEqual([]);
  });

  it('removes an unused file only when it was written before the cut-off', async () => {
    const sha256 = await storage.save(Buffer.from('an unused CV'));
    const path = join(root, 'cvs', sha256.slice(0, 2), sha256);
    const old = new Date(Date.now() - 86_400_000);
    expect(await storage.removeUnused(sha256, old)).toBe(false);
    utimesSync(path, old, old);
    expect(await storage.removeUnused(sha256, new Date())).toBe(true);
    expect(await storage.has(sha256)).toBe(false);
    expect(await storage.removeUnused(sha256, new Date())).toBe(false);
  });

  it('keeps an unused file that an upload of the same content has just placed again', async () => {
    const bytes = Buffer.from('a CV uploaded again');
    const sha256 = await storage.save(bytes);
    const path = join(root, 'cvs', sha256.slice(0, 2), sha256);
    const old = new Date(Date.now() - 86_400_000);
    utimesSync(path, old, old);
    // The sweep found no CV naming it; an upload placing it now is about to record one.
    const staged = await storage.stage(bytes);
    const cutOff = new Date(Date.now() - 1000);
    await staged.place();
    expect(await storage.removeUnused(sha256, cutOff)).toBe(false);
    expect(readFileSync(path)).toEqual(bytes);
    expect(readdirSync(join(root, 'cvs', sha256.slice(0, 2)))).toEqual([sha256]);
  });

  it('lists what uploads and sweeps left half-way, and removes it by name', async () => {
    const sha256 = await storage.save(Buffer.from('a CV'));
    const folder = join(root, 'cvs', sha256.slice(0, 2));
    writeFileSync(join(folder, `${sha256}.00ff00.tmp`), 'half');
    writeFileSync(join(folder, `${sha256}.sweep`), 'moved aside');
    writeFileSync(join(folder, 'notes.txt'), 'not a CV file');
    const { leftovers } = await storage.list();
    expect(leftovers.map(({ name, kind }) => [name, kind]).sort()).toEqual([
      [`${sha256}.00ff00.tmp`, 'tmp'],
      [`${sha256}.sweep`, 'sweep'],
    ]);
    for (const leftover of leftovers) await storage.removeLeftover(leftover);
    expect(readdirSync(folder).sort()).toEqual([sha256, 'notes.txt']);
    await expect(storage.removeLeftover({ ...leftovers[0], name: '../../x.tmp' })).rejects.toThrow('Not a leftover');
  });

  it('refuses a name that is not a SHA-256, so no path can be smuggled in', async () => {
    expect(() => storage.open('../../etc/passwd')).toThrow('Not a SHA-256');
    await expect(storage.has('abc')).rejects.toThrow('Not a SHA-256');
  });
});
