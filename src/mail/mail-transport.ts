import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { SendMailOptions } from 'nodemailer';

export interface OutgoingMail {
  /** Sift's id of the mail; the Message-ID is made from it, so a mail sent twice is recognisably one. */
  id: string;
  from: string;
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  /** An iCalendar invitation (REQUEST) or cancellation (CANCEL). */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  headers?: Record<string, string>;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  /** Checks that mail can go: the SMTP server answers, the outbox folder is writable. */
  verify?(): Promise<void>;
  close(): void;
  /** Where mail goes, without secrets, for logs and the health page. */
  describe(): string;
}

/**
 * A mail the transport could not deliver. `permanent` when the server said
 * no for good (a 5xx reply): trying again will not help.
 */
export class MailDeliveryError extends Error {
  readonly permanent: boolean;
  readonly responseCode: number | undefined;

  constructor(message: string, options: { cause: unknown; responseCode?: number }) {
    super(message, { cause: options.cause });
    this.name = 'MailDeliveryError';
    this.responseCode = options.responseCode;
    this.permanent = options.responseCode !== undefined && options.responseCode >= 500;
  }
}

// Also a file name: no path separators, nothing a Message-ID may not hold.
const MAIL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function messageIdFor(mailId: string): string {
  if (!MAIL_ID.test(mailId))
    throw new Error(`A mail id of letters, digits, dots, dashes and underscores: ${JSON.stringify(mailId)}`);
  return `<${mailId}@sift.mail>`;
}

function message(mail: OutgoingMail): SendMailOptions {
  return {
    messageId: messageIdFor(mail.id),
    from: mail.from,
    to: { name: mail.to.name, address: mail.to.address },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    // Nodemailer puts it in twice: as the text/calendar alternative clients show as an
    // invitation, and as an invite.ics attachment for those that do not.
    icalEvent: mail.calendar && {
      method: mail.calendar.method,
      content: mail.calendar.content,
      filename: 'invite.ics',
    },
  };
}

/** Sends through an SMTP server given by URL (smtp://user:password@host:port, smtps:// for TLS). */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter;

  constructor(private readonly url: string) {
    this.transporter = nodemailer.createTransport({
      url,
      pool: true,
      // Keep pooled connections for many mails: nodemailer's default of 100 reconnects often under load.
      maxMessages: 1000,
      // A worker waits on a dead server no longer than this; the job tries again later.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      const info = await this.transporter.sendMail(message(mail));
      return { messageId: info.messageId };
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode;
      const reason = error instanceof Error ? error.message : String(error);
      throw new MailDeliveryError(`Mail ${mail.id} not delivered by ${this.describe()}: ${reason}`, {
        cause: error,
        responseCode,
      });
    }
  }

  async verify(): Promise<void> {
    await this.transporter.verify();
  }

  close(): void {
    this.transporter.close();
  }

  describe(): string {
    try {
      const { protocol, hostname, port } = new URL(this.url);
      return `SMTP ${protocol}//${hostname}${port ? `:${port}` : ''}`;
    } catch {
      return 'SMTP (URL not readable)';
    }
  }
}

/**
 * Writes each mail as a complete .eml file instead of sending it: for
 * development and for installations without SMTP. A file appears whole or
 * not at all, so whatever watches the folder never reads half a mail.
 */
export class OutboxFolderMailTransport implements MailTransport {
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(private readonly folder: string) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const info = await this.composer.sendMail(message(mail));
    await mkdir(this.folder, { recursive: true });
    const name = `${new Date().toISOString().replace(/:/g, '')}-${mail.id}.eml`;
    const temporary = join(this.folder, `.${name}.${randomUUID()}.tmp`);
    try {
      await writeFile(temporary, info.message as Buffer, { flag: 'wx' });
      await rename(temporary, join(this.folder, name));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { messageId: info.messageId };
  }

  async verify(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await access(this.folder, constants.W_OK);
  }

  close(): void {
    this.composer.close();
  }

  describe(): string {
    return `outbox folder ${this.folder}`;
  }
}

/** SMTP when a URL is set, else the outbox folder. */
export function mailTransportFor(settings: { smtpUrl?: string; outboxDir: string }): MailTransport {
  return settings.smtpUrl ? new SmtpMailTransport(settings.smtpUrl) : new OutboxFolderMailTransport(settings.outboxDir);
}
