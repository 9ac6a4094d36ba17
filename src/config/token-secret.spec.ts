import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveTokenSecret, TOKEN_SECRET_FILE } from './token-secret';

describe('resolveTokenSecret', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sift-secret-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the configured secret and writes nothing', () => {
    expect(resolveTokenSecret('s'.repeat(40), dir)).toBe('s'.repeat(40));
    expect(() => statSync(join(dir, TOKEN_SECRET_FILE))).toThrow();
  });

  it('generates a secret on first use, readable by the owner only, and keeps it', () => {
    const first = resolveTokenSecret(undefined, join(dir, 'nested'));
    const file = join(dir, 'nested', TOKEN_SECRET_FILE);
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveTokenSecret(undefined, join(dir, 'nested'))).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
  });

  it('refuses a kept secret that is too short', () => {
    writeFileSync(join(dir, TOKEN_SECRET_FILE), 'short');
    expect(() => resolveTokenSecret(undefined, dir)).toThrow(/shorter than 32/);
  });
});
