import { Global, Module } from '@nestjs/common';
import { MailComposer } from './mail-composer';
import { MailFiles } from './mail-files';
import { MailTemplates } from './mail-templates';
import { Mailer } from './mailer';
import { MailsRepository } from './mails.repository';
import { PipelineMails } from './pipeline-mails';

/** Mail itself: templates, sending as jobs, and the mails that follow pipeline changes. */
@Global()
@Module({
  providers: [MailsRepository, MailComposer, MailTemplates, Mailer, PipelineMails, MailFiles],
  exports: [MailsRepository, Mailer, PipelineMails, MailTemplates, MailFiles, MailComposer],
})
export class MailModule {}
