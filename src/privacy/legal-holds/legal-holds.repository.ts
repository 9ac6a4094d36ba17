import { Injectable } from '@nestjs/common';
import { DataSource, EntityTarget, IsNull, ObjectLiteral } from 'typeorm';
import { Application } from '../../applications/entities/application.entity';
import { Candidate } from '../../candidates/entities/candidate.entity';
import { Transaction } from '../../database/transaction';
import { User } from '../../users/entities/user.entity';
import { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { LegalHold } from './legal-hold.entity';

/** A hold with the names of what it holds and who placed it, and how many candidates it holds. */
export interface LegalHoldRow {
  hold: LegalHold;
  candidateName: string | null;
  vacancyTitle: string | null;
  placedByName: string | null;
  heldCandidates: number;
}

/** Every query of legal holds. */
@Injectable()
export class LegalHoldsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async place(tx: Transaction, hold: LegalHold): Promise<void> {
    await tx.getRepository(LegalHold).insert(hold);
  }

  find(id: string): Promise<LegalHold | null> {
    return this.dataSource.getRepository(LegalHold).findOneBy({ id });
  }

  /** Marks the hold released unless it was already; false when it was (or is not there). */
  async release(tx: Transaction, id: string, releasedBy: string, releasedAt: Date): Promise<boolean> {
    const result = await tx.getRepository(LegalHold).update({ id, releasedAt: IsNull() }, { releasedBy, releasedAt });
    return (result.affected ?? 0) > 0;
  }

  async vacancyExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(Vacancy).existsBy({ id });
  }

  /** The holds not released, newest first, with what they hold. */
  async active(): Promise<LegalHoldRow[]> {
    const holds = await this.dataSource.getRepository(LegalHold).find({
      where: { releasedAt: IsNull() },
      order: { placedAt: 'DESC', id: 'DESC' },
    });
    return this.withSubjects(holds);
  }

  async rowOf(id: string): Promise<LegalHoldRow | null> {
    const hold = await this.find(id);
    return hold ? (await this.withSubjects([hold]))[0] : null;
  }

  /**
   * An active hold on the candidate: one placed on them, else one on a vacancy they applied to (the
   * oldest of either kind). Read in the caller's transaction when given one.
   */
  async activeHoldOn(candidateId: string, tx?: Transaction): Promise<LegalHold | null> {
    const holds = (tx ?? this.dataSource.manager).getRepository(LegalHold);
    const direct = await holds.findOne({
      where: { candidateId, releasedAt: IsNull() },
      order: { placedAt: 'ASC', id: 'ASC' },
    });
    if (direct) return direct;
    return holds
      .createQueryBuilder('h')
      .where('h.released_at IS NULL')
      .andWhere('h.vacancy_id IN (SELECT a.vacancy_id FROM applications a WHERE a.candidate_id = :candidateId)', {
        candidateId,
      })
      .orderBy('h.placed_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .getOne();
  }

  private async withSubjects(holds: LegalHold[]): Promise<LegalHoldRow[]> {
    const ids = (pick: (hold: LegalHold) => string | null) => [
      ...new Set(holds.map(pick).filter((id): id is string => id !== null)),
    ];
    const candidateIds = ids((hold) => hold.candidateId);
    const vacancyIds = ids((hold) => hold.vacancyId);
    const [candidates, vacancies, users, applicants] = await Promise.all([
      this.namesOf(Candidate, candidateIds, 'name'),
      this.namesOf(Vacancy, vacancyIds, 'title'),
      this.namesOf(
        User,
        ids((hold) => hold.placedBy),
        'name',
      ),
      this.applicantsOf(vacancyIds),
    ]);
    return holds.map((hold) => ({
      hold,
      candidateName: hold.candidateId ? (candidates.get(hold.candidateId) ?? null) : null,
      vacancyTitle: hold.vacancyId ? (vacancies.get(hold.vacancyId) ?? null) : null,
      placedByName: users.get(hold.placedBy) ?? null,
      heldCandidates: hold.vacancyId ? (applicants.get(hold.vacancyId) ?? 0) : 1,
    }));
  }

  private async namesOf(
    entity: EntityTarget<ObjectLiteral>,
    ids: string[],
    column: 'name' | 'title',
  ): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; label: string }[] = await this.dataSource
      .getRepository(entity)
      .createQueryBuilder('x')
      .select('x.id', 'id')
      .addSelect(`x.${column}`, 'label')
      .where('x.id IN (:...ids)', { ids })
      .getRawMany();
    return new Map(rows.map((row) => [row.id, row.label]));
  }

  private async applicantsOf(vacancyIds: string[]): Promise<Map<string, number>> {
    if (!vacancyIds.length) return new Map();
    const rows: { vacancyId: string; count: string | number }[] = await this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .select('a.vacancy_id', 'vacancyId')
      .addSelect('COUNT(*)', 'count')
      .where('a.vacancy_id IN (:...ids)', { ids: vacancyIds })
      .groupBy('a.vacancy_id')
      .getRawMany();
    return new Map(rows.map((row) => [row.vacancyId, Number(row.count)]));
  }
}
