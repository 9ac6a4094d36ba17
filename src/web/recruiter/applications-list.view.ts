import type { BoardCardRow, BoardFilter, ListSort } from '../../applications/pipeline-board.repository';
import { bulkView, BulkModel, cardView, CardModel, filterQuery, filterView, FilterModel } from './board.view';

export const LIST_PAGE_SIZE = 50;

interface VacancyLike {
  id: string;
  title: string;
  rounds: { id: string; name: string }[];
}

export interface SortHeader {
  labelKey: string;
  href: string;
  /** aria-sort of the column. */
  ariaSort: 'ascending' | 'descending' | 'none';
}

export interface ListModel {
  vacancy: { id: string; title: string };
  boardHref: string;
  listHref: string;
  filters: FilterModel;
  headers: Record<'name' | 'score' | 'days' | 'applied', SortHeader>;
  rows: (CardModel & { appliedAt: Date })[];
  total: number;
  from: number;
  to: number;
  previousHref?: string;
  nextHref?: string;
  pageNumber: number;
  pages: number;
  bulk: BulkModel;
  notice?: { moved: number; skipped: number };
}

/** The list of a vacancy's applications: sortable headers, a page of rows, and the links to the pages beside. */
export function listView(
  data: { vacancy: VacancyLike; rows: BoardCardRow[]; total: number; now: Date },
  filter: BoardFilter,
  sort: ListSort,
  pageNumber: number,
  outcome: { moved?: number; skipped?: number } = {},
): ListModel {
  const base = `/recruiter/vacancies/${data.vacancy.id}`;
  const href = (extra: Record<string, string | number | undefined>) => {
    const query = filterQuery(filter, extra);
    return `${base}/applications${query ? `?${query}` : ''}`;
  };
  const header = (column: 'name' | 'score' | 'days' | 'applied', firstDescending: boolean): SortHeader => {
    const current = sort.replace('-', '') === column;
    const descending = sort.startsWith('-');
    const next = current ? (descending ? column : `-${column}`) : firstDescending ? `-${column}` : column;
    // The ranking ("score", by the sort key ascending) puts the highest score first.
    const highFirst = column === 'score' ? !descending : descending;
    return {
      labelKey: `board.list.column.${column}`,
      href: href({ sort: next }),
      ariaSort: current ? (highFirst ? 'descending' : 'ascending') : 'none',
    };
  };
  const pages = Math.max(1, Math.ceil(data.total / LIST_PAGE_SIZE));
  const from = data.total === 0 ? 0 : (pageNumber - 1) * LIST_PAGE_SIZE + 1;
  const query = filterQuery(filter);
  return {
    vacancy: { id: data.vacancy.id, title: data.vacancy.title },
    boardHref: `${base}/board${query ? `?${query}` : ''}`,
    listHref: href({}),
    filters: filterView(`${base}/applications`, filter, sort === 'score' ? undefined : sort),
    headers: {
      name: header('name', false),
      // The ranking (best first) is "score" ascending by the sort key.
      score: header('score', false),
      days: header('days', false),
      applied: header('applied', true),
    },
    rows: data.rows.map((row) => ({ ...cardView(row, [], data.vacancy, data.now), appliedAt: row.appliedAt })),
    total: data.total,
    from,
    to: from === 0 ? 0 : from + data.rows.length - 1,
    previousHref: pageNumber > 1 ? href({ sort: sortParam(sort), page: pageNumber - 1 }) : undefined,
    nextHref: pageNumber < pages ? href({ sort: sortParam(sort), page: pageNumber + 1 }) : undefined,
    pageNumber,
    pages,
    bulk: bulkView(data.vacancy),
    notice:
      outcome.moved !== undefined || outcome.skipped !== undefined
        ? { moved: outcome.moved ?? 0, skipped: outcome.skipped ?? 0 }
        : undefined,
  };
}

function sortParam(sort: ListSort): string | undefined {
  return sort === 'score' ? undefined : sort;
}
