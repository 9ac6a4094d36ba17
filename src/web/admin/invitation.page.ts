import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/errors/domain-error';
import { SetPasswordForm } from '../../users/dto/invitation.dto';
import { invitationPath } from '../../users/invitation-token';
import { InvitationsService, InvitationState } from '../../users/invitations.service';
import { formMessage, readForm } from '../forms';
import { Catalogue } from '../i18n/catalogue';
import { OpenPage, Page, PageContext } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { INVITATION_STATUS, invitationView, stateOfError } from './invitation.view';

/** The invitation mail's link: the invited person chooses their password, once, while the link lasts. */
@PageController()
@Controller()
export class InvitationPage {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @OpenPage()
  @Get('invitation/accepted')
  accepted(@Page() page: PageContext, @Res() response: Response): void {
    this.pages.send(response, page, {
      view: 'admin/invitation-accepted',
      titleKey: 'admin.invitation.title',
      model: {},
    });
  }

  @OpenPage()
  @Get('invitation/:token')
  async show(@Page() page: PageContext, @Param('token') token: string, @Res() response: Response): Promise<void> {
    const { state, email } = await this.invitations.check(token);
    this.send(response, page, token, state, { email });
  }

  @OpenPage()
  @Post('invitation/:token')
  async accept(
    @Page() page: PageContext,
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const form = await readForm(SetPasswordForm, body);
    if (form.errors) {
      const { state, email } = await this.invitations.check(token);
      return this.send(response, page, token, state, { email, errors: form.errors }, 400);
    }
    try {
      await this.invitations.accept(token, form.value.password);
    } catch (error) {
      const closed = error instanceof DomainError ? stateOfError(error.code) : undefined;
      if (closed) return this.send(response, page, token, closed, {});
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      const { state, email } = await this.invitations.check(token);
      return this.send(response, page, token, state, { email, message, errors: message.errors }, message.status);
    }
    this.pages.redirect(response, '/invitation/accepted');
  }

  private send(
    response: Response,
    page: PageContext,
    token: string,
    state: InvitationState,
    extra: Omit<Parameters<typeof invitationView>[0], 'state' | 'action'>,
    status?: number,
  ): void {
    // The link is a key: never sent on as a Referer, never kept by a cache.
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');
    const model = invitationView({ state, action: invitationPath(token), ...extra });
    this.pages.send(response, page, {
      view: 'admin/invitation',
      titleKey: 'admin.invitation.title',
      model,
      status: status ?? INVITATION_STATUS[state],
    });
  }
}
