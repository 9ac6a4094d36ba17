import type { ShortlistLeniencyDto } from '../../applications/dto/shortlist-leniency.dto';

export interface LeniencyRowModel {
  applicationId: string;
  name: string;
  stageKey: string;
  ranked: { position: number; score: number | null; interviewScore: number | null };
  other: { position: number; score: number | null; interviewScore: number | null };
  /** How far it moves, in words: up, down or not at all, with the count of places. */
  movedKey: string;
  places: number;
  direction: 'up' | 'down' | 'same';
}

export interface LeniencyModel {
  vacancyId: string;
  title: string;
  shortlistHref: string;
  /** The heading: the other variant, which the page shows. */
  headingKey: string;
  /** Which variant the vacancy ranks by, and what the page compares it with. */
  ranksByKey: string;
  /** The column of the other variant. */
  otherColumnKey: string;
  total: number;
  changed: number;
  shown: number;
  more: boolean;
  rows: LeniencyRowModel[];
}

/** The shortlist's toggle: the link to the variant the vacancy does not rank by. */
export function leniencyToggle(vacancyId: string, calibrateInterviews: boolean) {
  const href = `/manager/vacancies/${vacancyId}/shortlist/leniency`;
  return {
    href,
    labelKey: calibrateInterviews ? 'manager.shortlist.leniency.asRated' : 'manager.shortlist.leniency.calibrated',
  };
}

/** The applications with interview scores, as ranked and under the other variant of interview scores. */
export function leniencyView(data: ShortlistLeniencyDto, vacancy: { id: string; title: string }): LeniencyModel {
  const rows = data.items.map((item): LeniencyRowModel => {
    const direction = item.moved > 0 ? 'up' : item.moved < 0 ? 'down' : 'same';
    return {
      applicationId: item.applicationId,
      name: item.candidate.name,
      stageKey: `stage.${item.stage}`,
      ranked: {
        position: item.ranked.position,
        score: item.ranked.shortlistScore,
        interviewScore: item.ranked.interviewScore,
      },
      other: {
        position: item.other.position,
        score: item.other.shortlistScore,
        interviewScore: item.other.interviewScore,
      },
      movedKey: `manager.leniency.moved.${direction}`,
      places: Math.abs(item.moved),
      direction,
    };
  });
  return {
    vacancyId: vacancy.id,
    title: vacancy.title,
    shortlistHref: `/manager/vacancies/${vacancy.id}/shortlist`,
    headingKey: `manager.leniency.heading.${data.other}`,
    ranksByKey: `manager.leniency.ranksBy.${data.ranksBy}`,
    otherColumnKey: `manager.leniency.column.${data.other}`,
    total: data.total,
    changed: data.changed,
    shown: rows.length,
    more: data.total > rows.length,
    rows,
  };
}
