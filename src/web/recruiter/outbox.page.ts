import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { MailStatus } from '../../mail/entities/mail.entity';
import { MailRequestsService } from '../../mail/mail-requests.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { OUTBOX_PAGE_SIZE, OUTBOX_STATUSES, outboxView } from './outbox.view';

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
    const status = parseStatus(statusText);
    const pageNumber = parsePage(pageText);
    const data = await this.mails.outbox(status, OUTBOX_PAGE_SIZE, (pageNumber - 1) * OUTBOX_PAGE_SIZE);
    this.pages.send(response, page, {
      view: 'recruiter/outbox',
      titleKey: 'board.outbox.title',
      model: outboxView(data, status, pageNumber),
    });
  }
}

function parseStatus(value: unknown): MailStatus | undefined {
  if (value === undefined || value === '') return undefined;
  if (OUTBOX_STATUSES.includes(value as MailStatus)) return value as MailStatus;
  throw new ValidationFailedError([
    { field: 'status', messages: [`status must be one of ${OUTBOX_STATUSES.join(', ')}`] },
  ]);
}

function parsePage(value: unknown): number {
  if (value === undefined || value === '') return 1;
  const page = Number(value);
  if (Number.isInteger(page) && page >= 1 && page <= 100_000) return page;
  throw new ValidationFailedError([{ field: 'page', messages: ['page must be a whole number from 1'] }]);
}
