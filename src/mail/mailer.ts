import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Settings } from '../config/settings';
import { Transaction } from '../database/transaction';
import { JobContext, JobHandlers, PermanentJobError } from '../jobs/job-handlers';
import { errorText } from '../jobs/job-queue';
import { Jobs } from '../jobs/jobs';
import { SiftMetrics } from '../metrics/sift-metrics';
import { Mail } from './entities/mail.entity';
import { MailComposer } from './mail-composer';
import { MailTemplates } from './mail-templates';
import { mailTransportFor, MailTransport } from './mail-transport';
import { MailsRepository, NewMail } from './mails.repository';

/**
 * Queues mails with the change they belong to, and sends them as jobs: each
 * mail is written out when it goes, from what is true then. At least once:
 * a mail recorded as sent is not sent again when its job runs twice, and the
 * only way to a second copy is a crash between the server's acceptance and
 * the record of it (a few milliseconds); the copy carries the same
 * Message-ID, made from the mail's id, so receivers can drop it.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: MailTransport;

  constructor(
    private readonly mails: MailsRepository,
    private readonly jobs: Jobs,
    private readonly composer: MailComposer,
    private readonly templates: MailTemplates,
    private readonly settings: Settings,
    private readonly metrics: SiftMetrics,
    handlers: JobHandlers,
  ) {
    this.transport = mailTransportFor({ smtpUrl: settings.smtpUrl, outboxDir: settings.mail.outboxDir });
    handlers.handle('mail.send', ({ mailId }, context) => this.send(mailId, context));
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  describeTransport(): string {
    return this.transport.describe();
  }

  /** Records the mails and their jobs in the caller's transaction. */
  async queueIn(tx: Transaction, mails: NewMail[], now = new Date()): Promise<Mail[]> {
    if (mails.length === 0) return [];
    const rows = await this.mails.record(tx, mails, now);
    await this.jobs.enqueueIn(
      tx,
      rows.map((mail) => ({
        name: 'mail.send' as const,
        payload: { mailId: mail.id },
        options: { runAt: mail.sendAfter },
      })),
    );
    return rows;
  }

  private async send(mailId: string, context: JobContext): Promise<void> {
    const mail = await this.mails.findById(mailId);
    // Gone with its application, or sent by an earlier attempt whose end was not recorded.
    if (!mail || mail.status === 'sent' || mail.status === 'skipped') return;
    const composed = await this.composer.compose(mail);
    if ('skip' in composed) {
      await this.mails.markSkipped(mail.id, composed.skip);
      this.metrics.mailEnded('skipped');
      this.logger.log(`Mail ${mail.id} (${mail.template}) not sent: ${composed.skip}`);
      return;
    }
    let rendered;
    try {
      rendered = this.templates.render(mail.template, composed.language, composed.variables as never);
    } catch (error) {
      await this.mails.markAttemptFailed(mail.id, errorText(error), true);
      this.metrics.mailEnded('failed');
      throw new PermanentJobError(`The ${mail.template} mail cannot be written: ${errorText(error)}`);
    }
    if (mail.status === 'sending') {
      this.logger.warn(`Mail ${mail.id}: an earlier attempt stopped mid-send; sending again with the same Message-ID`);
    }
    await this.mails.markSending(mail.id);
    let messageId: string;
    try {
      ({ messageId } = await this.transport.send({
        id: mail.id,
        from: this.settings.mail.from,
        to: composed.to,
        ...rendered,
        calendar: composed.calendar,
      }));
    } catch (error) {
      await this.mails.markAttemptFailed(mail.id, errorText(error), context.lastAttempt);
      this.metrics.mailEnded(context.lastAttempt ? 'failed' : 'retried');
      throw error;
    }
    // Recorded at once, before anything else: the window in which a crash sends this mail twice.
    await this.mails.markSent(mail.id, rendered.subject, messageId, composed.to.address, new Date());
    this.metrics.mailEnded('sent');
  }
}
