import type { FieldError } from '../../common/errors/domain-error';
import type { ReportVacancyRow } from '../../reports/pipeline-reports.repository';
import type { PipelineReport } from '../../reports/pipeline-reports.service';
import type { Spread } from '../../reports/pipeline-figures';
import { PIPELINE_TABLES, PipelineTable } from '../../reports/pipeline-csv';

/** What the period form was sent with, as typed. */
export interface ReportFormInput {
  from: string;
  to: string;
  vacancyId: string | null;
}

/** The charts are drawn in these units; the SVG scales to its column, so they are about CSS pixels on a phone. */
export const CHART = { width: 340, label: 108, bars: 140, row: 40, bar: 20 } as const;
/** Sources drawn as bars; the table lists them all. */
export const SOURCES_CHARTED = 8;
/** Longer source names are cut in the chart (the table shows them whole). */
const SOURCE_LABEL_LENGTH = 13;

const SEGMENTS = ['hired', 'offer', 'interview', 'screening', 'applied'] as const;

export function reportHref(path: string, input: { from: string; to: string }, extra: Record<string, string> = {}) {
  const query = new URLSearchParams(
    Object.entries({ ...extra, from: input.from, to: input.to }).filter(([, value]) => value !== ''),
  ).toString();
  return query ? `${path}?${query}` : path;
}

/** Where a report of this vacancy (or of all) for this period lives. */
export function reportPageHref(vacancyId: string | null, input: { from: string; to: string }): string {
  return reportHref(vacancyId ? `/reports/vacancies/${vacancyId}` : '/reports', input);
}

/**
 * The pipeline report page: the period form (with its errors beside the
 * fields) and, when the period is fine, the report as charts, each with its
 * table and CSV link. Charts are laid out here, in SVG units, so the template
 * only places what it is given.
 */
export function pipelineView(
  input: ReportFormInput,
  vacancies: ReportVacancyRow[],
  report: PipelineReport | null,
  problems: FieldError[] = [],
) {
  const errorOf = (field: string) => {
    const problem = problems.find((one) => one.field === field);
    if (!problem) return undefined;
    return problem.messages.some((message) => message.includes('after'))
      ? 'reports.form.afterTo'
      : 'reports.form.badDate';
  };
  const vacancyId = report?.vacancy?.id ?? input.vacancyId;
  const fromError = errorOf('from');
  const toError = errorOf('to');
  const vacancyError = errorOf('vacancyId') ? 'reports.form.badVacancy' : undefined;
  return {
    chart: CHART,
    form: {
      action: '/reports',
      from: input.from,
      to: input.to,
      fromError,
      toError,
      vacancyError,
      options: vacancies.map((vacancy) => ({
        value: vacancy.id,
        title: vacancy.title,
        statusKey: `vacancy.status.${vacancy.status}`,
        selected: vacancy.id === vacancyId,
      })),
      allSelected: !vacancyId,
    },
    /** The first problem, also shown where the report would be (an htmx answer replaces only that). */
    problem: fromError ?? toError ?? vacancyError,
    report: report ? reportModel(report, input) : undefined,
  };
}

export type PipelineModel = ReturnType<typeof pipelineView>;

function reportModel(report: PipelineReport, input: ReportFormInput) {
  const csv = (table: PipelineTable) =>
    reportHref('/reports/pipeline.csv', input, { table, ...(report.vacancy ? { vacancyId: report.vacancy.id } : {}) });
  return {
    vacancy: report.vacancy,
    panelsHref: report.vacancy ? `/reports/vacancies/${report.vacancy.id}/panels` : undefined,
    applications: report.applications,
    empty: report.applications === 0,
    from: report.period.from,
    to: report.period.to,
    funnel: { ...funnelChart(report), csvHref: csv('funnel') },
    stages: { ...stagesChart(report), csvHref: csv('stages') },
    sources: { ...sourcesChart(report), csvHref: csv('sources') },
    knockouts: {
      rows: report.knockouts.map((row) => ({ labelKey: `vacancy.criterion.${row.criterion}`, ...row })),
      csvHref: csv('knockouts'),
    },
    tables: PIPELINE_TABLES,
  };
}

function scaled(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, round((value / max) * CHART.bars));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

function funnelChart(report: PipelineReport) {
  const max = report.funnel[0]?.reached ?? 0;
  const rows = report.funnel.map((step, index) => ({
    labelKey: `stage.${step.stage}`,
    reached: step.reached,
    conversion: percent(step.conversion),
    // Geometry: the bar's top, its width, where its number goes, and the conversion from the bar above.
    y: index * CHART.row,
    textY: index * CHART.row + CHART.bar / 2 + 4,
    width: scaled(step.reached, max),
    valueX: CHART.label + scaled(step.reached, max) + 6,
    conversionY: index * CHART.row - 6,
    showConversion: index > 0 && step.conversion !== null,
  }));
  return { rows, height: rows.length * CHART.row - (CHART.row - CHART.bar), viewBox: viewBox(rows.length) };
}

function stagesChart(report: PipelineReport) {
  const spreads: { labelKey: string; spread: Spread; stillIn: number | null }[] = [
    ...report.stageTimes.map((time) => ({ labelKey: `stage.${time.stage}`, spread: time, stillIn: time.stillIn })),
    { labelKey: 'reports.stages.toHire', spread: report.timeToHire, stillIn: null },
  ];
  const max = Math.max(0, ...spreads.map(({ spread }) => spread.p90Days ?? 0));
  const rows = spreads.map(({ labelKey, spread, stillIn }, index) => {
    const median = spread.medianDays === null ? 0 : scaled(spread.medianDays, max);
    const p90 = spread.p90Days === null ? 0 : scaled(spread.p90Days, max);
    return {
      labelKey,
      medianDays: spread.medianDays,
      p90Days: spread.p90Days,
      basedOn: spread.basedOn,
      stillIn,
      known: spread.medianDays !== null,
      toHire: stillIn === null,
      y: index * CHART.row,
      textY: index * CHART.row + CHART.bar / 2 + 4,
      medianWidth: median,
      // The range from the median to p90 as a lighter bar, ending in a mark.
      rangeX: CHART.label + median,
      rangeWidth: Math.max(0, round(p90 - median)),
      p90X: CHART.label + p90,
      markTop: index * CHART.row - 3,
      markBottom: index * CHART.row + CHART.bar + 3,
      valueX: CHART.label + p90 + 6,
    };
  });
  return { rows, viewBox: viewBox(rows.length) };
}

function sourcesChart(report: PipelineReport) {
  const max = Math.max(0, ...report.sources.map((row) => row.applicants));
  const charted = report.sources.slice(0, SOURCES_CHARTED).map((row, index) => {
    // Each applicant counted once, in the segment of the furthest stage reached.
    const counts = {
      hired: row.hired,
      offer: row.offer - row.hired,
      interview: row.interview - row.offer,
      screening: row.screening - row.interview,
      applied: row.applicants - row.screening,
    };
    let x = CHART.label;
    const segments = SEGMENTS.filter((segment) => counts[segment] > 0).map((segment) => {
      const width = round((counts[segment] / max) * CHART.bars);
      const drawn = { segment, x: round(x), width, count: counts[segment] };
      x += width;
      return drawn;
    });
    return {
      label: labelOf(row.source),
      unknown: row.source === null,
      applicants: row.applicants,
      segments,
      y: index * CHART.row,
      textY: index * CHART.row + CHART.bar / 2 + 4,
      valueX: round(x) + 6,
    };
  });
  return {
    chart: charted,
    more: Math.max(0, report.sources.length - SOURCES_CHARTED),
    viewBox: viewBox(charted.length),
    legend: SEGMENTS.map((segment) => ({ segment, labelKey: `reports.sources.segment.${segment}` })),
    rows: report.sources.map((row) => ({ ...row, unknown: row.source === null })),
  };
}

function labelOf(source: string | null): string | null {
  if (source === null) return null;
  return source.length > SOURCE_LABEL_LENGTH ? `${source.slice(0, SOURCE_LABEL_LENGTH - 1).trimEnd()}…` : source;
}

function viewBox(rows: number): string {
  return `0 -14 ${CHART.width} ${Math.max(1, rows) * CHART.row + 4}`;
}
