import { VacancyStatus } from './entities/vacancy.entity';

/**
 * draft → open → on hold → closed or filled. A draft can be dropped (closed)
 * before it opens; closed and filled are final, so the record of a hire stays
 * as it was.
 */
export const VACANCY_MOVES: Record<VacancyStatus, readonly VacancyStatus[]> = {
  draft: ['open', 'closed'],
  open: ['on_hold', 'closed', 'filled'],
  on_hold: ['open', 'closed'],
  closed: [],
  filled: [],
};

export function isEnded(status: VacancyStatus): boolean {
  return VACANCY_MOVES[status].length === 0;
}
