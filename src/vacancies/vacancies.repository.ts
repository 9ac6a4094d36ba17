import { placeholder } from '../database/placeholders';
import { preparedQuery } from '../database/prepared-query';
import { newId } from '../database/ids';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isId } from '../database/database-errors';
import { Transaction } from '../database/transaction';
import { raiseShortlistRevision } from './shortlist-revision';
import { containsPattern, LIKE_ESCAPE } from '../database/like';
import { Vacancy, VacancyStatus } from './entities/vacancy.entity';
import { VacancyEvent } from './entities/vacancy-event.entity';
import { VacancyMember, VacancyMemberRole } from './entities/vacancy-member.entity';
import { PassRuleKind, RoundKind, RoundQuestion, VacancyRound } from './entities/vacancy-round.entity';
import { findUnique } from '../database/find-unique';

export type VacancyFields = Omit<
  Vacancy,
  'id' | 'shortlistRevision' | 'status' | 'createdAt' | 'updatedAt' | 'roleProfile' | 'members' | 'rounds'
>;

export interface RoundFields {
  id?: string;
  name: string;
  kind: RoundKind;
  competencies: string[];
  scale: number;
  anchors: string[] | null;
  questions: RoundQuestion[] | null;
  passRule: PassRuleKind;
  passThreshold: number | null;
  weight: number;
}

export interface VacancyFilter {
  status?: VacancyStatus;
  search?: string;
  /** Only the vacancies this user is a hiring manager of. */
  hiringManagerId?: string;
  /** Only the vacancies this user is a recruiter of. */
  recruiterId?: string;
}

@Injectable()
export class VacanciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<Vacancy | null> {
    if (!isId(id)) return null;
    return findUnique(this.dataSource.manager, Vacancy, {
      where: { id },
      relations: { members: true, rounds: true },
      order: { rounds: { position: 'ASC' } },
    });
  }

  /**
   * The shortlist revision of a vacancy the viewer may see (any, or with
   * `hiringManagerId` only one they manage), and how many rounds its plan
   * has; null when not. One small query.
   */
  async shortlistRevision(id: string, hiringManagerId?: string): Promise<{ revision: number; rounds: number } | null> {
    if (!isId(id)) return null;
    const $ = placeholder(this.dataSource);
    const rounds = '(SELECT COUNT(*) FROM vacancy_rounds r WHERE r.vacancy_id = v.id) AS rounds';
    // Read on every shortlist request (the cached page's key), so a prepared statement.
    const [row] = hiringManagerId
      ? await preparedQuery(
          this.dataSource,
          'managed-shortlist-revision',
          `SELECT v.shortlist_revision AS revision, ${rounds} FROM vacancies v
             JOIN vacancy_members m ON m.vacancy_id = v.id AND m.user_id = ${$(1)} AND m.role = 'hiring_manager'
            WHERE v.id = ${$(2)}`,
          [hiringManagerId, id],
        )
      : await preparedQuery(
          this.dataSource,
          'shortlist-revision',
          `SELECT v.shortlist_revision AS revision, ${rounds} FROM vacancies v WHERE v.id = ${$(1)}`,
          [id],
        );
    return row ? { revision: Number(row.revision), rounds: Number(row.rounds) } : null;
  }

  async listPage(
    filter: VacancyFilter,
    limit: number,
    offset: number,
  ): Promise<{ vacancies: Vacancy[]; total: number }> {
    const query = this.dataSource.getRepository(Vacancy).createQueryBuilder('vacancy');
    if (filter.status) query.andWhere('vacancy.status = :status', { status: filter.status });
    if (filter.search) {
      query.andWhere(`LOWER(vacancy.title) LIKE :pattern ${LIKE_ESCAPE}`, { pattern: containsPattern(filter.search) });
    }
    if (filter.hiringManagerId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM vacancy_members m WHERE m.vacancy_id = vacancy.id AND m.user_id = :manager AND m.role = :role)',
        { manager: filter.hiringManagerId, role: 'hiring_manager' },
      );
    }
    if (filter.recruiterId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM vacancy_members r WHERE r.vacancy_id = vacancy.id AND r.user_id = :recruiter AND r.role = :recruiterRole)',
        { recruiter: filter.recruiterId, recruiterRole: 'recruiter' },
      );
    }
    const [vacancies, total] = await query
      .orderBy('vacancy.created_at', 'DESC')
      .addOrderBy('vacancy.id', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { vacancies, total };
  }

  /** The vacancy, its owners, its plan and its first event, in one transaction. */
  async create(
    fields: VacancyFields,
    members: { userId: string; role: VacancyMemberRole }[],
    rounds: RoundFields[],
    now = new Date(),
    alongside?: (tx: Transaction, id: string) => Promise<void>,
  ): Promise<string> {
    const id = newId();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(Vacancy, { ...fields, id, status: 'draft', createdAt: now, updatedAt: now });
      await this.writeMembers(manager, id, members);
      await this.writeRounds(manager, id, rounds);
      await manager.insert(VacancyEvent, event(id, null, 'draft', null, fields.createdBy, now));
      await alongside?.(manager, id);
    });
    return id;
  }

  /** In the caller's transaction. */
  async update(
    manager: Transaction,
    id: string,
    changes: Partial<VacancyFields>,
    members: { userId: string; role: VacancyMemberRole }[] | undefined,
    now = new Date(),
  ): Promise<void> {
    await manager.update(Vacancy, { id }, { ...changes, updatedAt: now });
    if (members) {
      await manager.delete(VacancyMember, { vacancyId: id });
      await this.writeMembers(manager, id, members);
    }
    // Pages kept under the revision show the vacancy's title and fields.
    await raiseShortlistRevision(manager, [id]);
  }

  /**
   * Replaces the plan: rounds with an id are updated in place (so the
   * interviews that point to them stay), those left out are deleted, the
   * rest are new. Kept rounds first move out of the way of the positions.
   * In the caller's transaction.
   */
  async replaceRounds(manager: Transaction, id: string, rounds: RoundFields[], now = new Date()): Promise<void> {
    // Touching the vacancy first takes its row lock: two plans replaced at once run one after the other.
    await manager.update(Vacancy, { id }, { updatedAt: now });
    const kept = rounds.filter((round) => round.id !== undefined).map((round) => round.id!);
    const existing = await manager.find(VacancyRound, { where: { vacancyId: id } });
    for (const round of existing) {
      if (kept.includes(round.id)) await manager.update(VacancyRound, { id: round.id }, { position: -round.position });
      else await manager.delete(VacancyRound, { id: round.id });
    }
    const fresh: RoundFields[] = [];
    for (const [index, round] of rounds.entries()) {
      if (round.id === undefined) fresh.push(round);
      else await manager.update(VacancyRound, { id: round.id }, roundRow(id, round, index + 1));
    }
    if (fresh.length)
      await manager.insert(
        VacancyRound,
        fresh.map((round) => roundRow(id, round, rounds.indexOf(round) + 1)),
      );
    // The shortlist shows how many rounds the plan has.
    await raiseShortlistRevision(manager, [id]);
  }

  /** How many interviews each of the vacancy's rounds has, cancelled or not. */
  async interviewsPerRound(vacancyId: string): Promise<Map<string, number>> {
    const $ = placeholder(this.dataSource);
    const rows: { roundId: string; count: string | number }[] = await this.dataSource.query(
      `SELECT round_id AS "roundId", COUNT(*) AS count FROM interviews WHERE vacancy_id = ${$(1)} GROUP BY round_id`,
      [vacancyId],
    );
    return new Map(rows.map((row) => [row.roundId, Number(row.count)]));
  }

  /**
   * Moves the vacancy from one status to another and records it, only if it is
   * still in `from`: of two recruiters moving it at once, one wins.
   */
  async transition(
    id: string,
    from: VacancyStatus,
    to: VacancyStatus,
    reason: string | null,
    actorId: string,
    now = new Date(),
    alongside?: (tx: Transaction) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(Vacancy, { id, status: from }, { status: to, updatedAt: now });
      if (!result.affected) return false;
      await manager.insert(VacancyEvent, event(id, from, to, reason, actorId, now));
      await alongside?.(manager);
      return true;
    });
  }

  async events(vacancyId: string): Promise<VacancyEvent[]> {
    return this.dataSource.getRepository(VacancyEvent).find({
      where: { vacancyId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** When the vacancy was last opened, for the job posting's datePosted. */
  async lastOpenedAt(vacancyId: string): Promise<Date | null> {
    const opened = await this.dataSource.getRepository(VacancyEvent).findOne({
      where: { vacancyId, toStatus: 'open' },
      order: { createdAt: 'DESC' },
    });
    return opened?.createdAt ?? null;
  }

  private async writeMembers(
    manager: EntityManager,
    vacancyId: string,
    members: { userId: string; role: VacancyMemberRole }[],
  ) {
    if (members.length)
      await manager.insert(
        VacancyMember,
        members.map((member) => ({ ...member, vacancyId })),
      );
  }

  private async writeRounds(manager: EntityManager, vacancyId: string, rounds: RoundFields[]) {
    if (rounds.length === 0) return;
    await manager.insert(
      VacancyRound,
      rounds.map((round, index) => roundRow(vacancyId, round, index + 1)),
    );
  }
}

function roundRow(vacancyId: string, round: RoundFields, position: number): Omit<VacancyRound, 'vacancy'> {
  return {
    id: round.id ?? newId(),
    vacancyId,
    position,
    name: round.name,
    kind: round.kind,
    competencies: round.competencies,
    scale: round.scale,
    anchors: round.anchors,
    questions: round.questions,
    passRule: round.passRule,
    passThreshold: round.passThreshold,
    weight: round.weight,
  };
}

function event(
  vacancyId: string,
  fromStatus: VacancyStatus | null,
  toStatus: VacancyStatus,
  reason: string | null,
  actorId: string | null,
  createdAt: Date,
): VacancyEvent {
  return { id: newId(), vacancyId, fromStatus, toStatus, reason, actorId, createdAt } as VacancyEvent;
}
