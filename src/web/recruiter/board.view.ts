import { Stage, STAGES } from '../../applications/entities/application.entity';
import type { Position } from '../../applications/pipeline';
import type { BoardCardRow, BoardFilter, CardCursor } from '../../applications/pipeline-board.repository';
import { ELIGIBILITIES } from '../../applications/pipeline-board.repository';
import type { BoardColumn, StaleMove } from '../../applications/pipeline-board.service';
import type { FormMessage } from '../forms';

interface VacancyLike {
  id: string;
  title: string;
  rounds: { id: string; name: string }[];
}

export interface MoveOption {
  /** The form's `to`: a stage, or `interview:<roundId>`. */
  value: string;
  stage: Stage;
  labelKey: string;
  roundName?: string;
  /** Rejecting and withdrawing need a reason. */
  needsReason: boolean;
}

export interface CardModel {
  id: string;
  name: string;
  href: string;
  stage: Stage;
  stageKey: string;
  revision: number;
  /** The score in points, or null before screening. */
  score: number | null;
  knockedOut: boolean;
  review: boolean;
  completeness: number | null;
  days: number;
  roundName?: string;
  source: string | null;
  moveAction: string;
  moves: MoveOption[];
  needsReason: boolean;
  /** The stages a card may be dropped on, space separated. */
  dropStages: string;
}

export interface BoardMessage {
  key: string;
  values: Record<string, unknown>;
  reloadHref?: string;
}

export interface FilterModel {
  action: string;
  stages: { value: string; labelKey: string; selected: boolean }[];
  eligibilities: { value: string; labelKey: string; selected: boolean }[];
  minScore?: number;
  maxScore?: number;
  source?: string;
  q?: string;
  sort?: string;
  active: boolean;
  clearHref: string;
}

export interface ColumnModel {
  stage: Stage;
  labelKey: string;
  total: number;
  cards: CardModel[];
  more?: { fragmentHref: string; listHref: string; count: number };
}

const DAY = 86_400_000;
const EXITS: Stage[] = ['rejected', 'withdrawn'];

/** The filter as a query string (without `?`), the same on the board, its list and the "more" links. */
export function filterQuery(filter: BoardFilter, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  const all: Record<string, string | number | undefined> = { ...filter, ...extra };
  for (const [name, value] of Object.entries(all)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params.toString();
}

export function encodeCursor(cursor: CardCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.appliedAt, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): CardCursor | undefined {
  try {
    const [sortKey, appliedAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof sortKey !== 'number' || typeof appliedAt !== 'string' || typeof id !== 'string') return undefined;
    return { sortKey, appliedAt, id };
  } catch {
    return undefined;
  }
}

export function moveOptions(moves: Position[], vacancy: VacancyLike): MoveOption[] {
  return moves.map((move) => ({
    value: move.stage === 'interview' ? `interview:${move.roundId}` : move.stage,
    stage: move.stage,
    labelKey: `stage.${move.stage}`,
    roundName: move.roundId ? vacancy.rounds.find((round) => round.id === move.roundId)?.name : undefined,
    needsReason: EXITS.includes(move.stage),
  }));
}

export function cardView(row: BoardCardRow, moves: Position[], vacancy: VacancyLike, now: Date): CardModel {
  const options = moveOptions(moves, vacancy);
  return {
    id: row.id,
    name: row.name,
    href: `/recruiter/candidates/${row.candidateId}?application=${row.id}`,
    stage: row.stage,
    stageKey: `stage.${row.stage}`,
    revision: row.revision,
    score: row.shortlistScore === null ? null : Math.round(row.shortlistScore / 100),
    knockedOut: row.eligible === false,
    review: row.needsReview,
    completeness: row.completeness,
    days: Math.max(0, Math.floor((now.getTime() - row.stageChangedAt.getTime()) / DAY)),
    roundName: row.roundId ? vacancy.rounds.find((round) => round.id === row.roundId)?.name : undefined,
    source: row.source,
    moveAction: `/recruiter/applications/${row.id}/move`,
    moves: options,
    needsReason: options.some((option) => option.needsReason),
    dropStages: [...new Set(options.map((option) => option.stage))].join(' '),
  };
}

export function filterView(action: string, filter: BoardFilter, sort?: string): FilterModel {
  return {
    action,
    stages: STAGES.map((stage) => ({ value: stage, labelKey: `stage.${stage}`, selected: filter.stage === stage })),
    eligibilities: ELIGIBILITIES.map((value) => ({
      value,
      labelKey: `board.eligibility.${value}`,
      selected: filter.eligibility === value,
    })),
    minScore: filter.minScore,
    maxScore: filter.maxScore,
    source: filter.source,
    q: filter.q,
    sort,
    active: Object.values(filter).some((value) => value !== undefined),
    clearHref: action,
  };
}

export function columnView(
  column: BoardColumn,
  vacancy: VacancyLike,
  filter: BoardFilter,
  movesOf: (row: BoardCardRow) => Position[],
  now: Date,
  shownBefore = 0,
): ColumnModel {
  const base = `/recruiter/vacancies/${vacancy.id}`;
  const shown = shownBefore + column.cards.length;
  return {
    stage: column.stage,
    labelKey: `stage.${column.stage}`,
    total: column.total,
    cards: column.cards.map((row) => cardView(row, movesOf(row), vacancy, now)),
    more: column.next
      ? {
          fragmentHref: `${base}/board/column?${filterQuery(filter, { stage: column.stage, after: encodeCursor(column.next), shown })}`,
          listHref: `${base}/applications?${filterQuery(filter, { stage: column.stage })}`,
          count: Math.max(0, column.total - shown),
        }
      : undefined,
  };
}

/** A move refused as stale: who moved it first and where to, and the offer to reload. */
export function staleMessage(stale: StaleMove, vacancy: VacancyLike, reloadHref: string): BoardMessage {
  const round = stale.roundId ? vacancy.rounds.find((one) => one.id === stale.roundId)?.name : undefined;
  return {
    key: stale.actorName ? 'board.stale.by' : 'board.stale.bySift',
    values: { name: stale.actorName ?? '', stageKey: `stage.${stale.stage}`, round: round ? ` (${round})` : '' },
    reloadHref,
  };
}

export function errorMessage(message: FormMessage): BoardMessage {
  return { key: message.key, values: message.values };
}

export interface BoardModel {
  vacancy: { id: string; title: string };
  boardHref: string;
  listHref: string;
  filters: FilterModel;
  columns: ColumnModel[];
  total: number;
  message?: BoardMessage;
  bulk: BulkModel;
}

export interface BulkModel {
  action: string;
  /** How many are selected as the page loads: none (the script counts them). */
  selected: number;
  targets: MoveOption[];
  mails: { value: string; labelKey: string }[];
}

export function bulkView(vacancy: VacancyLike): BulkModel {
  const targets: Position[] = [
    { stage: 'screening', roundId: null },
    ...vacancy.rounds.map((round) => ({ stage: 'interview' as const, roundId: round.id })),
    { stage: 'offer', roundId: null },
    { stage: 'rejected', roundId: null },
    { stage: 'withdrawn', roundId: null },
  ];
  return {
    action: `/recruiter/vacancies/${vacancy.id}/bulk`,
    selected: 0,
    targets: moveOptions(targets, vacancy),
    mails: [
      { value: 'rejection', labelKey: 'board.bulk.mail.rejection' },
      { value: 'none', labelKey: 'board.bulk.mail.none' },
      { value: '', labelKey: 'board.bulk.mail.vacancy' },
    ],
  };
}

export function boardView(
  data: { vacancy: VacancyLike; columns: BoardColumn[]; now: Date },
  filter: BoardFilter,
  movesOf: (row: BoardCardRow) => Position[],
  message?: BoardMessage,
): BoardModel {
  const base = `/recruiter/vacancies/${data.vacancy.id}`;
  const query = filterQuery(filter);
  return {
    vacancy: { id: data.vacancy.id, title: data.vacancy.title },
    boardHref: `${base}/board${query ? `?${query}` : ''}`,
    listHref: `${base}/applications${query ? `?${query}` : ''}`,
    filters: filterView(`${base}/board`, filter),
    columns: data.columns.map((column) => columnView(column, data.vacancy, filter, movesOf, data.now)),
    total: data.columns.reduce((sum, column) => sum + column.total, 0),
    message,
    bulk: bulkView(data.vacancy),
  };
}
