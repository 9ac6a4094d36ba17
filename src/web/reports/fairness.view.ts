import type { FieldError } from '../../common/errors/domain-error';
import type { ImpactRow } from '../../fairness/impact-table';
import type { AdverseImpactReport } from '../../fairness/adverse-impact.service';
import type { StepTable } from '../../fairness/adverse-impact';
import type { QuestionSet } from '../../fairness/question-sets';
import type { Language } from '../../users/entities/user.entity';
import { setWording, Wording } from './fairness-words';
import type { ReportVacancyRow } from '../../reports/pipeline-reports.repository';

/** What the report's form was sent with, as typed. */
export interface FairnessFormInput {
  vacancyId: string | null;
  family: string;
  from: string;
  to: string;
  questionSet: string;
  /** A question of the set, or `intersection` for its two questions crossed. */
  dimension: string;
}

export const INTERSECTION = 'intersection';

/** Each category a row: its label above its bar, so long names (and crossed ones) need no cutting. */
export const IMPACT_CHART = { width: 340, bars: 250, row: 38, bar: 14, labelY: 11, barY: 16 } as const;

/** The report page's address for these choices. */
export function fairnessHref(input: FairnessFormInput, path = '/reports/fairness'): string {
  const query = new URLSearchParams(
    Object.entries({
      vacancyId: input.vacancyId ?? '',
      family: input.family,
      from: input.from,
      to: input.to,
      questionSet: input.questionSet,
      ...(input.dimension === INTERSECTION ? { intersection: 'true' } : { question: input.dimension }),
    }).filter(([, value]) => value !== ''),
  ).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The adverse-impact page: the form (scope, period, question) with its errors
 * beside the fields, and, when the form is fine, a block per step, knock-out
 * and score: a bar chart of each category's rate with the four-fifths line of
 * the highest, and the table of counts, ratios and tests beside it.
 */
export function fairnessView(
  input: FairnessFormInput,
  choices: { vacancies: ReportVacancyRow[]; families: string[]; questionSets: QuestionSet[] },
  report: AdverseImpactReport | null,
  problems: FieldError[] = [],
  language: Language = 'en',
) {
  const errorOf = (field: string) => problems.some((problem) => problem.field === field);
  const chosen = report?.questionSet ?? input.questionSet;
  const set = choices.questionSets.find((one) => one.key === chosen) ?? choices.questionSets[0];
  const words = setWording(set, language);
  const dimension = report ? (report.questions.length > 1 ? INTERSECTION : report.questions[0]) : input.dimension;
  const fromError = errorOf('from') ? 'reports.form.badDate' : undefined;
  const toError = errorOf('to')
    ? problems
        .find((p) => p.field === 'to')
        ?.messages.join(' ')
        .includes('after')
      ? 'reports.form.afterTo'
      : 'reports.form.badDate'
    : undefined;
  const vacancyError = errorOf('vacancyId') ? 'reports.form.badVacancy' : undefined;
  const questionError = errorOf('question') || errorOf('questionSet') ? 'fairness.form.badQuestion' : undefined;
  return {
    chart: IMPACT_CHART,
    form: {
      action: '/reports/fairness',
      from: input.from,
      to: input.to,
      fromError,
      toError,
      vacancyError,
      questionError,
      vacancies: choices.vacancies.map((vacancy) => ({
        value: vacancy.id,
        title: vacancy.title,
        statusKey: `vacancy.status.${vacancy.status}`,
        selected: vacancy.id === input.vacancyId,
      })),
      families: choices.families.map((family) => ({ value: family, selected: family === input.family })),
      sets: choices.questionSets.map((one) => ({
        value: one.key,
        labels: [setWording(one, language).name()],
        selected: one.key === set.key,
      })),
      dimensions: [
        ...set.questions.map((question) => ({
          value: question.key,
          labels: [words.question(question.key)],
          selected: question.key === dimension,
        })),
        ...(set.intersection
          ? [{ value: INTERSECTION, labels: words.intersection(), selected: dimension === INTERSECTION }]
          : []),
      ],
    },
    problem: fromError ?? toError ?? vacancyError ?? questionError,
    report: report ? reportModel(report, input, setWording(set, language)) : undefined,
  };
}

export type FairnessModel = ReturnType<typeof fairnessView>;

function reportModel(report: AdverseImpactReport, input: FairnessFormInput, words: ReturnType<typeof setWording>) {
  const labelsOf = (category: string) =>
    category.split('/').map((answer, index) => words.answer(report.questions[index], answer));
  const block = (id: string, titleKey: string, titleArgs: Record<string, unknown>, table: Omit<StepTable, 'step'>) => ({
    id,
    titleKey,
    titleArgs,
    considered: table.considered,
    apart: [
      { key: 'fairness.apart.unknown', count: table.unknown },
      { key: 'fairness.apart.declined', count: table.declined },
      { key: 'fairness.apart.open', count: table.open },
      { key: 'fairness.apart.withdrawn', count: table.withdrawn },
    ].filter((one) => one.count > 0),
    ...impactChart(table.rows, labelsOf),
  });
  return {
    vacancy: report.vacancy,
    family: report.family,
    from: report.period.from,
    to: report.period.to,
    applications: report.applications,
    answered: report.applications - report.unknown - report.declined,
    unknown: report.unknown,
    declined: report.declined,
    minGroupSize: report.rules.minGroupSize,
    leaveOut: report.rules.leaveOutUnderTwoPercent,
    questionLabels: report.questions.length > 1 ? words.intersection() : [words.question(report.questions[0])],
    empty: report.applications === 0,
    noAnswers: report.applications > 0 && report.applications === report.unknown,
    steps: report.steps.map((step) =>
      block(
        step.round ? `step-round-${step.round}` : `step-${step.step}`,
        `fairness.step.${step.step}`,
        { number: step.round },
        step,
      ),
    ),
    knockouts: report.knockouts.map((knockout) => ({
      flagged: knockout.flagged,
      criterionKey: `vacancy.criterion.${knockout.criterion}`,
      ...block(`knockout-${knockout.criterion}`, 'fairness.knockout.title', {}, { ...knockout, open: 0, withdrawn: 0 }),
    })),
    // A round nobody has a score of yet has nothing to compare.
    scoring: report.scoring
      .filter((one) => one.measure === 'screening' || one.scored > 0)
      .map((scoring) => ({
        median: scoring.median === null ? null : scoring.median / 100,
        ...block(
          scoring.round ? `scoring-round-${scoring.round}` : 'scoring-screening',
          `fairness.scoring.${scoring.measure}`,
          { number: scoring.round },
          { ...scoring, considered: scoring.scored, open: 0, withdrawn: 0 },
        ),
      })),
    csvHref: fairnessHref(input, '/reports/adverse-impact.csv'),
  };
}

/** The bars of one table (rates in percent of the chart's width) and its rows as the table shows them. */
function impactChart(rows: ImpactRow[], labelsOf: (category: string) => Wording[]) {
  const highest = rows.find((row) => row.highest)?.rate ?? null;
  const scale = (share: number) => Math.round(share * IMPACT_CHART.bars * 10) / 10;
  // Four fifths of the highest rate: a bar ending left of this mark is flagged.
  const fourFifthsX = highest ? scale(highest * 0.8) : null;
  const drawn = rows.map((row, index) => {
    const top = index * IMPACT_CHART.row;
    const width = row.rate === null ? 0 : Math.max(row.rate > 0 ? 1 : 0, scale(row.rate));
    return {
      labels: labelsOf(row.category),
      considered: row.considered,
      selected: row.selected,
      rate: row.rate === null ? null : row.rate * 100,
      ratio: row.impactRatio,
      below: row.belowFourFifths === true,
      compared: row.belowFourFifths !== null,
      fisherP: pValue(row.fisherP),
      zP: pValue(row.zP),
      suppressed: row.status === 'suppressed',
      leftOut: row.status === 'left-out',
      highest: row.highest,
      labelY: top + IMPACT_CHART.labelY,
      barY: top + IMPACT_CHART.barY,
      width,
      // The value clears both the bar and the four-fifths mark.
      valueX: Math.max(width, fourFifthsX ?? 0) + 6,
      markTop: top + IMPACT_CHART.barY - 3,
      markBottom: top + IMPACT_CHART.barY + IMPACT_CHART.bar + 3,
      valueY: top + IMPACT_CHART.barY + IMPACT_CHART.bar - 3,
    };
  });
  const height = Math.max(1, rows.length) * IMPACT_CHART.row;
  return {
    rows: drawn,
    viewBox: `0 0 ${IMPACT_CHART.width} ${height}`,
    fourFifthsX,
    height,
    anyBelow: drawn.some((row) => row.below),
  };
}

/** A p-value as the page shows it: small ones as "under 0.0001". */
function pValue(p: number | null): { value: number; tiny: boolean } | null {
  if (p === null) return null;
  return p < 0.0001 ? { value: 0.0001, tiny: true } : { value: p, tiny: false };
}
