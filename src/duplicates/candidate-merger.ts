import { changedFields } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { CANDIDATE_PERSONAL_FIELDS } from '../candidates/candidate-audit';
import { Injectable } from '@nestjs/common';
import { CandidateFactsChanged } from '../candidates/candidate-facts-changed';
import { CandidateNotFoundError } from '../candidates/candidates.errors';
import { Candidate } from '../candidates/entities/candidate.entity';
import { Transactions } from '../database/transactions';
import { raiseShortlistRevisionOfCandidates } from '../vacancies/shortlist-revision';
import { candidateReferences } from './candidate-references';
import { CandidateAlreadyMergedError, MergeSameVacancyError, MergeWithItselfError } from './duplicates.errors';
import { DuplicatesRepository } from './duplicates.repository';
import { CandidateMerge } from './entities/candidate-merge.entity';
import { matchKeysOf } from './match-keys';
import { chosenSides, MergeChoices, mergedFields, snapshotOf } from './merge-fields';

/** References a merge leaves where they are: the tombstone's own records. */
const NOT_MOVED = new Set(['candidate_merges', 'candidate_not_duplicates']);

/**
 * Merges one candidate into another in one transaction: every row that
 * names the merged candidate (applications with their moves, interviews and
 * mails, facts with their source, CVs, and any table added later, found by
 * its foreign key) is pointed at the survivor; the merged candidate stays as
 * a tombstone pointing at the survivor; and a record keeps who merged, when,
 * and both candidates' own fields as they were.
 */
@Injectable()
export class CandidateMerger {
  constructor(
    private readonly repository: DuplicatesRepository,
    private readonly transactions: Transactions,
    private readonly factsChanged: CandidateFactsChanged,
    private readonly audit: AuditTrail,
  ) {}

  async merge(survivorId: string, otherId: string, choices: MergeChoices, userId: string): Promise<CandidateMerge> {
    if (survivorId === otherId) throw new MergeWithItselfError();
    const mergedAt = new Date();
    return this.transactions.run(async (tx) => {
      const locked = await this.repository.lockPair(tx, [survivorId, otherId]);
      const survivor = this.stillThere(locked, survivorId);
      const other = this.stillThere(locked, otherId);
      const shared = await this.repository.vacanciesOfBoth(tx, survivor.id, other.id);
      if (shared.length > 0) throw new MergeSameVacancyError(shared);

      // Facts read from a CV the survivor holds too (the same file) point at the survivor's copy.
      await this.repository.pointFactsAtHeldCvs(tx, other.id, survivor.id);
      const moved: Record<string, number> = {};
      for (const { table, column } of await candidateReferences(tx)) {
        if (NOT_MOVED.has(table)) continue;
        const count = await this.repository.moveReferences(tx, table, column, other.id, survivor.id);
        if (count > 0) moved[`${table}.${column}`] = count;
      }

      const sides = chosenSides(survivor, other, choices);
      const changes = mergedFields(other, sides);
      // The address is freed first: it is unique, and the survivor may be taking it.
      await this.repository.updateCandidate(tx, other.id, {
        email: `merged-${other.id}@merged.invalid`,
        phone: null,
        location: null,
        phoneKey: null,
        nameKey: null,
        mergedIntoId: survivor.id,
        updatedAt: mergedAt,
      });
      const kept = { ...survivor, ...changes };
      await this.repository.updateCandidate(tx, survivor.id, { ...changes, ...matchKeysOf(kept), updatedAt: mergedAt });

      const record = await this.repository.recordMerge(tx, {
        survivorId: survivor.id,
        mergedId: other.id,
        mergedBy: userId,
        mergedAt,
        mergedCandidate: snapshotOf(other),
        survivorBefore: snapshotOf(survivor),
        moved,
      });
      // The survivor's applications, old and new, are screened again on the facts of both.
      await this.factsChanged.announceIn(tx, survivor.id);
      await raiseShortlistRevisionOfCandidates(tx, [survivor.id]);
      await this.audit.reassignPersonalValues(tx, other.id, survivor.id);
      await this.audit.record(tx, {
        action: 'candidate.merged',
        subject: { type: 'candidate', id: survivor.id },
        candidateId: survivor.id,
        details: {
          mergedId: other.id,
          moved,
          ...changedFields({ ...survivor }, { ...changes }, CANDIDATE_PERSONAL_FIELDS),
        },
      });
      return record;
    });
  }

  /** Read under the lock: of two merges of the pair at once (either way round), the second finds a tombstone. */
  private stillThere(locked: Candidate[], id: string): Candidate {
    const candidate = locked.find((row) => row.id === id);
    if (!candidate) throw new CandidateNotFoundError(id);
    if (candidate.mergedIntoId) throw new CandidateAlreadyMergedError(id);
    return candidate;
  }
}
