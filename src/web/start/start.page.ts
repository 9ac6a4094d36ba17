import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { START_PAGES, startPagesOf } from './start-pages';
import { startView } from './start.view';

/**
 * Each role's start page, open to that role only (as its routes are in the
 * API), until the role's own pages are built. The recruiter's is the
 * dashboard (recruiter/dashboard.page.ts).
 */
@PageController()
@Controller()
export class StartPage {
  constructor(private readonly pages: Pages) {}

  @Roles(Role.HiringManager)
  @Get('manager')
  manager(@Page() page: SignedInPage, @Res() response: Response): void {
    this.send(page, Role.HiringManager, response);
  }

  @Roles(Role.Interviewer)
  @Get('panel')
  panel(@Page() page: SignedInPage, @Res() response: Response): void {
    this.send(page, Role.Interviewer, response);
  }

  @Roles(Role.Admin)
  @Get('admin')
  admin(@Page() page: SignedInPage, @Res() response: Response): void {
    this.send(page, Role.Admin, response);
  }

  private send(page: SignedInPage, role: Role, response: Response): void {
    const model = startView(page.user, role, startPagesOf(page.user.roles));
    const titleKey = START_PAGES.find((start) => start.role === role)!.labelKey;
    this.pages.send(response, page, { view: 'start/start', titleKey, model });
  }
}
