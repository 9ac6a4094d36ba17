import { Injectable } from '@nestjs/common';
import { ApplicationsService } from '../applications/applications.service';
import { ApplicationEventDto } from '../applications/dto/application-event.dto';
import { AuthenticatedUser } from '../common/auth/decorators';
import { ValidationFailedError } from '../common/errors/domain-error';
import { Transactions } from '../database/transactions';
import { VacanciesService } from '../vacancies/vacancies.service';
import { MailDto, SendMailDto, TimelineEntryDto } from './dto/mail.dto';
import { Mail, MailStatus } from './entities/mail.entity';
import { Mailer } from './mailer';
import { MailsRepository } from './mails.repository';
import { candidateMail, userMail } from './pipeline-mails';

/** Mails people ask for: a recruiter's to a candidate, the shortlist to the hiring managers; and the timeline they show on. */
/** A vacancy's shortlist announced to a hiring manager as ready to read. */
export interface ShortlistReadyNotice {
  at: Date;
  recruiterName: string;
  note: string | null;
}

@Injectable()
export class MailRequestsService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly vacancies: VacanciesService,
    private readonly mails: MailsRepository,
    private readonly mailer: Mailer,
    private readonly transactions: Transactions,
  ) {}

  async sendToCandidate(applicationId: string, input: SendMailDto, sender: AuthenticatedUser): Promise<Mail> {
    const { application, vacancy } = await this.applications.getToChange(applicationId, sender);
    const message = input.message?.trim() || null;
    const problems: { field: string; messages: string[] }[] = [];
    if (input.template === 'recruiter-note' && !message) {
      problems.push({ field: 'message', messages: ['a recruiter-note needs a message'] });
    }
    const round = input.roundId ? vacancy.rounds.find((one) => one.id === input.roundId) : undefined;
    if (input.template === 'availability-request' && !round) {
      problems.push({
        field: 'roundId',
        messages: ["an availability-request needs roundId, a round of the vacancy's plan"],
      });
    }
    if (problems.length) throw new ValidationFailedError(problems);
    const candidate = (await this.mails.candidate(application.candidateId))!;
    const [sender_] = await this.mails.users([sender.id]);
    const context = { recruiterName: sender_?.name ?? '', message, ...(round ? { roundName: round.name } : {}) };
    const now = new Date();
    const [mail] = await this.transactions.run((tx) =>
      this.mailer.queueIn(
        tx,
        [{ ...candidateMail(input.template, application.id, candidate, context, now), sentBy: sender.id }],
        now,
      ),
    );
    return mail;
  }

  /** Tells each hiring manager of the vacancy that its shortlist is ready to read. */
  async shortlistReady(vacancyId: string, note: string | undefined, sender: AuthenticatedUser): Promise<Mail[]> {
    const vacancy = await this.vacancies.get(vacancyId, sender);
    const found = (await this.mails.vacancyManagers(vacancy.id))!;
    if (found.managers.length === 0) {
      throw new ValidationFailedError([
        { field: '(vacancy)', messages: ['the vacancy has no hiring manager to tell'] },
      ]);
    }
    const [recruiter] = await this.mails.users([sender.id]);
    const context = {
      vacancyId: vacancy.id,
      vacancyTitle: vacancy.title,
      recruiterName: recruiter?.name ?? '',
      note: note?.trim() || null,
      applicantCount: await this.mails.activeApplications(vacancy.id),
    };
    const now = new Date();
    return this.transactions.run((tx) =>
      this.mailer.queueIn(
        tx,
        found.managers.map((manager) => ({
          ...userMail('shortlist-ready', null, manager, context, now),
          sentBy: sender.id,
        })),
        now,
      ),
    );
  }

  /**
   * The shortlists announced to this user (by `shortlistReady`), the newest
   * per vacancy: when, by whom and with what note. Read from their own mails,
   * the newest hundred.
   */
  async shortlistsReadyFor(viewer: AuthenticatedUser): Promise<Map<string, ShortlistReadyNotice>> {
    const notices = new Map<string, ShortlistReadyNotice>();
    for (const mail of await this.mails.newestToUser(viewer.id, 'shortlist-ready', 100)) {
      const { vacancyId, recruiterName, note } = mail.context as Record<string, unknown>;
      if (typeof vacancyId !== 'string' || notices.has(vacancyId)) continue;
      notices.set(vacancyId, {
        at: mail.createdAt,
        recruiterName: typeof recruiterName === 'string' ? recruiterName : '',
        note: typeof note === 'string' ? note : null,
      });
    }
    return notices;
  }

  /** Every mail Sift has queued or sent, newest first; for those who run the pipeline. */
  outbox(status: MailStatus | undefined, limit: number, offset: number) {
    return this.mails.outboxPage(status, limit, offset);
  }

  /** Moves and mails, oldest first. */
  async timeline(applicationId: string, viewer: AuthenticatedUser): Promise<TimelineEntryDto[]> {
    const events = await this.applications.events(applicationId, viewer);
    const mails = await this.mails.ofApplication(applicationId);
    const entries: TimelineEntryDto[] = [
      ...events.map((event) => ({
        kind: 'move' as const,
        at: event.createdAt.toISOString(),
        move: ApplicationEventDto.from(event),
      })),
      ...mails.map((mail) => ({
        kind: 'mail' as const,
        at: (mail.sentAt ?? mail.createdAt).toISOString(),
        mail: MailDto.from(mail),
      })),
    ];
    return entries.sort((a, b) => a.at.localeCompare(b.at) || (a.kind === b.kind ? 0 : a.kind === 'move' ? -1 : 1));
  }
}
