import type { Candidate } from '../../candidates/entities/candidate.entity';
import type { CandidateSummary } from '../../candidates/candidate-search.repository';

export const SEARCH_PAGE_SIZE = 25;

export interface SearchRowModel {
  name: string;
  email: string;
  href: string;
  employer: string | null;
  application?: { vacancyTitle: string; stageKey: string; appliedAt: Date };
}

export interface SearchModel {
  q: string;
  searched: boolean;
  total: number;
  rows: SearchRowModel[];
  from: number;
  to: number;
  previousHref?: string;
  nextHref?: string;
}

/** The search page: what was asked, one page of candidates, and the links to the pages beside it. */
export function searchView(input: {
  q: string;
  page: number;
  total: number;
  items: (CandidateSummary & { candidate: Pick<Candidate, 'id' | 'name' | 'email'> })[];
}): SearchModel {
  const { q, page, total, items } = input;
  const href = (n: number) => `/recruiter/search?${new URLSearchParams({ q, page: String(n) }).toString()}`;
  const from = total === 0 ? 0 : (page - 1) * SEARCH_PAGE_SIZE + 1;
  return {
    q,
    searched: q.length > 0,
    total,
    rows: items.map(({ candidate, employer, latestApplication }) => ({
      name: candidate.name,
      email: candidate.email,
      href: `/recruiter/candidates/${encodeURIComponent(candidate.id)}`,
      employer,
      application: latestApplication && {
        vacancyTitle: latestApplication.vacancyTitle,
        stageKey: `stage.${latestApplication.stage}`,
        appliedAt: latestApplication.appliedAt,
      },
    })),
    from,
    to: Math.min(total, (page - 1) * SEARCH_PAGE_SIZE + items.length),
    previousHref: page > 1 ? href(page - 1) : undefined,
    nextHref: page * SEARCH_PAGE_SIZE < total ? href(page + 1) : undefined,
  };
}
