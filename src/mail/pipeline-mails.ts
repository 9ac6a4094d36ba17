import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { placeholder } from '../database/placeholders';
import { storedTime } from '../database/stored-time';
import { Transaction } from '../database/transaction';
import { Jobs } from '../jobs/jobs';
import { Mail } from './entities/mail.entity';
import { InterviewSnapshot } from './mail-composer';
import { Mailer } from './mailer';
import { MailsRepository, NewMail, Recipient } from './mails.repository';

export type InterviewChange = 'scheduled' | 'moved' | 'cancelled';

/** A scorecard still open this long after its interview ended brings its author a reminder. */
export const REMINDER_AFTER_MS = 24 * 3600 * 1000;

/**
 * The mails that follow from a change in the pipeline, queued in the
 * change's own transaction: a received application, a rejection, an
 * interview planned, moved or cancelled.
 */
@Injectable()
export class PipelineMails {
  constructor(
    private readonly mailer: Mailer,
    private readonly mails: MailsRepository,
    private readonly jobs: Jobs,
    private readonly dataSource: DataSource,
  ) {}

  /** A confirmation to each candidate; those rejected at once by a knock-out also get the rejection, later. */
  async applicationsReceived(
    tx: Transaction,
    applications: { id: string; candidateId: string; vacancyId: string; rejected: boolean }[],
    now: Date,
  ): Promise<void> {
    if (applications.length === 0) return;
    const candidates = await this.candidatesOf(
      tx,
      applications.map((application) => application.candidateId),
    );
    const mails: NewMail[] = [];
    for (const application of applications) {
      const candidate = candidates.get(application.candidateId);
      if (!candidate) continue;
      mails.push(candidateMail('application-received', application.id, candidate, {}, now));
    }
    await this.mailer.queueIn(tx, mails, now);
    for (const application of applications.filter((one) => one.rejected)) {
      await this.applicationRejected(tx, application, now);
    }
  }

  /**
   * The kind mail that says no, after the vacancy's delay; none when the
   * vacancy sends none, unless a recruiter chose to send it (then at once).
   */
  async applicationRejected(
    tx: Transaction,
    application: { id: string; candidateId: string; vacancyId: string },
    now: Date,
    chosen = false,
  ): Promise<void> {
    const $ = placeholder(this.dataSource);
    const [vacancy]: { delay: number | null }[] = await tx.query(
      `SELECT rejection_mail_delay_hours AS delay FROM vacancies WHERE id = ${$(1)}`,
      [application.vacancyId],
    );
    if (!vacancy || (vacancy.delay === null && !chosen)) return;
    const candidate = await this.mails.candidate(application.candidateId, tx);
    if (!candidate) return;
    const sendAfter = new Date(now.getTime() + (vacancy.delay ?? 0) * 3600 * 1000);
    await this.mailer.queueIn(
      tx,
      [{ ...candidateMail('rejection', application.id, candidate, {}, now), sendAfter }],
      now,
    );
  }

  /**
   * An invitation, update or cancellation to the candidate and each panel
   * member, with the calendar entry; those taken off the panel get a
   * cancellation. A scheduled or moved interview also gets its reminder job.
   */
  async interviewChanged(
    tx: Transaction,
    interviewId: string,
    change: InterviewChange,
    now: Date,
    leftPanel: string[] = [],
  ): Promise<void> {
    const $ = placeholder(this.dataSource);
    const [row] = await tx.query(
      `SELECT i.id, i.application_id AS "applicationId", i.candidate_id AS "candidateId", i.starts_at AS "startsAt",
              i.duration_minutes AS "durationMinutes", i.location, i.meeting_url AS "meetingUrl", i.sequence,
              i.cancel_reason AS "cancelReason", r.name AS "roundName"
       FROM interviews i JOIN vacancy_rounds r ON r.id = i.round_id WHERE i.id = ${$(1)}`,
      [interviewId],
    );
    if (!row) return;
    const panelRows: { userId: string }[] = await tx.query(
      `SELECT user_id AS "userId" FROM interview_panelists WHERE interview_id = ${$(1)}`,
      [interviewId],
    );
    const panel = await this.mails.users(
      panelRows.map((seat) => seat.userId),
      tx,
    );
    const leaving = await this.mails.users(leftPanel, tx);
    const candidate = await this.mails.candidate(row.candidateId, tx);
    const startsAt = storedTime(row.startsAt);
    const snapshot: InterviewSnapshot = {
      interviewId,
      sequence: Number(row.sequence),
      cancelled: change === 'cancelled',
      moved: change === 'moved',
      cancelReason: row.cancelReason ?? null,
      startsAt: startsAt.toISOString(),
      durationMinutes: Number(row.durationMinutes),
      location: row.location ?? null,
      meetingUrl: row.meetingUrl ?? null,
      roundName: row.roundName,
      attendees: [...(candidate ? [candidate] : []), ...panel].map(({ name, email }) => ({ name, email })),
    };
    const context = snapshot as unknown as Record<string, unknown>;
    const mails: NewMail[] = [
      ...(candidate ? [candidateMail('interview-invitation', row.applicationId, candidate, context, now)] : []),
      ...panel.map((member) => userMail('panel-invitation', row.applicationId, member, context, now)),
      ...leaving.map((member) =>
        userMail('panel-invitation', row.applicationId, member, { ...context, cancelled: true, moved: false }, now),
      ),
    ];
    await this.mailer.queueIn(tx, mails, now);
    if (change !== 'cancelled') {
      const remindAt = new Date(startsAt.getTime() + snapshot.durationMinutes * 60_000 + REMINDER_AFTER_MS);
      await this.jobs.enqueueIn(tx, [
        {
          name: 'interviews.remind',
          payload: { interviewId, sequence: snapshot.sequence },
          options: { runAt: remindAt },
        },
      ]);
    }
  }

  /** Reminders to these panel members, sent now. */
  async scorecardReminders(
    tx: Transaction,
    interview: { applicationId: string; roundName: string; startsAt: Date },
    userIds: string[],
    now: Date,
  ): Promise<Mail[]> {
    const members = await this.mails.users(userIds, tx);
    const context = { roundName: interview.roundName, startsAt: interview.startsAt.toISOString() };
    return this.mailer.queueIn(
      tx,
      members.map((member) => userMail('scorecard-reminder', interview.applicationId, member, context, now)),
      now,
    );
  }

  private async candidatesOf(tx: Transaction, ids: string[]): Promise<Map<string, Recipient>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, Recipient>();
    for (let from = 0; from < unique.length; from += 500) {
      const $ = placeholder(this.dataSource);
      const slice = unique.slice(from, from + 500);
      const rows: Recipient[] = await tx.query(
        `SELECT id, name, email, language FROM candidates WHERE id IN (${slice.map((_, index) => $(index + 1)).join(', ')})`,
        slice,
      );
      for (const row of rows) found.set(row.id, row);
    }
    return found;
  }
}

/** A mail to a candidate, sent as soon as its job runs. */
export function candidateMail(
  template: NewMail['template'],
  applicationId: string | null,
  candidate: Recipient,
  context: Record<string, unknown>,
  now: Date,
): NewMail {
  return mailTo(template, applicationId, candidate, { candidateId: candidate.id, userId: null }, context, now);
}

/** A mail to a user of Sift, sent as soon as its job runs. */
export function userMail(
  template: NewMail['template'],
  applicationId: string | null,
  user: Recipient,
  context: Record<string, unknown>,
  now: Date,
): NewMail {
  return mailTo(template, applicationId, user, { candidateId: null, userId: user.id }, context, now);
}

function mailTo(
  template: NewMail['template'],
  applicationId: string | null,
  recipient: Recipient,
  who: Pick<NewMail, 'candidateId' | 'userId'>,
  context: Record<string, unknown>,
  now: Date,
): NewMail {
  return {
    template,
    applicationId,
    ...who,
    language: recipient.language,
    toName: recipient.name,
    toAddress: recipient.email,
    context,
    sentBy: null,
    sendAfter: now,
  };
}
