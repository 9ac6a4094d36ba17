import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { MAIL_FILE_SHOWN_BYTES, MailFiles } from '../../mail/mail-files';
import { MailRequestsService } from '../../mail/mail-requests.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { parseMailStatus } from '../views/mail-list';
import { Pages } from '../views/pages';
import { parsePageNumber } from '../views/paging';
import { mailFileView, MAILS_PAGE_SIZE, mailsView } from './mails.view';

/** `/admin/mails`: every mail with its status; a sent one, when kept as a file, opened as text or downloaded. */
@PageController()
@Controller()
@Roles(Role.Admin)
export class AdminMailsPage {
  constructor(
    private readonly mails: MailRequestsService,
    private readonly files: MailFiles,
    private readonly pages: Pages,
  ) {}

  @Get('admin/mails')
  async list(
    @Page() page: SignedInPage,
    @Query('status') statusText: unknown,
    @Query('page') pageText: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const status = parseMailStatus(statusText);
    const pageNumber = parsePageNumber(pageText);
    const data = await this.mails.outbox(status, MAILS_PAGE_SIZE, (pageNumber - 1) * MAILS_PAGE_SIZE);
    this.pages.send(response, page, {
      view: 'admin/mails',
      titleKey: 'admin.mails.title',
      model: mailsView(data, status, pageNumber, this.files.kept),
    });
  }

  @Get('admin/mails/:id')
  async show(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { mail, fileName, content } = await this.files.open(id);
    this.pages.send(response, page, {
      view: 'admin/mail',
      titleKey: 'admin.mail.title',
      model: mailFileView(mail, fileName, content, MAIL_FILE_SHOWN_BYTES),
    });
  }

  /** The stored file as a download: never shown by the browser as a page of Sift's. */
  @Get('admin/mails/:id/file')
  async file(@Param('id') id: string, @Res() response: Response): Promise<void> {
    const { fileName, content } = await this.files.open(id);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    response.status(200).type('message/rfc822').send(content);
  }
}
