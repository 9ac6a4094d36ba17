import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { Assets } from '../assets/assets';
import type { PageContext } from '../page-context';
import { layoutView, Shortcut } from './layout.view';
import { PageRenderer } from './page-renderer';

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
   * Sends a page whose markup was kept (see `body`): every stand-in for the
   * CSRF token in it becomes the session's own token.
   */
  sendKept(
    response: Response,
    page: PageContext,
    { titleKey, shortcuts, body, standIn }: { titleKey: string; shortcuts?: Shortcut[]; body: string; standIn: string },
  ): void {
    const layout = layoutView(page, titleKey, this.assets.urls, shortcuts);
    response
      .status(200)
      .type('html')
      .send(this.renderer.wrap(body.replaceAll(standIn, page.csrfToken), layout));
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
