import Handlebars from 'handlebars';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Language, LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { Formats } from '../i18n/format';
import type { LayoutModel } from './layout.view';

/** Every .hbs file under a folder, by its path relative to it without the extension ("account/sign-in"). */
export function templateFiles(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.hbs'))
        found.set(
          relative(folder, path)
            .replace(/\\/g, '/')
            .replace(/\.hbs$/, ''),
          path,
        );
    }
  };
  walk(folder);
  return found;
}

/**
 * The pages' view engine: Handlebars templates from templates/pages, compiled
 * once at start-up in an environment of their own. `partials/x` are partials
 * named x, `layouts/main` wraps every page, any other file is a page. Helpers
 * are made per render, for the page's language: `t` (a catalogue text, its
 * placeholders filled from the hash), `date` and `number` (Intl); each of the
 * three takes `lang=` for a passage in another language. Handlebars
 * escapes every value, catalogue texts included.
 */
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly pages = new Map<string, HandlebarsTemplateDelegate>();
  private readonly fragments = new Map<string, HandlebarsTemplateDelegate>();
  private readonly layout: HandlebarsTemplateDelegate;

  constructor(
    folder: string,
    private readonly catalogue: Catalogue,
    private readonly formats: Formats,
  ) {
    let layout: HandlebarsTemplateDelegate | undefined;
    for (const [name, path] of templateFiles(folder)) {
      const source = readFileSync(path, 'utf8');
      if (name.startsWith('partials/')) this.handlebars.registerPartial(name.slice('partials/'.length), source);
      else if (name === 'layouts/main') layout = this.compile(source);
      else this.pages.set(name, this.compile(source));
    }
    if (!layout) throw new Error(`No layouts/main.hbs in ${folder}`);
    this.layout = layout;
  }

  has(view: string): boolean {
    return this.pages.has(view);
  }

  render(view: string, model: object, layout: LayoutModel): string {
    return this.wrap(this.renderBody(view, model, layout.lang, layout.csrfToken), layout);
  }

  /** A page's own markup, without the layout (a page may keep it, with a stand-in for the token). */
  renderBody(view: string, model: object, language: Language, csrfToken: string): string {
    const page = this.pages.get(view);
    if (!page) throw new Error(`No page template ${view}`);
    // @csrfToken, for the hidden field of every form (partials/csrf).
    return page(model, { helpers: this.helpers(language), data: { csrfToken } });
  }

  /** A page's markup in the layout. */
  wrap(body: string, layout: LayoutModel): string {
    return this.layout(
      { ...layout, body },
      { helpers: this.helpers(layout.lang), data: { csrfToken: layout.csrfToken } },
    );
  }

  /** A partial alone, without the layout: the fragment an htmx request swaps into the page. */
  renderPartial(partial: string, model: object, language: Language, csrfToken: string): string {
    if (!this.handlebars.partials[partial]) throw new Error(`No partial ${partial}`);
    let template = this.fragments.get(partial);
    if (!template) {
      template = this.compile(`{{> ${partial}}}`);
      this.fragments.set(partial, template);
    }
    return template(model, { helpers: this.helpers(language), data: { csrfToken } });
  }

  private compile(source: string): HandlebarsTemplateDelegate {
    return this.handlebars.compile(source, { strict: false, preventIndent: true });
  }

  private helpers(language: Language): Record<string, Handlebars.HelperDelegate> {
    const { catalogue, formats } = this;
    // `lang=` writes one text, date or number in another language than the page's: what a candidate is to read.
    const languageOf = (options: Handlebars.HelperOptions): Language =>
      LANGUAGES.includes(options.hash?.lang) ? (options.hash.lang as Language) : language;
    return {
      t: (key: unknown, options: Handlebars.HelperOptions) => {
        const { lang: _lang, ...values } = (options.hash ?? {}) as Record<string, unknown>;
        return catalogue.text(languageOf(options), String(key), values);
      },
      date: (value: Date | string, options: Handlebars.HelperOptions) =>
        formats.date(languageOf(options), value, options.hash?.time ? 'dateTime' : 'date'),
      number: (value: number, options: Handlebars.HelperOptions) =>
        formats.number(languageOf(options), Number(value), Number(options.hash?.digits ?? 0)),
      euros: (value: number) => formats.euros(language, Number(value)),
    };
  }
}
