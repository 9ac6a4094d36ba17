import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

  it('refuses a name that is not a SHA-256, so no path can be smuggled in', async () => {
    expect(() => storage.open('../../etc/passwd')).toThrow('Not a SHA-256');
    await expect(storage.has('abc')).rejects.toThrow('Not a SHA-256');
  });
});
