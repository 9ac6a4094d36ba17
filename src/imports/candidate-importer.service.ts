import type { Candidate } from '../candidates/entities/candidate.entity';
import { AuditEvent, changedFields } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { candidateCreated, CANDIDATE_PERSONAL_FIELDS } from '../candidates/candidate-audit';
import { newId } from '../database/ids';
import { Injectable } from '@nestjs/common';
import { ApplicationRecorder } from '../applications/application-recorder';
import { ApplicationsRepository, NewApplication } from '../applications/applications.repository';
import { VacancyNotOpenError } from '../applications/applications.errors';
import { screenedApplication } from '../applications/screened-application';
import { today } from '../screening/reference-date';
import { CandidateFactsChanged } from '../candidates/candidate-facts-changed';
import { CandidateFields, CandidatesRepository, NewFact } from '../candidates/candidates.repository';
import { FactData } from '../candidates/entities/candidate-fact.entity';
import { KnownFact } from '../candidates/known-fact';
import { AuthenticatedUser } from '../common/auth/decorators';
import { FieldError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/database-errors';
import { Transaction } from '../database/transaction';
import { Transactions } from '../database/transactions';
import { candidateFactsOf } from '../screening/candidate-facts';
import { PreparedScreening, ScreeningRunner } from '../screening/screening-runner';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ImportedCandidate } from './json-resume';

/** One record of an import: a line of the file, read into a candidate or into the reasons it could not be. */
export interface ImportRecord {
  line: number;
  candidate?: ImportedCandidate;
  problems: FieldError[];
}

export interface ImportOptions {
  /** Where these candidates came from, kept on new candidates ("import" by default). */
  source?: string;
  /** Also apply every candidate in the file to this open vacancy. */
  vacancyId?: string;
}

export interface ImportReport {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  applied: number;
  failed: { line: number; email: string | null; errors: FieldError[] }[];
  /** Per line that read, the candidate's id: for a caller who wants to follow up. */
  candidates: { line: number; id: string; created: boolean; factsAdded: number; unmatchedSkills: string[] }[];
}

/** Records per batch: one lookup, one transaction of multi-row inserts, one screening pass. */
const BATCH = 500;

/**
 * Creates or updates candidates from imported records, matched by e-mail
 * address. Facts already held (same kind, same data) are not added again and
 * fields that did not change are not written, so importing the same file
 * twice changes nothing. A bad record never stops the good ones.
 */
@Injectable()
export class CandidateImporter {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly applications: ApplicationsRepository,
    private readonly vacancies: VacanciesService,
    private readonly runner: ScreeningRunner,
    private readonly factsChanged: CandidateFactsChanged,
    private readonly recorder: ApplicationRecorder,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  async import(
    records: AsyncIterable<ImportRecord> | Iterable<ImportRecord>,
    options: ImportOptions,
    user: AuthenticatedUser,
    onProgress?: (report: ImportReport) => void,
  ): Promise<ImportReport> {
    const target = options.vacancyId ? await this.openVacancy(options.vacancyId, user) : undefined;
    const report: ImportReport = {
      received: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      applied: 0,
      failed: [],
      candidates: [],
    };
    const seen = new Map<string, number>();
    let batch: ImportRecord[] = [];
    for await (const record of records) {
      report.received += 1;
      const email = record.candidate?.email ?? null;
      if (record.problems.length || !record.candidate) {
        report.failed.push({ line: record.line, email, errors: record.problems });
      } else if (seen.has(record.candidate.email)) {
        const first = seen.get(record.candidate.email)!;
        report.failed.push({
          line: record.line,
          email,
          errors: [{ field: 'basics.email', messages: [`the same e-mail address as line ${first}`] }],
        });
      } else {
        seen.set(record.candidate.email, record.line);
        batch.push(record);
      }
      if (batch.length >= BATCH) {
        await this.saveBatch(batch, options, target, user, report);
        batch = [];
        onProgress?.(report);
      }
    }
    if (batch.length) await this.saveBatch(batch, options, target, user, report);
    onProgress?.(report);
    return report;
  }

  private async openVacancy(vacancyId: string, user: AuthenticatedUser) {
    const vacancy = await this.vacancies.get(vacancyId, user);
    if (vacancy.status !== 'open') throw new VacancyNotOpenError(vacancy.status);
    return { vacancy, prepared: await this.runner.prepare(vacancy.roleProfileId, vacancy.roleProfileVersion) };
  }

  private async saveBatch(
    records: ImportRecord[],
    options: ImportOptions,
    target: { vacancy: Vacancy; prepared: PreparedScreening } | undefined,
    user: AuthenticatedUser,
    report: ImportReport,
    retried = false,
  ): Promise<void> {
    const existing = new Map(
      (await this.candidates.findByEmails(records.map((record) => record.candidate!.email))).map((c) => [c.email, c]),
    );
    const held = await this.candidates.factsOfMany([...existing.values()].map((candidate) => candidate.id));
    const created: (CandidateFields & { id: string })[] = [];
    const updated: { id: string; changes: Partial<CandidateFields> }[] = [];
    const facts: (NewFact & { candidateId: string })[] = [];
    const outcome: ImportReport['candidates'] = [];
    const factsById = new Map<string, KnownFact[]>();
    let unchanged = 0;
    for (const record of records) {
      const incoming = record.candidate!;
      const current = existing.get(incoming.email);
      const id = current?.id ?? newId();
      const known = current ? (held.get(current.id) ?? []) : [];
      const keys = new Set(known.map((fact) => factKey(fact.kind, fact.data)));
      const added = incoming.facts.filter((fact) => {
        const key = factKey(fact.kind, fact.data);
        if (keys.has(key)) return false;
        keys.add(key);
        return true;
      });
      facts.push(...added.map((fact) => ({ ...fact, source: 'cv' as const, confirmedBy: null, candidateId: id })));
      factsById.set(id, [...known, ...added.map((fact) => ({ ...fact, confirmed: false }))]);
      if (!current) {
        created.push({
          id,
          name: incoming.name,
          email: incoming.email,
          phone: incoming.phone,
          location: incoming.location,
          language: incoming.language ?? 'en',
          source: options.source ?? 'import',
        });
      } else {
        const changes: Partial<CandidateFields> = {};
        if (incoming.name !== current.name) changes.name = incoming.name;
        if (incoming.phone !== null && incoming.phone !== current.phone) changes.phone = incoming.phone;
        if (incoming.location !== null && incoming.location !== current.location) changes.location = incoming.location;
        if (incoming.language !== null && incoming.language !== current.language) changes.language = incoming.language;
        if (Object.keys(changes).length) updated.push({ id, changes });
        else if (added.length === 0) unchanged += 1;
      }
      outcome.push({
        line: record.line,
        id,
        created: !current,
        factsAdded: added.length,
        unmatchedSkills: incoming.unmatchedSkills,
      });
    }
    const withNewFacts = new Set(facts.map((fact) => fact.candidateId));
    let applied: number;
    try {
      // The batch's candidates, facts, applications and screening jobs commit together, or not at all.
      applied = await this.transactions.run(async (tx) => {
        await this.candidates.saveImportBatch(tx, { created, updated, facts });
        await this.audit.recordAll(tx, importEvents(created, updated, facts, existing));
        // Candidates who were here before and got new facts: their other applications need screening again.
        for (const entry of outcome) {
          if (!entry.created && withNewFacts.has(entry.id)) await this.factsChanged.announceIn(tx, entry.id);
        }
        if (!target) return 0;
        return this.applyAll(
          tx,
          target,
          outcome.map((entry) => entry.id),
          factsById,
          user,
        );
      });
    } catch (error) {
      // Someone created one of these addresses meanwhile: read again and retry once.
      if (isUniqueViolation(error) && !retried) return this.saveBatch(records, options, target, user, report, true);
      throw error;
    }
    if (target && applied) await this.runner.markUsed(target.prepared);
    report.created += created.length;
    report.updated += updated.length;
    report.unchanged += unchanged;
    report.applied += applied;
    report.candidates.push(...outcome);
  }

  /** Applies the batch's candidates to the vacancy (those not applied yet), screening each. */
  private async applyAll(
    tx: Transaction,
    target: { vacancy: Vacancy; prepared: PreparedScreening },
    candidateIds: string[],
    factsById: Map<string, KnownFact[]>,
    user: AuthenticatedUser,
  ): Promise<number> {
    const { vacancy, prepared } = target;
    const already = await this.applications.candidatesWhoApplied(vacancy.id, candidateIds, tx);
    const now = new Date();
    const referenceDate = today(now);
    const inputs: NewApplication[] = candidateIds
      .filter((id) => !already.has(id))
      .map((candidateId) => {
        const outcome = this.runner.screen(prepared, candidateFactsOf(factsById.get(candidateId) ?? []), referenceDate);
        return screenedApplication(vacancy, prepared, outcome, candidateId, 'import', now);
      });
    if (inputs.length === 0) return 0;
    await this.recorder.recordIn(tx, inputs, user.id, now, { confirm: false });
    return inputs.length;
  }
}

/** A fact's identity for "already held": its kind and its data with keys in a fixed order. */
function factKey(kind: string, data: FactData): string {
  return `${kind}:${JSON.stringify(
    Object.keys(data)
      .sort()
      .map((key) => [key, data[key]]),
  )}`;
}

/** The batch as the audit trail records it: each candidate made or changed, and how many facts each got. */
function importEvents(
  created: (CandidateFields & { id: string })[],
  updated: { id: string; changes: Partial<CandidateFields> }[],
  facts: { candidateId: string }[],
  existing: Map<string, Candidate>,
): AuditEvent[] {
  const current = new Map([...existing.values()].map((candidate) => [candidate.id, candidate]));
  const factCount = (id: string) => facts.filter((fact) => fact.candidateId === id).length;
  return [
    ...created.map(({ id, ...values }) => {
      const made = candidateCreated(id, values);
      return { ...made, details: { ...made.details, via: 'import', factsAdded: factCount(id) } };
    }),
    ...updated.map(({ id, changes }) => ({
      action: 'candidate.updated',
      subject: { type: 'candidate', id },
      candidateId: id,
      details: {
        ...changedFields({ ...current.get(id) }, changes, CANDIDATE_PERSONAL_FIELDS),
        via: 'import',
        factsAdded: factCount(id),
      },
    })),
  ];
}
