import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { RetentionService } from '../../privacy/retention/retention.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { parsePageNumber } from '../views/paging';
import { RETENTION_PAGE_SIZE, retentionView } from './retention.view';

/** `/admin/privacy/retention`: the retention policy's dry run, as `GET /privacy/retention/due` gives it. */
@PageController()
@Controller()
@Roles(Role.Admin)
export class AdminRetentionPage {
  constructor(
    private readonly retention: RetentionService,
    private readonly pages: Pages,
  ) {}

  @Get('admin/privacy/retention')
  async show(
    @Page() page: SignedInPage,
    @Query('page') pageText: unknown,
    @Query('heldPage') heldText: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const pageNumber = parsePageNumber(pageText);
    const heldPage = parseHeldPage(heldText);
    const data = await this.retention.due({
      limit: RETENTION_PAGE_SIZE,
      offset: (pageNumber - 1) * RETENTION_PAGE_SIZE,
      heldOffset: (heldPage - 1) * RETENTION_PAGE_SIZE,
    });
    this.pages.send(response, page, {
      view: 'admin/retention',
      titleKey: 'privacy.due.title',
      model: retentionView(data, pageNumber, heldPage),
    });
  }
}

/** `heldPage` as `page` is read, with its own name in the error. */
function parseHeldPage(value: unknown): number {
  try {
    return parsePageNumber(value);
  } catch {
    throw new ValidationFailedError([{ field: 'heldPage', messages: ['heldPage must be a whole number from 1'] }]);
  }
}
