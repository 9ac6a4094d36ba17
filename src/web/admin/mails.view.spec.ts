import { mailFileView, mailsView } from './mails.view';

const NOW = new Date('2026-12-06T10:00:00Z');
const ROW = {
  id: 'm1',
  template: 'user-invitation' as const,
  status: 'sent' as const,
  toName: 'Ann',
  toAddress: 'ann@example.com',
  subject: 'Welcome',
  error: null,
  createdAt: NOW,
  sendAfter: NOW,
  sentAt: NOW,
  vacancyTitle: null,
};

describe('the mails’ view', () => {
  it('links a sent mail to its file only when files are kept', () => {
    const kept = mailsView({ rows: [ROW, { ...ROW, id: 'm2', status: 'queued' }], total: 2 }, undefined, 1, true);
    expect(kept.rows.map((row) => row.href)).toEqual(['/admin/mails/m1', undefined]);
    expect(kept.rows[0]).toMatchObject({ templateKey: 'mail.user-invitation', statusKey: 'board.outbox.status.sent' });
    expect(mailsView({ rows: [ROW], total: 1 }, undefined, 1, false).rows[0].href).toBeUndefined();
  });

  it('keeps the status in its page links', () => {
    const model = mailsView({ rows: [ROW], total: 120 }, 'failed', 2, true);
    expect(model.statuses.find((status) => status.current)?.href).toBe('/admin/mails?status=failed');
    expect(model.previousHref).toBe('/admin/mails?status=failed');
    expect(model.nextHref).toBe('/admin/mails?status=failed&page=3');
  });

  it('shows a file as text up to a size, and offers the download always', () => {
    const content = Buffer.from('Subject: <b>hi</b>\r\nContent-Type: text/plain\r\n\r\nbody');
    expect(mailFileView(ROW, 'a-m1.eml', content, 1000)).toMatchObject({
      source: 'Subject: <b>hi</b>\r\nContent-Type: text/plain\r\n\r\nbody',
      text: 'body',
      downloadHref: '/admin/mails/m1/file',
    });
    expect(mailFileView(ROW, 'a-m1.eml', content, 10).source).toBeUndefined();
  });
});
