import type { AuditEvent } from '../audit/audit-record';
import type { AuditTrail } from '../audit/audit-trail';
import { Transaction } from '../database/transaction';
import { Transactions } from '../database/transactions';
import { PipelineMails } from '../mail/pipeline-mails';
import { ApplicationRecorder } from './application-recorder';
import { ApplicationsRepository, NewApplication, NewApplicationRow } from './applications.repository';
import { Application } from './entities/application.entity';
import { ApplicationEvent } from './entities/application-event.entity';
import { ScreeningColumns } from './screening-results.repository';

const tx = { name: 'the caller’s transaction' } as unknown as Transaction;
const now = new Date('2026-12-06T10:00:00Z');
const screening = { screenedAt: now, eligible: true, sortKey: 1 } as unknown as ScreeningColumns;

/** The recorder over a repository and mails that only write down what they are given, and in which transaction. */
function recorder(moveSucceeds = true) {
  const written = {
    rows: [] as NewApplicationRow[],
    events: [] as ApplicationEvent[],
    received: [] as { id: string; rejected: boolean }[],
    rejected: [] as string[],
    audited: [] as string[],
    transactions: new Set<unknown>(),
  };
  const applications = {
    insertMany: async (given: Transaction, rows: NewApplicationRow[], events: ApplicationEvent[]) => {
      written.transactions.add(given);
      written.rows.push(...rows);
      written.events.push(...events);
    },
    moveIfAt: async (
      given: Transaction,
      _application: unknown,
      _from: number,
      _to: unknown,
      record: ApplicationEvent,
    ) => {
      written.transactions.add(given);
      if (moveSucceeds) written.events.push(record);
      return moveSucceeds;
    },
  } as unknown as ApplicationsRepository;
  const mails = {
    applicationsReceived: async (given: Transaction, list: { id: string; rejected: boolean }[]) => {
      written.transactions.add(given);
      written.received.push(...list.map(({ id, rejected }) => ({ id, rejected })));
    },
    applicationRejected: async (given: Transaction, application: { id: string }) => {
      written.transactions.add(given);
      written.rejected.push(application.id);
    },
  } as unknown as PipelineMails;
  const transactions = { run: (work: (given: Transaction) => Promise<unknown>) => work(tx) } as Transactions;
  const audit = {
    record: async (given: Transaction, event: AuditEvent) => {
      written.transactions.add(given);
      written.audited.push(event.action);
    },
    recordAll: async (given: Transaction, events: AuditEvent[]) => {
      written.transactions.add(given);
      written.audited.push(...events.map((event) => event.action));
    },
  } as unknown as AuditTrail;
  return { written, recorder: new ApplicationRecorder(applications, mails, transactions, audit) };
}

const input = (stage: 'applied' | 'rejected', candidateId: string): NewApplication => ({
  vacancyId: 'vacancy',
  candidateId,
  source: null,
  position: { stage, roundId: null },
  stageReason: stage === 'rejected' ? 'Knock-out: no degree' : null,
  screening,
});

describe('ApplicationRecorder', () => {
  it('starts an application at revision 1, and one a knock-out rejects at revision 2 with Sift’s move', async () => {
    const { written, recorder: applications } = recorder();
    const ids = await applications.recordIn(tx, [input('applied', 'a'), input('rejected', 'b')], 'recruiter', now, {
      confirm: true,
    });
    expect(written.rows.map((row) => [row.candidateId, row.stage, row.revision])).toEqual([
      ['a', 'applied', 1],
      ['b', 'rejected', 2],
    ]);
    expect(
      written.events.map((event) => [
        event.applicationId,
        event.revision,
        event.fromStage,
        event.toStage,
        event.actorId,
      ]),
    ).toEqual([
      [ids[0], 1, null, 'applied', 'recruiter'],
      [ids[1], 1, null, 'applied', 'recruiter'],
      [ids[1], 2, 'applied', 'rejected', null],
    ]);
    expect(written.events[2].reason).toBe('Knock-out: no degree');
    expect(written.received).toEqual([
      { id: ids[0], rejected: false },
      { id: ids[1], rejected: true },
    ]);
    expect(written.audited).toEqual(['application.created', 'application.created', 'application.moved']);
    expect([...written.transactions]).toEqual([tx]);
  });

  it('queues no confirmation for applications recorded without one (an import)', async () => {
    const { written, recorder: applications } = recorder();
    await applications.recordIn(tx, [input('applied', 'a')], null, now, { confirm: false });
    expect(written.rows).toHaveLength(1);
    expect(written.received).toEqual([]);
  });

  it('queues the rejection mail with a move into rejected, in the move’s transaction, and none for a lost race', async () => {
    const application = { id: 'app', vacancyId: 'vacancy', stage: 'screening', roundId: null, revision: 3 };
    const move = { to: { stage: 'rejected' as const, roundId: null }, reason: 'Te weinig ervaring', override: false };
    const won = recorder(true);
    expect(await won.recorder.move(application as Application, { ...move, actorId: 'recruiter' }, now)).toBe(true);
    expect(won.written.events.map((event) => [event.revision, event.fromStage, event.toStage])).toEqual([
      [4, 'screening', 'rejected'],
    ]);
    expect(won.written.rejected).toEqual(['app']);
    expect(won.written.audited).toEqual(['application.moved']);
    expect([...won.written.transactions]).toEqual([tx]);

    const lost = recorder(false);
    expect(await lost.recorder.move(application as Application, { ...move, actorId: 'recruiter' }, now)).toBe(false);
    expect(lost.written.rejected).toEqual([]);
    expect(lost.written.audited).toEqual([]);
  });
});
