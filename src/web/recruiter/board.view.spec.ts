import { join } from 'node:path';
import type { BoardCardRow } from '../../applications/pipeline-board.repository';
import type { BoardColumn } from '../../applications/pipeline-board.service';
import { projectRoot } from '../../mail/project-root';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { listView } from './applications-list.view';
import { BOARD_SHORTCUTS } from './board.page';
import {
  boardView,
  bulkView,
  cardView,
  decodeCursor,
  encodeCursor,
  filterQuery,
  filterView,
  staleMessage,
} from './board.view';
import { outboxView } from './outbox.view';

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

const NEXT_MOVES = [
  { stage: 'interview' as const, roundId: 'r1' },
  { stage: 'rejected' as const, roundId: null },
  { stage: 'withdrawn' as const, roundId: null },
];

describe('the board’s view', () => {
  it('makes a card: score in points, flags, evidence, whole days in stage, its link and its moves', () => {
    const card = cardView(row(), NEXT_MOVES, VACANCY, NOW);
    expect(card).toMatchObject({
      id: 'a1',
      name: 'Anne',
      href: '/recruiter/candidates/c1?application=a1',
      stage: 'screening',
      stageKey: 'stage.screening',
      revision: 3,
      score: 73,
      knockedOut: false,
      review: false,
      completeness: 80,
      days: 5,
      moveAction: '/recruiter/applications/a1/move',
      needsReason: true,
      dropStages: 'interview rejected withdrawn',
    });
    expect(card.moves).toEqual([
      {
        value: 'interview:r1',
        stage: 'interview',
        labelKey: 'stage.interview',
        roundName: 'Eerste gesprek',
        needsReason: false,
      },
      { value: 'rejected', stage: 'rejected', labelKey: 'stage.rejected', roundName: undefined, needsReason: true },
      { value: 'withdrawn', stage: 'withdrawn', labelKey: 'stage.withdrawn', roundName: undefined, needsReason: true },
    ]);
  });

  it('flags a knock-out and one to review, names the round, and shows no score before screening', () => {
    const card = cardView(
      row({ eligible: false, needsReview: true, shortlistScore: null, stage: 'interview', roundId: 'r2' }),
      [],
      VACANCY,
      NOW,
    );
    expect(card).toMatchObject({
      knockedOut: true,
      review: true,
      score: null,
      roundName: 'Eindgesprek',
      dropStages: '',
    });
    expect(card.needsReason).toBe(false);
  });

  it('gives each column its total, its cards and a "more" that loads the next cards or lists the stage', () => {
    const column: BoardColumn = { stage: 'applied', total: 30, cards: [row({ stage: 'applied' })], next: row().cursor };
    const model = boardView(
      { vacancy: VACANCY as never, columns: [column, { stage: 'offer', total: 0, cards: [] }], now: NOW },
      { minScore: 40, q: 'an' },
      () => [],
    );
    expect(model.total).toBe(30);
    expect(model.boardHref).toBe('/recruiter/vacancies/v1/board?minScore=40&q=an');
    expect(model.listHref).toBe('/recruiter/vacancies/v1/applications?minScore=40&q=an');
    const [applied, offer] = model.columns;
    expect(applied.labelKey).toBe('stage.applied');
    expect(applied.more?.count).toBe(29);
    expect(applied.more?.listHref).toBe('/recruiter/vacancies/v1/applications?minScore=40&q=an&stage=applied');
    const fragment = new URL(applied.more!.fragmentHref, 'http://x');
    expect(fragment.pathname).toBe('/recruiter/vacancies/v1/board/column');
    expect(fragment.searchParams.get('stage')).toBe('applied');
    expect(fragment.searchParams.get('shown')).toBe('1');
    expect(decodeCursor(fragment.searchParams.get('after')!)).toEqual(row().cursor);
    expect(offer.more).toBeUndefined();
  });

  it('reads back only cursors it gave out', () => {
    expect(decodeCursor(encodeCursor(row().cursor))).toEqual(row().cursor);
    expect(decodeCursor('not a cursor')).toBeUndefined();
    expect(decodeCursor(Buffer.from('[1,2,3]').toString('base64url'))).toBeUndefined();
  });

  it('keeps the filter in the form and says whether any is set', () => {
    const none = filterView('/b', {});
    expect(none.active).toBe(false);
    const some = filterView('/b', { stage: 'offer', eligibility: 'review', maxScore: 80 });
    expect(some.active).toBe(true);
    expect(some.stages.find((stage) => stage.selected)?.value).toBe('offer');
    expect(some.eligibilities.find((one) => one.selected)?.labelKey).toBe('board.eligibility.review');
    expect(filterQuery({ source: 'a b&c' }, { page: 2, sort: undefined })).toBe('source=a+b%26c&page=2');
  });

  it('names who moved an application meanwhile, and where to', () => {
    expect(staleMessage({ actorName: 'Rita', stage: 'interview', roundId: 'r2' }, VACANCY, '/back')).toEqual({
      key: 'board.stale.by',
      values: { name: 'Rita', stageKey: 'stage.interview', round: ' (Eindgesprek)' },
      reloadHref: '/back',
    });
    expect(staleMessage({ actorName: null, stage: 'rejected', roundId: null }, VACANCY, '/back').key).toBe(
      'board.stale.bySift',
    );
  });

  it('offers bulk moves along the plan and the exits, each round by name', () => {
    const bulk = bulkView(VACANCY);
    expect(bulk.action).toBe('/recruiter/vacancies/v1/bulk');
    expect(bulk.targets.map((target) => target.value)).toEqual([
      'screening',
      'interview:r1',
      'interview:r2',
      'offer',
      'rejected',
      'withdrawn',
    ]);
  });
});

describe('the board’s words', () => {
  const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));

  it('has every key its views hand out, in every language', () => {
    const card = cardView(row(), NEXT_MOVES, VACANCY, NOW);
    const board = boardView({ vacancy: VACANCY as never, columns: [], now: NOW }, {}, () => []);
    const list = listView({ vacancy: VACANCY, rows: [], total: 0, now: NOW }, {}, 'score', 1);
    const outbox = outboxView({ rows: [], total: 0 }, undefined, 1);
    const keys = [
      card.stageKey,
      ...card.moves.map((move) => move.labelKey),
      ...board.filters.stages.map((stage) => stage.labelKey),
      ...board.filters.eligibilities.map((one) => one.labelKey),
      ...board.bulk.targets.map((target) => target.labelKey),
      ...board.bulk.mails.map((mail) => mail.labelKey),
      ...Object.values(list.headers).map((header) => header.labelKey),
      ...outbox.statuses.map((status) => status.labelKey),
      ...['queued', 'sending', 'sent', 'failed', 'skipped'].map((status) => `board.outbox.status.${status}`),
      ...BOARD_SHORTCUTS.map((shortcut) => shortcut.labelKey),
      staleMessage({ actorName: 'A', stage: 'offer', roundId: null }, VACANCY, '/').key,
      staleMessage({ actorName: null, stage: 'offer', roundId: null }, VACANCY, '/').key,
      'errors.APPLICATION_CHANGED',
      'errors.APPLICATION_STAGE_CONFLICT',
    ];
    for (const language of LANGUAGES) {
      expect({ language, missing: keys.filter((key) => !catalogue.has(key, language)) }).toEqual({
        language,
        missing: [],
      });
    }
  });
});
