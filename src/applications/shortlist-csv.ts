import { failedKnockoutsOf } from './shortlist-json';
import { ShortlistRow } from './application-lists.repository';
import { standingOfSortKey } from './shortlist-order';

export const SHORTLIST_CSV_HEADER = [
  'position',
  'standing',
  'candidate',
  'email',
  'stage',
  'round_id',
  'eligible',
  'needs_review',
  'screening_score',
  'shortlist_score',
  'interview_score',
  'rounds_scored',
  'completeness',
  'fit_level',
  'failed_knockouts',
  'applied_at',
];

/**
 * One CSV line (RFC 4180). Cells a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return) get a leading apostrophe: a
 * candidate's name must never execute in a hiring manager's spreadsheet.
 */
export function csvLine(cells: readonly (string | number | boolean | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function shortlistCsvCells(row: ShortlistRow & { position: number }): (string | number | boolean | null)[] {
  return [
    row.position,
    standingOfSortKey(row.sortKey),
    row.name,
    row.email,
    row.stage,
    row.roundId,
    row.eligible,
    row.needsReview,
    row.screeningScore === null ? null : row.screeningScore / 100,
    row.shortlistScore === null ? null : row.shortlistScore / 100,
    row.interviewScore === null ? null : row.interviewScore / 100,
    row.roundsScored,
    row.completeness === null ? null : row.completeness / 100,
    row.fitLevel,
    failedKnockoutsOf(row)
      .map((note) => note.reason)
      .join(' | '),
    row.appliedAt.toISOString(),
  ];
}

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
