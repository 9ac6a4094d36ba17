import type { Criteria } from './profile';

/**
 * Criteria that stand in for a protected trait: what a role profile asks for
 * that follows from a person's age, national origin, sex or family rather
 * than from the work (EU Directive 2000/78/EC, art. 2 and 6; 2000/43/EC;
 * the US ADEA and Title VII). Plain checks of what was written, so a
 * recruiter is warned while writing; nothing is refused, since a real
 * occupational requirement can justify some of them.
 */
export type ProtectedTrait = 'age' | 'national_origin' | 'sex' | 'family_status';

export interface ProxyWarning {
  /** Where in the criteria, as the request body names it: `languages.items[0].level`. */
  field: string;
  trait: ProtectedTrait;
  /** Which rule: `native_speaker`, `age_limit`, `graduation_recency`, `nationality`, `sex`, `family_status`. */
  code: ProxyCode;
  /** The words that raised it, as written. */
  term: string;
}

export type ProxyCode = 'native_speaker' | 'age_limit' | 'graduation_recency' | 'nationality' | 'sex' | 'family_status';

const TEXT_RULES: { code: ProxyCode; trait: ProtectedTrait; pattern: RegExp }[] = [
  {
    code: 'graduation_recency',
    trait: 'age',
    pattern:
      /\b(recent(ly)? graduat\w*|graduated (after|within|since|in the last)|years? since graduat\w*|pas afgestudeerd|recent afgestudeerd|afgestudeerd (na|sinds|binnen)|jaar na (het )?afstuderen|hiljuti lopetanud|vastlopetanu\w*|lopetanud (parast|viimase))/,
  },
  {
    code: 'age_limit',
    trait: 'age',
    pattern:
      /\b(max(imum|imaal|imaalne)?\.? ?(age|leeftijd|vanus)|(age|leeftijd|vanus) ?(limit|grens|piir|max\w*|under|onder|alla|kuni)|(under|younger than|jonger dan|onder de|alla|nooremad kui) \d{2}\b|\d{2} ?(years old|jaar oud|jarige?|aastane|aasta vanune)|(born|geboren|sundinud) (after|before|na|voor|parast|enne)|young|jong(e|ere)?|noor(t|ed|em)?|digital native)\b/,
  },
  {
    code: 'nationality',
    trait: 'national_origin',
    pattern:
      /\b(nationality|nationaliteit|kodakondsus\w*|citizenship|citizen of|staatsburger\w*|burgerschap|kodanik\w*|(born|geboren|sundinud) (in|te)|native (dutch|english|estonian|speaker)|moedertaal|emakeel\w*|autochto\w*)\b/,
  },
  {
    code: 'sex',
    trait: 'sex',
    pattern: /\b(male|female|mannelijk\w*|vrouwelijk\w*|meessoost|naissoost|man or woman)\b/,
  },
  {
    code: 'family_status',
    trait: 'family_status',
    pattern:
      /\b(married|unmarried|no children|childless|gehuwd|getrouwd|ongehuwd|kinderloos|zonder kinderen|abielus|vallaline|lasteta)\b/,
  },
];

/** Lower case, marks dropped ("sündinud" reads as "sundinud"), runs of space as one. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** The free text a profile's criteria hold, each with its path. */
function writtenTexts(criteria: Criteria): { field: string; text: string }[] {
  const listed = (path: string, values: string[] | undefined) =>
    (values ?? []).map((text, index) => ({ field: `${path}[${index}]`, text }));
  return [
    ...listed('education.preferredFields', criteria.education?.preferredFields),
    ...listed('salesExperience.industries', criteria.salesExperience?.industries),
    ...listed('certifications.required', criteria.certifications?.required),
    ...listed('certifications.preferred', criteria.certifications?.preferred),
    ...listed('courses.topics', criteria.courses?.topics),
  ];
}

export function proxyWarnings(criteria: Criteria): ProxyWarning[] {
  const warnings: ProxyWarning[] = [];
  (criteria.languages?.items ?? []).forEach((item, index) => {
    // Being a native speaker follows from where one was born or raised; the work needs a level (C2 at most).
    if (item.level === 'native') {
      warnings.push({
        field: `languages.items[${index}].level`,
        trait: 'national_origin',
        code: 'native_speaker',
        term: item.language,
      });
    }
  });
  for (const { field, text } of writtenTexts(criteria)) {
    const norm = folded(text);
    const rule = TEXT_RULES.find((one) => one.pattern.test(norm));
    if (rule) warnings.push({ field, trait: rule.trait, code: rule.code, term: text });
  }
  return warnings;
}

const WHY: Record<ProxyCode, (term: string) => string> = {
  native_speaker: (language) =>
    `asks for a native speaker of ${language}: being a native speaker follows from national origin, not from the work; ask for the level the work needs (C2 at most)`,
  age_limit: (term) => `"${term}" sets an age limit or asks for youth, which discriminates by age`,
  graduation_recency: (term) =>
    `"${term}" asks how recently someone graduated, which stands in for age (as years of experience capped would)`,
  nationality: (term) =>
    `"${term}" asks for a nationality, citizenship or birthplace, which discriminates by national origin; ask for the right to work instead`,
  sex: (term) => `"${term}" names a sex, which the work cannot require but in rare, stated cases`,
  family_status: (term) => `"${term}" asks about marriage or children, which discriminates by family status`,
};

/** The warning in the API's words: where, and why. */
export function proxyMessage(warning: ProxyWarning): string {
  return WHY[warning.code](warning.term);
}
