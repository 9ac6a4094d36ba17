import { Injectable } from '@nestjs/common';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../common/errors/domain-error';
import { Settings } from '../config/settings';
import { Mail } from './entities/mail.entity';
import { MailsRepository } from './mails.repository';

export class MailNotFoundError extends DomainError {
  constructor(id: string) {
    super('MAIL_NOT_FOUND', 'not_found', `There is no mail with id ${id}`);
  }
}

export class MailFileNotFoundError extends DomainError {
  constructor(id: string) {
    super('MAIL_FILE_NOT_FOUND', 'not_found', `No file of mail ${id} is kept: not written yet, or sent by SMTP`);
  }
}

/** Mail files larger than this are offered for download only. */
export const MAIL_FILE_SHOWN_BYTES = 512 * 1024;

/** The .eml files the outbox folder transport wrote (the default without SMTP), for admins to open. */
@Injectable()
export class MailFiles {
  constructor(
    private readonly mails: MailsRepository,
    private readonly settings: Settings,
  ) {}

  /** Whether mails are written to the outbox folder rather than sent by SMTP. */
  get kept(): boolean {
    return !this.settings.smtpUrl;
  }

  /** The .eml files written for this mail, by their full path (none when mail goes by SMTP). */
  async pathsOf(id: string): Promise<string[]> {
    const names = await readdir(this.settings.mail.outboxDir).catch(() => [] as string[]);
    return names.filter((name) => name.endsWith(`-${id}.eml`)).map((name) => join(this.settings.mail.outboxDir, name));
  }

  async open(id: string): Promise<{ mail: Mail; fileName: string; content: Buffer }> {
    const mail = await this.mails.findById(id);
    if (!mail) throw new MailNotFoundError(id);
    if (!this.kept || mail.status !== 'sent') throw new MailFileNotFoundError(id);
    // The transport names each file `<time>-<mail id>.eml`; the id is Sift's, so it names no other folder.
    const names = await readdir(this.settings.mail.outboxDir).catch(() => [] as string[]);
    const fileName = names
      .filter((name) => name.endsWith(`-${mail.id}.eml`) && !name.startsWith('.'))
      .sort()
      .pop();
    if (!fileName) throw new MailFileNotFoundError(id);
    return { mail, fileName, content: await readFile(join(this.settings.mail.outboxDir, fileName)) };
  }
}
