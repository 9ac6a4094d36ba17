import { placeholder } from '../database/placeholders';
import { raiseShortlistRevisionOfCandidates } from '../vacancies/shortlist-revision';
import { newId } from '../database/ids';
import { insertRows } from '../database/bulk-insert';
import { containsPattern, LIKE_ESCAPE } from '../database/like';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, IsNull, Not } from 'typeorm';
import { isId, isUniqueViolation } from '../database/database-errors';
import { Language } from '../users/entities/user.entity';
import { CandidateEmailTakenError } from './candidates.errors';
import { Candidate } from './entities/candidate.entity';
import { CandidateFact, FactData, FactKind, FactSource } from './entities/candidate-fact.entity';
import { KnownFact } from './known-fact';
import { Transaction } from '../database/transaction';
import type { Stage } from '../applications/entities/application.entity';
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

export interface CandidateFilter {
  /** Part of the name, e-mail address or an employer in the work history. */
  search?: string;
  /** Candidates holding one of these competencies also match the search. */
  competencyCodes?: string[];
  source?: string;
  language?: Language;
  sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
  /** Only the candidates this user may see: who applied to vacancies they manage, or sit on their panels. */
  viewer?: { userId: string; asHiringManager: boolean; asPanelist: boolean };
}

export interface CandidateSummary {
  employer: string | null;
  latestApplication?: { vacancyId: string; vacancyTitle: string; stage: Stage; appliedAt: Date };
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

  /** Name or e-mail containing the search text, in name order. */
  async searchPage(filter: CandidateFilter, limit: number, offset: number) {
    const { search, source, language, sort = 'name' } = filter;
    // A merged candidate's tombstone is not listed; its survivor is.
    const query = this.dataSource
      .getRepository(Candidate)
      .createQueryBuilder('candidate')
      .where('candidate.merged_into_id IS NULL');
    if (source) query.andWhere('candidate.source = :source', { source });
    if (language) query.andWhere('candidate.language = :language', { language });
    if (search) {
      const pattern = containsPattern(search);
      query.andWhere(
        new Brackets((where) =>
          where
            .where(`LOWER(candidate.name) LIKE :pattern ${LIKE_ESCAPE}`, { pattern })
            .orWhere(`candidate.email LIKE :pattern ${LIKE_ESCAPE}`, { pattern })
            .orWhere(
              `EXISTS (SELECT 1 FROM candidate_facts f WHERE f.candidate_id = candidate.id AND f.kind = 'work'
                AND LOWER(${this.jsonText('f.data', 'employer')}) LIKE :pattern ${LIKE_ESCAPE})`,
              { pattern },
            )
            .orWhere(
              filter.competencyCodes?.length
                ? `EXISTS (SELECT 1 FROM candidate_facts c WHERE c.candidate_id = candidate.id
                    AND c.kind = 'competency' AND ${this.jsonText('c.data', 'code')} IN (:...codes))`
                : '1 = 0',
              { codes: filter.competencyCodes ?? [] },
            ),
        ),
      );
    }
    if (filter.viewer) {
      const { userId, asHiringManager, asPanelist } = filter.viewer;
      const seen = [
        ...(asHiringManager
          ? [
              `EXISTS (SELECT 1 FROM applications a JOIN vacancy_members m ON m.vacancy_id = a.vacancy_id
                WHERE a.candidate_id = candidate.id AND m.user_id = :viewer AND m.role = 'hiring_manager')`,
            ]
          : []),
        ...(asPanelist
          ? [
              `EXISTS (SELECT 1 FROM interviews i JOIN interview_panelists p ON p.interview_id = i.id
                WHERE i.candidate_id = candidate.id AND p.user_id = :viewer AND i.status <> 'cancelled')`,
            ]
          : []),
      ];
      query.andWhere(seen.length ? `(${seen.join(' OR ')})` : '1 = 0', { viewer: userId });
    }
    const column = sort.endsWith('name') ? 'candidate.name' : 'candidate.created_at';
    const [candidates, total] = await query
      .orderBy(column, sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('candidate.id', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { candidates, total };
  }

  /**
   * For a page of candidates: the employer of each one's current (or latest)
   * job, and (`withApplications`) their latest application.
   */
  async summariesOf(ids: string[], withApplications: boolean): Promise<Map<string, CandidateSummary>> {
    const summaries = new Map<string, CandidateSummary>(ids.map((id) => [id, { employer: null }]));
    if (!ids.length) return summaries;
    const jobs: { candidateId: string; data: FactData | string }[] = await this.dataSource
      .getRepository(CandidateFact)
      .createQueryBuilder('fact')
      .select(['fact.candidate_id AS "candidateId"', 'fact.data AS "data"'])
      .where('fact.candidate_id IN (:...ids)', { ids })
      .andWhere("fact.kind = 'work'")
      .getRawMany();
    const latest = new Map<string, { start: string; ongoing: boolean; employer: string }>();
    for (const job of jobs) {
      const data = typeof job.data === 'string' ? (JSON.parse(job.data) as FactData) : job.data;
      if (typeof data.employer !== 'string' || !data.employer) continue;
      const entry = { start: String(data.start ?? ''), ongoing: !data.end, employer: data.employer };
      const held = latest.get(job.candidateId);
      const later =
        !held || (entry.ongoing && !held.ongoing) || (entry.ongoing === held.ongoing && entry.start > held.start);
      if (later) latest.set(job.candidateId, entry);
    }
    for (const [id, job] of latest) summaries.get(id)!.employer = job.employer;
    if (!withApplications) return summaries;
    const applications: {
      candidateId: string;
      vacancyId: string;
      vacancyTitle: string;
      stage: string;
      appliedAt: Date | string;
    }[] = await this.dataSource
      .createQueryBuilder()
      .select([
        'a.candidate_id AS "candidateId"',
        'a.vacancy_id AS "vacancyId"',
        'v.title AS "vacancyTitle"',
        'a.stage AS "stage"',
        'a.applied_at AS "appliedAt"',
      ])
      .from('applications', 'a')
      .innerJoin('vacancies', 'v', 'v.id = a.vacancy_id')
      .where('a.candidate_id IN (:...ids)', { ids })
      .orderBy('a.applied_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany();
    for (const row of applications) {
      const summary = summaries.get(row.candidateId)!;
      if (summary.latestApplication) continue;
      summary.latestApplication = {
        vacancyId: row.vacancyId,
        vacancyTitle: row.vacancyTitle,
        stage: row.stage as Stage,
        appliedAt: row.appliedAt instanceof Date ? row.appliedAt : new Date(row.appliedAt),
      };
    }
    return summaries;
  }

  /** The text of one field of a JSON column, in the engine's own words. */
  private jsonText(column: string, field: string): string {
    return this.dataSource.options.type === 'postgres'
      ? `(${column} ->> '${field}')`
      : `json_extract(${column}, '$.${field}')`;
  }

  async create(fields: CandidateFields, now = new Date()): Promise<Candidate> {
    const id = newId();
    await this.guardEmail(fields.email, () =>
      this.dataSource.getRepository(Candidate).insert({
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
    return (await this.findById(id))!;
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

  async update(id: string, changes: Partial<CandidateFields>, now = new Date()): Promise<void> {
    const email = changes.email?.toLowerCase();
    await this.guardEmail(changes.email ?? '', () =>
      this.dataSource.transaction(async (manager) => {
        await manager.update(Candidate, { id }, { ...changes, ...(email ? { email } : {}), updatedAt: now });
        await refreshMatchKeys(manager, id, changes);
        // The shortlists show the name and e-mail address.
        if (changes.name !== undefined || email !== undefined) await raiseShortlistRevisionOfCandidates(manager, [id]);
      }),
    );
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
