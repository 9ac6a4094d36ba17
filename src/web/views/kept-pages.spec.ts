import { KeptPage, TOKEN_STAND_IN } from './kept-page';
import { KeptPages } from './kept-pages';

describe('KeptPages', () => {
  it('keeps pages by key, making one only when none is kept', async () => {
    const kept = new KeptPages(1024 * 1024);
    expect(kept.peek('v1|3')).toBeUndefined();
    let made = 0;
    const make = async () => `<input name="_csrf" value="${TOKEN_STAND_IN}"><p>${++made}</p>`;
    const first = await kept.keep('v1|3', make);
    expect(await kept.keep('v1|3', make)).toBe(first);
    expect(first.text('T')).toBe('<input name="_csrf" value="T"><p>1</p>');
    expect(kept.peek('v1|4')).toBeUndefined();
    expect((await kept.keep('v1|4', make)).text('T')).toContain('<p>2</p>');
  });

  it('lets the least recently read go first when full', () => {
    const page = KeptPage.keep('x'.repeat(100_000));
    const kept = new KeptPages(page.size * 2.5);
    kept.put('a', page);
    kept.put('b', page);
    kept.peek('a');
    kept.put('c', page);
    expect(kept.peek('b')).toBeUndefined();
    expect(kept.peek('a')).toBe(page);
    expect(kept.peek('c')).toBe(page);
  });
});
