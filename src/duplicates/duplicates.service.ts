import { Injectable } from '@nestjs/common';
import { CandidateNotFoundError } from '../candidates/candidates.errors';
import { Candidate } from '../candidates/entities/candidate.entity';
import { CandidateMergedError, MergeWithItselfError } from './duplicates.errors';
import { CandidateSummary, DuplicatesRepository } from './duplicates.repository';
import { sameText } from './match-keys';
import { differingFields, MergeField } from './merge-fields';

export type DuplicateReason = 'same_phone' | 'same_name_and_employer' | 'same_name_and_city';

export interface DuplicateProposal {
  candidate: Candidate;
  reasons: DuplicateReason[];
}

export interface MergePreview {
  survivor: Candidate & { summary: CandidateSummary };
  other: Candidate & { summary: CandidateSummary };
  differing: MergeField[];
  /** Vacancies both applied to: the merge is refused while they stand. */
  sharedVacancies: { id: string; title: string }[];
}

export interface DuplicatesOverview {
  candidate: Candidate;
  proposals: DuplicateProposal[];
  mergedInto?: Candidate;
}

/**
 * Possible duplicates of a candidate: the same phone number, or the same name
 * with the same current employer or city, each found by an indexed key; pairs
 * a recruiter said are different people are left out.
 */
@Injectable()
export class DuplicatesService {
  constructor(private readonly repository: DuplicatesRepository) {}

  async proposalsFor(candidateId: string): Promise<DuplicateProposal[]> {
    const candidate = await this.living(candidateId);
    const notDuplicates = await this.repository.notDuplicatesOf(candidate.id);
    const found = new Map<string, DuplicateProposal>();
    const add = (other: Candidate, reason: DuplicateReason) => {
      if (notDuplicates.has(other.id)) return;
      const proposal = found.get(other.id) ?? { candidate: other, reasons: [] };
      proposal.reasons.push(reason);
      found.set(other.id, proposal);
    };
    if (candidate.phoneKey) {
      for (const other of await this.repository.withKey('phoneKey', candidate.phoneKey, candidate.id))
        add(other, 'same_phone');
    }
    if (candidate.nameKey) {
      const namesakes = await this.repository.withKey('nameKey', candidate.nameKey, candidate.id);
      const employers = await this.repository.currentEmployers([candidate.id, ...namesakes.map((other) => other.id)]);
      const own = employers.get(candidate.id) ?? [];
      for (const other of namesakes) {
        const theirs = employers.get(other.id) ?? [];
        if (own.some((employer) => theirs.some((their) => sameText(employer, their))))
          add(other, 'same_name_and_employer');
        if (sameText(candidate.location, other.location)) add(other, 'same_name_and_city');
      }
    }
    return [...found.values()];
  }

  /**
   * A candidate's duplicates page: its proposals, or, for a tombstone, the
   * survivor it was merged into (read, so that the page can name it).
   */
  async overview(candidateId: string): Promise<DuplicatesOverview> {
    const candidate = await this.repository.findCandidate(candidateId);
    if (!candidate) throw new CandidateNotFoundError(candidateId);
    if (candidate.mergedIntoId) {
      const survivor = await this.repository.findCandidate(candidate.mergedIntoId);
      return { candidate, proposals: [], mergedInto: survivor ?? undefined };
    }
    return { candidate, proposals: await this.proposalsFor(candidate.id) };
  }

  /** The two side by side, as a recruiter compares them before merging `otherId` into `survivorId`. */
  async preview(survivorId: string, otherId: string): Promise<MergePreview> {
    if (survivorId === otherId) throw new MergeWithItselfError();
    const survivor = await this.living(survivorId);
    const other = await this.living(otherId);
    const [survivorSummary, otherSummary] = [
      await this.repository.summaryOf(survivor.id),
      await this.repository.summaryOf(other.id),
    ];
    const otherVacancies = new Set(otherSummary.applications.map((application) => application.vacancyId));
    const sharedVacancies = survivorSummary.applications
      .filter((application) => otherVacancies.has(application.vacancyId))
      .map((application) => ({ id: application.vacancyId, title: application.vacancyTitle }));
    return {
      survivor: Object.assign(survivor, { summary: survivorSummary }),
      other: Object.assign(other, { summary: otherSummary }),
      differing: differingFields(survivor, other),
      sharedVacancies,
    };
  }

  /** Recorded once for the pair, either way round; neither is proposed as the other's duplicate again. */
  async markNotDuplicate(candidateId: string, otherId: string, userId: string): Promise<void> {
    if (candidateId === otherId) throw new MergeWithItselfError();
    await this.living(candidateId);
    await this.living(otherId);
    await this.repository.markNotDuplicate(candidateId, otherId, userId);
  }

  /** A candidate that was not merged away; a tombstone answers with where it went. */
  async living(id: string): Promise<Candidate> {
    const candidate = await this.repository.findCandidate(id);
    if (!candidate) throw new CandidateNotFoundError(id);
    if (candidate.mergedIntoId) throw new CandidateMergedError(id, candidate.mergedIntoId);
    return candidate;
  }
}
