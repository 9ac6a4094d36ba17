import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { InviteUserDto } from '../../users/dto/invitation.dto';
import { UpdateUserDto } from '../../users/dto/user-input.dto';
import { InvitationsService } from '../../users/invitations.service';
import { UsersService } from '../../users/users.service';
import { formMessage, readForm } from '../forms';
import { Catalogue } from '../i18n/catalogue';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { parsePageNumber } from '../views/paging';
import { rolesOf, userNotice, UserNotice, usersHref, UsersOutcome, USERS_PAGE_SIZE, usersView } from './users.view';

/** `/admin`: the users, inviting one, their roles, deactivating and resetting passwords, by the API's rules. */
@PageController()
@Controller()
@Roles(Role.Admin)
export class AdminUsersPage {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @Get('admin')
  async list(
    @Page() page: SignedInPage,
    @Query('page') pageText: unknown,
    @Query('done') done: unknown,
    @Res() response: Response,
  ): Promise<void> {
    await this.render(response, page, parsePageNumber(pageText), { notice: userNotice(done) });
  }

  @Post('admin/users')
  async invite(
    @Page() page: SignedInPage,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const typed = { ...body, roles: rolesOf(body.roles) };
    const form = await readForm(InviteUserDto, typed);
    if (form.errors) {
      const message = { key: 'admin.users.invite.invalid', values: {}, status: 400 };
      return this.render(response, page, 1, { message, typed, errors: form.errors }, 400);
    }
    await this.attempt(response, page, 'invited', () => this.invitations.invite(form.value, page.user), typed);
  }

  @Post('admin/users/:id/roles')
  async changeRoles(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const form = await readForm(UpdateUserDto, { roles: rolesOf(body.roles) });
    if (form.errors) {
      const message = { key: 'admin.users.rolesNeeded', values: {}, status: 400 };
      return this.render(response, page, 1, { message }, 400);
    }
    await this.attempt(response, page, 'roles', () => this.users.update(id, { roles: form.value.roles }));
  }

  @Post('admin/users/:id/invitation')
  async reinvite(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    await this.attempt(response, page, 'reinvited', () => this.invitations.resend(id, page.user));
  }

  @Post('admin/users/:id/deactivate')
  async deactivate(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    await this.attempt(response, page, 'deactivated', () => this.users.deactivate(id));
  }

  @Post('admin/users/:id/activate')
  async activate(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    await this.attempt(response, page, 'activated', () => this.users.activate(id));
  }

  /** The new password is shown on this answer only, never put in a link. */
  @Post('admin/users/:id/reset-password')
  async resetPassword(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const user = await this.users.get(id);
    const { temporaryPassword } = await this.users.resetPassword(id);
    response.setHeader('Cache-Control', 'no-store');
    await this.render(response, page, 1, {
      notice: { key: 'admin.users.done.reset', values: { name: user.name } },
      temporaryPassword: { name: user.name, password: temporaryPassword! },
    });
  }

  private async attempt(
    response: Response,
    page: SignedInPage,
    notice: UserNotice,
    work: () => Promise<unknown>,
    typed?: Record<string, unknown>,
  ): Promise<void> {
    try {
      await work();
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      return this.render(response, page, 1, { message, typed, errors: message.errors }, message.status);
    }
    this.pages.redirect(response, usersHref(1, notice));
  }

  private async render(
    response: Response,
    page: SignedInPage,
    pageNumber: number,
    outcome: UsersOutcome,
    status = 200,
  ): Promise<void> {
    const { users, total } = await this.users.list(USERS_PAGE_SIZE, (pageNumber - 1) * USERS_PAGE_SIZE);
    const invited = await this.invitations.awaitingOf(users.map((user) => user.id));
    this.pages.send(response, page, {
      view: 'admin/users',
      titleKey: 'admin.users.title',
      model: usersView({ users, total, invited }, pageNumber, page.user.id, outcome),
      status,
    });
  }
}
