import { simpleParser } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpReceiver, SmtpReceiver } from '../../test/support/smtp-receiver';
import { interviewCalendar } from './calendar';
import {
  MailDeliveryError,
  mailTransportFor,
  OutboxFolderMailTransport,
  OutgoingMail,
  SmtpMailTransport,
} from './mail-transport';

const calendar = interviewCalendar({
  uid: 'interview-41@sift',
  sequence: 0,
  method: 'REQUEST',
  start: new Date('2024-05-14T08:00:00Z'),
  durationMinutes: 45,
  summary: 'Gesprek: Technisch gesprek',
  description: 'Õhtune vestlus, töö ja õppimine',
  location: null,
  url: 'https://meet.example.com/sift-room-7',
  organizer: { name: 'Sift', email: 'interviews@example.com' },
  attendees: [{ name: 'Kandidaat Een', email: 'kandidaat.een@example.org' }],
  stamp: new Date('2024-05-01T12:00:00Z'),
});

const mail = (changes: Partial<OutgoingMail> = {}): OutgoingMail => ({
  id: '0b6f3a7e-9c1d-4c5e-8f7a-2d4b6c8e0f12',
  from: 'Sift <noreply@example.com>',
  to: { name: 'Kandidaat Een', address: 'kandidaat.een@example.org' },
  subject: 'Uitnodiging voor een sollicitatiegesprek: Backend-ontwikkelaar',
  html: '<p>Beste Kandidaat Een, tot dinsdag. Groet, Sift</p>',
  text: 'Beste Kandidaat Een,\n\ntot dinsdag.\n\nSift\n',
  headers: { 'X-Sift-Mail': 'interview-invitation' },
  ...changes,
});

describe('OutboxFolderMailTransport', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'sift-outbox-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the whole message as a parseable .eml named by time and mail id', async () => {
    const outbox = new OutboxFolderMailTransport(join(folder, 'not', 'there', 'yet'));
    const { messageId } = await outbox.send(mail({ calendar: { method: 'REQUEST', content: calendar } }));
    expect(messageId).toBe('<0b6f3a7e-9c1d-4c5e-8f7a-2d4b6c8e0f12@sift.mail>');

    const files = readdirSync(join(folder, 'not', 'there', 'yet'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT\d{6}\.\d{3}Z-0b6f3a7e-9c1d-4c5e-8f7a-2d4b6c8e0f12\.eml$/);
    const source = readFileSync(join(folder, 'not', 'there', 'yet', files[0]));
    const parsed = await simpleParser(source);
    expect(parsed.subject).toBe(mail().subject);
    expect(parsed.to).toMatchObject({ value: [{ name: 'Kandidaat Een', address: 'kandidaat.een@example.org' }] });
    expect(parsed.text).toBe(mail().text);
    expect(parsed.html).toContain('<p>Beste Kandidaat Een, tot dinsdag. Groet, Sift</p>');
    expect(parsed.messageId).toBe(messageId);
    expect(parsed.headers.get('x-sift-mail')).toBe('interview-invitation');
    const invite = parsed.attachments.find((attachment) => attachment.filename === 'invite.ics');
    expect(invite?.content.toString('utf8')).toBe(calendar);
    const alternative = parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
    expect(alternative?.content.toString('utf8')).toBe(calendar);
    expect(source.toString('latin1')).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
  });

  it('gives the same mail the same Message-ID each time, and leaves no temporary file', async () => {
    const outbox = new OutboxFolderMailTransport(folder);
    const first = await outbox.send(mail());
    const second = await outbox.send(mail({ subject: 'Opnieuw' }));
    expect(second.messageId).toBe(first.messageId);
    const files = readdirSync(folder);
    expect(files.filter((file) => file.endsWith('.eml'))).toHaveLength(files.length);
    const ids = await Promise.all(
      files.map(async (file) => (await simpleParser(readFileSync(join(folder, file)))).messageId),
    );
    expect(new Set(ids)).toEqual(new Set([first.messageId]));
  });

  it('refuses a mail id that could not be a Message-ID or a file name', async () => {
    const outbox = new OutboxFolderMailTransport(folder);
    await expect(outbox.send(mail({ id: '../escape' }))).rejects.toThrow('A mail id of letters');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('verifies by making the folder, and says where mail goes', async () => {
    const outbox = new OutboxFolderMailTransport(join(folder, 'new'));
    await outbox.verify();
    expect(readdirSync(folder)).toEqual(['new']);
    expect(outbox.describe()).toBe(`outbox folder ${join(folder, 'new')}`);
  });
});

describe('SmtpMailTransport', () => {
  let receiver: SmtpReceiver;
  let smtp: SmtpMailTransport;
  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    smtp = new SmtpMailTransport(receiver.url);
  });
  afterEach(() => {
    receiver.refuse(false);
    receiver.clear();
  });
  afterAll(async () => {
    smtp.close();
    await receiver.close();
  });

  it('delivers subject, HTML, text, the calendar invitation and our Message-ID', async () => {
    await smtp.verify();
    const { messageId } = await smtp.send(mail({ calendar: { method: 'CANCEL', content: calendar } }));
    const [received] = await receiver.waitFor(1);
    expect(received.subject).toBe(mail().subject);
    expect(received.messageId).toBe('<0b6f3a7e-9c1d-4c5e-8f7a-2d4b6c8e0f12@sift.mail>');
    expect(messageId).toBe(received.messageId);
    expect(received.text).toBe(mail().text);
    expect(received.html).toContain('Groet, Sift');
    expect(received.to).toMatchObject({ value: [{ address: 'kandidaat.een@example.org' }] });
    const invite = received.attachments.find((attachment) => attachment.filename === 'invite.ics');
    expect(invite?.content.toString('utf8')).toBe(calendar);
    expect(receiver.raw[0].toString('latin1')).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/);
  });

  it('rejects with a temporary error while the server refuses, and delivers once it takes mail again', async () => {
    receiver.refuse(true);
    const refused = smtp.send(mail());
    await expect(refused).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(refused).rejects.toMatchObject({ responseCode: 451, permanent: false });
    receiver.refuse(false);
    await smtp.send(mail());
    expect(await receiver.waitFor(1)).toHaveLength(1);
  });

  it('rejects when no server answers', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const nowhere = new SmtpMailTransport(`smtp://127.0.0.1:${port}`);
    await expect(nowhere.send(mail())).rejects.toMatchObject({ name: 'MailDeliveryError', permanent: false });
    nowhere.close();
  });

  it('keeps the password out of its description', () => {
    const described = new SmtpMailTransport('smtp://sift:secret@mail.example.com:2525').describe();
    expect(described).toBe('SMTP smtp://mail.example.com:2525');
  });

  it('takes many mails at once, resolving each waiter as its count is reached', async () => {
    const arrivals: number[] = [];
    const stop = receiver.onMessage((_mail, arrivedAt) => arrivals.push(arrivedAt));
    const order: number[] = [];
    const waiting = [150, 1, 60].map((count) => receiver.waitFor(count).then((mails) => order.push(mails.length)));
    const ids = Array.from({ length: 150 }, (_, i) => `bulk-${i}`);
    await Promise.all(
      ids.map((id) => smtp.send(mail({ id, to: { name: 'Kandidaat Een', address: `${id}@example.org` } }))),
    );
    await Promise.all(waiting);
    stop();
    expect(order).toEqual([1, 60, 150]);
    expect(arrivals).toHaveLength(150);
    expect(new Set(receiver.received.map((m) => m.messageId))).toEqual(new Set(ids.map((id) => `<${id}@sift.mail>`)));
  });

  it('tells how many mails arrived when they do not all come', async () => {
    await smtp.send(mail());
    await expect(receiver.waitFor(2, 300)).rejects.toThrow('Waited 300 ms for 2 mails; 1 arrived');
  });
});

describe('MailDeliveryError', () => {
  it('is permanent only for a 5xx reply', () => {
    expect(new MailDeliveryError('x', { cause: null, responseCode: 550 }).permanent).toBe(true);
    expect(new MailDeliveryError('x', { cause: null, responseCode: 451 }).permanent).toBe(false);
    expect(new MailDeliveryError('x', { cause: null }).permanent).toBe(false);
  });
});

describe('mailTransportFor', () => {
  it('sends by SMTP when a URL is set, else to the outbox folder', () => {
    const smtp = mailTransportFor({ smtpUrl: 'smtp://127.0.0.1:2525', outboxDir: 'data/outbox' });
    expect(smtp).toBeInstanceOf(SmtpMailTransport);
    smtp.close();
    expect(mailTransportFor({ outboxDir: 'data/outbox' }).describe()).toBe('outbox folder data/outbox');
  });
});
