import { csvLine } from '../applications/shortlist-csv';
import type { PipelineReport } from './pipeline-reports.service';

export const PIPELINE_TABLES = ['funnel', 'stages', 'sources', 'knockouts'] as const;
export type PipelineTable = (typeof PIPELINE_TABLES)[number];

type Cell = string | number | boolean | null;

/** One table of the report as CSV (RFC 4180), its header first; days and shares as plain decimals. */
export function pipelineCsv(report: PipelineReport, table: PipelineTable): string {
  return [header(table), ...rows(report, table)].map((cells) => csvLine(cells)).join('');
}

function header(table: PipelineTable): string[] {
  switch (table) {
    case 'funnel':
      return ['stage', 'reached', 'conversion'];
    case 'stages':
      return ['stage', 'median_days', 'p90_days', 'based_on', 'still_in'];
    case 'sources':
      return ['source', 'applicants', 'screening', 'interview', 'offer', 'hired'];
    case 'knockouts':
      return ['criterion', 'failed', 'rejected'];
  }
}

function rows(report: PipelineReport, table: PipelineTable): Cell[][] {
  switch (table) {
    case 'funnel':
      return report.funnel.map((step) => [step.stage, step.reached, step.conversion]);
    case 'stages':
      return [
        ...report.stageTimes.map((time) => [time.stage, time.medianDays, time.p90Days, time.basedOn, time.stillIn]),
        // Applied to hired, under a name of its own: it spans every stage.
        ['time_to_hire', report.timeToHire.medianDays, report.timeToHire.p90Days, report.timeToHire.basedOn, null],
      ];
    case 'sources':
      return report.sources.map((row) => [
        row.source,
        row.applicants,
        row.screening,
        row.interview,
        row.offer,
        row.hired,
      ]);
    case 'knockouts':
      return report.knockouts.map((row) => [row.criterion, row.failed, row.rejected]);
  }
}

/** The file name a table downloads as. */
export function pipelineCsvName(report: PipelineReport, table: PipelineTable): string {
  const parts = ['pipeline', table, report.vacancy?.id, report.period.from, report.period.to].filter(Boolean);
  return `${parts.join('-')}.csv`;
}
