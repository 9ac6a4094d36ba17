import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { ProcessingRecordsService } from '../../privacy/processing-records.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { recordsView } from './records.view';

/** `/admin/privacy`: the records of processing (GDPR art. 30), made from the running configuration. */
@PageController()
@Controller()
@Roles(Role.Admin)
export class AdminRecordsPage {
  constructor(
    private readonly records: ProcessingRecordsService,
    private readonly pages: Pages,
  ) {}

  @Get('admin/privacy')
  show(@Page() page: SignedInPage, @Res() response: Response): void {
    this.pages.send(response, page, {
      view: 'admin/records',
      titleKey: 'privacy.records.title',
      model: recordsView(this.records.records()),
    });
  }
}
