import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { requireRoles } from '../../auth/auth.guard';
import { ROLES_KEY } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { CSRF_FIELD, CSRF_HEADER, CsrfTokens } from '../csrf/csrf-tokens';
import { pageLanguage } from '../i18n/language';
import { OPEN_PAGE_KEY, PageRequest } from '../page-context';
import { CsrfTokenError, SignedOutError } from '../web.errors';
import { SessionCookies } from './session-cookies';
import { WebSessionsService } from './web-sessions.service';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Runs before every page: resumes the session from its cookie (the API's
 * bearer guard lets pages through as public), sends signed-out visitors to
 * sign-in, checks the roles the page names with @Roles exactly as the API does,
 * and refuses any state-changing request without the CSRF token of its
 * session. The page's context is left on the request.
 */
@Injectable()
export class PageGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: WebSessionsService,
    private readonly cookies: SessionCookies,
    private readonly csrf: CsrfTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PageRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const targets = [context.getHandler(), context.getClass()];
    const cookies = this.cookies.read(request);

    const resumed = cookies.session ? await this.sessions.resume(cookies.session) : undefined;
    if (cookies.session && !resumed) this.cookies.clearSession(response);
    if (resumed?.renewed) this.cookies.setSession(response, cookies.session!, this.sessions.ttlSeconds);
    const sessionToken = resumed ? cookies.session : undefined;
    const binding = sessionToken ?? cookies.anonymous ?? this.cookies.setAnonymous(response);

    request.page = {
      user: resumed?.user,
      sessionToken,
      language: pageLanguage(resumed?.user.language, request),
      csrfToken: this.csrf.tokenFor(binding),
      path: request.originalUrl,
    };

    const open = this.reflector.getAllAndOverride<boolean>(OPEN_PAGE_KEY, targets) === true;
    if (!resumed && !open) throw new SignedOutError();
    if (!SAFE_METHODS.has(request.method)) this.checkCsrf(request, binding);
    if (resumed) requireRoles(resumed.user, this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets));
    return true;
  }

  /**
   * The token comes in the form or, from htmx, in a header; it is taken out of the form once checked.
   * A file form's body is read only after the guards, so its token comes in the form's action.
   */
  private checkCsrf(request: PageRequest, binding: string): void {
    const body = request.body as Record<string, unknown> | undefined;
    const multipart = request.headers['content-type']?.toLowerCase().startsWith('multipart/form-data');
    const token =
      request.headers[CSRF_HEADER] ?? body?.[CSRF_FIELD] ?? (multipart ? request.query[CSRF_FIELD] : undefined);
    if (!this.csrf.matches(binding, token)) throw new CsrfTokenError();
    if (body) delete body[CSRF_FIELD];
  }
}
