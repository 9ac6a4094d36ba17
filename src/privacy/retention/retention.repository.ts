import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlParams } from '../../database/placeholders';
import { storedTime } from '../../database/stored-time';
import type { RetentionCandidate, RetentionCutoffs } from './retention-policy';
import { TALENT_POOL_PURPOSE } from './retention-policy';

/** Stages and vacancy statuses that end an application (constants, written into the SQL as they are). */
const CLOSED_STAGES = `'hired', 'rejected', 'withdrawn'`;
const ENDED_STATUSES = `'closed', 'filled'`;

/** An active legal hold that keeps a candidate, as the due list shows it. */
export interface HoldingHold {
  id: string;
  reason: string;
  candidateId: string | null;
  vacancyId: string | null;
  vacancyTitle: string | null;
  placedAt: Date;
}

interface CandidateRow {
  id: string;
  name: string;
  created_at: unknown;
  last_closed_at: unknown;
  consent_purpose: string | null;
  consent_at: unknown;
}

/**
 * The retention policy's queries. A candidate is past the policy when they
 * are not merged, not erased nor asked to be, have no open application (one
 * not hired, rejected or withdrawn, on a vacancy not closed or filled), their
 * last application closed before the cut-off (or, never having applied, they
 * were added before it), and no talent-pool consent given since its cut-off.
 * An application closes when it reaches hired, rejected or withdrawn; one
 * left open closes when its vacancy last closed or filled. Of those, the due
 * are the ones no active legal hold keeps, the held the others.
 */
@Injectable()
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the due, longest past first, and how many there are. */
  duePage(
    cutoffs: RetentionCutoffs,
    limit: number,
    offset: number,
  ): Promise<{ rows: RetentionCandidate[]; total: number }> {
    return this.page(cutoffs, 'due', limit, offset);
  }

  /** A page of those past the policy whom a legal hold keeps, with the holds that keep each. */
  async heldPage(
    cutoffs: RetentionCutoffs,
    limit: number,
    offset: number,
  ): Promise<{ rows: (RetentionCandidate & { holds: HoldingHold[] })[]; total: number }> {
    const { rows, total } = await this.page(cutoffs, 'held', limit, offset);
    const holds = await this.holdsOn(rows.map((row) => row.id));
    return { rows: rows.map((row) => ({ ...row, holds: holds.get(row.id) ?? [] })), total };
  }

  /** Every due candidate's id, for the daily job. */
  async dueIds(cutoffs: RetentionCutoffs): Promise<string[]> {
    const p = this.params();
    const rows: { id: string }[] = await this.dataSource.query(
      `${this.past(p, cutoffs)} SELECT p.id FROM past p WHERE NOT ${HELD} ORDER BY ${ORDER}`,
      p.params,
    );
    return rows.map((row) => row.id);
  }

  /** Of these candidates, those still due now: read again just before each is erased. */
  async dueAmong(cutoffs: RetentionCutoffs, ids: string[]): Promise<RetentionCandidate[]> {
    if (!ids.length) return [];
    const p = this.params();
    const rows: CandidateRow[] = await this.dataSource.query(
      `${this.past(p, cutoffs, ids)} SELECT p.* FROM past p WHERE NOT ${HELD} ORDER BY ${ORDER}`,
      p.params,
    );
    return rows.map(candidateOf);
  }

  private async page(cutoffs: RetentionCutoffs, which: 'due' | 'held', limit: number, offset: number) {
    const held = which === 'held' ? HELD : `NOT ${HELD}`;
    const counted = this.params();
    const [{ total }]: { total: string | number }[] = await this.dataSource.query(
      `${this.past(counted, cutoffs)} SELECT COUNT(*) AS total FROM past p WHERE ${held}`,
      counted.params,
    );
    const p = this.params();
    const sql = `${this.past(p, cutoffs)} SELECT p.* FROM past p WHERE ${held} ORDER BY ${ORDER}`;
    const rows: CandidateRow[] = await this.dataSource.query(
      `${sql} LIMIT ${p.param(limit)} OFFSET ${p.param(offset)}`,
      p.params,
    );
    return { rows: rows.map(candidateOf), total: Number(total) };
  }

  /** The active holds on each candidate: their own, then those on vacancies they applied to, oldest first. */
  private async holdsOn(candidateIds: string[]): Promise<Map<string, HoldingHold[]>> {
    const found = new Map<string, HoldingHold[]>();
    if (!candidateIds.length) return found;
    const p = this.params();
    const ids = p.list(candidateIds);
    const again = p.list(candidateIds);
    const rows: {
      held_id: string;
      id: string;
      reason: string;
      candidate_id: string | null;
      vacancy_id: string | null;
      title: string | null;
      placed_at: unknown;
    }[] = await this.dataSource.query(
      `SELECT h.candidate_id AS held_id, h.id, h.reason, h.candidate_id, h.vacancy_id, NULL AS title, h.placed_at, 0 AS through
         FROM legal_holds h WHERE h.released_at IS NULL AND h.candidate_id IN (${ids})
       UNION ALL
       SELECT a.candidate_id AS held_id, h.id, h.reason, h.candidate_id, h.vacancy_id, v.title, h.placed_at, 1 AS through
         FROM legal_holds h JOIN applications a ON a.vacancy_id = h.vacancy_id JOIN vacancies v ON v.id = h.vacancy_id
        WHERE h.released_at IS NULL AND a.candidate_id IN (${again})
       ORDER BY through, placed_at, id`,
      p.params,
    );
    for (const row of rows) {
      const hold: HoldingHold = {
        id: row.id,
        reason: row.reason,
        candidateId: row.candidate_id,
        vacancyId: row.vacancy_id,
        vacancyTitle: row.title,
        placedAt: storedTime(row.placed_at),
      };
      found.set(row.held_id, [...(found.get(row.held_id) ?? []), hold]);
    }
    return found;
  }

  private params(): SqlParams {
    return new SqlParams(this.dataSource.options.type === 'postgres');
  }

  /** The candidates past the policy, as a `past` CTE; `only` narrows it to these candidates. */
  private past(p: SqlParams, cutoffs: RetentionCutoffs, only?: string[]): string {
    const ofApplications = only ? `WHERE a.candidate_id IN (${p.list(only)})` : '';
    const ofCandidates = only ? `AND c.id IN (${p.list(only)})` : '';
    return `WITH ended AS (
        SELECT v.id AS vacancy_id, COALESCE(MAX(e.created_at), v.updated_at) AS ended_at
          FROM vacancies v
          LEFT JOIN vacancy_events e ON e.vacancy_id = v.id AND e.to_status IN (${ENDED_STATUSES})
         WHERE v.status IN (${ENDED_STATUSES})
         GROUP BY v.id, v.updated_at
      ), lives AS (
        SELECT a.candidate_id,
               SUM(CASE WHEN a.stage NOT IN (${CLOSED_STAGES}) AND ended.vacancy_id IS NULL THEN 1 ELSE 0 END) AS open_count,
               MAX(CASE WHEN a.stage IN (${CLOSED_STAGES}) THEN a.stage_changed_at ELSE ended.ended_at END) AS last_closed_at
          FROM applications a LEFT JOIN ended ON ended.vacancy_id = a.vacancy_id
          ${ofApplications}
         GROUP BY a.candidate_id
      ), past AS (
        SELECT c.id, c.name, c.created_at, c.consent_purpose, c.consent_at, l.last_closed_at
          FROM candidates c LEFT JOIN lives l ON l.candidate_id = c.id
         WHERE c.merged_into_id IS NULL AND c.erased_at IS NULL ${ofCandidates}
           AND NOT EXISTS (SELECT 1 FROM candidate_erasures x WHERE x.candidate_id = c.id)
           AND COALESCE(l.open_count, 0) = 0
           AND COALESCE(l.last_closed_at, c.created_at) < ${p.param(p.time(cutoffs.closedBefore))}
           AND NOT (LOWER(TRIM(COALESCE(c.consent_purpose, ''))) = '${TALENT_POOL_PURPOSE}'
                    AND c.consent_at >= ${p.param(p.time(cutoffs.talentPoolSince))})
      )`;
  }
}

/** Whether an active hold keeps the candidate of `past` row p: on them, or on a vacancy they applied to. */
const HELD = `EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL AND (h.candidate_id = p.id
  OR h.vacancy_id IN (SELECT a.vacancy_id FROM applications a WHERE a.candidate_id = p.id)))`;

const ORDER = 'COALESCE(p.last_closed_at, p.created_at), p.id';

function candidateOf(row: CandidateRow): RetentionCandidate {
  return {
    id: row.id,
    name: row.name,
    createdAt: storedTime(row.created_at),
    lastClosedAt: row.last_closed_at === null ? null : storedTime(row.last_closed_at),
    consentPurpose: row.consent_purpose,
    consentAt: row.consent_at === null ? null : storedTime(row.consent_at),
  };
}
