import { randomBytes } from 'node:crypto';
import { deflateRawSync, gunzipSync, gzipSync } from 'node:zlib';
import { CsrfTokens, CSRF_TOKEN_LENGTH } from '../csrf/csrf-tokens';
import { gzipWithToken, KeptPage, TOKEN_STAND_IN } from './kept-page';

const token = () => new CsrfTokens('secret').tokenFor(randomBytes(8).toString('hex'));

/** A board's column: cards of some hundreds of bytes, each with a form and its token. */
function column(cards: number): string {
  return Array.from(
    { length: cards },
    (_, i) => `<li class="card" id="card-${i}"><a href="/recruiter/candidates/${i}">Kandidaat Õun-Äär ${i}</a>
    <span class="score">${(i * 7.3) % 100}</span><span class="days">${i % 30} päeva</span>
    <details><summary>Verplaats</summary><form method="post" action="/recruiter/applications/${i}/move">
    <input type="hidden" name="_csrf" value="${TOKEN_STAND_IN}"><select name="stage"><option>screening</option>
    <option>interview</option><option>offer</option></select><button>Verplaats</button></form></details>
    ${'<p class="evidence">criterium · bewijs · ' + i.toString(36) + '</p>'.repeat(8)}</li>`,
  ).join('\n');
}

const head = `<html><head><meta name="csrf-token" content="${TOKEN_STAND_IN}"></head><body>`;

describe('KeptPage and gzipWithToken', () => {
  it('a token is as long as its stand-in', () => {
    expect(token()).toHaveLength(CSRF_TOKEN_LENGTH);
    expect(TOKEN_STAND_IN).toHaveLength(CSRF_TOKEN_LENGTH);
  });

  it('gives the pieces with the reader token in every place, as text and gzipped', () => {
    const pieces = [head, `<main>${column(20)}</main>`, '</body></html>'].map((markup) => KeptPage.keep(markup));
    for (const reader of [token(), token()]) {
      const expected = pieces.map((piece) => piece.markup.replaceAll(TOKEN_STAND_IN, reader)).join('');
      expect(pieces.map((piece) => piece.text(reader)).join('')).toBe(expected);
      const gzipped = gzipWithToken(pieces, reader)!;
      expect(gunzipSync(gzipped).toString()).toBe(expected);
      // The parts still refer back to each other, the tokens to one another: less than half of what the parts
      // deflated alone take, and near the whole page gzipped at once (a block's own codes for each part).
      const alone = pieces.flatMap((piece) => piece.parts).reduce((sum, part) => sum + deflateRawSync(part).length, 0);
      expect(gzipped.length).toBeLessThan(alone / 2);
      expect(gzipped.length).toBeLessThan(gzipSync(expected).length * 1.6);
    }
  });

  it('splices the stand-in first, last, twice in a row, or not at all, and tokens further apart than 32 KB', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `<p>${i} ${randomBytes(6).toString('hex')}</p>`).join('');
    for (const markup of [
      `${TOKEN_STAND_IN}<p>a</p>`,
      `<p>a</p>${TOKEN_STAND_IN}`,
      `${TOKEN_STAND_IN}${TOKEN_STAND_IN}`,
      '<p>no form</p>',
      '',
      `${long}${TOKEN_STAND_IN}${long}${TOKEN_STAND_IN}<p>end</p>`,
    ]) {
      const reader = token();
      const pieces = [KeptPage.keep('<b>'), KeptPage.keep(markup), KeptPage.keep('</b>')];
      expect(gunzipSync(gzipWithToken(pieces, reader)!).toString()).toBe(
        `<b>${markup.replaceAll(TOKEN_STAND_IN, reader)}</b>`,
      );
    }
  });

  it('is not spliced when a piece holds a stray stand-in character or the token has another length', () => {
    const stray = KeptPage.keep(`<p>\u0001</p>${TOKEN_STAND_IN}`);
    expect(gzipWithToken([KeptPage.keep('<b>'), stray], token())).toBeUndefined();
    expect(stray.text('t')).toBe('<p>\u0001</p>t');
    expect(gzipWithToken([KeptPage.keep(`<p>${TOKEN_STAND_IN}</p>`)], 'short')).toBeUndefined();
  });
});
