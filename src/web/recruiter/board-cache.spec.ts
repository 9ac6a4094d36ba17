import { BoardCache } from './board-cache';

describe('BoardCache', () => {
  it('keeps markup by key, with a stand-in for the token that no two caches share', () => {
    const cache = new BoardCache();
    expect(cache.peek('v1|3')).toBeUndefined();
    cache.put('v1|3', `<input name="_csrf" value="${cache.standIn}">`);
    expect(cache.peek('v1|3')).toContain(cache.standIn);
    expect(cache.peek('v1|4')).toBeUndefined();
    expect(new BoardCache().standIn).not.toBe(cache.standIn);
    expect(cache.standIn.length).toBeGreaterThan(20);
  });

  it('lets the least recently read go first when full', () => {
    const cache = new BoardCache();
    const big = 'x'.repeat(12 * 1024 * 1024);
    cache.put('a', big);
    cache.put('b', big);
    cache.peek('a');
    cache.put('c', big);
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('a')).toBe(big);
    expect(cache.peek('c')).toBe(big);
  });
});
