import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { insertRows } from '../database/bulk-insert';
import { isId } from '../database/database-errors';
import { newId } from '../database/ids';
import { placeholder, SqlParams } from '../database/placeholders';
import { storedTime } from '../database/stored-time';
import { Transaction } from '../database/transaction';
import { firstInLine } from '../database/transactions';
import { reachedBy, STILL_BLIND } from '../panel-access/blind-screening.repository';
import type { Language } from '../users/entities/user.entity';
import { Mail, MailStatus } from './entities/mail.entity';
import { MailTemplateName } from './mail-catalogue';

export interface NewMail {
  template: MailTemplateName;
  applicationId: string | null;
  candidateId: string | null;
  userId: string | null;
  language: Language;
  toName: string;
  toAddress: string;
  context: Record<string, unknown>;
  sentBy: string | null;
  sendAfter: Date;
}

export interface Recipient {
  id: string;
  name: string;
  email: string;
  language: Language;
}

/** What a mail about an application needs to say, read when it is written out. */
export interface ApplicationFacts {
  id: string;
  stage: string;
  appliedAt: Date;
  vacancyId: string;
  vacancyTitle: string;
  candidateId: string;
  candidateName: string;
  candidateEmail: string;
  /** Its vacancy hides who applied until a stage it has not reached (blind screening). */
  blind: boolean;
}

/** The mails table, and the few facts a mail is written from. */
@Injectable()
export class MailsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records mails in the caller's transaction; returns them with their ids. */
  async record(tx: Transaction, mails: NewMail[], now: Date): Promise<Mail[]> {
    const rows = mails.map(
      (mail) =>
        ({
          ...mail,
          id: newId(),
          status: 'queued',
          subject: null,
          messageId: null,
          attempts: 0,
          error: null,
          createdAt: now,
          sentAt: null,
        }) as Mail,
    );
    await insertRows(tx, Mail, rows, 500);
    return rows;
  }

  findById(id: string): Promise<Mail | null> {
    if (!isId(id)) return Promise.resolve(null);
    return this.dataSource.getRepository(Mail).findOne({ where: { id } });
  }

  /**
   * Each record of a sending is a small transaction of its own, made at once:
   * on SQLite it never joins (and rolls back with) a request's transaction on
   * the one connection, and the window between the server's acceptance and its
   * record stays as short as the database allows.
   */
  private write(work: (manager: EntityManager) => Promise<unknown>): Promise<unknown> {
    return this.dataSource.options.type === 'postgres'
      ? work(this.dataSource.manager)
      : this.dataSource.transaction(work);
  }

  /** An attempt begins: once it is recorded, a crash before `markSent` may leave the mail sent but not marked so. */
  async markSending(id: string): Promise<void> {
    await this.write((manager) =>
      manager
        .createQueryBuilder()
        .update(Mail)
        .set({ status: 'sending', attempts: () => 'attempts + 1' })
        .where('id = :id', { id })
        .execute(),
    );
  }

  /** Ahead of every other transaction waiting on SQLite: until it commits, a crash sends the mail twice. */
  async markSent(id: string, subject: string, messageId: string, toAddress: string, now: Date): Promise<void> {
    await firstInLine(() =>
      this.write((manager) =>
        manager
          .getRepository(Mail)
          .update({ id }, { status: 'sent', subject, messageId, toAddress, error: null, sentAt: now }),
      ),
    );
  }

  /** An attempt that failed; the last one fails the mail, else it waits for the next. */
  async markAttemptFailed(id: string, error: string, last: boolean): Promise<void> {
    await this.write((manager) =>
      manager.getRepository(Mail).update({ id }, { error: error.slice(0, 2000), status: last ? 'failed' : 'queued' }),
    );
  }

  async markSkipped(id: string, reason: string): Promise<void> {
    await this.write((manager) => manager.getRepository(Mail).update({ id }, { status: 'skipped', error: reason }));
  }

  /** A user's newest mails of one template, at most `limit`. */
  newestToUser(userId: string, template: MailTemplateName, limit: number): Promise<Mail[]> {
    return this.dataSource.getRepository(Mail).find({
      where: { userId, template },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  ofApplication(applicationId: string): Promise<Mail[]> {
    return this.dataSource.getRepository(Mail).find({
      where: { applicationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async candidate(id: string, tx?: Transaction): Promise<Recipient | null> {
    const [row] = await this.recipients('candidates', [id], tx);
    return row ?? null;
  }

  async users(ids: string[], tx?: Transaction): Promise<Recipient[]> {
    return this.recipients('users', ids, tx);
  }

  private async recipients(table: 'users' | 'candidates', ids: string[], tx?: Transaction): Promise<Recipient[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const manager = tx ?? this.dataSource.manager;
    const $ = placeholder(this.dataSource);
    return manager.query(
      `SELECT id, name, email, language FROM ${table} WHERE id IN (${valid.map((_, index) => $(index + 1)).join(', ')})`,
      valid,
    );
  }

  async application(id: string, tx?: Transaction): Promise<ApplicationFacts | null> {
    if (!isId(id)) return null;
    const manager = tx ?? this.dataSource.manager;
    const $ = placeholder(this.dataSource);
    const [row] = await manager.query(
      `SELECT a.id, a.stage, a.applied_at AS "appliedAt", a.vacancy_id AS "vacancyId", v.title AS "vacancyTitle",
              a.candidate_id AS "candidateId", c.name AS "candidateName", c.email AS "candidateEmail",
              CASE WHEN ${STILL_BLIND} THEN 1 ELSE 0 END AS blind
       FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN candidates c ON c.id = a.candidate_id
       WHERE a.id = ${$(1)}`,
      [id],
    );
    return row ? { ...row, appliedAt: storedTime(row.appliedAt), blind: Number(row.blind) === 1 } : null;
  }

  /**
   * Whether the user sees the candidate blind, as the pages do (CandidateAccess.hidesIdentity): a recruiter or
   * admin while an application of theirs is blind and they have not unblinded it; anyone else while they reach
   * them through a blind application they manage or sit on a panel of.
   */
  async seesBlind(userId: string, candidateId: string): Promise<boolean> {
    if (!isId(candidateId)) return false;
    const sql = new SqlParams(this.dataSource.options.type === 'postgres');
    // Placeholders are taken in the order they appear, as SQLite numbers them.
    const recruiting = () =>
      `EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = ${sql.param(userId)} AND r.role IN ('recruiter', 'admin'))`;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 AS blind FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
        WHERE a.candidate_id = ${sql.param(candidateId)} AND ${STILL_BLIND}
          AND ((${recruiting()}
                AND NOT EXISTS (SELECT 1 FROM application_unblindings u JOIN applications o ON o.id = u.application_id
                                 WHERE o.candidate_id = a.candidate_id AND u.user_id = ${sql.param(userId)}))
               OR (NOT ${recruiting()} AND ${reachedBy(sql, userId)}))
        LIMIT 1`,
      sql.params,
    );
    return rows.length > 0;
  }

  /** A vacancy's title and hiring managers, for the shortlist mail. */
  async vacancyManagers(vacancyId: string): Promise<{ title: string; managers: Recipient[] } | null> {
    const vacancy = await this.dataSource.query(
      `SELECT title FROM vacancies WHERE id = ${placeholder(this.dataSource)(1)}`,
      [vacancyId],
    );
    if (!vacancy.length) return null;
    const members: { userId: string }[] = await this.dataSource.query(
      `SELECT user_id AS "userId" FROM vacancy_members WHERE vacancy_id = ${placeholder(this.dataSource)(1)} AND role = 'hiring_manager'`,
      [vacancyId],
    );
    const managers = await this.users(members.map((member) => member.userId));
    return { title: vacancy[0].title, managers };
  }

  /** Applications of the vacancy still in the running. */
  async activeApplications(vacancyId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT COUNT(*) AS count FROM applications WHERE vacancy_id = ${placeholder(this.dataSource)(1)}
       AND stage NOT IN ('rejected', 'withdrawn')`,
      [vacancyId],
    );
    return Number(row.count);
  }

  /** The outbox: mails newest first, of one status or all, with the vacancy each is about. */
  async outboxPage(
    status: MailStatus | undefined,
    limit: number,
    offset: number,
  ): Promise<{ rows: OutboxRow[]; total: number }> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(Mail, 'm')
      .leftJoin('applications', 'a', 'a.id = m.application_id')
      .leftJoin('vacancies', 'v', 'v.id = a.vacancy_id')
      .where('1 = 1');
    if (status) query.andWhere('m.status = :status', { status });
    const total = Number((await query.clone().select('COUNT(*)', 'count').getRawOne<{ count: number }>())?.count ?? 0);
    const rows: Record<string, unknown>[] = await query
      .select([
        'm.id AS id',
        'm.template AS template',
        'm.status AS status',
        'm.to_name AS "toName"',
        'm.to_address AS "toAddress"',
        'm.subject AS subject',
        'm.error AS error',
        'm.created_at AS "createdAt"',
        'm.send_after AS "sendAfter"',
        'm.sent_at AS "sentAt"',
        'v.title AS "vacancyTitle"',
      ])
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit)
      .offset(offset)
      .getRawMany();
    return {
      total,
      rows: rows.map((row) => ({
        ...(row as unknown as OutboxRow),
        createdAt: storedTime(row.createdAt),
        sendAfter: storedTime(row.sendAfter),
        sentAt: row.sentAt === null || row.sentAt === undefined ? null : storedTime(row.sentAt),
        vacancyTitle: (row.vacancyTitle as string | null) ?? null,
      })),
    };
  }
}

/** One line of the outbox. */
export interface OutboxRow {
  id: string;
  template: MailTemplateName;
  status: MailStatus;
  toName: string;
  toAddress: string;
  subject: string | null;
  error: string | null;
  createdAt: Date;
  sendAfter: Date;
  sentAt: Date | null;
  vacancyTitle: string | null;
}
