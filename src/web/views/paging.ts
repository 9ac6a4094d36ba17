import { ValidationFailedError } from '../../common/errors/domain-error';

/** A `page` query parameter: 1 when absent, a 400 naming it when not a whole number from 1. */
export function parsePageNumber(value: unknown): number {
  if (value === undefined || value === '') return 1;
  const page = Number(value);
  if (Number.isInteger(page) && page >= 1 && page <= 100_000) return page;
  throw new ValidationFailedError([{ field: 'page', messages: ['page must be a whole number from 1'] }]);
}

export interface PagerModel {
  total: number;
  from: number;
  to: number;
  previousHref?: string;
  nextHref?: string;
}

/** Where a page of `shown` rows out of `total` stands, and the links to its neighbours. */
export function pager(
  total: number,
  shown: number,
  pageNumber: number,
  size: number,
  href: (page: number) => string,
): PagerModel {
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 || shown === 0 ? 0 : (pageNumber - 1) * size + 1;
  return {
    total,
    from,
    to: from === 0 ? 0 : from + shown - 1,
    previousHref: pageNumber > 1 ? href(pageNumber - 1) : undefined,
    nextHref: pageNumber < pages ? href(pageNumber + 1) : undefined,
  };
}
