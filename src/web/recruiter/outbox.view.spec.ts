import { outboxView } from './outbox.view';

const NOW = new Date('2026-12-06T10:00:00Z');

describe('the outbox’s view', () => {
  const mail = {
    id: 'm1',
    template: 'rejection' as const,
    status: 'queued' as const,
    toName: '<b>Anne</b>',
    toAddress: 'anne@example.com',
    subject: null,
    error: null,
    createdAt: NOW,
    sendAfter: new Date(NOW.getTime() + 48 * 3600 * 1000),
    sentAt: null,
    vacancyTitle: 'Accountmanager B',
  };

  it('lists mails with their status and template by key, and a later one as waiting', () => {
    const model = outboxView({ rows: [mail, { ...mail, status: 'sent', sendAfter: NOW }], total: 2 }, undefined, 1);
    expect(model.rows[0]).toMatchObject({
      toName: '<b>Anne</b>',
      templateKey: 'mail.rejection',
      statusKey: 'board.outbox.status.queued',
      later: true,
    });
    expect(model.rows[1].later).toBe(false);
    expect(model.statuses[0]).toEqual({ href: '/recruiter/mails', labelKey: 'board.outbox.status.all', current: true });
  });

  it('keeps the status in the page links', () => {
    const model = outboxView({ rows: [mail], total: 120 }, 'failed', 2);
    expect(model.statuses.find((one) => one.current)?.href).toBe('/recruiter/mails?status=failed');
    expect(model.previousHref).toBe('/recruiter/mails?status=failed');
    expect(model.nextHref).toBe('/recruiter/mails?status=failed&page=3');
  });
});
