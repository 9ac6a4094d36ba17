import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Catalogue } from '../i18n/catalogue';
import { Formats } from '../i18n/format';
import { LayoutModel } from './layout.view';
import { PageRenderer } from './page-renderer';

describe('PageRenderer', () => {
  let folder: string;
  let renderer: PageRenderer;

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  };

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'sift-page-renderer-'));
    write('layouts/main.hbs', '<html lang="{{lang}}"><title>{{t titleKey}}</title>{{{body}}}</html>');
    write('partials/csrf.hbs', '<input name="_csrf" value="{{@csrfToken}}">');
    write('partials/demo-row.hbs', '<li id="row-{{id}}">{{t "greeting" name=name}}{{> csrf}}</li>');
    write(
      'demo/other.hbs',
      '<p>{{t "greeting" name=name}}</p><p lang="{{other}}">{{t "greeting" name=name lang=other}} ' +
        '{{date when lang=other}} {{number amount digits=1 lang=other}} {{t "greeting" name=name lang="fr"}}</p>',
    );
    write(
      'demo/page.hbs',
      '<h1>{{t "greeting" name=name}}</h1><p>{{date when}}|{{date when time=true}}|{{number amount digits=2}}</p>{{> csrf}}',
    );
    const catalogue = new Catalogue({
      en: { greeting: 'Hello, {name}', title: 'Demo' },
      nl: { greeting: 'Hallo, {name}', title: 'Demo' },
      et: { greeting: 'Tere, {name}', title: 'Demo' },
    });
    renderer = new PageRenderer(folder, catalogue, new Formats('Europe/Amsterdam'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const layout = (lang: LayoutModel['lang']): LayoutModel => ({
    lang,
    titleKey: 'title',
    csrfToken: 'tok<en>',
    htmxConfig: '{}',
    assets: { css: '', htmx: '', js: '', icon: '' },
    nav: [],
    shortcuts: [],
  });

  it('renders a page in its layout, in the page’s language, with dates and numbers as that language writes them', () => {
    const html = renderer.render(
      'demo/page',
      { name: 'Anne', when: new Date('2026-07-01T08:05:00Z'), amount: 1234.5 },
      layout('nl'),
    );
    expect(html).toBe(
      '<html lang="nl"><title>Demo</title><h1>Hallo, Anne</h1><p>1 jul 2026|1 jul 2026, 10:05|1.234,50</p>' +
        '<input name="_csrf" value="tok&lt;en&gt;"></html>',
    );
  });

  it('escapes what a catalogue text is filled with', () => {
    const html = renderer.render(
      'demo/page',
      { name: '<img src=x onerror=alert(1)>', when: new Date(0), amount: 0 },
      layout('en'),
    );
    expect(html).toContain('<h1>Hello, &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</h1>');
    expect(html).not.toContain('<img');
  });

  it('writes a passage in another language than the page’s with lang=, and ignores a language it does not know', () => {
    const html = renderer.render(
      'demo/other',
      { name: 'Anne', other: 'et', when: new Date('2026-07-01T08:05:00Z'), amount: 1234.5 },
      layout('en'),
    );
    expect(html).toContain('<p>Hello, Anne</p><p lang="et">Tere, Anne 1. juuli 2026 1234,5 Hello, Anne</p>');
  });

  it('knows its pages and refuses an unknown one', () => {
    expect(renderer.has('demo/page')).toBe(true);
    expect(renderer.has('layouts/main')).toBe(false);
    expect(() => renderer.render('demo/none', {}, layout('en'))).toThrow('No page template demo/none');
  });

  it('renders one partial alone, for htmx, with the same helpers and CSRF token and no layout', () => {
    const html = renderer.renderPartial('demo-row', { id: 7, name: '<b>Anne</b>' }, 'et', 'tok');
    expect(html).toBe('<li id="row-7">Tere, &lt;b&gt;Anne&lt;/b&gt;<input name="_csrf" value="tok"></li>');
    expect(() => renderer.renderPartial('none', {}, 'en', 'tok')).toThrow('No partial none');
  });
});
