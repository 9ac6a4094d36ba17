import { PassRule, RoundTemplate } from '../scoring/round-result';
import { VacancyRound } from './entities/vacancy-round.entity';

const STANDARD_ANCHORS: Record<number, string[]> = {
  4: ['Strong no', 'No', 'Yes', 'Strong yes'],
  5: ['Strong no', 'No', 'Mixed', 'Yes', 'Strong yes'],
};

export function anchorsOf(round: Pick<VacancyRound, 'scale' | 'anchors'>): string[] {
  return round.anchors ?? STANDARD_ANCHORS[round.scale];
}

/** The average rule's threshold: the first "yes" point of the scale unless the round sets one. */
export function passThresholdOf(round: Pick<VacancyRound, 'scale' | 'passThreshold'>): number {
  return round.passThreshold ?? (round.scale === 5 ? 4 : 3);
}

export function passRuleOf(round: Pick<VacancyRound, 'scale' | 'passRule' | 'passThreshold'>): PassRule {
  return round.passRule === 'average'
    ? { kind: 'average', threshold: passThresholdOf(round) }
    : { kind: round.passRule };
}

/** What scoring needs of a round. */
export function templateOf(round: VacancyRound): RoundTemplate {
  return { competencies: round.competencies, scale: round.scale, passRule: passRuleOf(round) };
}
