import { defaultPassThreshold, PassRule, RoundTemplate } from '../scoring/round-result';
import { VacancyRound } from './entities/vacancy-round.entity';

/**
 * The scale's standard words, from 1 up, for a round that writes none: as
 * many "no" as "yes" steps, a "Mixed" middle on an odd scale, and the same
 * words on every size so that a 4-point scale reads as it always has.
 */
const STANDARD_ANCHORS: Record<number, readonly string[]> = {
  2: ['No', 'Yes'],
  3: ['No', 'Mixed', 'Yes'],
  4: ['Strong no', 'No', 'Yes', 'Strong yes'],
  5: ['Strong no', 'No', 'Mixed', 'Yes', 'Strong yes'],
  6: ['Strong no', 'No', 'Leaning no', 'Leaning yes', 'Yes', 'Strong yes'],
  7: ['Strong no', 'No', 'Leaning no', 'Mixed', 'Leaning yes', 'Yes', 'Strong yes'],
  8: ['Very strong no', 'Strong no', 'No', 'Leaning no', 'Leaning yes', 'Yes', 'Strong yes', 'Very strong yes'],
  9: [
    'Very strong no',
    'Strong no',
    'No',
    'Leaning no',
    'Mixed',
    'Leaning yes',
    'Yes',
    'Strong yes',
    'Very strong yes',
  ],
  10: [
    'Very strong no',
    'Strong no',
    'No',
    'Leaning no',
    'Borderline no',
    'Borderline yes',
    'Leaning yes',
    'Yes',
    'Strong yes',
    'Very strong yes',
  ],
};

export function anchorsOf(round: Pick<VacancyRound, 'scale' | 'anchors'>): string[] {
  return round.anchors ?? [...STANDARD_ANCHORS[round.scale]];
}

/** The average rule's threshold: the first "yes" point of the scale unless the round sets one. */
export function passThresholdOf(round: Pick<VacancyRound, 'scale' | 'passThreshold'>): number {
  return round.passThreshold ?? defaultPassThreshold(round.scale);
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
