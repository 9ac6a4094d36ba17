import { placeholder } from '../database/placeholders';
import { raiseShortlistRevisionOfCandidates } from '../vacancies/shortlist-revision';
import { newId } from '../database/ids';
import { insertRows } from '../database/bulk-insert';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { isId, isUniqueViolation } from '../database/database-errors';
import { Language } from '../users/entities/user.entity';
import { CandidateEmailTakenError } from './candidates.errors';
import { Candidate } from './entities/candidate.entity';
import { CandidateFact, FactData, FactKind, FactSource } from './entities/candidate-fact.entity';
import { KnownFact } from './known-fact';
import { Transaction } from '../database/transaction';
import { matchKeysOf } from '../duplicates/match-keys';

export interface CandidateFields {
  name: string;
  email: string;
  phone?: string | null;
  location?: string | null;
  language: Language;
  consentPurpose?: string | null;
  consentAt?: Date | null;
  source?: string | null;
}

export interface NewFact {
  kind: FactKind;
  source: FactSource;
  data: FactData;
  confirmedBy: string | null;
  /** Where a fact read from a CV came from. */
  provenance?: FactProvenance;
}

export interface FactProvenance {
  cvId: string;
  spanStart: number | null;
  spanEnd: number | null;
  evidence: string | null;
  confidence: number | null;
}

@Injectable()
export class CandidatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A candidate that was not merged into another: a tombstone takes no new applications, CVs or facts. */
  async findById(id: string): Promise<Candidate | null> {
    if (!isId(id)) return null;
    return this.dataSource.getRepository(Candidate).findOne({ where: { id, mergedIntoId: IsNull() } });
  }

  /** The candidate a merged one was merged into, or null for any other id. */
  async survivorOf(id: string): Promise<string | null> {
    if (!isId(id)) return null;
    const tombstone = await this.dataSource
      .getRepository(Candidate)
      .findOne({ where: { id, mergedIntoId: Not(IsNull()) } });
    return tombstone?.mergedIntoId ?? null;
  }

  async findWithFacts(id: string): Promise<Candidate | null> {
    if (!isId(id)) return null;
    const candidate = await this.findById(id);
    if (!candidate) return null;
    candidate.facts = await this.factsOf(id);
    return candidate;
  }

  async factsOf(candidateId: string): Promise<CandidateFact[]> {
    return this.dataSource
      .getRepository(CandidateFact)
      .find({ where: { candidateId }, order: { kind: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The facts of many candidates at once, as lean rows grouped by candidate,
   * for screening in batches (no entity objects for a million facts).
   */
  async factsOfMany(candidateIds: string[]): Promise<Map<string, KnownFact[]>> {
    const grouped = new Map<string, KnownFact[]>(candidateIds.map((id) => [id, []]));
    if (candidateIds.length === 0) return grouped;
    // One JSON array per candidate, built by the database: parsing a million small texts one by one
    // was a fifth of the time of screening 100,000 applications again.
    const postgres = this.dataSource.options.type === 'postgres';
    const $ = placeholder(this.dataSource);
    const list = candidateIds.map((_, index) => $(index + 1)).join(', ');
    const facts = postgres
      ? "json_agg(json_build_object('id', f.id, 'kind', f.kind, 'data', f.data, 'confirmed', f.confirmed))"
      : "json_group_array(json_object('id', f.id, 'kind', f.kind, 'data', json(f.data), 'confirmed', f.confirmed))";
    const rows: { candidateId: string; facts: string | KnownFact[] }[] = await this.dataSource.query(
      `SELECT f.candidate_id AS "candidateId", ${facts} AS facts
         FROM candidate_facts f WHERE f.candidate_id IN (${list}) GROUP BY f.candidate_id`,
      candidateIds,
    );
    for (const row of rows) {
      const held = (typeof row.facts === 'string' ? JSON.parse(row.facts) : row.facts) as KnownFact[];
      for (const fact of held) fact.confirmed = Boolean(fact.confirmed);
      grouped.set(row.candidateId, held);
    }
    return grouped;
  }

  async findFact(candidateId: string, factId: string): Promise<CandidateFact | null> {
    if (!isId(factId)) return null;
    return this.dataSource.getRepository(CandidateFact).findOne({ where: { id: factId, candidateId } });
  }

  async create(fields: CandidateFields, tx: Transaction, now = new Date()): Promise<string> {
    const id = newId();
    await this.guardEmail(fields.email, () =>
      tx.getRepository(Candidate).insert({
        id,
        ...fields,
        email: fields.email.toLowerCase(),
        phone: fields.phone ?? null,
        location: fields.location ?? null,
        consentPurpose: fields.consentPurpose ?? null,
        consentAt: fields.consentAt ?? null,
        source: fields.source ?? null,
        ...matchKeysOf(fields),
        createdAt: now,
        updatedAt: now,
      }),
    );
    return id;
  }

  /** The candidates with these (lower-case) e-mail addresses. */
  async findByEmails(emails: string[]): Promise<Candidate[]> {
    if (emails.length === 0) return [];
    // A flat IN list: find() with In() nests one expression per value, past SQLite's depth limit of 1,000.
    return this.dataSource
      .getRepository(Candidate)
      .createQueryBuilder('candidate')
      .where('candidate.email IN (:...emails)', { emails })
      .getMany();
  }

  /**
   * Writes one batch of an import in the caller's transaction: new
   * candidates, changed ones, and the facts to add, in multi-row inserts. A
   * unique violation (someone created one of these e-mail addresses
   * meanwhile) rolls it all back.
   */
  async saveImportBatch(
    manager: Transaction,
    batch: {
      created: (CandidateFields & { id: string })[];
      updated: { id: string; changes: Partial<CandidateFields> }[];
      facts: (NewFact & { candidateId: string })[];
    },
    now = new Date(),
  ): Promise<void> {
    await insertRows(
      manager,
      Candidate,
      batch.created.map((fields) => ({
        phone: null,
        location: null,
        consentPurpose: null,
        consentAt: null,
        source: null,
        ...fields,
        ...matchKeysOf(fields),
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const { id, changes } of batch.updated) {
      await manager.update(Candidate, { id }, { ...changes, updatedAt: now });
      await refreshMatchKeys(manager, id, changes);
    }
    const renamed = batch.updated.filter(({ changes }) => changes.name !== undefined || changes.email !== undefined);
    await raiseShortlistRevisionOfCandidates(
      manager,
      renamed.map(({ id }) => id),
    );
    await insertRows(
      manager,
      CandidateFact,
      batch.facts.map((fact) => factRow(newId(), fact.candidateId, fact, now)),
    );
  }

  async update(id: string, changes: Partial<CandidateFields>, tx: Transaction, now = new Date()): Promise<void> {
    const email = changes.email?.toLowerCase();
    await this.guardEmail(changes.email ?? '', async () => {
      await tx.update(Candidate, { id }, { ...changes, ...(email ? { email } : {}), updatedAt: now });
      await refreshMatchKeys(tx, id, changes);
      // The shortlists show the name and e-mail address.
      if (changes.name !== undefined || email !== undefined) await raiseShortlistRevisionOfCandidates(tx, [id]);
    });
  }

  /** Adds a fact in the caller's transaction; returns its id. */
  async addFact(tx: Transaction, candidateId: string, fact: NewFact, now = new Date()): Promise<string> {
    const id = newId();
    await tx.getRepository(CandidateFact).insert(factRow(id, candidateId, fact, now));
    return id;
  }

  /**
   * A corrected fact is unconfirmed again unless the corrector confirms it; a
   * proposal (from a CV or the candidate) that was changed stays marked corrected.
   */
  async replaceFactData(
    tx: Transaction,
    factId: string,
    change: { data: FactData; confirmedBy: string | null; corrected: boolean },
    now = new Date(),
  ) {
    const { data, confirmedBy, corrected } = change;
    await tx.getRepository(CandidateFact).update(
      { id: factId },
      {
        data,
        ...(corrected ? { corrected } : {}),
        confirmed: confirmedBy !== null,
        confirmedBy,
        confirmedAt: confirmedBy ? now : null,
        updatedAt: now,
      },
    );
  }

  async confirmFact(tx: Transaction, factId: string, confirmedBy: string, now = new Date()): Promise<void> {
    await tx
      .getRepository(CandidateFact)
      .update({ id: factId }, { confirmed: true, confirmedBy, confirmedAt: now, updatedAt: now });
  }

  async deleteFact(tx: Transaction, factId: string): Promise<void> {
    await tx.getRepository(CandidateFact).delete({ id: factId });
  }

  private async guardEmail(email: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new CandidateEmailTakenError(email);
      throw error;
    }
  }
}

/** A changed name, phone or language changes the keys duplicates are found by. */
async function refreshMatchKeys(manager: Transaction, id: string, changes: Partial<CandidateFields>): Promise<void> {
  if (changes.name === undefined && changes.phone === undefined && changes.language === undefined) return;
  const row = await manager.getRepository(Candidate).findOne({ where: { id } });
  if (row) await manager.update(Candidate, { id }, matchKeysOf(row));
}

export function factRow(id: string, candidateId: string, fact: NewFact, now: Date) {
  return {
    id,
    candidateId,
    kind: fact.kind,
    source: fact.source,
    data: fact.data,
    confirmed: fact.confirmedBy !== null,
    confirmedBy: fact.confirmedBy,
    confirmedAt: fact.confirmedBy ? now : null,
    corrected: false,
    cvId: fact.provenance?.cvId ?? null,
    spanStart: fact.provenance?.spanStart ?? null,
    spanEnd: fact.provenance?.spanEnd ?? null,
    evidence: fact.provenance?.evidence ?? null,
    confidence: fact.provenance?.confidence ?? null,
    createdAt: now,
    updatedAt: now,
  };
}
