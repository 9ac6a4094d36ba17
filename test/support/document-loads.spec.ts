import { chainedRequests, documentLoads } from './document-loads';

describe('documentLoads and chainedRequests', () => {
  const page = 'http://127.0.0.1:3000/recruiter?scope=all';
  const html = `<!doctype html><html><head>
    <link rel="icon" href="/assets/favicon.svg?v=1" type="image/svg+xml">
    <link rel="stylesheet" href="/assets/sift.css?v=2">
    <script src="/assets/htmx.min.js?v=3" defer></script>
    <script src="/assets/sift.js?v=4&amp;x=1" defer></script>
  </head><body><img src="logo.png" srcset="logo-2x.png 2x, /img/logo-3x.png 3x" alt=""></body></html>`;

  it('finds every URL the HTML names, resolved against the page', () => {
    expect([...documentLoads(html, page).referenced].sort()).toEqual([
      'http://127.0.0.1:3000/assets/favicon.svg?v=1',
      'http://127.0.0.1:3000/assets/htmx.min.js?v=3',
      'http://127.0.0.1:3000/assets/sift.css?v=2',
      'http://127.0.0.1:3000/assets/sift.js?v=4&x=1',
      'http://127.0.0.1:3000/img/logo-3x.png',
      'http://127.0.0.1:3000/logo-2x.png',
      'http://127.0.0.1:3000/logo.png',
    ]);
    expect(documentLoads(html, page).misplaced).toEqual([]);
  });

  it('names the requests the HTML did not name: a font from CSS, an @import, a fetch at start-up', () => {
    const loads = documentLoads(html, page);
    const requested = [
      'http://127.0.0.1:3000/assets/sift.css?v=2',
      'http://127.0.0.1:3000/assets/sift.js?v=4&x=1',
      'http://127.0.0.1:3000/assets/font.woff2',
      'http://127.0.0.1:3000/assets/more.css',
      'http://127.0.0.1:3000/recruiter/counts',
      'data:image/png;base64,AAAA',
    ];
    expect(chainedRequests(loads, requested)).toEqual([
      'http://127.0.0.1:3000/assets/font.woff2',
      'http://127.0.0.1:3000/assets/more.css',
      'http://127.0.0.1:3000/recruiter/counts',
    ]);
  });

  it('names scripts that are not deferred or not in <head>, and stylesheets in the body', () => {
    const bad = `<html><head><script src="/a.js"></script></head>
      <body><link rel="stylesheet" href="/late.css"><script src="/b.js" defer></script></body></html>`;
    expect(documentLoads(bad, page).misplaced).toEqual([
      '<script src="/a.js"> is not deferred',
      '<link rel="stylesheet" href="/late.css"> is outside <head>',
      '<script src="/b.js"> is outside <head>',
    ]);
  });
});
