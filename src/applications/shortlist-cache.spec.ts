import { ShortlistCache } from './shortlist-cache';

describe('ShortlistCache', () => {
  it('keeps what was read recently and lets the rest go past its capacity', () => {
    const cache = new ShortlistCache();
    const page = { body: Buffer.alloc(4 * 1024 * 1024), etag: 'W/"1"' };
    for (let i = 0; i < 6; i++) cache.set(`page ${i}`, page);
    expect(cache.get('page 0')).toBe(page); // read: now the most recent
    cache.set('page 6', page);
    cache.set('page 7', page);
    expect(cache.get('page 0')).toBe(page);
    expect(cache.get('page 1')).toBeUndefined();
    expect(cache.get('page 2')).toBeUndefined();
    expect(cache.get('page 7')).toBe(page);
  });

  it('does not keep a page too big to be worth it', () => {
    const cache = new ShortlistCache();
    cache.set('huge', { body: Buffer.alloc(7 * 1024 * 1024), etag: 'W/"2"' });
    expect(cache.get('huge')).toBeUndefined();
  });
});
