import { CandidateFactsChanged } from './candidate-facts-changed';
import { AuditEvent, changedFields, personal } from '../audit/audit-record';
import { candidateCreated, CANDIDATE_PERSONAL_FIELDS } from './candidate-audit';
import { AuditTrail } from '../audit/audit-trail';
import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { maskIdentity } from '../panel-access/blind-identity';
import { CandidateAccess } from '../panel-access/candidate-access.service';
import { CandidateRevisionRepository } from './candidate-revision.repository';
import { CandidateSearchRepository } from './candidate-search.repository';
import { CandidatesRepository } from './candidates.repository';
import { CandidateNotFoundError, ensureNotErased, FactNotFoundError } from './candidates.errors';
import {
  CandidateQuery,
  ConsentDto,
  CreateCandidateDto,
  CreateFactDto,
  UpdateCandidateDto,
} from './dto/candidate-input.dto';
import { Candidate } from './entities/candidate.entity';
import { CandidateFact, FactData } from './entities/candidate-fact.entity';
import { validateFactData } from './fact-validation';
import { Transactions } from '../database/transactions';
import { competenciesNamed } from '../scoring/competency-catalogue';
import { CandidateMergedError } from '../duplicates/duplicates.errors';

@Injectable()
export class CandidatesService {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly searches: CandidateSearchRepository,
    private readonly revisions: CandidateRevisionRepository,
    private readonly factsChanged: CandidateFactsChanged,
    private readonly access: CandidateAccess,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  async create(input: CreateCandidateDto): Promise<Candidate> {
    const { consent, ...fields } = input;
    const values = { ...fields, ...consentFields(consent), language: input.language ?? 'en' };
    const id = await this.transactions.run(async (tx) => {
      const made = await this.candidates.create(values, tx);
      await this.audit.record(tx, candidateCreated(made, values));
      return made;
    });
    return (await this.candidates.findById(id))!;
  }

  /**
   * The candidate with their facts; a hiring manager sees only those who applied to one of their
   * vacancies, an interviewer those of their panels, and others are 404.
   */
  /** The candidate as a person reads their record: `get`, and the read joins the audit trail. */
  async read(id: string, viewer: AuthenticatedUser): Promise<Candidate> {
    const found = await this.get(id, viewer);
    this.noteRead(id, 'api');
    return found;
  }

  /** A person read the candidate's record (their page, or through the API): it joins the audit trail. */
  noteRead(id: string, via: 'api' | 'page'): void {
    this.audit.noteRead({
      action: 'candidate.read',
      subject: { type: 'candidate', id },
      candidateId: id,
      details: { via },
    });
  }

  async get(id: string, viewer?: AuthenticatedUser): Promise<Candidate> {
    if (viewer && !(await this.access.maySee(viewer, id))) throw new CandidateNotFoundError(id);
    const candidate = await this.candidates.findWithFacts(id);
    if (candidate && viewer && (await this.access.hidesIdentity(viewer, id))) return blinded(candidate);
    if (candidate) return candidate;
    const survivorId = await this.candidates.survivorOf(id);
    throw survivorId ? new CandidateMergedError(id, survivorId) : new CandidateNotFoundError(id);
  }

  /**
   * The revision of all a candidate's page shows (see CandidateRevisionRepository), for those who may see every
   * candidate; null when there is no such candidate.
   */
  pageRevision(id: string): Promise<string | null> {
    return this.revisions.of(id);
  }

  /** Candidates by search, all for recruiters and admins, otherwise only those the viewer may see. */
  async search(query: CandidateQuery, viewer: AuthenticatedUser) {
    const { source, language, sort, limit, offset } = query;
    const search = query.search?.trim() || undefined;
    const competencyCodes = search ? competenciesNamed(search) : undefined;
    const scope = this.access.scopeOf(viewer);
    const hidden = await this.access.hiddenFrom(viewer);
    // A blind applicant found by their name would be named by the search itself; placed by it, nearly so. Recruiters
    // keep them in their lists (by alias) to find and unblind; assessors have the shortlist.
    const byName = search !== undefined || (scope !== undefined && (sort === undefined || sort.endsWith('name')));
    const excludeIds = byName && hidden.size ? [...hidden] : undefined;
    const filter = { search, competencyCodes, source, language, sort, viewer: scope, excludeIds };
    const found = await this.searches.searchPage(filter, limit, offset);
    if (!hidden.size) return found;
    return {
      ...found,
      candidates: found.candidates.map((candidate) => (hidden.has(candidate.id) ? blinded(candidate) : candidate)),
    };
  }

  /**
   * The search with what a list of results shows beside each name: the current
   * employer and, for those who see every candidate, the latest application.
   */
  async searchWithSummaries(query: CandidateQuery, viewer: AuthenticatedUser) {
    const { candidates, total } = await this.search(query, viewer);
    const seesAll = this.access.scopeOf(viewer) === undefined;
    const summaries = await this.searches.summariesOf(
      candidates.map((candidate) => candidate.id),
      seesAll,
    );
    return { items: candidates.map((candidate) => ({ candidate, ...summaries.get(candidate.id)! })), total };
  }

  async update(id: string, changes: UpdateCandidateDto): Promise<Candidate> {
    const before = await this.get(id);
    ensureNotErased(before);
    const { consent, ...fields } = changes;
    const after = { ...fields, ...(consent ? consentFields(consent) : {}) };
    await this.transactions.run(async (tx) => {
      await this.candidates.update(id, after, tx);
      const details = changedFields({ ...before }, after, CANDIDATE_PERSONAL_FIELDS);
      await this.audit.record(tx, {
        action: 'candidate.updated',
        subject: { type: 'candidate', id },
        candidateId: id,
        details,
      });
    });
    return this.get(id);
  }

  async addFact(candidateId: string, input: CreateFactDto, userId: string): Promise<CandidateFact> {
    ensureNotErased(await this.get(candidateId));
    const data = validateFactData(input.kind, input.data);
    const factId = await this.transactions.run(async (tx) => {
      const id = await this.candidates.addFact(tx, candidateId, {
        kind: input.kind,
        source: input.source,
        data,
        confirmedBy: input.confirmed ? userId : null,
      });
      await this.factsChanged.announceIn(tx, candidateId);
      const details = { kind: input.kind, source: input.source, confirmed: !!input.confirmed, data: personal(data) };
      await this.audit.record(tx, factEvent('fact.added', candidateId, id, details));
      return id;
    });
    return this.getFact(candidateId, factId);
  }

  async correctFact(
    candidateId: string,
    factId: string,
    data: Record<string, unknown>,
    confirm: boolean,
    userId: string,
  ): Promise<CandidateFact> {
    const fact = await this.getFact(candidateId, factId);
    const valid = validateFactData(fact.kind, data);
    const changed = !sameData(fact.data, valid);
    await this.transactions.run(async (tx) => {
      await this.candidates.replaceFactData(tx, fact.id, {
        data: valid,
        confirmedBy: confirm ? userId : null,
        corrected: changed && fact.source !== 'recruiter',
      });
      await this.factsChanged.announceIn(tx, candidateId);
      const details = { kind: fact.kind, from: personal(fact.data), to: personal(valid), confirmed: confirm };
      await this.audit.record(tx, factEvent('fact.corrected', candidateId, fact.id, details));
    });
    return this.getFact(candidateId, factId);
  }

  async confirmFact(candidateId: string, factId: string, userId: string): Promise<CandidateFact> {
    const fact = await this.getFact(candidateId, factId);
    if (!fact.confirmed) {
      await this.transactions.run(async (tx) => {
        await this.candidates.confirmFact(tx, fact.id, userId);
        await this.factsChanged.announceIn(tx, candidateId);
        await this.audit.record(tx, factEvent('fact.confirmed', candidateId, fact.id, { kind: fact.kind }));
      });
    }
    return this.getFact(candidateId, factId);
  }

  /** Confirms every fact of the candidate not yet confirmed, in one step; returns the facts now confirmed by it. */
  async confirmAll(candidateId: string, userId: string): Promise<CandidateFact[]> {
    const candidate = await this.get(candidateId);
    const open = (candidate.facts ?? []).filter((fact) => !fact.confirmed);
    if (open.length) {
      await this.transactions.run(async (tx) => {
        for (const fact of open) await this.candidates.confirmFact(tx, fact.id, userId);
        await this.factsChanged.announceIn(tx, candidateId);
        await this.audit.recordAll(
          tx,
          open.map((fact) => factEvent('fact.confirmed', candidateId, fact.id, { kind: fact.kind })),
        );
      });
    }
    const now = await this.get(candidateId);
    return (now.facts ?? []).filter((fact) => open.some((one) => one.id === fact.id));
  }

  async deleteFact(candidateId: string, factId: string): Promise<void> {
    const fact = await this.getFact(candidateId, factId);
    await this.transactions.run(async (tx) => {
      await this.candidates.deleteFact(tx, fact.id);
      await this.factsChanged.announceIn(tx, candidateId);
      const details = { kind: fact.kind, source: fact.source, data: personal(fact.data) };
      await this.audit.record(tx, factEvent('fact.deleted', candidateId, fact.id, details));
    });
  }

  private async getFact(candidateId: string, factId: string): Promise<CandidateFact> {
    if (!(await this.candidates.findById(candidateId))) throw new CandidateNotFoundError(candidateId);
    const fact = await this.candidates.findFact(candidateId, factId);
    if (!fact) throw new FactNotFoundError(factId);
    return fact;
  }
}

function factEvent(action: string, candidateId: string, factId: string, details: Record<string, unknown>): AuditEvent {
  return { action, subject: { type: 'fact', id: factId }, candidateId, details };
}

function consentFields(consent: ConsentDto | undefined) {
  if (!consent) return {};
  return { consentPurpose: consent.purpose, consentAt: consent.givenAt ? new Date(consent.givenAt) : new Date() };
}

/** Key order aside, the same values. */
function sameData(a: FactData, b: FactData): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

/**
 * A candidate as someone assessing them blind reads them: no location, and
 * their facts' CV words masked. Their name, e-mail and phone are put out of
 * sight on the way out, with everything else sent (BlindOutputInterceptor).
 */
function blinded(candidate: Candidate): Candidate {
  const identity = {
    name: candidate.name,
    email: candidate.email,
    phone: candidate.phone,
    location: candidate.location,
  };
  return Object.assign(Object.create(Object.getPrototypeOf(candidate) as object) as Candidate, candidate, {
    location: null,
    facts: candidate.facts?.map((fact) =>
      Object.assign(Object.create(Object.getPrototypeOf(fact) as object) as typeof fact, fact, {
        evidence: fact.evidence === null ? null : maskIdentity(fact.evidence, identity),
      }),
    ),
  });
}
