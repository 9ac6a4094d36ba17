import type { SectionKind } from './sections';

/*
 * Head words of headings, for headings the phrase list does not hold. Dutch
 * and Estonian build headings as compounds whose last part says the kind
 * ("beroepservaring", "müügikogemus", "communicatievaardigheden"), and in all
 * three languages the last word of a short heading is its head ("Relevante
 * ervaring", "Tugevad küljed", "Sales experience"). Languages are tested
 * first, by the first part: "taalvaardigheden" and "keeleoskused" are
 * languages, not skills.
 */
const LANGUAGE_STARTS = ['taal', 'talen', 'keel', 'language', 'talenkennis'];
const HEADS: [SectionKind, string[]][] = [
  [
    'work',
    [
      'ervaring',
      'ervaringen',
      'kogemus',
      'kogemused',
      'experience',
      'experiences',
      'loopbaan',
      'carriere',
      'career',
      'karjaar',
      'tookohad',
      'ametikohad',
      'positions',
      'functies',
      'werkgevers',
      'employers',
      'employment',
      'dienstverbanden',
      'worked',
      'gewerkt',
      'tootanud',
      'werkzaamheden',
      'tookaik',
      'tootee',
      'tood',
      'jobs',
      'banen',
      'roles',
    ],
  ],
  [
    'skills',
    [
      'vaardigheden',
      'oskused',
      'skills',
      'competenties',
      'competences',
      'competencies',
      'kompetentsid',
      'kwaliteiten',
      'qualities',
      'strengths',
      'sterktes',
      'kanten',
      'punten',
      'kuljed',
      'omadused',
      'eigenschappen',
      'abilities',
      'capabilities',
      'expertise',
      'tugevused',
      'padevus',
      'padevused',
    ],
  ],
  ['education', ['opleiding', 'opleidingen', 'haridus', 'education', 'onderwijs', 'opingud', 'scholing']],
  ['courses', ['cursussen', 'trainingen', 'koolitused', 'kursused', 'courses', 'trainings', 'workshops']],
  [
    'certifications',
    [
      'certificaten',
      'certificates',
      'sertifikaadid',
      'certifications',
      'licenties',
      'licences',
      'licenses',
      'tunnistused',
      'tunnistus',
    ],
  ],
  ['other', ['tegevused', 'activiteiten', 'activities', 'interesses', 'hobbies']],
];
/** Heads that name no kind by themselves ("Professional background", "Loopbaanoverzicht"): work, unless a kind word stands before them. */
const GENERIC_HEADS = [
  'history',
  'background',
  'overzicht',
  'overview',
  'record',
  'ulevaade',
  'geschiedenis',
  'ajalugu',
];

/** The kind a heading's last (normalised) word names as its head, or null. */
export function headWordKind(word: string): SectionKind | null {
  if (word.length < 4) return null;
  if (LANGUAGE_STARTS.some((start) => word.startsWith(start))) return 'languages';
  for (const [kind, heads] of HEADS) {
    if (heads.some((head) => word.endsWith(head))) return kind;
  }
  return null;
}

export function isGenericHead(word: string): boolean {
  return GENERIC_HEADS.some((head) => word.endsWith(head));
}
