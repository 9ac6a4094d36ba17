import type { Candidate } from '../../candidates/entities/candidate.entity';
import type { DuplicateProposal, DuplicateReason, DuplicatesOverview } from '../../duplicates/duplicates.service';

export const REASON_KEYS: Record<DuplicateReason, string> = {
  same_phone: 'duplicates.reason.samePhone',
  same_name_and_employer: 'duplicates.reason.sameNameAndEmployer',
  same_name_and_city: 'duplicates.reason.sameNameAndCity',
};

export const candidateHref = (id: string) => `/recruiter/candidates/${id}`;
export const duplicatesHref = (id: string) => `/recruiter/candidates/${id}/duplicates`;
export const mergeHref = (id: string, otherId: string) => `/recruiter/candidates/${id}/merge/${otherId}`;
export const notDuplicateHref = (id: string, otherId: string) => `/recruiter/candidates/${id}/not-duplicate/${otherId}`;

export interface ProposalModel {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  location: string | null;
  reasonKeys: string[];
  compareHref: string;
  notDuplicateAction: string;
  /** The first proposal's compare link answers the "m" shortcut. */
  shortcut?: string;
}

export interface DuplicatesModel {
  candidate: { id: string; name: string; email: string; href: string };
  proposals: ProposalModel[];
  /** A tombstone: the survivor it was merged into. */
  mergedInto?: { name: string; href: string; duplicatesHref: string };
  notice?: { key: string };
}

/** The duplicates page: each possible duplicate with why it is proposed and what can be done about it. */
export function duplicatesView(overview: DuplicatesOverview, options: { marked?: boolean } = {}): DuplicatesModel {
  const { candidate, proposals, mergedInto } = overview;
  return {
    candidate: { id: candidate.id, name: candidate.name, email: candidate.email, href: candidateHref(candidate.id) },
    proposals: proposals.map((proposal, index) => ({
      ...proposalFields(candidate.id, proposal),
      ...(index === 0 ? { shortcut: 'm' } : {}),
    })),
    ...(mergedInto
      ? {
          mergedInto: {
            name: mergedInto.name,
            href: candidateHref(mergedInto.id),
            duplicatesHref: duplicatesHref(mergedInto.id),
          },
        }
      : {}),
    ...(options.marked ? { notice: { key: 'duplicates.marked' } } : {}),
  };
}

function proposalFields(candidateId: string, { candidate: other, reasons }: DuplicateProposal) {
  return {
    id: other.id,
    name: other.name,
    email: other.email,
    phone: other.phone,
    location: other.location,
    reasonKeys: reasons.map((reason) => REASON_KEYS[reason]),
    compareHref: mergeHref(candidateId, other.id),
    notDuplicateAction: notDuplicateHref(candidateId, other.id),
  };
}

export interface DuplicatesNoticeModel {
  items: { name: string; reasonKeys: string[]; compareHref: string }[];
  /** Proposals beyond those named, counted. */
  more: number;
  listHref: string;
}

/** How many proposals the notice names before it counts the rest. */
const NOTICE_NAMES = 3;

/**
 * The notice on a candidate's page ("Possible duplicate: X (same phone) —
 * compare and merge"), or undefined when there is nothing to say.
 */
export function duplicatesNoticeView(
  candidate: Pick<Candidate, 'id'>,
  proposals: DuplicateProposal[],
): DuplicatesNoticeModel | undefined {
  if (proposals.length === 0) return undefined;
  return {
    items: proposals.slice(0, NOTICE_NAMES).map(({ candidate: other, reasons }) => ({
      name: other.name,
      reasonKeys: reasons.map((reason) => REASON_KEYS[reason]),
      compareHref: mergeHref(candidate.id, other.id),
    })),
    more: Math.max(0, proposals.length - NOTICE_NAMES),
    listHref: duplicatesHref(candidate.id),
  };
}
