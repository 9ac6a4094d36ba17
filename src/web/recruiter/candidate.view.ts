import type { CandidateFact } from '../../candidates/entities/candidate-fact.entity';
import type { Language } from '../../users/entities/user.entity';
import type { Message } from '../account/account.view';
import type { Shortcut } from '../views/layout.view';
import type { CandidatePageData, TimelineEvent } from './candidate.data';
import { cvSegments, CvSegment, factRow, FactRowModel, orderFacts, RowState } from './candidate-facts.view';
import { duplicatesNoticeView, DuplicatesNoticeModel } from './duplicates.view';

export interface BreakdownRowModel {
  /** The vacancy's language, which the sentences are written in. */
  lang: Language;
  name: string;
  earned: number;
  possible: number;
  statusKey: string;
  status: string;
  knockout: boolean;
  explanation: string;
}

export interface TimelineItemModel {
  at: Date;
  kind: TimelineEvent['kind'];
  textKey: string;
  values: Record<string, string>;
  /** The words a person wrote: a move's reason, a note's text. */
  body?: string;
  detailKey?: string;
  /** The screening advice a move went against, said before its reason. */
  againstKey?: string;
  mentions?: string;
}

export interface NoteFormModel {
  action: string;
  text: string;
  applicationId?: string;
  message?: Message;
  notice?: Message;
  unmatched?: string;
}

export interface CandidateModel {
  candidate: { id: string; name: string; email: string; phone: string | null; location: string | null };
  /** Opened from an application: links to the applicants before and after it in the shortlist. */
  stepping: boolean;
  previousHref?: string;
  nextHref?: string;
  cv?: {
    id: string;
    /** Absent while the original is closed (screened blind): then the form to unblind is. */
    downloadHref?: string;
    unblindHref?: string;
    unblindError?: string;
    fileName: string;
    language: string | null;
    noText: boolean;
    segments: CvSegment[];
  };
  cvs: { fileName: string; href?: string; createdAt: Date; formatKey: string }[];
  facts: FactRowModel[];
  unconfirmed: number;
  confirmAllAction: string;
  factsNotice?: Message;
  applications: {
    href: string;
    /** The application explained to the candidate, to read and print. */
    explanationHref: string;
    vacancyTitle: string;
    stageKey: string;
    score: number | null;
    hasScore: boolean;
    current: boolean;
    needsReview: boolean;
  }[];
  applicationsMore: number;
  breakdown?: {
    vacancyTitle: string;
    lang: Language;
    score: number | null;
    hasScore: boolean;
    eligibility: 'eligible' | 'knocked_out' | 'not_screened';
    eligibilityKey: string;
    rows: BreakdownRowModel[];
    knockouts: string[];
  };
  timeline: TimelineItemModel[];
  note: NoteFormModel;
  /** Others who may be the same person, with a link to compare: nothing when there are none. */
  duplicatesNotice?: DuplicatesNoticeModel;
  /** The archive of all Sift holds about the person; no link while they are screened blind to the reader. */
  subjectAccessHref?: string;
  /** For an admin, while the candidate is not erased: the form to erase them. */
  erasure?: { action: string; asked: boolean; errorKey?: string; values?: Record<string, string> };
  /** When the candidate's personal data was erased. */
  erasedAt?: Date;
}

export interface CandidateViewInput {
  data: CandidatePageData;
  /** The application the page was opened from, kept on every link and form. */
  applicationId?: string;
  /** A fact row sent back with a problem. */
  row?: { factId: string; state: RowState };
  factsNotice?: string;
  note?: Partial<NoteFormModel>;
  /** The unblind form sent back without a reason long enough. */
  unblindError?: string;
  /** The reader may erase the candidate (an admin). */
  mayErase?: boolean;
  /** The erasure was just asked for, or its form came back with a problem. */
  erasure?: { asked?: boolean; errorKey?: string; values?: Record<string, string> };
}

/** The page's own shortcuts, after the common ones. */
export const CANDIDATE_SHORTCUTS: Shortcut[] = [
  { keys: 'j', labelKey: 'candidate.shortcut.next' },
  { keys: 'k', labelKey: 'candidate.shortcut.previous' },
  { keys: 'c', labelKey: 'candidate.shortcut.confirm' },
  { keys: 'o', labelKey: 'candidate.shortcut.open' },
  { keys: 'n', labelKey: 'candidate.shortcut.note' },
];

/** The candidate page's address, opened from an application or not, with any other query values. */
export function candidateHref(candidateId: string, applicationId?: string, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...(applicationId ? { application: applicationId } : {}), ...extra }).toString();
  return `/recruiter/candidates/${encodeURIComponent(candidateId)}${query ? `?${query}` : ''}`;
}

export function candidateView(input: CandidateViewInput): CandidateModel {
  const { data, applicationId } = input;
  const { candidate, cv } = data;
  const facts: CandidateFact[] = orderFacts(candidate.facts ?? []);
  const shownCvId = cv && cv.status === 'read' ? cv.id : null;
  const base = `/recruiter/candidates/${candidate.id}`;
  const step = (to?: { applicationId: string; candidateId: string }) =>
    to ? candidateHref(to.candidateId, to.applicationId) : undefined;
  return {
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      phone: candidate.phone,
      location: candidate.location,
    },
    duplicatesNotice: duplicatesNoticeView(candidate, data.duplicates ?? []),
    stepping: Boolean(data.neighbours?.previous || data.neighbours?.next),
    previousHref: step(data.neighbours?.previous),
    nextHref: step(data.neighbours?.next),
    cv: cv && {
      id: cv.id,
      downloadHref: data.originalOpen === false ? undefined : `${base}/cvs/${cv.id}/file`,
      // Screened blind: the original opens once the recruiter says why (recorded).
      unblindHref: data.originalOpen === false ? `${base}/unblind` : undefined,
      unblindError: input.unblindError,
      fileName: cv.fileName ?? '',
      language: cv.language,
      noText: cv.status !== 'read' || cv.text.trim() === '',
      segments: shownCvId
        ? cvSegments(
            cv.text,
            facts.filter((fact) => fact.cvId === shownCvId),
          )
        : [],
    },
    cvs: data.cvs.map((one) => ({
      fileName: one.fileName ?? '',
      href: data.originalOpen === false ? undefined : `${base}/cvs/${one.id}/file`,
      createdAt: one.createdAt,
      formatKey: `candidate.format.${one.format}`,
    })),
    facts: facts.map((fact) =>
      factRow(fact, shownCvId, input.row?.factId === fact.id ? input.row.state : {}, applicationId),
    ),
    unconfirmed: facts.filter((fact) => !fact.confirmed).length,
    confirmAllAction: `${base}/facts/confirm-all${applicationId ? `?application=${applicationId}` : ''}`,
    factsNotice: input.factsNotice ? { key: input.factsNotice } : undefined,
    applications: data.applications.map((row) => ({
      href: candidateHref(candidate.id, row.id),
      explanationHref: `/recruiter/applications/${encodeURIComponent(row.id)}/explanation`,
      vacancyTitle: row.vacancyTitle,
      stageKey: `stage.${row.stage}`,
      score: row.shortlistScore === null ? null : row.shortlistScore / 100,
      hasScore: row.shortlistScore !== null,
      current: row.id === data.selected?.application.id,
      needsReview: row.needsReview,
    })),
    applicationsMore: data.applicationsTotal - data.applications.length,
    subjectAccessHref: data.originalOpen === false ? undefined : `${base}/subject-access`,
    erasure:
      input.mayErase && (!candidate.erasedAt || input.erasure?.asked)
        ? { action: `${base}/erasure`, asked: input.erasure?.asked ?? false, ...input.erasure }
        : undefined,
    erasedAt: candidate.erasedAt ?? undefined,
    breakdown: breakdownOf(data),
    timeline: data.events.map(timelineItem),
    note: {
      action: `${base}/notes`,
      text: input.note?.text ?? '',
      applicationId: data.selected?.application.id,
      message: input.note?.message,
      notice: input.note?.notice,
      unmatched: input.note?.unmatched,
    },
  };
}

function breakdownOf(data: CandidatePageData): CandidateModel['breakdown'] {
  if (!data.selected) return undefined;
  const { application, vacancyTitle, language } = data.selected;
  const screening = application.screening;
  const eligibility =
    application.eligible === null ? 'not_screened' : application.eligible ? 'eligible' : 'knocked_out';
  return {
    vacancyTitle,
    lang: language,
    score: application.screeningScore === null ? null : application.screeningScore / 100,
    hasScore: application.screeningScore !== null,
    eligibility,
    eligibilityKey: `candidate.breakdown.${eligibility}`,
    rows: (screening?.breakdown ?? []).map((row) => ({
      lang: language,
      name: row.name,
      earned: row.earned,
      possible: row.possible,
      status: row.status,
      statusKey: `candidate.status.${row.status}`,
      knockout: row.knockout,
      explanation: row.explanation,
    })),
    knockouts: [...(screening?.failedKnockouts ?? []), ...(screening?.openKnockouts ?? [])].map((note) => note.reason),
  };
}

function timelineItem(event: TimelineEvent): TimelineItemModel {
  switch (event.kind) {
    case 'move':
      return {
        at: event.at,
        kind: 'move',
        textKey: event.move.decision
          ? `candidate.timeline.decision.${event.move.decision}`
          : event.move.fromStage
            ? 'candidate.timeline.move'
            : 'candidate.timeline.applied',
        values: {
          vacancy: event.vacancyTitle,
          ...(event.move.advice?.kind === 'knocked_out' ? { knockouts: event.move.advice.knockouts.join(', ') } : {}),
        },
        detailKey: `stage.${event.move.toStage}`,
        againstKey: event.move.advice ? `candidate.timeline.against.${event.move.advice.kind}` : undefined,
        body: event.move.reason ?? undefined,
      };
    case 'mail':
      return {
        at: event.at,
        kind: 'mail',
        textKey: `candidate.timeline.mail.${event.mail.status}`,
        values: { vacancy: event.vacancyTitle, to: event.mail.to.name },
        detailKey: `mail.${event.mail.template}`,
      };
    case 'scorecard':
      return {
        at: event.at,
        kind: 'scorecard',
        textKey: 'candidate.timeline.scorecard',
        values: { vacancy: event.vacancyTitle, round: event.roundName },
        detailKey: `candidate.recommendation.${event.recommendation ?? 'none'}`,
      };
    case 'note':
      return {
        at: event.at,
        kind: 'note',
        textKey: 'candidate.timeline.note',
        values: { author: event.note.authorName ?? '' },
        body: event.note.note.text,
        mentions: event.note.mentions.map((one) => one.name).join(', ') || undefined,
      };
  }
}
