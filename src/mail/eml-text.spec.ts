import nodemailer from 'nodemailer';
import { plainTextOf } from './eml-text';

describe('the plain text of a stored mail', () => {
  it('decodes the text part nodemailer writes, with long lines and non-ASCII letters', async () => {
    const link = `https://sift.example.com/invitation/01a24c26-ebe0-7e07c-bc63.${'x'.repeat(60)}`;
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await composer.sendMail({
      from: 'Sift <no-reply@sift.local>',
      to: 'a@example.com',
      subject: 'Tere',
      text: `Tere, Jüri!\n\nLink töötab ühe korra: ${link}\n\nLugupidamisega = Sift`,
      html: '<p>Tere</p>',
      icalEvent: { method: 'REQUEST', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' },
    });
    const text = plainTextOf((info.message as Buffer).toString('utf8'));
    expect(text).toBe(`Tere, Jüri!\n\nLink töötab ühe korra: ${link}\n\nLugupidamisega = Sift`);
  });

  it('reads base64 and unencoded parts, and says nothing of a message without one', () => {
    const base64 = Buffer.from('Hallo wereld').toString('base64');
    expect(plainTextOf(`Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64}\r\n`)).toBe(
      'Hallo wereld',
    );
    expect(plainTextOf('Subject: x\r\nContent-Type: text/plain\r\n\r\nplain body')).toBe('plain body');
    expect(plainTextOf('Content-Type: text/html\r\n\r\n<p>x</p>')).toBeUndefined();
  });
});
