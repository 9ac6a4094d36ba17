import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { Assets } from '../assets/assets';
import type { PageContext } from '../page-context';
import { LayoutModel, layoutView, Shortcut } from './layout.view';
import { gzipWithToken, KeptPage, TOKEN_STAND_IN } from './kept-page';
import { PageRenderer } from './page-renderer';

/** Where a kept page goes in the layout: nothing a template writes. */
const BODY_MARK = '\u0002body\u0002';

export interface PageView {
  /** The template under templates/pages, e.g. "account/sign-in". */
  view: string;
  /** Catalogue key of the page's title. */
  titleKey: string;
  model: object;
  status?: number;
  shortcuts?: Shortcut[];
}

/** Sends a page: its view model rendered in the layout, in the page's language. */
@Injectable()
export class Pages {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly assets: Assets,
  ) {}

  /** The layout around kept pages, before and after them, per reader and page. */
  private readonly layoutPieces = new LayoutPieces();

  send(response: Response, page: PageContext, { view, titleKey, model, status = 200, shortcuts }: PageView): void {
    const layout = layoutView(page, titleKey, this.assets.urls, shortcuts);
    const html = this.renderer.render(view, model, layout);
    response.status(status).type('html').send(html);
  }

  /** A partial of a page on its own, for an htmx request (the full page renders the same partial). */
  fragment(response: Response, page: PageContext, partial: string, model: object, status = 200): void {
    const html = this.renderer.renderPartial(partial, model, page.language, page.csrfToken);
    response.status(status).type('html').send(html);
  }

  /**
   * Sends a page whose markup was kept (see `body`), in the layout: every
   * stand-in for the CSRF token becomes this answer's own token. To a
   * browser that takes gzip the kept pieces go spliced, without compressing
   * anything again (see KeptPage); brotli would be smaller by about a fifth
   * but costs a compression per answer.
   */
  sendKept(
    response: Response,
    page: PageContext,
    { titleKey, shortcuts, kept }: { titleKey: string; shortcuts?: Shortcut[]; kept: KeptPage },
  ): void {
    const layout = layoutView({ ...page, csrfToken: TOKEN_STAND_IN }, titleKey, this.assets.urls, shortcuts);
    const [before, after] = this.layoutPieces.keep(layout, () =>
      this.renderer.wrap(BODY_MARK, layout).split(BODY_MARK),
    );
    const pieces = [before, kept, after];
    response.status(200).type('html').vary('Accept-Encoding');
    // Spliced gzip would pass the blind filter by (see BlindOutputInterceptor): a blind assessor gets text.
    const spliced = response.req.acceptsEncodings('gzip') && !response.locals.blindFilter;
    const gzipped = spliced ? gzipWithToken(pieces, page.csrfToken) : undefined;
    if (!gzipped) {
      response.send(pieces.map((piece) => piece.text(page.csrfToken)).join(''));
      return;
    }
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Content-Length', String(gzipped.length));
    response.end(gzipped);
  }

  /** A page's markup alone, rendered with the given token. */
  body(page: PageContext, view: string, model: object, csrfToken: string): string {
    return this.renderer.renderBody(view, model, page.language, csrfToken);
  }

  /** An htmx answer of several partials of the page (out-of-band swaps beside the target), without the layout. */
  fragments(response: Response, page: PageContext, parts: { partial: string; model: object }[], status = 200): void {
    const html = parts
      .map(({ partial, model }) => this.renderer.renderPartial(partial, model, page.language, page.csrfToken))
      .join('\n');
    response.status(status).type('html').send(html);
  }

  /** After a form: 303, so that reloading the next page does not post the form again. */
  redirect(response: Response, location: string): void {
    response.redirect(303, location);
  }
}

/**
 * The layout's markup before and after kept pages, kept by the layout's model
 * (the reader, the language, the page and its title): the same reader on the
 * same page gets the same pieces, already deflated, without rendering them.
 */
class LayoutPieces {
  private readonly kept = new Map<string, [KeptPage, KeptPage]>();
  private bytes = 0;

  keep(layout: LayoutModel, render: () => string[]): [KeptPage, KeptPage] {
    const key = JSON.stringify(layout);
    const found = this.kept.get(key);
    if (found) return found;
    const [before, after] = render();
    const pieces: [KeptPage, KeptPage] = [KeptPage.keep(before), KeptPage.keep(after ?? '')];
    this.bytes += key.length + pieces[0].size + pieces[1].size;
    // A few thousand readers' pages; past that, start again rather than track which was read last.
    if (this.bytes > LAYOUT_PIECES_BYTES) {
      this.kept.clear();
      this.bytes = 0;
    }
    this.kept.set(key, pieces);
    return pieces;
  }
}

const LAYOUT_PIECES_BYTES = 8 * 1024 * 1024;
