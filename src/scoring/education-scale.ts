import { normaliseText } from './text';
/**
 * One ordinal scale for education levels, mapped to ISCED 2011 and the EQF,
 * that understands the Dutch, Estonian and English names CVs and job profiles
 * use. Sources: UNESCO, "International Standard Classification of Education
 * ISCED 2011" (levels 0–8); the Dutch NLQF/EQF referencing (mbo 1–4 at EQF
 * 1–4, associate degree at 5, hbo/wo bachelor at 6, master at 7, doctorate at
 * 8); the Estonian Qualifications Framework (EKR), which places
 * rakenduskõrgharidus and bakalaureus at level 6 and magister at 7.
 */
export interface EducationLevel {
  /** Position on the scale; a higher rank is a higher level. */
  rank: number;
  code: string;
  isced: number;
  eqf: number | null;
  /** How a recruiter reads it, per language. */
  label: { nl: string; et: string; en: string };
}

/*
 * "mbo+" and "hbo+" are Dutch work-and-thinking levels ("werk- en denkniveau"),
 * not diplomas: mbo+ is mbo 4 with more (a started hbo study, or work at that
 * level), hbo+ is a bachelor with more (a post-bachelor study, or work towards
 * master level). Each sits between its diploma and the next one, so a profile
 * asking "hbo+" is met by a master and not by a plain bachelor.
 */
const LEVELS: EducationLevel[] = [
  { rank: 10, code: 'primary', isced: 1, eqf: 1, label: { nl: 'basisonderwijs', et: 'algharidus', en: 'primary' } },
  {
    rank: 20,
    code: 'lower_secondary',
    isced: 2,
    eqf: 2,
    label: { nl: 'vmbo', et: 'põhiharidus', en: 'lower secondary' },
  },
  {
    rank: 25,
    code: 'vocational_entry',
    isced: 3,
    eqf: 2,
    label: { nl: 'mbo 1–2', et: 'kutseõpe (tase 2)', en: 'entry vocational' },
  },
  { rank: 30, code: 'vocational', isced: 3, eqf: 3, label: { nl: 'mbo 3', et: 'kutseharidus', en: 'vocational' } },
  {
    rank: 35,
    code: 'upper_secondary',
    isced: 3,
    eqf: 4,
    label: { nl: 'mbo 4 / havo / vwo', et: 'keskharidus', en: 'upper secondary' },
  },
  {
    rank: 40,
    code: 'upper_secondary_plus',
    isced: 4,
    eqf: 4,
    label: { nl: 'mbo+', et: 'keskharidus ja enam', en: 'upper secondary and more' },
  },
  {
    rank: 50,
    code: 'short_tertiary',
    isced: 5,
    eqf: 5,
    label: { nl: 'associate degree', et: 'kutseõpe (tase 5)', en: 'associate' },
  },
  {
    rank: 60,
    code: 'bachelor',
    isced: 6,
    eqf: 6,
    label: { nl: 'hbo / wo-bachelor', et: 'bakalaureus', en: 'bachelor' },
  },
  {
    rank: 65,
    code: 'bachelor_plus',
    isced: 6,
    eqf: 6,
    label: { nl: 'hbo+', et: 'bakalaureus ja enam', en: 'bachelor and more' },
  },
  { rank: 70, code: 'master', isced: 7, eqf: 7, label: { nl: 'wo / master', et: 'magister', en: 'master' } },
  { rank: 80, code: 'doctorate', isced: 8, eqf: 8, label: { nl: 'doctoraat', et: 'doktor', en: 'doctorate' } },
];

/** Every name the scale accepts, as written; matching ignores case, accents and spacing. */
const NAMES: Record<string, string[]> = {
  primary: ['basisonderwijs', 'primary', 'primary school', 'algharidus', 'alghariduskool'],
  lower_secondary: ['vmbo', 'mavo', 'lower secondary', 'põhiharidus'],
  vocational_entry: ['mbo 1', 'mbo 2', 'mbo1', 'mbo2', 'entrance vocational'],
  vocational: ['mbo', 'mbo 3', 'mbo3', 'vocational', 'kutseharidus', 'kutseõpe'],
  upper_secondary: [
    'mbo 4',
    'mbo4',
    'havo',
    'vwo',
    'secondary',
    'upper secondary',
    'high school',
    'keskharidus',
    'üldkeskharidus',
    'kutsekeskharidus',
  ],
  upper_secondary_plus: ['mbo+', 'mbo plus', 'post-secondary', 'post secondary'],
  short_tertiary: ['associate degree', 'associate', 'ad', 'short-cycle tertiary'],
  bachelor: [
    'hbo',
    'bachelor',
    'hbo bachelor',
    'wo bachelor',
    'bsc',
    'ba',
    'bba',
    'rakenduskõrgharidus',
    'bakalaureus',
    'bakalaureusekraad',
    'kõrgharidus',
    'higher education',
  ],
  bachelor_plus: ['hbo+', 'hbo plus'],
  master: ['wo', 'master', 'wo master', 'msc', 'ma', 'mba', 'magister', 'magistrikraad'],
  doctorate: ['doctorate', 'doctoraat', 'promotie', 'phd', 'doktor', 'doktorikraad'],
};

const BY_CODE = new Map(LEVELS.map((level) => [level.code, level]));
const BY_NAME = new Map<string, EducationLevel>();
for (const [code, names] of Object.entries(NAMES)) {
  for (const name of names) BY_NAME.set(normalise(name), BY_CODE.get(code)!);
}

/** The accepted names, for error messages ("use one of …"). */
export const EDUCATION_LEVEL_NAMES: string[] = Object.values(NAMES).flat();

const parsed = new Map<string, EducationLevel | undefined>();

/** The level a name stands for, or undefined when the scale does not know it. */
export function parseEducationLevel(name: string): EducationLevel | undefined {
  if (parsed.has(name)) return parsed.get(name);
  const level = BY_NAME.get(normalise(name)) ?? BY_CODE.get(name);
  // Names as written are few (the scale's names in a handful of spellings); bound the memo anyway.
  if (parsed.size >= 10_000) parsed.clear();
  parsed.set(name, level);
  return level;
}

export function unknownEducationLevelMessage(name: string): string {
  return `"${name}" is not a level on the education scale; use one of: ${EDUCATION_LEVEL_NAMES.join(', ')}`;
}

export function educationLevels(): readonly EducationLevel[] {
  return LEVELS;
}

function normalise(name: string): string {
  return normaliseText(name).replace(/\s*\+$/, '+');
}
