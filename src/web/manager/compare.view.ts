import { COMPARE_MAX, COMPARE_MIN, type Comparison } from '../../applications/decisions.service';
import type { AdviceBreach } from '../../applications/decision-advice';
import { FINAL_STAGES } from '../../applications/pipeline';
import { standingOfSortKey } from '../../applications/shortlist-order';
import type { Interview } from '../../interviews/entities/interview.entity';
import { isId } from '../../database/database-errors';

/** A catalogue key and the values it takes. */
export interface Said {
  key: string;
  values: Record<string, string | number>;
}

/** The advice for one application: whether advancing, and holding or rejecting, would go against it. */
export interface Advice {
  advance: AdviceBreach | null;
  passOver: AdviceBreach | null;
}

/** What a person typed into a decision form, and what came of it, shown again beside the form. */
export interface DecisionFormState {
  reason?: string;
  message?: Said;
}

interface Cell {
  text: string | null;
  points: number | null;
  possible?: number;
  best: boolean;
  failedKnockout?: boolean;
  unknown?: boolean;
  decisionKey?: string | null;
  sealed?: boolean;
}

export interface CompareModel {
  vacancy: { id: string; title: string };
  single: boolean;
  /** The columns and the row heading: for rows that span the table. */
  span: number;
  compareHref: string;
  shortlistHref: string;
  notice?: Said;
  columns: {
    id: string;
    name: string;
    stageKey: string;
    roundName: string | null;
    standingKey: string;
    knockouts: string | null;
    shortlistScore: number | null;
    shortlistBest: boolean;
    screeningScore: number | null;
    screeningBest: boolean;
    form: {
      action: string;
      revision: number;
      back: string;
      final: boolean;
      reason: string;
      /** Why a reason is needed, when a decision would go against the screening advice. */
      knockouts: string | null;
      passedOver: { stageKey: string; round: string } | null;
      message?: Said;
    };
  }[];
  criteria: { name: string; knockout: boolean; cells: Cell[] }[];
  rounds: { name: string; cells: Cell[] }[];
}

/** The ids of `?ids=a,b`, or what is wrong with them as a catalogue key. */
export function parseCompareIds(value: unknown): { ids: string[] } | { problem: Said } {
  const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : '';
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const count = ids.length;
  if (count < COMPARE_MIN || count > COMPARE_MAX) {
    return { problem: { key: 'decide.problem.count', values: { count, min: COMPARE_MIN, max: COMPARE_MAX } } };
  }
  if (new Set(ids).size !== count) return { problem: { key: 'decide.problem.twice', values: {} } };
  const notIds = ids.filter((id) => !isId(id));
  if (notIds.length) return { problem: { key: 'decide.problem.notId', values: { ids: notIds.join(', ') } } };
  return { ids };
}

/** Only a path of this site is followed back to; anything else goes to the vacancy's shortlist. */
export function safeBack(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  if (!/^\/(?![/\\])[^\s\\]*$/.test(value)) return fallback;
  return value;
}

/** The back address with the notice of a decision made. */
export function backWithNotice(back: string, decision: string): string {
  const [address, hash] = back.split('#', 2);
  const [path, query = ''] = address.split('?', 2);
  const kept = query.split('&').filter((part) => part !== '' && !part.startsWith('decided='));
  return `${path}?${[...kept, `decided=${decision}`].join('&')}${hash ? `#${hash}` : ''}`;
}

export function noticeOf(value: unknown): Said | undefined {
  return value === 'advance' || value === 'hold' || value === 'reject'
    ? { key: `decide.notice.${value}`, values: {} }
    : undefined;
}

export function compareHref(vacancyId: string, ids: string[]): string {
  return `/manager/vacancies/${vacancyId}/compare?ids=${ids.join(',')}`;
}

/** Marks the greatest of a row's values, when it stands above another (or the others have none). */
function markBest(cells: Cell[]): Cell[] {
  const values = cells.map((cell) => cell.points).filter((value): value is number => value !== null);
  if (cells.length < 2 || values.length === 0) return cells;
  const max = Math.max(...values);
  const standsOut = cells.some((cell) => cell.points === null || cell.points < max);
  return cells.map((cell) => ({ ...cell, best: standsOut && cell.points === max }));
}

function passedOverOf(breach: AdviceBreach | null, roundName: (id: string | null) => string) {
  if (breach?.kind !== 'passed_over') return null;
  const round = breach.ahead.stage === 'interview' ? ` (${roundName(breach.ahead.roundId)})` : '';
  return { stageKey: `stage.${breach.ahead.stage}`, round };
}

/**
 * The comparison side by side: a column per application, a row per
 * criterion of the screening and per round of the plan, the best of a row
 * marked, failed knock-outs named; under each, its decision form.
 */
export function compareView(
  comparison: Comparison,
  interviews: Map<string, { interview: Interview; sealed: boolean }[]>,
  advice: Map<string, Advice>,
  options: { back: string; single: boolean; notice?: Said; forms?: Map<string, DecisionFormState> },
): CompareModel {
  const { vacancy, applications } = comparison;
  const roundName = (id: string | null) => vacancy.rounds.find((round) => round.id === id)?.name ?? '';
  const criteria: CompareModel['criteria'] = [];
  for (const application of applications) {
    for (const line of application.screening?.breakdown ?? []) {
      if (!criteria.some((row) => row.name === line.name)) {
        criteria.push({ name: line.name, knockout: line.knockout, cells: [] });
      }
    }
  }
  for (const row of criteria) {
    row.cells = markBest(
      applications.map((application) => {
        const line = application.screening?.breakdown.find((one) => one.name === row.name);
        if (!line) return { text: null, points: null, best: false };
        const failed = (application.screening?.failedKnockouts ?? []).some((note) => note.criterion === line.criterion);
        return {
          text: line.explanation,
          points: line.earned,
          possible: line.possible,
          best: false,
          failedKnockout: failed,
          unknown: line.unknown,
        };
      }),
    );
  }
  const rounds = [...vacancy.rounds]
    .sort((a, b) => a.position - b.position)
    .map((round) => ({
      name: round.name,
      cells: markBest(
        applications.map((application) => {
          const held = (interviews.get(application.id) ?? [])
            .filter((one) => one.interview.roundId === round.id && one.interview.status !== 'cancelled')
            .sort((a, b) => b.interview.startsAt.getTime() - a.interview.startsAt.getTime())[0];
          if (!held) return { text: null, points: null, best: false };
          if (held.sealed) return { text: null, points: null, best: false, sealed: true };
          const { interview } = held;
          return {
            text: interview.result?.reason ?? null,
            points: interview.roundScore === null ? null : interview.roundScore / 100,
            best: false,
            decisionKey: interview.decision ? `decide.round.${interview.decision}` : 'decide.round.open',
          };
        }),
      ),
    }));
  const points = (hundredths: number | null) => (hundredths === null ? null : hundredths / 100);
  const shortlist = markBest(
    applications.map((one) => ({ text: null, points: points(one.shortlistScore), best: false })),
  );
  const screening = markBest(
    applications.map((one) => ({ text: null, points: points(one.screeningScore), best: false })),
  );
  return {
    vacancy: { id: vacancy.id, title: vacancy.title },
    single: options.single,
    span: applications.length + 1,
    compareHref: compareHref(
      vacancy.id,
      applications.map((one) => one.id),
    ),
    shortlistHref: `/manager/vacancies/${vacancy.id}/shortlist`,
    notice: options.notice,
    columns: applications.map((application, index) => {
      const failed = application.screening?.failedKnockouts ?? [];
      const names = failed.map(
        (note) =>
          application.screening?.breakdown.find((line) => line.criterion === note.criterion)?.name ?? note.criterion,
      );
      const said = advice.get(application.id) ?? { advance: null, passOver: null };
      const state = options.forms?.get(application.id) ?? {};
      return {
        id: application.id,
        name: application.candidateName,
        stageKey: `stage.${application.stage}`,
        roundName: application.stage === 'interview' ? roundName(application.roundId) : null,
        standingKey: `decide.standing.${standingOfSortKey(application.sortKey)}`,
        knockouts: names.length ? names.join(', ') : null,
        shortlistScore: shortlist[index].points,
        shortlistBest: shortlist[index].best,
        screeningScore: screening[index].points,
        screeningBest: screening[index].best,
        form: {
          action: `/manager/applications/${application.id}/decide`,
          revision: application.revision,
          back: options.back,
          final: FINAL_STAGES.includes(application.stage),
          reason: state.reason ?? '',
          knockouts: said.advance?.kind === 'knocked_out' ? said.advance.knockouts.join(', ') || '–' : null,
          passedOver: passedOverOf(said.passOver, roundName),
          message: state.message,
        },
      };
    }),
    criteria,
    rounds,
  };
}
