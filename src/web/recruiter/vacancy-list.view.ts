import type { Vacancy, VacancyStatus } from '../../vacancies/entities/vacancy.entity';
import { VACANCY_STATUSES } from '../../vacancies/entities/vacancy.entity';

export type ListScope = 'mine' | 'all';

export interface VacancyListQuery {
  scope: ListScope;
  status?: VacancyStatus;
  offset: number;
  limit: number;
}

export interface VacancyListRow {
  id: string;
  title: string;
  location: string | null;
  status: VacancyStatus;
  statusKey: string;
  createdAt: Date;
  boardHref: string;
  editHref: string;
  copyHref: string;
}

export interface VacancyListModel {
  scopes: { href: string; labelKey: string; current: boolean }[];
  scope: ListScope;
  statuses: { value: string; labelKey: string; selected: boolean }[];
  rows: VacancyListRow[];
  total: number;
  /** 1-based, for "11–20 of 43". */
  from: number;
  to: number;
  previousHref?: string;
  nextHref?: string;
  emptyKey: string;
}

export function listHref(query: Partial<VacancyListQuery>): string {
  const params = new URLSearchParams();
  if (query.scope === 'all') params.set('scope', 'all');
  if (query.status) params.set('status', query.status);
  if (query.offset) params.set('offset', String(query.offset));
  const search = params.toString();
  return `/recruiter/vacancies${search ? `?${search}` : ''}`;
}

/** The vacancies page: a page of the list with its filters kept in every link. */
export function vacancyListView(
  query: VacancyListQuery,
  found: { vacancies: Vacancy[]; total: number },
): VacancyListModel {
  const rows = found.vacancies.map((vacancy) => ({
    id: vacancy.id,
    title: vacancy.title,
    location: vacancy.location,
    status: vacancy.status,
    statusKey: `vacancy.status.${vacancy.status}`,
    createdAt: vacancy.createdAt,
    boardHref: `/recruiter/vacancies/${vacancy.id}/board`,
    editHref: `/recruiter/vacancies/${vacancy.id}/edit`,
    copyHref: `/recruiter/vacancies/new?from=${vacancy.id}`,
  }));
  const { offset, limit } = query;
  return {
    scopes: (['mine', 'all'] as const).map((scope) => ({
      href: listHref({ ...query, scope, offset: 0 }),
      labelKey: `vacancy.list.scope.${scope}`,
      current: scope === query.scope,
    })),
    scope: query.scope,
    statuses: [
      { value: '', labelKey: 'vacancy.list.anyStatus', selected: query.status === undefined },
      ...VACANCY_STATUSES.map((status) => ({
        value: status,
        labelKey: `vacancy.status.${status}`,
        selected: status === query.status,
      })),
    ],
    rows,
    total: found.total,
    from: rows.length ? offset + 1 : 0,
    to: offset + rows.length,
    previousHref: offset > 0 ? listHref({ ...query, offset: Math.max(0, offset - limit) }) : undefined,
    nextHref: offset + rows.length < found.total ? listHref({ ...query, offset: offset + limit }) : undefined,
    emptyKey: query.scope === 'mine' ? 'vacancy.list.noneMine' : 'vacancy.list.none',
  };
}
