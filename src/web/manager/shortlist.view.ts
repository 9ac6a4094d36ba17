import type { ShortlistItemDto, ShortlistPageDto } from '../../applications/dto/application.dto';
import { STAGES, Stage } from '../../applications/entities/application.entity';
import { STANDINGS, Standing } from '../../applications/shortlist-order';
import { leniencyToggle } from './leniency.view';

export const SHORTLIST_PAGE_SIZE = 25;
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** What the shortlist page was asked for: the API's filters and its cursor. */
export interface ShortlistPageQuery {
  stage?: Stage;
  eligible?: boolean;
  standing?: Standing;
  cursor?: string;
}

/** What of the vacancy the page shows and weighs the bars by. */
export interface ShortlistVacancy {
  id: string;
  title: string;
  screeningWeight: number;
  interviewWeight: number;
  roundsPlanned: number;
  /** The plan's rounds in order, to name those not decided yet. */
  rounds?: { id: string; name: string; weight: number }[];
  /** The vacancy ranks by interview scores corrected for each interviewer's leniency. */
  calibrateInterviews: boolean;
}

/** Segment colours for rounds, repeated after this many. */
const ROUND_TONES = 4;

/** One part of a row's combined score: its points and its share of the bar (of 100). */
export interface ScorePart {
  /** Screening, the interviews as one, or one decided round of them. */
  kind: 'screening' | 'interviews' | 'round';
  /** The part's colour: its kind, or `round-1`…`round-4` for rounds. */
  tone: string;
  labelKey: string;
  points: number;
  /** The round's name and weight, for a round. */
  name?: string;
  weight?: number;
  /** Where the part starts on a 0–100 bar, and how wide it is: the points themselves. */
  x: number;
  width: number;
}

export interface ShortlistRowModel {
  applicationId: string;
  position: number;
  name: string;
  stageKey: string;
  standing: Standing;
  standingKey: string;
  score: number | null;
  parts: ScorePart[];
  screeningScore: number | null;
  interviewScore: number | null;
  /** Failed knock-outs and those the facts cannot decide yet, in the profile's own words. */
  failedReasons: string[];
  openReasons: string[];
  needsReview: boolean;
  screened: boolean;
  /** Share of the screening evidence known, 0–100; null when not screened. */
  evidencePercent: number | null;
  roundsScored: number;
  roundsPlanned: number;
  roundsMissing: number;
  /** The plan's rounds with no decided score yet: missing, not zero. */
  missingRounds: { name: string; weight: number }[];
  /** The same names joined, for the evidence column. */
  missingNames: string;
  /** Interviews not decided yet: how many of their panel's scorecards are in. */
  awaiting: { name: string; panel: number; submitted: number }[];
  /** Missing rounds drawn beside the bar: only once a round is in, so the interviews' part is shown incomplete. */
  barMissing: { name: string; weight: number }[];
  fitLevel: string | null;
  decideHref: string;
}

export interface ShortlistModel {
  vacancyId: string;
  title: string;
  weights: { screening: number; interviews: number };
  /** Which interview scores the ranking uses, in words: corrected for leniency or as rated. */
  interviewScoresKey: string;
  /** The link to the ranking under the other variant of interview scores. */
  leniency: { href: string; labelKey: string };
  rows: ShortlistRowModel[];
  filters: {
    stages: { value: string; labelKey: string; selected: boolean }[];
    standings: { value: string; labelKey: string; selected: boolean }[];
    eligible: { value: string; labelKey: string; selected: boolean }[];
    filtered: boolean;
  };
  csvHref: string;
  compareAction: string;
  firstHref?: string;
  nextHref?: string;
  from: number;
  to: number;
}

/** The shortlist page's own URL for a query, the one the API's paging and filters take. */
export function shortlistHref(vacancyId: string, query: ShortlistPageQuery): string {
  const params = filterParams(query);
  if (query.cursor) params.set('cursor', query.cursor);
  const text = params.toString();
  return `/manager/vacancies/${vacancyId}/shortlist${text ? `?${text}` : ''}`;
}

/** The filters alone, in a fixed order, also the kept page's key. */
export function filterParams(query: ShortlistPageQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.stage) params.set('stage', query.stage);
  if (query.eligible !== undefined) params.set('eligible', String(query.eligible));
  if (query.standing) params.set('standing', query.standing);
  return params;
}

/**
 * The combined score split into what it is made of, under the vacancy's
 * weights: the screening score's share, then the interviews' share, split
 * into one part per decided round by what each adds to the interview score
 * (its weight times its score). Worked in hundredths, the interviews taking
 * the rounding from screening and the rounds sharing theirs by largest
 * remainder, so the parts add up to the combined score exactly.
 */
export function scoreParts(
  item: Pick<ShortlistItemDto, 'shortlistScore' | 'interviewScore' | 'score'> & {
    rounds?: ShortlistItemDto['rounds'];
  },
  weights: { screeningWeight: number; interviewWeight: number },
  plannedRounds: readonly { id: string }[] = [],
): ScorePart[] {
  if (item.shortlistScore === null) return [];
  const total = Math.round(item.shortlistScore * 100);
  const { screeningWeight, interviewWeight } = weights;
  const interviews = item.interviewScore !== null && interviewWeight > 0;
  let screening = total;
  if (interviews) {
    const share = screeningWeight / (screeningWeight + interviewWeight);
    screening = Math.min(total, Math.round((item.score ?? 0) * 100 * share));
  }
  const parts: ScorePart[] = [];
  const push = (part: Omit<ScorePart, 'x' | 'width' | 'points'>, hundredths: number) => {
    const x = parts.reduce((sum, one) => sum + one.width, 0);
    const points = hundredths / 100;
    parts.push({ ...part, points, x: Math.round(x * 100) / 100, width: points });
  };
  if (!interviews || screening > 0) {
    push({ kind: 'screening', tone: 'screening', labelKey: 'manager.shortlist.part.screening' }, screening);
  }
  if (!interviews) return parts;
  const rounds = item.rounds ?? [];
  if (rounds.length === 0) {
    push({ kind: 'interviews', tone: 'interviews', labelKey: 'manager.shortlist.part.interviews' }, total - screening);
    return parts;
  }
  const shares = largestRemainder(
    total - screening,
    rounds.map((round) => round.weight * round.score),
  );
  rounds.forEach((round, index) => {
    const place = plannedRounds.findIndex((planned) => planned.id === round.roundId);
    push(
      {
        kind: 'round',
        tone: `round-${((place < 0 ? index : place) % ROUND_TONES) + 1}`,
        labelKey: 'manager.shortlist.part.round',
        name: round.name,
        weight: round.weight,
      },
      shares[index],
    );
  });
  return parts;
}

/** `total` (a whole number) shared in proportion to `amounts`, in whole numbers that add up to it. */
export function largestRemainder(total: number, amounts: readonly number[]): number[] {
  const sum = amounts.reduce((a, b) => a + b, 0);
  if (amounts.length === 0) return [];
  if (sum <= 0) return amounts.map((_, index) => (index === amounts.length - 1 ? total : 0));
  const exact = amounts.map((amount) => (total * amount) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] += 1;
    left -= 1;
  }
  return shares;
}

export function shortlistView(
  data: ShortlistPageDto,
  vacancy: ShortlistVacancy,
  query: ShortlistPageQuery,
): ShortlistModel {
  const weights = { screeningWeight: vacancy.screeningWeight, interviewWeight: vacancy.interviewWeight };
  const here = shortlistHref(vacancy.id, query);
  const rows = data.items.map((item): ShortlistRowModel => {
    const roundsPlanned = item.evidence.roundsPlanned;
    const decided = item.rounds ?? [];
    const missingRounds = (vacancy.rounds ?? [])
      .filter((round) => !decided.some((one) => one.roundId === round.id))
      .map((round) => ({ name: round.name, weight: round.weight }));
    return {
      applicationId: item.applicationId,
      position: item.position,
      name: item.candidate.name,
      stageKey: `stage.${item.stage}`,
      standing: item.standing,
      standingKey: `manager.shortlist.standing.${item.standing}`,
      score: item.shortlistScore,
      parts: scoreParts(item, weights, vacancy.rounds),
      screeningScore: item.score,
      interviewScore: item.interviewScore,
      failedReasons: item.failedKnockouts.map((note) => note.reason),
      openReasons: item.openKnockouts.map((note) => note.reason),
      needsReview: item.needsReview,
      screened: item.evidence.screening !== null,
      evidencePercent: item.evidence.screening === null ? null : Math.round(item.evidence.screening * 100),
      roundsScored: item.evidence.roundsScored,
      roundsPlanned,
      roundsMissing: Math.max(0, roundsPlanned - item.evidence.roundsScored),
      missingRounds,
      missingNames: missingRounds.map((round) => round.name).join(', '),
      awaiting: (item.evidence.awaiting ?? []).map(({ name, panel, submitted }) => ({ name, panel, submitted })),
      barMissing: decided.length && item.interviewScore !== null ? missingRounds : [],
      fitLevel: item.fitLevel,
      decideHref: `/manager/applications/${item.applicationId}/decide?${new URLSearchParams({ back: here })}`,
    };
  });
  const csvParams = filterParams(query).toString();
  const first = rows[0]?.position ?? 0;
  return {
    vacancyId: vacancy.id,
    title: vacancy.title,
    weights: { screening: weights.screeningWeight, interviews: weights.interviewWeight },
    interviewScoresKey: vacancy.calibrateInterviews
      ? 'manager.shortlist.interviews.calibrated'
      : 'manager.shortlist.interviews.asRated',
    leniency: leniencyToggle(vacancy.id, vacancy.calibrateInterviews),
    rows,
    filters: {
      stages: ['', ...STAGES].map((value) => ({
        value,
        labelKey: value ? `stage.${value}` : 'manager.shortlist.filter.any',
        selected: (query.stage ?? '') === value,
      })),
      standings: ['', ...STANDINGS].map((value) => ({
        value,
        labelKey: value ? `manager.shortlist.standing.${value}` : 'manager.shortlist.filter.any',
        selected: (query.standing ?? '') === value,
      })),
      eligible: ['', 'true', 'false'].map((value) => ({
        value,
        labelKey: `manager.shortlist.eligible.${value || 'any'}`,
        selected: (query.eligible === undefined ? '' : String(query.eligible)) === value,
      })),
      filtered: filterParams(query).toString() !== '',
    },
    csvHref: `/vacancies/${vacancy.id}/shortlist.csv${csvParams ? `?${csvParams}` : ''}`,
    compareAction: `/manager/vacancies/${vacancy.id}/shortlist/compare`,
    firstHref: query.cursor ? shortlistHref(vacancy.id, { ...query, cursor: undefined }) : undefined,
    nextHref: data.nextCursor ? shortlistHref(vacancy.id, { ...query, cursor: data.nextCursor }) : undefined,
    from: first,
    to: rows.length ? rows[rows.length - 1].position : 0,
  };
}

/** Where the compare form leads: the compare page of two to four picked applications, or the problem named. */
export function compareHref(vacancyId: string, picked: string[]): string {
  return `/manager/vacancies/${vacancyId}/compare?ids=${picked.map(encodeURIComponent).join(',')}`;
}
