import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ChangePasswordDto } from '../../auth/dto/auth.dto';
import { UsersService } from '../../users/users.service';
import { Catalogue } from '../i18n/catalogue';
import { formMessage, readForm } from '../forms';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { SessionCookies } from '../session/session-cookies';
import { WebSessionsService } from '../session/web-sessions.service';
import { Pages } from '../views/pages';
import { OwnSettingsForm } from './forms.dto';
import { passwordView, settingsView } from './account.view';

/** A person's own account: their language, and their password (with the API's rules). */
@PageController()
@Controller()
export class AccountPage {
  constructor(
    private readonly sessions: WebSessionsService,
    private readonly users: UsersService,
    private readonly cookies: SessionCookies,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @Get('settings')
  settings(@Page() page: SignedInPage, @Query('saved') saved: unknown, @Res() response: Response): void {
    const model = settingsView({ email: page.user.email, language: page.user.language, saved: saved === '1' });
    this.pages.send(response, page, { view: 'account/settings', titleKey: 'settings.title', model });
  }

  @Post('settings')
  async saveSettings(
    @Page() page: SignedInPage,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const form = await readForm(OwnSettingsForm, body);
    if (form.errors) {
      const model = settingsView({ email: page.user.email, language: page.user.language, errors: form.errors });
      return this.pages.send(response, page, {
        view: 'account/settings',
        titleKey: 'settings.title',
        model,
        status: 400,
      });
    }
    await this.users.update(page.user.id, { language: form.value.language });
    this.pages.redirect(response, '/settings?saved=1');
  }

  @Get('password')
  password(@Page() page: SignedInPage, @Query('changed') changed: unknown, @Res() response: Response): void {
    const model = passwordView({ changed: changed === '1' });
    this.pages.send(response, page, { view: 'account/password', titleKey: 'password.title', model });
  }

  @Post('password')
  async changePassword(
    @Page() page: SignedInPage,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const form = await readForm(ChangePasswordDto, body);
    if (form.errors) {
      const model = passwordView({ errors: form.errors });
      return this.pages.send(response, page, {
        view: 'account/password',
        titleKey: 'password.title',
        model,
        status: 400,
      });
    }
    try {
      const { currentPassword, newPassword } = form.value;
      const token = await this.sessions.changePassword(page.user.id, page.sessionToken, currentPassword, newPassword);
      this.cookies.setSession(response, token, this.sessions.ttlSeconds);
      this.pages.redirect(response, '/password?changed=1');
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      if (message.retryAfterSeconds !== undefined) response.setHeader('Retry-After', message.retryAfterSeconds);
      const model = passwordView({ message, errors: message.errors });
      this.pages.send(response, page, {
        view: 'account/password',
        titleKey: 'password.title',
        model,
        status: message.status,
      });
    }
  }
}
