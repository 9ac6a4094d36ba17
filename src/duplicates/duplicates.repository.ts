import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Candidate } from '../candidates/entities/candidate.entity';
import { isId, isUniqueViolation } from '../database/database-errors';
import { newId } from '../database/ids';
import { storedTime } from '../database/stored-time';
import { Transaction } from '../database/transaction';
import { CandidateMerge } from './entities/candidate-merge.entity';
import { CandidateNotDuplicate } from './entities/candidate-not-duplicate.entity';

/** How many candidates one key may bring back: a shared office number must not list a thousand. */
const MATCH_LIMIT = 50;

export interface CandidateSummary {
  applications: { id: string; vacancyId: string; vacancyTitle: string; stage: string; appliedAt: Date }[];
  factCount: number;
  cvs: { id: string; fileName: string | null; format: string; createdAt: Date }[];
}

@Injectable()
export class DuplicatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findCandidate(id: string): Promise<Candidate | null> {
    if (!isId(id)) return null;
    return this.dataSource.getRepository(Candidate).findOne({ where: { id } });
  }

  /** Candidates, not merged away, whose key equals this one (by index). */
  async withKey(key: 'phoneKey' | 'nameKey', value: string, besides: string): Promise<Candidate[]> {
    const column = key === 'phoneKey' ? 'phone_key' : 'name_key';
    return this.dataSource
      .getRepository(Candidate)
      .createQueryBuilder('candidate')
      .where(`candidate.${column} = :value`, { value })
      .andWhere('candidate.id <> :besides', { besides })
      .andWhere('candidate.merged_into_id IS NULL')
      .orderBy('candidate.created_at', 'ASC')
      .addOrderBy('candidate.id', 'ASC')
      .limit(MATCH_LIMIT)
      .getMany();
  }

  /** The employers of each candidate's current jobs (work facts without an end). */
  async currentEmployers(candidateIds: string[]): Promise<Map<string, string[]>> {
    const employers = new Map<string, string[]>(candidateIds.map((id) => [id, []]));
    if (candidateIds.length === 0) return employers;
    const rows: { candidateId: string; data: string | Record<string, unknown> }[] = await this.dataSource
      .createQueryBuilder()
      .select('f.candidate_id', 'candidateId')
      .addSelect('f.data', 'data')
      .from('candidate_facts', 'f')
      .where("f.kind = 'work'")
      .andWhere('f.candidate_id IN (:...ids)', { ids: candidateIds })
      .getRawMany();
    for (const row of rows) {
      const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>;
      if (typeof data.employer === 'string' && !data.end) employers.get(row.candidateId)?.push(data.employer);
    }
    return employers;
  }

  /** The candidates a recruiter said this one is not a duplicate of. */
  async notDuplicatesOf(candidateId: string): Promise<Set<string>> {
    const rows: { first: string; second: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('n.first_id', 'first')
      .addSelect('n.second_id', 'second')
      .from('candidate_not_duplicates', 'n')
      .where('n.first_id = :id OR n.second_id = :id', { id: candidateId })
      .getRawMany();
    return new Set(rows.map((row) => (row.first === candidateId ? row.second : row.first)));
  }

  /** Records the pair once, whichever way round it was said; saying it again changes nothing. */
  async markNotDuplicate(a: string, b: string, userId: string, now = new Date()): Promise<void> {
    const [first, second] = [a, b].sort();
    try {
      await this.dataSource
        .getRepository(CandidateNotDuplicate)
        .insert({ firstId: first, secondId: second, markedBy: userId, markedAt: now });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  /** What a recruiter compares before merging: applications with their vacancy, how many facts, which CVs. */
  async summaryOf(candidateId: string): Promise<CandidateSummary> {
    const applications: CandidateSummary['applications'] = (
      await this.dataSource
        .createQueryBuilder()
        .select(['a.id AS "id"', 'a.vacancy_id AS "vacancyId"', 'v.title AS "vacancyTitle"', 'a.stage AS "stage"'])
        .addSelect('a.applied_at', 'appliedAt')
        .from('applications', 'a')
        .innerJoin('vacancies', 'v', 'v.id = a.vacancy_id')
        .where('a.candidate_id = :candidateId', { candidateId })
        .orderBy('a.applied_at', 'ASC')
        .getRawMany()
    ).map((row: { appliedAt: string | Date } & Record<string, string>) => ({
      id: row.id,
      vacancyId: row.vacancyId,
      vacancyTitle: row.vacancyTitle,
      stage: row.stage,
      appliedAt: storedTime(row.appliedAt),
    }));
    const facts: { count: string | number } | undefined = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'count')
      .from('candidate_facts', 'f')
      .where('f.candidate_id = :candidateId', { candidateId })
      .getRawOne();
    const cvs = (
      await this.dataSource
        .createQueryBuilder()
        .select(['c.id AS "id"', 'c.file_name AS "fileName"', 'c.format AS "format"'])
        .addSelect('c.created_at', 'createdAt')
        .from('cv_documents', 'c')
        .where('c.candidate_id = :candidateId', { candidateId })
        .orderBy('c.created_at', 'ASC')
        .getRawMany()
    ).map((row: { createdAt: string | Date } & Record<string, string | null>) => ({
      id: row.id!,
      fileName: row.fileName,
      format: row.format!,
      createdAt: storedTime(row.createdAt),
    }));
    return { applications, factCount: Number(facts?.count ?? 0), cvs };
  }

  async mergeOf(mergedId: string): Promise<CandidateMerge | null> {
    if (!isId(mergedId)) return null;
    return this.dataSource.getRepository(CandidateMerge).findOne({ where: { mergedId } });
  }

  // --- The merge, each step in the caller's transaction. ---

  /** Both rows, locked against a merge of either racing this one (PostgreSQL; SQLite runs one transaction at a time). */
  async lockPair(tx: Transaction, ids: [string, string]): Promise<Candidate[]> {
    const query = tx
      .getRepository(Candidate)
      .createQueryBuilder('candidate')
      .where('candidate.id IN (:...ids)', { ids })
      .orderBy('candidate.id', 'ASC');
    if (tx.connection.options.type === 'postgres') query.setLock('pessimistic_write');
    return query.getMany();
  }

  async vacanciesOfBoth(tx: Transaction, a: string, b: string): Promise<{ id: string; title: string }[]> {
    return tx
      .createQueryBuilder()
      .select(['v.id AS "id"', 'v.title AS "title"'])
      .from('applications', 'x')
      .innerJoin('applications', 'y', 'y.vacancy_id = x.vacancy_id AND y.candidate_id = :b', { b })
      .innerJoin('vacancies', 'v', 'v.id = x.vacancy_id')
      .where('x.candidate_id = :a', { a })
      .orderBy('v.title', 'ASC')
      .getRawMany();
  }

  /**
   * Points every row of `table.column` that names the merged candidate at the
   * survivor; returns how many. A CV whose file the survivor already holds
   * (one per candidate and content) stays with the merged candidate's tombstone,
   * and its facts keep pointing at it.
   */
  async moveReferences(tx: Transaction, table: string, column: string, from: string, to: string): Promise<number> {
    const $ = tx.connection.options.type === 'postgres' ? (n: number) => `$${n}` : () => '?';
    const [target, named] = [quote(table), quote(column)];
    // Placeholders in the order they are written: SQLite's are positional.
    const where = (first: number) =>
      `${named} = ${$(first)}` +
      (table === 'cv_documents'
        ? ` AND NOT EXISTS (SELECT 1 FROM cv_documents held WHERE held.candidate_id = ${$(first + 1)} AND held.sha256 = ${target}.sha256)`
        : '');
    const parameters = table === 'cv_documents' ? [from, to] : [from];
    const [{ count }]: { count: string | number }[] = await tx.query(
      `SELECT COUNT(*) AS "count" FROM ${target} WHERE ${where(1)}`,
      parameters,
    );
    if (Number(count) > 0) {
      await tx.query(`UPDATE ${target} SET ${named} = ${$(1)} WHERE ${where(2)}`, [to, ...parameters]);
    }
    return Number(count);
  }

  /**
   * The facts of the merged candidate read from a CV whose file the survivor
   * also holds now name the survivor's copy (same bytes, same text, so their
   * spans still fit); the merged candidate's copy stays with its tombstone.
   */
  async pointFactsAtHeldCvs(tx: Transaction, from: string, to: string): Promise<void> {
    const $ = tx.connection.options.type === 'postgres' ? (n: number) => `$${n}` : () => '?';
    await tx.query(
      `UPDATE candidate_facts SET cv_id = (
         SELECT held.id FROM cv_documents held JOIN cv_documents own ON own.sha256 = held.sha256
          WHERE own.id = candidate_facts.cv_id AND held.candidate_id = ${$(1)})
        WHERE candidate_id = ${$(2)} AND cv_id IN (
         SELECT own.id FROM cv_documents own JOIN cv_documents held ON held.sha256 = own.sha256
          WHERE own.candidate_id = ${$(3)} AND held.candidate_id = ${$(4)})`,
      [to, from, from, to],
    );
  }

  async updateCandidate(tx: Transaction, id: string, changes: Partial<Candidate>): Promise<void> {
    await tx.getRepository(Candidate).update({ id }, changes);
  }

  async recordMerge(tx: Transaction, record: Omit<CandidateMerge, 'id'>): Promise<CandidateMerge> {
    const merge = { id: newId(), ...record };
    await tx.getRepository(CandidateMerge).insert(merge);
    return merge;
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
