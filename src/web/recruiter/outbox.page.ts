import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { MailRequestsService } from '../../mail/mail-requests.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { parseMailStatus } from '../views/mail-list';
import { Pages } from '../views/pages';
import { parsePageNumber } from '../views/paging';
import { OUTBOX_PAGE_SIZE, outboxView } from './outbox.view';

/** Every mail Sift queued or sent, newest first, with what became of it. */
@PageController()
@Controller()
export class OutboxPage {
  constructor(
    private readonly mails: MailRequestsService,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/mails')
  async show(
    @Page() page: SignedInPage,
    @Query('status') statusText: unknown,
    @Query('page') pageText: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const status = parseMailStatus(statusText);
    const pageNumber = parsePageNumber(pageText);
    const data = await this.mails.outbox(status, OUTBOX_PAGE_SIZE, (pageNumber - 1) * OUTBOX_PAGE_SIZE);
    this.pages.send(response, page, {
      view: 'recruiter/outbox',
      titleKey: 'board.outbox.title',
      model: outboxView(data, status, pageNumber),
    });
  }
}
