import { csvLine } from '../applications/shortlist-csv';
import type { ImpactRow } from './impact-table';
import type { AdverseImpactReport } from './adverse-impact.service';

const HEADER = [
  'table',
  'step',
  'round',
  'criterion',
  'category',
  'considered',
  'selected',
  'rate',
  'impact_ratio',
  'below_four_fifths',
  'status',
  'fisher_p',
  'z',
  'z_p',
];

type Cell = string | number | boolean | null;

/**
 * The report's tables as one CSV (RFC 4180): a line per category per step,
 * knock-out and score, then for each step the people left out of the
 * categories (unknown, declined) as lines of their own, so the file says
 * everything the page does.
 */
export function adverseImpactCsv(report: AdverseImpactReport): string {
  const lines: Cell[][] = [HEADER];
  const add = (table: string, step: string, round: number | null, criterion: string | null, rows: ImpactRow[]) => {
    for (const row of rows) {
      lines.push([
        table,
        step,
        round,
        criterion,
        row.category,
        row.considered,
        row.selected,
        row.rate,
        row.impactRatio,
        row.belowFourFifths,
        row.status,
        row.fisherP,
        row.z,
        row.zP,
      ]);
    }
  };
  const apart = (table: string, step: string, round: number | null, criterion: string | null, counts: object) => {
    for (const [name, count] of Object.entries(counts)) {
      lines.push([
        table,
        step,
        round,
        criterion,
        name,
        count,
        null,
        null,
        null,
        null,
        'not-categorised',
        null,
        null,
        null,
      ]);
    }
  };
  for (const step of report.steps) {
    add('selection', step.step, step.round ?? null, null, step.rows);
    const { unknown, declined, open, withdrawn } = step;
    apart('selection', step.step, step.round ?? null, null, { unknown, declined, open, withdrawn });
  }
  for (const knockout of report.knockouts) {
    add('knockout', 'screening', null, knockout.criterion, knockout.rows);
    apart('knockout', 'screening', null, knockout.criterion, {
      unknown: knockout.unknown,
      declined: knockout.declined,
    });
  }
  for (const scoring of report.scoring) {
    add('scoring', scoring.measure, scoring.round ?? null, null, scoring.rows);
    apart('scoring', scoring.measure, scoring.round ?? null, null, {
      unknown: scoring.unknown,
      declined: scoring.declined,
    });
  }
  return lines.map((cells) => csvLine(cells)).join('');
}

/** A file name that says what the report covers. */
export function adverseImpactCsvName(report: AdverseImpactReport): string {
  const scope = report.vacancy ? `vacancy-${report.vacancy.id.slice(0, 8)}` : 'all-vacancies';
  const period = [report.period.from, report.period.to].filter(Boolean).join('_to_');
  return `adverse-impact-${scope}-${report.questions.join('-x-')}${period ? `-${period}` : ''}.csv`;
}
