/**
 * The geometry of the panel reports' charts, drawn by the server as SVG: a
 * diverging bar chart around zero and a small column chart. Pure numbers in,
 * coordinates out; the template only places them.
 */

export interface Tick {
  x: number;
  /** Its value without sign, for the page's number format; `minus` and `plus` say which side of zero. */
  value: number;
  minus: boolean;
  plus: boolean;
}

export interface DivergingBar {
  label: string;
  y: number;
  textY: number;
  x: number;
  width: number;
  /** Above (lenient) or below (strict) zero. */
  side: 'above' | 'below';
  /** Where a second value (the correction) is marked on the same row; null without one. */
  markX: number | null;
}

export interface DivergingChart {
  width: number;
  height: number;
  labelX: number;
  centre: number;
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  tickLabelY: number;
  sideLabelY: number;
  bars: DivergingBar[];
  ticks: Tick[];
  /** Digits the tick labels need. */
  digits: number;
}

const WIDTH = 380;
const LABEL_WIDTH = 128;
const ROW = 26;
const TOP = 6;
const LABEL_CHARS = 21;

/** The smallest of 0.25, 0.5, 1, 2, 5… at or above `value`, so that the axis ends on a round number. */
export function niceLimit(value: number): number {
  const steps = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];
  return steps.find((step) => step >= value - 1e-9) ?? Math.ceil(value);
}

export function shortLabel(text: string, chars = LABEL_CHARS): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** Bars left (below zero) and right (above) of a centre line, one row each, with an optional mark per row. */
export function divergingChart(rows: { label: string; value: number; mark?: number | null }[]): DivergingChart {
  const largest = Math.max(0, ...rows.flatMap((row) => [Math.abs(row.value), Math.abs(row.mark ?? 0)]));
  const limit = niceLimit(Math.max(largest, 0.25));
  const plotLeft = LABEL_WIDTH + 8;
  const plotRight = WIDTH - 14;
  const centre = (plotLeft + plotRight) / 2;
  const half = plotRight - centre;
  const at = (value: number) => round1(centre + (value / limit) * half);
  const plotBottom = TOP + rows.length * ROW;
  const bars = rows.map((row, index) => {
    const y = TOP + index * ROW + 6;
    const end = at(row.value);
    return {
      label: shortLabel(row.label),
      y,
      textY: y + 10,
      x: Math.min(end, centre),
      width: round1(Math.max(Math.abs(end - centre), row.value === 0 ? 0 : 1.5)),
      side: row.value < 0 ? ('below' as const) : ('above' as const),
      markX: row.mark === undefined || row.mark === null ? null : at(row.mark),
    };
  });
  const ticks: Tick[] = [-limit, -limit / 2, 0, limit / 2, limit].map((value) => ({
    x: at(value),
    value: Math.abs(value),
    minus: value < 0,
    plus: value > 0,
  }));
  return {
    width: WIDTH,
    height: plotBottom + 40,
    labelX: LABEL_WIDTH,
    centre,
    plotTop: TOP,
    plotBottom,
    plotLeft,
    plotRight,
    axisY: plotBottom,
    tickLabelY: plotBottom + 14,
    sideLabelY: plotBottom + 32,
    bars,
    ticks,
    digits: limit < 1 ? 2 : limit < 5 ? 1 : 0,
  };
}

export interface Column {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  /** Where its count and its name are written. */
  middle: number;
  countY: number;
  /** The point of the scale it counts, from 1; null for the last column, not assessed. */
  point: number | null;
  notAssessed: boolean;
}

export interface ColumnChart {
  width: number;
  height: number;
  baseline: number;
  nameY: number;
  columns: Column[];
}

const COLUMN = 26;
const COLUMN_GAP = 6;
const COLUMN_TOP = 16;
const COLUMN_HEIGHT = 80;

/** One column per point of the scale and a last one for not assessed, heights in proportion to the largest count. */
export function columnChart(counts: readonly number[], notAssessed: number): ColumnChart {
  const all = [...counts, notAssessed];
  const largest = Math.max(1, ...all);
  const baseline = COLUMN_TOP + COLUMN_HEIGHT;
  const columns = all.map((count, index) => {
    const height = round1((count / largest) * COLUMN_HEIGHT);
    const x = COLUMN_GAP + index * (COLUMN + COLUMN_GAP) + (index === counts.length ? COLUMN_GAP : 0);
    return {
      x,
      y: round1(baseline - height),
      width: COLUMN,
      height,
      count,
      middle: x + COLUMN / 2,
      countY: round1(baseline - height - 4),
      point: index === counts.length ? null : index + 1,
      notAssessed: index === counts.length,
    };
  });
  return {
    width: columns[columns.length - 1].x + COLUMN + COLUMN_GAP,
    height: baseline + 16,
    baseline,
    nameY: baseline + 13,
    columns,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
