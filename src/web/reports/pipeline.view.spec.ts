import type { PipelineReport } from '../../reports/pipeline-reports.service';
import { CHART, pipelineView, reportPageHref, SOURCES_CHARTED } from './pipeline.view';

const VACANCIES = [
  { id: 'v1', title: 'Accountmanager Utrecht', status: 'open' as const },
  { id: 'v2', title: 'Relatiemanager Tartu', status: 'closed' as const },
];

function report(overrides: Partial<PipelineReport> = {}): PipelineReport {
  return {
    vacancy: { id: 'v1', title: 'Accountmanager Utrecht' },
    period: { from: '2026-03-01', to: '2026-03-31' },
    applications: 10,
    funnel: [
      { stage: 'applied', reached: 10, conversion: null },
      { stage: 'screening', reached: 5, conversion: 0.5 },
      { stage: 'interview', reached: 2, conversion: 0.4 },
      { stage: 'offer', reached: 1, conversion: 0.5 },
      { stage: 'hired', reached: 0, conversion: 0 },
    ],
    stageTimes: [
      { stage: 'applied', medianDays: 2, p90Days: 4, basedOn: 5, stillIn: 5 },
      { stage: 'screening', medianDays: 3, p90Days: 8, basedOn: 3, stillIn: 2 },
      { stage: 'interview', medianDays: null, p90Days: null, basedOn: 0, stillIn: 1 },
      { stage: 'offer', medianDays: null, p90Days: null, basedOn: 0, stillIn: 1 },
    ],
    timeToHire: { medianDays: null, p90Days: null, basedOn: 0 },
    sources: [
      { source: 'LinkedIn', applicants: 6, screening: 4, interview: 2, offer: 1, hired: 0 },
      { source: null, applicants: 4, screening: 1, interview: 0, offer: 0, hired: 0 },
    ],
    knockouts: [{ criterion: 'education', failed: 3, rejected: 2 }],
    ...overrides,
  };
}

const INPUT = { from: '2026-03-01', to: '2026-03-31', vacancyId: 'v1' };

describe('pipelineView', () => {
  it('fills the period form with what was asked and offers the reader’s vacancies, the chosen one selected', () => {
    const { form, problem } = pipelineView(INPUT, VACANCIES, report());
    expect(form).toMatchObject({ action: '/reports', from: '2026-03-01', to: '2026-03-31', allSelected: false });
    expect(form.options).toEqual([
      { value: 'v1', title: 'Accountmanager Utrecht', statusKey: 'vacancy.status.open', selected: true },
      { value: 'v2', title: 'Relatiemanager Tartu', statusKey: 'vacancy.status.closed', selected: false },
    ]);
    expect(problem).toBeUndefined();
    expect(
      pipelineView({ from: '', to: '', vacancyId: null }, VACANCIES, report({ vacancy: null })).form.allSelected,
    ).toBe(true);
  });

  it('links each table’s CSV with the same vacancy and period, and the vacancy’s panel reports', () => {
    const model = pipelineView(INPUT, VACANCIES, report()).report!;
    expect(model.funnel.csvHref).toBe('/reports/pipeline.csv?table=funnel&vacancyId=v1&from=2026-03-01&to=2026-03-31');
    expect(model.knockouts.csvHref).toContain('table=knockouts');
    expect(model.panelsHref).toBe('/reports/vacancies/v1/panels');
    const all = pipelineView(
      { from: '', to: '2026-03-31', vacancyId: null },
      VACANCIES,
      report({ vacancy: null }),
    ).report!;
    expect(all.sources.csvHref).toBe('/reports/pipeline.csv?table=sources&to=2026-03-31');
    expect(all.panelsHref).toBeUndefined();
  });

  it('draws the funnel against the first stage, with the conversion from the bar above in percent', () => {
    const rows = pipelineView(INPUT, VACANCIES, report()).report!.funnel.rows;
    expect(rows.map((row) => row.width)).toEqual([CHART.bars, CHART.bars / 2, CHART.bars / 5, CHART.bars / 10, 0]);
    expect(rows.map((row) => [row.showConversion, row.conversion])).toEqual([
      [false, null],
      [true, 50],
      [true, 40],
      [true, 50],
      [true, 0],
    ]);
    expect(rows[1].valueX).toBe(CHART.label + CHART.bars / 2 + 6);
  });

  it('draws stage times to the median with the range to p90 after it, scaled to the longest p90; unknown ones drawn as such', () => {
    const rows = pipelineView(INPUT, VACANCIES, report()).report!.stages.rows;
    expect(rows.map((row) => row.labelKey)).toEqual([
      'stage.applied',
      'stage.screening',
      'stage.interview',
      'stage.offer',
      'reports.stages.toHire',
    ]);
    expect(rows[1]).toMatchObject({ known: true, medianWidth: 52.5, rangeWidth: 87.5, p90X: CHART.label + CHART.bars });
    expect(rows[0]).toMatchObject({ medianWidth: 35, rangeWidth: 35 });
    expect(rows[2]).toMatchObject({ known: false, stillIn: 1 });
    expect(rows[4]).toMatchObject({ known: false, toHire: true, stillIn: null });
  });

  it('stacks each source by the furthest stage reached, and cuts long names only in the chart', () => {
    const long = 'A very long name of a job fair';
    const model = pipelineView(
      INPUT,
      VACANCIES,
      report({
        sources: [
          { source: long, applicants: 7, screening: 4, interview: 2, offer: 1, hired: 1 },
          { source: null, applicants: 2, screening: 0, interview: 0, offer: 0, hired: 0 },
        ],
      }),
    ).report!.sources;
    const [first, unknown] = model.chart;
    expect(first.label).toBe('A very long…');
    expect(first.segments.map((segment) => [segment.segment, segment.count, segment.width])).toEqual([
      ['hired', 1, 20],
      ['interview', 1, 20],
      ['screening', 2, 40],
      ['applied', 3, 60],
    ]);
    expect(first.segments.map((segment) => segment.x)).toEqual([
      CHART.label,
      CHART.label + 20,
      CHART.label + 40,
      CHART.label + 80,
    ]);
    expect(unknown).toMatchObject({ label: null, unknown: true, applicants: 2 });
    expect(model.rows[0].source).toBe(long);
  });

  it('charts the largest sources and says how many more the table holds', () => {
    const sources = Array.from({ length: SOURCES_CHARTED + 3 }, (_, n) => ({
      source: `source ${n}`,
      applicants: 20 - n,
      screening: 0,
      interview: 0,
      offer: 0,
      hired: 0,
    }));
    const model = pipelineView(INPUT, VACANCIES, report({ sources })).report!.sources;
    expect(model.chart).toHaveLength(SOURCES_CHARTED);
    expect(model.rows).toHaveLength(SOURCES_CHARTED + 3);
    expect(model.more).toBe(3);
  });

  it('names the criteria of the knock-outs, and says when nobody applied', () => {
    expect(pipelineView(INPUT, VACANCIES, report()).report!.knockouts.rows).toEqual([
      { labelKey: 'vacancy.criterion.education', criterion: 'education', failed: 3, rejected: 2 },
    ]);
    expect(pipelineView(INPUT, VACANCIES, report({ applications: 0 })).report!.empty).toBe(true);
  });

  it('puts each problem beside its field, and the first where the report would be', () => {
    const model = pipelineView({ from: '2026-04-01', to: 'soon', vacancyId: 'x' }, VACANCIES, null, [
      { field: 'to', messages: ['to must be a date written YYYY-MM-DD'] },
      { field: 'vacancyId', messages: ['vacancyId must be a vacancy id'] },
    ]);
    expect(model.form).toMatchObject({
      from: '2026-04-01',
      to: 'soon',
      fromError: undefined,
      toError: 'reports.form.badDate',
      vacancyError: 'reports.form.badVacancy',
    });
    expect(model.problem).toBe('reports.form.badDate');
    expect(model.report).toBeUndefined();
    const order = pipelineView({ from: '2026-04-01', to: '2026-03-01', vacancyId: null }, VACANCIES, null, [
      { field: 'from', messages: ['from must not be after to'] },
    ]);
    expect(order.form.fromError).toBe('reports.form.afterTo');
  });

  it('knows where a report of a vacancy or of all lives', () => {
    expect(reportPageHref('v1', { from: '2026-03-01', to: '' })).toBe('/reports/vacancies/v1?from=2026-03-01');
    expect(reportPageHref(null, { from: '', to: '' })).toBe('/reports');
  });
});
