import type { Language } from '../users/entities/user.entity';

/**
 * Every mail Sift sends, and the variables its templates are given. A
 * template lives in `templates/emails/<language>/<name>.{subject,html,text}.hbs`
 * and must use each of its variables in every language: the templates' test
 * fails on one that is missing or unused. A value that may be absent is
 * passed as null, never left out. Dates and times arrive already written out
 * in the recipient's language.
 */
export interface MailVariables {
  /** To the candidate, when an application is received. */
  'application-received': { candidateName: string; vacancyTitle: string; appliedOn: string };
  /** To the candidate: an interview planned, moved or cancelled. */
  'interview-invitation': InterviewMail & { candidateName: string };
  /** To each panel member: the same interview, from the panel's side. */
  'panel-invitation': InterviewMail & { interviewerName: string; candidateName: string };
  /** To a panel member whose scorecard is still open a day after the interview. */
  'scorecard-reminder': {
    interviewerName: string;
    candidateName: string;
    vacancyTitle: string;
    roundName: string;
    startsAt: string;
  };
  /** To a hiring manager, when a recruiter says the shortlist is ready. */
  'shortlist-ready': {
    managerName: string;
    vacancyTitle: string;
    applicantCount: number;
    recruiterName: string;
    note: string | null;
  };
  /** To the candidate, some time after the application was rejected. */
  rejection: { candidateName: string; vacancyTitle: string };
  /** From a recruiter to the candidate: a message of their own in Sift's frame. */
  'recruiter-note': { candidateName: string; vacancyTitle: string; recruiterName: string; message: string };
  /** From a recruiter to the candidate: when could they come for the next round? */
  'availability-request': {
    candidateName: string;
    vacancyTitle: string;
    recruiterName: string;
    roundName: string;
    message: string | null;
  };
  /** To a colleague named with an @ in a note on a candidate, with a link to the candidate's page. */
  'note-mention': { colleagueName: string; authorName: string; candidateName: string; note: string; link: string };
  /** To a person an admin invited: a link, good once and for a while, to choose their password. */
  'user-invitation': { userName: string; inviterName: string; link: string; validUntil: string };
}

interface InterviewMail {
  vacancyTitle: string;
  roundName: string;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  /** The interview was planned before and has moved. */
  moved: boolean;
  cancelled: boolean;
  cancelReason: string | null;
}

export type MailTemplateName = keyof MailVariables;

export const MAIL_TEMPLATES = [
  'application-received',
  'interview-invitation',
  'panel-invitation',
  'scorecard-reminder',
  'shortlist-ready',
  'rejection',
  'recruiter-note',
  'availability-request',
  'note-mention',
  'user-invitation',
] as const satisfies readonly MailTemplateName[];

/** The templates a recruiter may send to a candidate by hand. */
export const RECRUITER_TEMPLATES = [
  'recruiter-note',
  'availability-request',
] as const satisfies readonly MailTemplateName[];
export type RecruiterTemplateName = (typeof RECRUITER_TEMPLATES)[number];

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export type { Language };

// Fails to compile when a mail is declared above but missing from the list.
type Unlisted = Exclude<MailTemplateName, (typeof MAIL_TEMPLATES)[number]>;
export const EVERY_TEMPLATE_LISTED: [Unlisted] extends [never] ? true : never = true;
