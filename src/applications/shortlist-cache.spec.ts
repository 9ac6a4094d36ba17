import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { ShortlistCache } from './shortlist-cache';

describe('ShortlistCache', () => {
  it('keeps what was read recently and lets the rest go past its capacity', () => {
    const cache = new ShortlistCache();
    const body = Buffer.alloc(4 * 1024 * 1024);
    const page = (key: string) => ({ key, body, etag: 'W/"1"' });
    for (let i = 0; i < 6; i++) cache.set(page(`page ${i}`));
    expect(cache.get('page 0')?.key).toBe('page 0'); // read: now the most recent
    cache.set(page('page 6'));
    cache.set(page('page 7'));
    expect(cache.get('page 0')?.key).toBe('page 0');
    expect(cache.get('page 1')).toBeUndefined();
    expect(cache.get('page 2')).toBeUndefined();
    expect(cache.get('page 7')?.key).toBe('page 7');
  });

  it('does not keep a page too big to be worth it', () => {
    const cache = new ShortlistCache();
    cache.set({ key: 'huge', body: Buffer.alloc(7 * 1024 * 1024), etag: 'W/"2"' });
    expect(cache.get('huge')).toBeUndefined();
  });

  it('gzips a page once, and counts the gzip against its capacity', () => {
    const cache = new ShortlistCache();
    const page = { key: 'page', body: randomBytes(3 * 1024 * 1024), etag: 'W/"3"' }; // gzips to as much again
    cache.set(page);
    const gzip = cache.gzipped(page);
    expect(gunzipSync(gzip).equals(page.body)).toBe(true);
    expect(cache.gzipped(page)).toBe(gzip);
    // 3 MB and five pages of 4 MB fit in 24 MB; with the page's gzip, they do not.
    for (let i = 0; i < 5; i++) cache.set({ key: `big ${i}`, body: Buffer.alloc(4 * 1024 * 1024), etag: 'W/"4"' });
    expect(cache.get('page')).toBeUndefined();
    expect(cache.get('big 0')).toBeDefined();
  });
});
