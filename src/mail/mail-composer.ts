import { Injectable } from '@nestjs/common';
import { Settings } from '../config/settings';
import { resolveTokenSecret } from '../config/token-secret';
import { invitationPath, invitationToken } from '../users/invitation-token';
import type { Language } from '../users/entities/user.entity';
import { interviewCalendar } from './calendar';
import { Mail } from './entities/mail.entity';
import { MailVariables } from './mail-catalogue';
import { mailbox, writtenDate, writtenTime } from './mail-time';
import { aliasCode, ALIAS_WORD, maskIdentity } from '../panel-access/blind-identity';
import { ApplicationFacts, MailsRepository, Recipient } from './mails.repository';

/** What an interview mail keeps from the moment it was queued: the interview as it was then. */
export interface InterviewSnapshot {
  interviewId: string;
  sequence: number;
  cancelled: boolean;
  moved: boolean;
  cancelReason: string | null;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  roundName: string;
  /** Everyone invited: the candidate and the panel. */
  attendees: { name: string; email: string }[];
}

export type ComposedMail =
  | {
      to: { name: string; address: string };
      language: Language;
      variables: MailVariables[keyof MailVariables];
      calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
    }
  | { skip: string };

/**
 * Gathers a mail's variables when it is sent: names and titles as they are
 * then, the recipient's language and address as they are then, and what the
 * mail froze when it was queued.
 */
@Injectable()
export class MailComposer {
  constructor(
    private readonly mails: MailsRepository,
    private readonly settings: Settings,
  ) {}

  async compose(mail: Mail): Promise<ComposedMail> {
    const recipient = mail.candidateId
      ? await this.mails.candidate(mail.candidateId)
      : mail.userId
        ? (await this.mails.users([mail.userId]))[0]
        : undefined;
    if (!recipient) return { skip: 'the recipient is no longer in Sift' };
    const found = mail.applicationId ? await this.mails.application(mail.applicationId) : null;
    if (mail.applicationId && !found) return { skip: 'the application is gone' };
    // Someone screening or assessing blind reads the applicant's alias, and no invitation names them.
    const blind = !!found && !!mail.userId && (await this.mails.seesBlind(mail.userId, found.candidateId));
    const application =
      found && blind ? { ...found, candidateName: blindAlias(found.candidateId, recipient.language) } : found;
    let variables = this.variables(mail, recipient, application);
    if (mail.template === 'note-mention' && mail.userId && 'colleagueName' in variables) {
      variables = await this.blindMention(mail.userId, String(mail.context.candidateId), recipient.language, variables);
    }
    if ('skip' in variables) return variables;
    const to = { name: recipient.name, address: recipient.email };
    const snapshot = mail.context as unknown as InterviewSnapshot;
    const calendar =
      mail.template === 'interview-invitation' || mail.template === 'panel-invitation'
        ? this.calendar(snapshot, application!, recipient.language, blind)
        : undefined;
    return { to, language: recipient.language, variables, calendar };
  }

  private variables(
    mail: Mail,
    recipient: Recipient,
    application: ApplicationFacts | null,
  ): MailVariables[keyof MailVariables] | { skip: string } {
    const context = mail.context;
    const { timeZone } = this.settings.mail;
    const language = recipient.language;
    const vacancyTitle = application?.vacancyTitle ?? String(context.vacancyTitle ?? '');
    const candidateName = application?.candidateName ?? '';
    switch (mail.template) {
      case 'application-received':
        return { candidateName, vacancyTitle, appliedOn: writtenDate(application!.appliedAt, language, timeZone) };
      case 'rejection':
        if (application!.stage !== 'rejected') return { skip: 'the application is no longer rejected' };
        return { candidateName, vacancyTitle };
      case 'interview-invitation':
      case 'panel-invitation': {
        const snapshot = context as unknown as InterviewSnapshot;
        const interview = {
          vacancyTitle,
          roundName: snapshot.roundName,
          startsAt: writtenTime(new Date(snapshot.startsAt), language, timeZone),
          durationMinutes: snapshot.durationMinutes,
          location: snapshot.location,
          meetingUrl: snapshot.meetingUrl,
          moved: snapshot.moved,
          cancelled: snapshot.cancelled,
          cancelReason: snapshot.cancelReason,
        };
        return mail.template === 'interview-invitation'
          ? { ...interview, candidateName }
          : { ...interview, candidateName, interviewerName: recipient.name };
      }
      case 'scorecard-reminder':
        return {
          interviewerName: recipient.name,
          candidateName,
          vacancyTitle,
          roundName: String(context.roundName),
          startsAt: writtenTime(new Date(String(context.startsAt)), language, timeZone),
        };
      case 'shortlist-ready':
        return {
          managerName: recipient.name,
          vacancyTitle,
          applicantCount: Number(context.applicantCount),
          recruiterName: String(context.recruiterName),
          note: (context.note as string | null) ?? null,
        };
      case 'recruiter-note':
        return {
          candidateName,
          vacancyTitle,
          recruiterName: String(context.recruiterName),
          message: String(context.message),
        };
      case 'availability-request':
        return {
          candidateName,
          vacancyTitle,
          recruiterName: String(context.recruiterName),
          roundName: String(context.roundName),
          message: (context.message as string | null) ?? null,
        };
      case 'note-mention':
        return {
          colleagueName: recipient.name,
          authorName: String(context.authorName),
          candidateName: String(context.candidateName),
          note: String(context.note),
          link: `${this.settings.web.publicUrl.replace(/\/$/, '')}/recruiter/candidates/${String(context.candidateId)}`,
        };
      case 'user-invitation':
        return {
          userName: recipient.name,
          inviterName: String(context.inviterName),
          link: this.invitationLink(String(context.invitationId)),
          validUntil: writtenTime(new Date(String(context.expiresAt)), language, timeZone),
        };
    }
  }

  /** A note mentioning a colleague who assesses its candidate blind: the alias, and the note with their details masked. */
  private async blindMention(
    userId: string,
    candidateId: string,
    language: Language,
    variables: MailVariables['note-mention'],
  ): Promise<MailVariables['note-mention']> {
    if (!(await this.mails.seesBlind(userId, candidateId))) return variables;
    const candidate = await this.mails.candidate(candidateId);
    const identity = {
      name: candidate?.name ?? variables.candidateName,
      email: candidate?.email ?? null,
      phone: null,
      location: null,
    };
    return {
      ...variables,
      candidateName: blindAlias(candidateId, language),
      note: maskIdentity(variables.note, identity),
    };
  }

  /** Made again from the invitation's id and the secret: the token itself is stored nowhere. */
  private invitationLink(invitationId: string): string {
    const secret = resolveTokenSecret(this.settings.auth.tokenSecret, this.settings.dataDir);
    return `${this.settings.web.publicUrl.replace(/\/$/, '')}${invitationPath(invitationToken(secret, invitationId))}`;
  }

  private calendar(snapshot: InterviewSnapshot, application: ApplicationFacts, language: Language, blind: boolean) {
    const method = snapshot.cancelled ? ('CANCEL' as const) : ('REQUEST' as const);
    const organizer = mailbox(this.settings.mail.from);
    const words = SUMMARY[language];
    return {
      method,
      content: interviewCalendar({
        uid: `interview-${snapshot.interviewId}@sift`,
        sequence: snapshot.sequence,
        method,
        start: new Date(snapshot.startsAt),
        durationMinutes: snapshot.durationMinutes,
        summary: `${words}: ${snapshot.roundName}, ${application.vacancyTitle} (${application.candidateName})`,
        description: [application.vacancyTitle, snapshot.roundName, snapshot.meetingUrl, snapshot.cancelReason]
          .filter(Boolean)
          .join('\n'),
        location: snapshot.location ?? snapshot.meetingUrl,
        url: snapshot.meetingUrl,
        organizer: { name: organizer.name, email: organizer.address },
        attendees: blind
          ? snapshot.attendees.filter(
              (person) => person.email.toLowerCase() !== application.candidateEmail.toLowerCase(),
            )
          : snapshot.attendees,
        stamp: new Date(),
      }),
    };
  }
}

const SUMMARY: Record<Language, string> = { nl: 'Gesprek', et: 'Intervjuu', en: 'Interview' };

function blindAlias(candidateId: string, language: Language): string {
  return `${ALIAS_WORD[language]} ${aliasCode(candidateId)}`;
}
