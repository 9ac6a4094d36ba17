/**
 * The competencies the source job profiles name, with their names in Dutch,
 * Estonian and English and the words CVs use for them. Codes are stable:
 * role profiles, facts and scorecards refer to them.
 *
 * Sources: Functieprofiel Accountmanager A/B/C (klantgericht, initiatief,
 * communicatief, ondernemerschap, analytisch, overtuigingskracht, coaching,
 * innovatief); the Estonian key account manager job description
 * (läbirääkimisoskus, analüüsivõime, taktitunne ja kehtestamine, meeskonnatöö,
 * pingetaluvus); the relatiemanager profile (communicatie, relatieopbouw,
 * verkoop, financiële analyse, organisatie).
 */
export interface Competency {
  code: string;
  name: { nl: string; et: string; en: string };
  /** Other words for it, in any of the three languages, lower case. */
  synonyms: string[];
}

export const COMPETENCIES: readonly Competency[] = [
  {
    code: 'customer_focus',
    name: { nl: 'Klantgerichtheid', et: 'Kliendikesksus', en: 'Customer focus' },
    synonyms: [
      'klantgericht',
      'klantgerichtheid',
      'kliendikeskne',
      'klienditeenindus',
      'customer oriented',
      'customer-centric',
    ],
  },
  {
    code: 'initiative',
    name: { nl: 'Initiatief', et: 'Algatusvõime', en: 'Initiative' },
    synonyms: ['initiatief tonen', 'proactief', 'proaktiivne', 'algatusvõimeline', 'proactive', 'self-starter'],
  },
  {
    code: 'communication',
    name: { nl: 'Communicatieve vaardigheid', et: 'Suhtlemisoskus', en: 'Communication' },
    synonyms: ['communicatief', 'communicatievaardig', 'suhtlemisoskus', 'ärisuhtlemisoskus', 'communication skills'],
  },
  {
    code: 'entrepreneurship',
    name: { nl: 'Ondernemerschap', et: 'Ettevõtlikkus', en: 'Entrepreneurship' },
    synonyms: ['ondernemend', 'ettevõtlik', 'ärivaist', 'entrepreneurial', 'commercial drive'],
  },
  {
    code: 'analytical',
    name: { nl: 'Analytisch vermogen', et: 'Analüüsivõime', en: 'Analytical ability' },
    synonyms: ['analytisch', 'analüütiline', 'analüüsivõimeline', 'analytical', 'analysis'],
  },
  {
    code: 'persuasiveness',
    name: { nl: 'Overtuigingskracht', et: 'Veenmisoskus', en: 'Persuasiveness' },
    synonyms: ['overtuigend', 'veenev', 'mõjutamisoskus', 'persuasive', 'influencing'],
  },
  {
    code: 'coaching',
    name: { nl: 'Coachende vaardigheden', et: 'Juhendamisoskus', en: 'Coaching' },
    synonyms: ['coachen', 'coachend', 'mentoring', 'juhendamine', 'mentorlus', 'coaching skills'],
  },
  {
    code: 'innovation',
    name: { nl: 'Innovatief vermogen', et: 'Uuendusmeelsus', en: 'Innovation' },
    synonyms: ['innovatief', 'creatief', 'innovaatiline', 'loov', 'innovative', 'creative'],
  },
  {
    code: 'negotiation',
    name: { nl: 'Onderhandelen', et: 'Läbirääkimisoskus', en: 'Negotiation' },
    synonyms: ['onderhandelingsvaardig', 'läbirääkimised', 'negotiating', 'negotiation skills'],
  },
  {
    code: 'tact_assertiveness',
    name: { nl: 'Tact en assertiviteit', et: 'Taktitunne ja kehtestamine', en: 'Tact and assertiveness' },
    synonyms: ['tactvol', 'assertief', 'taktitunne', 'kehtestav', 'enesekindlus', 'diplomatic', 'assertive'],
  },
  {
    code: 'teamwork',
    name: { nl: 'Samenwerken', et: 'Meeskonnatöö', en: 'Teamwork' },
    synonyms: ['samenwerking', 'teamspeler', 'meeskonnatöö oskus', 'koostöö', 'team player', 'collaboration'],
  },
  {
    code: 'stress_resistance',
    name: { nl: 'Stressbestendigheid', et: 'Pingetaluvus', en: 'Stress resistance' },
    synonyms: ['stressbestendig', 'pingekindel', 'stressitaluvus', 'resilient', 'works under pressure'],
  },
  {
    code: 'relationship_building',
    name: { nl: 'Relatieopbouw', et: 'Suhete loomine', en: 'Relationship building' },
    synonyms: [
      'relatiebeheer',
      'netwerken',
      'kliendisuhted',
      'suhtevõrgustik',
      'relationship management',
      'networking',
    ],
  },
  {
    code: 'sales',
    name: { nl: 'Verkoopvaardigheid', et: 'Müügioskus', en: 'Sales' },
    synonyms: ['verkopen', 'commercieel', 'müük', 'müügitöö', 'selling', 'sales skills'],
  },
  {
    code: 'financial_analysis',
    name: { nl: 'Financiële analyse', et: 'Finantsanalüüs', en: 'Financial analysis' },
    synonyms: ['financieel inzicht', 'finantsanalüüs', 'finantsteadmised', 'financial acumen', 'financial modelling'],
  },
  {
    code: 'organisation',
    name: { nl: 'Plannen en organiseren', et: 'Planeerimine ja organiseerimine', en: 'Planning and organising' },
    synonyms: ['organisatievermogen', 'plannen', 'organiseerimisoskus', 'planeerimine', 'organised', 'time management'],
  },
];

const BY_CODE = new Map(COMPETENCIES.map((competency) => [competency.code, competency]));

export function findCompetency(code: string): Competency | undefined {
  return BY_CODE.get(code);
}

export function unknownCompetencyMessage(code: string): string {
  return `"${code}" is not in the competency catalogue; use one of: ${COMPETENCIES.map((c) => c.code).join(', ')}`;
}

/** The codes of the competencies whose name, in any language, or other words contain `text`. */
export function competenciesNamed(text: string): string[] {
  const wanted = text.trim().toLocaleLowerCase();
  if (wanted.length < 3) return [];
  return COMPETENCIES.filter((competency) =>
    [...Object.values(competency.name), ...competency.synonyms, competency.code.replace(/_/g, ' ')].some((word) =>
      word.toLocaleLowerCase().includes(wanted),
    ),
  ).map((competency) => competency.code);
}
