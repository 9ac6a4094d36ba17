import { CEFR_ORDER, CefrLevel, Fact, LanguageFact, LanguagesCriterion, ProfileLanguage } from '../profile';
import { Assessment, CompiledCriterion, FactTrail, knownOf, Words } from './assessment';

const WORDS: Words<{ unknown: string; required: string; native: string }> = {
  nl: { unknown: 'onbekend', required: 'gevraagd', native: 'moedertaal' },
  et: { unknown: 'teadmata', required: 'nõutud', native: 'emakeel' },
  en: { unknown: 'unknown', required: 'required', native: 'native' },
};

const NAMES: Record<string, Record<ProfileLanguage, string>> = {
  nl: { nl: 'Nederlands', et: 'hollandi keel', en: 'Dutch' },
  et: { nl: 'Estisch', et: 'eesti keel', en: 'Estonian' },
  en: { nl: 'Engels', et: 'inglise keel', en: 'English' },
  de: { nl: 'Duits', et: 'saksa keel', en: 'German' },
  fr: { nl: 'Frans', et: 'prantsuse keel', en: 'French' },
  ru: { nl: 'Russisch', et: 'vene keel', en: 'Russian' },
  fi: { nl: 'Fins', et: 'soome keel', en: 'Finnish' },
  sv: { nl: 'Zweeds', et: 'rootsi keel', en: 'Swedish' },
  lv: { nl: 'Lets', et: 'läti keel', en: 'Latvian' },
  lt: { nl: 'Litouws', et: 'leedu keel', en: 'Lithuanian' },
  pl: { nl: 'Pools', et: 'poola keel', en: 'Polish' },
  es: { nl: 'Spaans', et: 'hispaania keel', en: 'Spanish' },
  it: { nl: 'Italiaans', et: 'itaalia keel', en: 'Italian' },
};

const rank = (level: CefrLevel): number => CEFR_ORDER.indexOf(level) + 1;

/**
 * Each language earns an equal share in proportion to the candidate's CEFR
 * level against the one asked (a native speaker is above C2). A language with
 * no evidence is unknown.
 */
export function compileLanguages(criterion: LanguagesCriterion, language: ProfileLanguage): CompiledCriterion {
  const words = WORDS[language];
  const items = [...criterion.items]
    .sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : 0))
    .map((item) => ({ ...item, name: NAMES[item.language]?.[language] ?? item.language.toUpperCase() }));
  const levelName = (level: CefrLevel) => (level === 'native' ? words.native : level);

  return {
    kind: 'languages',
    weight: criterion.weight,
    knockout: criterion.knockout === true,
    assess(facts): Assessment {
      const best = new Map<string, Fact<LanguageFact>>();
      for (const fact of facts.languages ?? []) {
        const held = best.get(fact.data.language);
        if (!held || rank(fact.data.level) > rank(held.data.level)) best.set(fact.data.language, fact);
      }
      const trail = new FactTrail();
      let sum = 0;
      let knownCount = 0;
      let below = false;
      const parts = items.map((item) => {
        const fact = best.get(item.language);
        const asked = `(${words.required} ${levelName(item.level)})`;
        if (!fact) return `${item.name} ${words.unknown} ${asked}`;
        knownCount += 1;
        const share = Math.min(1, rank(fact.data.level) / rank(item.level));
        if (share < 1) below = true;
        sum += share;
        trail.use(fact);
        return `${item.name} ${levelName(fact.data.level)} ${asked}`;
      });
      return {
        fraction: items.length ? sum / items.length : 1,
        known: knownOf(knownCount, items.length),
        meetsBar: below ? false : knownCount < items.length ? null : true,
        unconfirmed: trail.unconfirmed,
        factIds: trail.ids,
        description: parts.join(', '),
      };
    },
  };
}
