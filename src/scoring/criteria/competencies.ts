import { findCompetency } from '../competency-catalogue';
import { CompetenciesCriterion, CompetencyFact, Fact, ProfileLanguage } from '../profile';
import { Assessment, CompiledCriterion, FactTrail, knownOf, Words } from './assessment';

const WORDS: Words<{ unknown: string; required: string }> = {
  nl: { unknown: 'onbekend', required: 'gevraagd' },
  et: { unknown: 'teadmata', required: 'nõutud' },
  en: { unknown: 'unknown', required: 'required' },
};

/**
 * Each competency earns its weight's share in proportion to the candidate's
 * level against the required one, full at or above it. A competency with no
 * evidence is unknown: it earns nothing and is named as unknown.
 */
export function compileCompetencies(criterion: CompetenciesCriterion, language: ProfileLanguage): CompiledCriterion {
  const words = WORDS[language];
  // Heaviest first, then by code: the same sentence whatever order the profile listed them in.
  const items = [...criterion.items]
    .sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((item) => ({ ...item, name: findCompetency(item.code)?.name[language] ?? item.code }));
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);

  return {
    kind: 'competencies',
    weight: criterion.weight,
    knockout: criterion.knockout === true,
    assess(facts): Assessment {
      const held = facts.competencies ?? [];
      const trail = new FactTrail();
      let earned = 0;
      let knownCount = 0;
      let below = false;
      let unknownAny = false;
      const parts: string[] = [];
      for (const item of items) {
        const fact = strongest(held, item.code);
        if (!fact) {
          unknownAny = true;
          parts.push(`${item.name} ${words.unknown} (${words.required} ${item.requiredLevel})`);
          continue;
        }
        knownCount += 1;
        const share = Math.min(1, fact.data.level / item.requiredLevel);
        if (share < 1) below = true;
        earned += item.weight * share;
        trail.use(fact);
        parts.push(`${item.name} ${fact.data.level} (${words.required} ${item.requiredLevel})`);
      }
      return {
        fraction: totalWeight > 0 ? earned / totalWeight : knownCount === items.length && !below ? 1 : 0,
        known: knownOf(knownCount, items.length),
        meetsBar: below ? false : unknownAny ? null : true,
        unconfirmed: trail.unconfirmed,
        factIds: trail.ids,
        description: parts.join(', '),
      };
    },
  };
}

/** The fact with the highest level for a competency; a pool holds a handful per candidate, so a scan is fastest. */
function strongest(facts: readonly Fact<CompetencyFact>[], code: string): Fact<CompetencyFact> | undefined {
  let best: Fact<CompetencyFact> | undefined;
  for (const fact of facts) {
    if (fact.data.code === code && (!best || fact.data.level > best.data.level)) best = fact;
  }
  return best;
}
