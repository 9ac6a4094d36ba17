import { Injectable } from '@nestjs/common';
import { Mail } from '../mail/entities/mail.entity';
import { MailComposer } from '../mail/mail-composer';
import { MailFiles } from '../mail/mail-files';
import { MailTemplates } from '../mail/mail-templates';

export type MailBody = { subject: string; text: string } | { unavailable: string };

/**
 * What a mail to the person said. Sift keeps no mail's body: it is written
 * again from the mail's template and what the mail kept when it was queued,
 * as it was sent; the file itself is added too where the outbox folder keeps
 * it (no SMTP_URL).
 */
@Injectable()
export class SubjectMailBodies {
  constructor(
    private readonly composer: MailComposer,
    private readonly templates: MailTemplates,
    private readonly files: MailFiles,
  ) {}

  async bodyOf(mail: Mail): Promise<MailBody> {
    const composed = await this.composer.compose(mail);
    if ('skip' in composed) return { unavailable: composed.skip };
    try {
      const { subject, text } = this.templates.render(mail.template, composed.language, composed.variables as never);
      return { subject, text };
    } catch (error) {
      return { unavailable: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The .eml file as it was written, when the outbox folder keeps it. */
  async keptFile(mail: Mail): Promise<Buffer | null> {
    if (!this.files.kept || mail.status !== 'sent') return null;
    return (await this.files.open(mail.id).catch(() => null))?.content ?? null;
  }
}
