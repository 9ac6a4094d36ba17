import type { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { listHref, vacancyListView } from './vacancy-list.view';

const vacancy = (id: string, overrides: Partial<Vacancy> = {}) =>
  ({
    id,
    title: `Vacature ${id}`,
    location: null,
    status: 'open',
    createdAt: new Date('2026-12-01T10:00:00Z'),
    ...overrides,
  }) as Vacancy;

describe('the vacancy list’s view', () => {
  it('links each vacancy to its board, its editor and a copy', () => {
    const model = vacancyListView({ scope: 'mine', offset: 0, limit: 25 }, { vacancies: [vacancy('v1')], total: 1 });
    expect(model.rows[0]).toMatchObject({
      boardHref: '/recruiter/vacancies/v1/board',
      editHref: '/recruiter/vacancies/v1/edit',
      copyHref: '/recruiter/vacancies/new?from=v1',
      statusKey: 'vacancy.status.open',
    });
    expect(model.emptyKey).toBe('vacancy.list.noneMine');
  });

  it('keeps the scope and status in the pages’ links, and offers a next page only when there is one', () => {
    const rows = Array.from({ length: 25 }, (_, index) => vacancy(`v${index}`));
    const first = vacancyListView(
      { scope: 'all', status: 'draft', offset: 0, limit: 25 },
      { vacancies: rows, total: 30 },
    );
    expect(first).toMatchObject({ from: 1, to: 25, previousHref: undefined });
    expect(first.nextHref).toBe('/recruiter/vacancies?scope=all&status=draft&offset=25');
    const second = vacancyListView(
      { scope: 'all', status: 'draft', offset: 25, limit: 25 },
      { vacancies: rows.slice(0, 5), total: 30 },
    );
    expect(second).toMatchObject({ from: 26, to: 30, nextHref: undefined });
    expect(second.previousHref).toBe('/recruiter/vacancies?scope=all&status=draft');
    expect(second.scopes.map((scope) => [scope.href, scope.current])).toEqual([
      ['/recruiter/vacancies?status=draft', false],
      ['/recruiter/vacancies?scope=all&status=draft', true],
    ]);
    expect(second.statuses.find((status) => status.selected)?.value).toBe('draft');
  });

  it('says so when nothing matches', () => {
    const model = vacancyListView({ scope: 'all', offset: 0, limit: 25 }, { vacancies: [], total: 0 });
    expect(model).toMatchObject({ from: 0, to: 0, emptyKey: 'vacancy.list.none', nextHref: undefined });
    expect(listHref({ scope: 'mine' })).toBe('/recruiter/vacancies');
  });
});
