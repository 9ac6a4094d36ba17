import { EntityManager } from 'typeorm';
import { Vacancy } from './entities/vacancy.entity';

/**
 * Raises the shortlist revision of vacancies, inside the caller's transaction,
 * so that no cached shortlist page outlives the change it was made before.
 */
export async function raiseShortlistRevision(manager: EntityManager, vacancyIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(vacancyIds)];
  if (ids.length === 0) return;
  await manager
    .createQueryBuilder()
    .update(Vacancy)
    .set({ shortlistRevision: () => 'shortlist_revision + 1' })
    .where('id IN (:...ids)', { ids })
    .execute();
}

/** The same, for every vacancy these candidates applied to (their name or e-mail changed). */
export async function raiseShortlistRevisionOfCandidates(
  manager: EntityManager,
  candidateIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(candidateIds)];
  if (ids.length === 0) return;
  await manager
    .createQueryBuilder()
    .update(Vacancy)
    .set({ shortlistRevision: () => 'shortlist_revision + 1' })
    .where('id IN (SELECT a.vacancy_id FROM applications a WHERE a.candidate_id IN (:...ids))', { ids })
    .execute();
}
