import { EducationLevel, parseEducationLevel } from '../education-scale';
import { EducationCriterion, ProfileLanguage } from '../profile';
import { fieldOfStudyMatcher } from '../fields-of-study';
import { Assessment, CompiledCriterion, FactTrail, nothingKnown, Words } from './assessment';

const WORDS: Words<{ unknown: string; minimum: string; preferred: string; field: string; otherField: string }> = {
  nl: {
    unknown: 'opleiding onbekend',
    minimum: 'minimum',
    preferred: 'voorkeur',
    field: 'gewenste studierichting',
    otherField: 'andere studierichting',
  },
  et: {
    unknown: 'haridus teadmata',
    minimum: 'miinimum',
    preferred: 'eelistatud',
    field: 'soovitud eriala',
    otherField: 'muu eriala',
  },
  en: {
    unknown: 'education unknown',
    minimum: 'minimum',
    preferred: 'preferred',
    field: 'a preferred field of study',
    otherField: 'another field of study',
  },
};

/** Share of the points at exactly the minimum level when a preferred level is set above it. */
const AT_MINIMUM = 0.7;
/** Share of the points that rests on a preferred field of study, when the profile names any. */
const FIELD_SHARE = 0.2;

/**
 * The highest level counts. Below the minimum earns nothing; at the minimum
 * 70% rising to full points at the preferred level (without a minimum, in
 * proportion to the preferred level). When the profile names fields of study,
 * a fifth of the points goes to an entry at or above the minimum in one of them.
 */
export function compileEducation(criterion: EducationCriterion, language: ProfileLanguage): CompiledCriterion {
  const minimum = criterion.minimumLevel ? parseEducationLevel(criterion.minimumLevel) : undefined;
  const preferred = criterion.preferredLevel ? parseEducationLevel(criterion.preferredLevel) : undefined;
  const fields = (criterion.preferredFields ?? []).map(fieldOfStudyMatcher);
  const words = WORDS[language];
  const asks = [
    minimum && `${words.minimum} ${minimum.label[language]}`,
    preferred && `${words.preferred} ${preferred.label[language]}`,
  ].filter(Boolean);
  const asked = asks.length ? `; ${asks.join(', ')}` : '';
  const bar = minimum ?? preferred;

  function levelShare(rank: number): number {
    if (minimum && rank < minimum.rank) return 0;
    if (!preferred || rank >= preferred.rank) return 1;
    if (!minimum) return rank / preferred.rank;
    return AT_MINIMUM + ((1 - AT_MINIMUM) * (rank - minimum.rank)) / (preferred.rank - minimum.rank);
  }

  return {
    kind: 'education',
    weight: criterion.weight,
    knockout: criterion.knockout === true,
    assess(facts): Assessment {
      const trail = new FactTrail();
      const entries = facts.education ?? [];
      let best: { level: EducationLevel; fact: (typeof entries)[number] } | undefined;
      let fieldFact: (typeof entries)[number] | undefined;
      for (const fact of entries) {
        const level = parseEducationLevel(fact.data.level);
        if (!level) continue;
        if (!best || level.rank > best.level.rank) best = { level, fact };
        const field = fact.data.field;
        if (!fieldFact && field && (!minimum || level.rank >= minimum.rank) && fields.some((m) => m(field))) {
          fieldFact = fact;
        }
      }
      if (!best) {
        return nothingKnown(words.unknown);
      }
      trail.use(best.fact);
      let fraction = levelShare(best.level.rank);
      let fieldNote = '';
      if (fields.length) {
        fraction *= 1 - FIELD_SHARE;
        if (fieldFact && fraction > 0) {
          fraction += FIELD_SHARE;
          trail.use(fieldFact);
        }
        fieldNote = `, ${fieldFact ? words.field : words.otherField}`;
      }
      const studied = best.fact.data.field ? ` (${best.fact.data.field})` : '';
      return {
        fraction,
        known: 1,
        meetsBar: bar ? best.level.rank >= bar.rank : true,
        unconfirmed: trail.unconfirmed,
        factIds: trail.ids,
        description: `${best.level.label[language]}${studied}${fieldNote}${asked}`,
      };
    },
  };
}
