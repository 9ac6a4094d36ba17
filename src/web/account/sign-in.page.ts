import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LoginDto } from '../../auth/dto/auth.dto';
import { Catalogue } from '../i18n/catalogue';
import { readForm, formMessage } from '../forms';
import { OpenPage, Page, PageContext } from '../page-context';
import { SessionCookies } from '../session/session-cookies';
import { WebSessionsService } from '../session/web-sessions.service';
import { startPathFor } from '../start/start-pages';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { safeNext, signInView } from './account.view';

/** `/`, sign-in and sign-out. */
@PageController()
@Controller()
export class SignInPage {
  constructor(
    private readonly sessions: WebSessionsService,
    private readonly cookies: SessionCookies,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @OpenPage()
  @Get()
  home(@Page() page: PageContext, @Res() response: Response): void {
    if (page.user) return this.pages.redirect(response, startPathFor(page.user.roles));
    this.pages.send(response, page, { view: 'account/sign-in', titleKey: 'signIn.title', model: signInView({}) });
  }

  @OpenPage()
  @Get('sign-in')
  form(
    @Page() page: PageContext,
    @Query('next') next: unknown,
    @Query('signedOut') signedOut: unknown,
    @Res() response: Response,
  ): void {
    if (page.user) return this.pages.redirect(response, safeNext(next) ?? startPathFor(page.user.roles));
    const model = signInView({ next, signedOut: signedOut === '1' });
    this.pages.send(response, page, { view: 'account/sign-in', titleKey: 'signIn.title', model });
  }

  @OpenPage()
  @Post('sign-in')
  async signIn(
    @Page() page: PageContext,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { next, ...fields } = body;
    const form = await readForm(LoginDto, fields);
    if (form.errors) {
      const model = signInView({ email: fields.email, next, errors: form.errors });
      return this.pages.send(response, page, { view: 'account/sign-in', titleKey: 'signIn.title', model, status: 400 });
    }
    try {
      const { email, password } = form.value;
      const { token, roles } = await this.sessions.signIn(email, password, request.ip ?? '', page.sessionToken);
      this.cookies.setSession(response, token, this.sessions.ttlSeconds);
      this.pages.redirect(response, safeNext(next) ?? startPathFor(roles));
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      if (message.retryAfterSeconds !== undefined) response.setHeader('Retry-After', message.retryAfterSeconds);
      const model = signInView({ email: fields.email, next, message });
      this.pages.send(response, page, {
        view: 'account/sign-in',
        titleKey: 'signIn.title',
        model,
        status: message.status,
      });
    }
  }

  @Post('sign-out')
  async signOut(@Page() page: PageContext, @Res() response: Response): Promise<void> {
    await this.sessions.end(page.sessionToken!);
    this.cookies.clearSession(response);
    this.pages.redirect(response, '/sign-in?signedOut=1');
  }
}
