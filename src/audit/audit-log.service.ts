import { Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository';
import { ChainBreak, ChainWalker } from './audit-chain';
import { AuditFilter, AuditLogRepository } from './audit-log.repository';
import { ERASED, PERSONAL_REF } from './audit-record';
import { AuditTrailRepository } from './audit-trail.repository';
import { AuditEntry } from './entities/audit-entry.entity';

/** An entry as its readers see it: personal values put back (or marked erased), the actor named. */
export interface AuditLine {
  seq: number;
  at: Date;
  actor: { id: string; name: string; email: string } | null;
  actorRoles: string[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  candidateId: string | null;
  vacancyId: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditPage {
  lines: AuditLine[];
  /** Pass as `before` for the next (older) page; null at the oldest. */
  next: number | null;
}

export interface ChainReport {
  /** Entries checked, from the first kept one. */
  checked: number;
  head: { seq: number; hash: string };
  /** Entries before this one were removed by the retention job. */
  prunedThrough: number;
  firstBreak: ChainBreak | null;
}

const WALK_BATCH = 2000;

/** Reads the audit trail for people: pages, the CSV's batches, and the chain's check. */
@Injectable()
export class AuditLog {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly trail: AuditTrailRepository,
    private readonly users: UsersRepository,
  ) {}

  async page(filter: AuditFilter, limit: number, before?: number): Promise<AuditPage> {
    const rows = await this.log.newestMatching(filter, limit + 1, before);
    const shown = rows.slice(0, limit);
    return { lines: await this.lines(shown), next: rows.length > limit ? shown[shown.length - 1].seq : null };
  }

  /** Every matching entry, oldest first, a batch at a time: for the CSV, without holding the log in memory. */
  async *batches(filter: AuditFilter): AsyncGenerator<AuditLine[]> {
    let after = 0;
    for (;;) {
      const rows = await this.log.matchingAfter(filter, after, WALK_BATCH);
      if (!rows.length) return;
      yield await this.lines(rows);
      after = rows[rows.length - 1].seq;
    }
  }

  actions(): Promise<string[]> {
    return this.log.actions();
  }

  /** The lines with the names of the candidates and titles of the vacancies they are about, for the page. */
  async labelled(
    lines: AuditLine[],
  ): Promise<(AuditLine & { candidateName: string | null; vacancyTitle: string | null })[]> {
    const { names, titles } = await this.log.labels(
      lines.flatMap((line) => (line.candidateId ? [line.candidateId] : [])),
      lines.flatMap((line) => (line.vacancyId ? [line.vacancyId] : [])),
    );
    return lines.map((line) => ({
      ...line,
      candidateName: line.candidateId ? (names.get(line.candidateId) ?? null) : null,
      vacancyTitle: line.vacancyId ? (titles.get(line.vacancyId) ?? null) : null,
    }));
  }

  vacancyChoices(): Promise<{ id: string; title: string }[]> {
    return this.log.vacancyChoices();
  }

  /**
   * Recomputes the chain from its first kept entry to the head and names the
   * first entry that was changed, removed or inserted.
   */
  async verify(): Promise<ChainReport> {
    const head = await this.trail.head();
    const walker = new ChainWalker(head);
    let after = head.prunedThrough;
    // Starting from the mark, an entry hand-inserted before it is beside the chain; one after it is caught.
    for (;;) {
      const rows = await this.trail.entriesAfter(after, WALK_BATCH);
      if (!rows.length) break;
      if (!rows.every((row) => walker.next(row))) break;
      after = rows[rows.length - 1].seq;
    }
    const firstBreak = walker.finish(head);
    return {
      checked: walker.checked,
      head: { seq: head.seq, hash: head.hash },
      prunedThrough: head.prunedThrough,
      firstBreak,
    };
  }

  private async lines(rows: AuditEntry[]): Promise<AuditLine[]> {
    const parsed = rows.map((row) => JSON.parse(row.details) as Record<string, unknown>);
    const refs: string[] = [];
    for (const details of parsed) collectRefs(details, refs);
    const values = refs.length ? await this.trail.personalValues(refs) : new Map<string, unknown>();
    const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => id !== null))];
    const actors = new Map((await this.users.findManyByIds(actorIds)).map((user) => [user.id, user]));
    return rows.map((row, index) => {
      const actor = row.actorId ? actors.get(row.actorId) : undefined;
      return {
        seq: row.seq,
        at: row.at,
        actor: actor ? { id: actor.id, name: actor.name, email: actor.email } : null,
        actorRoles: row.actorRoles ? row.actorRoles.split(',') : [],
        ip: row.ip,
        userAgent: row.userAgent,
        requestId: row.requestId,
        action: row.action,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        candidateId: row.candidateId,
        vacancyId: row.vacancyId,
        details: resolveRefs(parsed[index], values) as Record<string, unknown>,
        hash: row.hash,
      };
    });
  }
}

function isRef(value: unknown): value is { [PERSONAL_REF]: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[PERSONAL_REF] === 'string'
  );
}

function collectRefs(value: unknown, into: string[]): void {
  if (isRef(value)) into.push(value[PERSONAL_REF]);
  else if (Array.isArray(value)) value.forEach((item) => collectRefs(item, into));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => collectRefs(item, into));
}

function resolveRefs(value: unknown, values: Map<string, unknown>): unknown {
  if (isRef(value)) return values.has(value[PERSONAL_REF]) ? values.get(value[PERSONAL_REF]) : { [ERASED]: true };
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, values));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveRefs(item, values)]));
  }
  return value;
}
