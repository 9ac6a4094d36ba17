import type { BoardCardRow } from '../../applications/pipeline-board.repository';
import { listView } from './applications-list.view';

const NOW = new Date('2026-12-06T10:00:00Z');
const VACANCY = {
  id: 'v1',
  title: 'Accountmanager B',
  rounds: [
    { id: 'r1', name: 'Eerste gesprek' },
    { id: 'r2', name: 'Eindgesprek' },
  ],
};

function row(overrides: Partial<BoardCardRow> = {}): BoardCardRow {
  return {
    id: 'a1',
    candidateId: 'c1',
    name: 'Anne',
    stage: 'screening',
    roundId: null,
    revision: 3,
    eligible: true,
    needsReview: false,
    shortlistScore: 7349,
    completeness: 80,
    source: 'referral',
    stageChangedAt: new Date('2026-12-01T09:00:00Z'),
    appliedAt: new Date('2026-11-30T09:00:00Z'),
    cursor: { sortKey: 100, appliedAt: '2026-11-30 09:00:00.000', id: 'a1' },
    ...overrides,
  };
}

describe('the list’s view', () => {
  const data = { vacancy: VACANCY, rows: [row()], total: 120, now: NOW };

  it('pages by 50 and keeps the filter and order in the links', () => {
    const model = listView(data, { stage: 'screening' }, '-days', 2);
    expect(model).toMatchObject({ from: 51, to: 51, pageNumber: 2, pages: 3, total: 120 });
    expect(model.previousHref).toBe('/recruiter/vacancies/v1/applications?stage=screening&sort=-days&page=1');
    expect(model.nextHref).toBe('/recruiter/vacancies/v1/applications?stage=screening&sort=-days&page=3');
    expect(model.headers.days).toEqual({
      labelKey: 'board.list.column.days',
      href: '/recruiter/vacancies/v1/applications?stage=screening&sort=days',
      ariaSort: 'descending',
    });
    expect(model.headers.name.ariaSort).toBe('none');
  });

  it('shows the ranking as highest score first, and offers the reverse', () => {
    const model = listView(data, {}, 'score', 1);
    expect(model.headers.score.ariaSort).toBe('descending');
    expect(model.headers.score.href).toBe('/recruiter/vacancies/v1/applications?sort=-score');
    expect(model.headers.applied.href).toBe('/recruiter/vacancies/v1/applications?sort=-applied');
    expect(model.previousHref).toBeUndefined();
    expect(model.notice).toBeUndefined();
    expect(listView(data, {}, 'score', 1, { moved: 3, skipped: 1 }).notice).toEqual({ moved: 3, skipped: 1 });
  });

  it('says 0–0 of an empty list', () => {
    const model = listView({ ...data, rows: [], total: 0 }, {}, 'score', 1);
    expect(model).toMatchObject({ from: 0, to: 0, pages: 1, nextHref: undefined });
  });
});
