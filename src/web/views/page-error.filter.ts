import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/errors/domain-error';
import { STATUS_BY_KIND } from '../../common/errors/problem.filter';
import { pageLanguage } from '../i18n/language';
import { PageContext, PageRequest } from '../page-context';
import { errorView } from './error.view';
import { Pages } from './pages';

/**
 * The pages' answer to errors, in place of the API's problem+json: a
 * signed-out visitor goes to sign-in and comes back after; anything else is an
 * error page with the status the API would give (the same kind-to-status
 * table), and an unexpected error is logged and shown as a bare 500.
 */
@Catch()
@Injectable()
export class PageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  constructor(private readonly pages: Pages) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<PageRequest & { id?: string }>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.end();
      return;
    }
    if (exception instanceof DomainError && exception.code === 'SIGNED_OUT') {
      const back = request.method === 'GET' ? request.originalUrl : '/';
      const location = back === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(back)}`;
      if (request.headers['hx-request']) response.setHeader('HX-Redirect', location);
      response.redirect(303, location);
      return;
    }
    const status = statusOf(exception);
    if (status >= 500) {
      this.logger.error({ err: exception, requestId: request.id, url: request.originalUrl }, 'Page failed');
    }
    const page: PageContext = request.page ?? {
      language: pageLanguage(undefined, request),
      csrfToken: '',
      path: request.originalUrl,
    };
    const model = errorView(status, exception, String(request.id ?? ''));
    try {
      this.pages.send(response, page, { view: 'errors/error', titleKey: model.headingKey, model, status });
    } catch (renderError) {
      // The error page itself failed: still an answer, and still no stack.
      this.logger.error({ err: renderError, requestId: request.id }, 'Error page failed');
      response
        .status(status >= 500 ? status : 500)
        .type('text')
        .send(`Error ${status}. Request id: ${model.requestId}`);
    }
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof DomainError) return STATUS_BY_KIND[exception.kind];
  if (exception instanceof HttpException && exception.getStatus() < 500) return exception.getStatus();
  const status = (exception as { status?: unknown } | undefined)?.status;
  // body-parser's own errors (a body too large, a broken encoding) carry their 4xx.
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}
