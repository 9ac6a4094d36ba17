import type { ScreeningProgress, ShortlistWhatIf } from '../../applications/shortlist-what-if.service';
import type { ProxyWarning } from '../../scoring/protected-proxies';

/*
 * The vacancy editor's two previews of the shortlist: the ranking again under
 * criteria not saved yet (what-if), and the screening again after they are.
 */

export interface WhatIfRowModel {
  name: string;
  stageKey: string;
  position: number;
  before: number;
  direction: 'up' | 'down' | 'same';
  /** How many places, always positive; with the direction's key for the words. */
  places: number;
  movedKey: string;
  scoreBefore: number | null;
  hasScoreBefore: boolean;
  scoreAfter: number;
  standingKey?: string;
}

export interface WhatIfModel {
  /** `empty`: nobody applied yet; `invalid`: the criteria cannot be scored; `idle`: not asked yet. */
  state: 'idle' | 'ready' | 'empty' | 'invalid';
  stateKey: string;
  rows: WhatIfRowModel[];
  count: number;
  moved: number;
  /** Criteria that stand in for a protected trait, in the criteria as typed (or stored). */
  warnings: ProxyWarningModel[];
}

export interface ProxyWarningModel {
  criterionKey: string;
  messageKey: string;
  term: string;
}

/** A warning as the editor words it: the criterion it is in, and why. */
export function proxyWarningModels(warnings: ProxyWarning[]): ProxyWarningModel[] {
  return warnings.map((warning) => ({
    criterionKey: `vacancy.criterion.${warning.field.split('.')[0]}`,
    messageKey: `vacancy.proxy.${warning.code}`,
    term: warning.term,
  }));
}

export interface ProgressModel {
  state: ScreeningProgress['state'];
  stateKey: string;
  running: boolean;
  open: number;
  screened: number;
  percent: number;
  version: number;
  pollHref: string;
  reloadHref: string;
}

/** The top of the list ranked again: who moves, how far, and their score before and after. */
export function whatIfModel(
  preview: ShortlistWhatIf | 'invalid' | undefined,
  warnings: ProxyWarning[] = [],
): WhatIfModel {
  const nothing = (state: 'idle' | 'invalid') => ({
    state,
    stateKey: `vacancy.whatIf.state.${state}`,
    rows: [],
    count: 0,
    moved: 0,
    warnings: proxyWarningModels(warnings),
  });
  if (preview === undefined) return nothing('idle');
  if (preview === 'invalid') return nothing('invalid');
  const rows = preview.items.map((item) => {
    const direction = item.moved > 0 ? 'up' : item.moved < 0 ? 'down' : 'same';
    return {
      name: item.name,
      stageKey: `stage.${item.stage}`,
      position: item.after.position,
      before: item.before.position,
      direction,
      places: Math.abs(item.moved),
      movedKey: `vacancy.whatIf.moved.${direction}`,
      scoreBefore: item.before.score === null ? null : item.before.score / 100,
      hasScoreBefore: item.before.score !== null,
      scoreAfter: item.after.score / 100,
      standingKey: item.after.standing === 'ranked' ? undefined : `vacancy.standing.${item.after.standing}`,
    } satisfies WhatIfRowModel;
  });
  const state = rows.length ? 'ready' : 'empty';
  return {
    state,
    stateKey: `vacancy.whatIf.state.${state}`,
    rows,
    count: rows.length,
    moved: rows.filter((row) => row.direction !== 'same').length,
    warnings: proxyWarningModels(warnings),
  };
}

export function progressModel(progress: ScreeningProgress): ProgressModel {
  return {
    state: progress.state,
    stateKey: `vacancy.progress.${progress.state}`,
    running: progress.state === 'running',
    open: progress.open,
    screened: progress.screened,
    percent: progress.open ? Math.floor((progress.screened / progress.open) * 100) : 100,
    version: progress.profileVersion,
    pollHref: `/recruiter/vacancies/${progress.vacancyId}/screening-progress`,
    reloadHref: `/recruiter/vacancies/${progress.vacancyId}/edit#screening`,
  };
}
