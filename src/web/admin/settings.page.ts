import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { Settings } from '../../config/settings';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { settingsView } from './settings.view';

/** `/admin/settings`: what this process was configured with, secrets masked. */
@PageController()
@Controller()
@Roles(Role.Admin)
export class AdminSettingsPage {
  constructor(
    private readonly settings: Settings,
    private readonly pages: Pages,
  ) {}

  @Get('admin/settings')
  show(@Page() page: SignedInPage, @Res() response: Response): void {
    response.setHeader('Cache-Control', 'no-store');
    this.pages.send(response, page, {
      view: 'admin/settings',
      titleKey: 'admin.settings.title',
      model: settingsView(this.settings),
    });
  }
}
