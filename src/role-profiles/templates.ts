import { Language } from '../users/entities/user.entity';
import { CriteriaDto } from './dto/criteria.dto';

export interface RoleProfileTemplate {
  key: string;
  name: string;
  family: string | null;
  level: string | null;
  language: Language;
  criteria: CriteriaDto;
}

/*
 * The built-in role profiles. Education levels, client segments, competencies,
 * certifications and the knock-outs follow the source documents named on each;
 * the weights, the required competency levels and the target years the sources
 * leave open are Sift's defaults, for recruiters to tune on their copies.
 */

// Functieprofiel Accountmanager A/B/C: "WERK- EN DENKNIVEAU" (mbo+/hbo, hbo/hbo+, hbo+/wo),
// clients (groot MKB lokaal/regionaal; groot MKB en/of nationaal; (inter)nationaal) and
// "COMPETENTIES / VAARDIGHEDEN" per level. The working level is what tells the levels
// apart, so its lower bound is a knock-out: fitting the family means reaching it.
const accountManager = (
  level: 'A' | 'B' | 'C',
  education: [string, string],
  segment: 'regional_smb' | 'national' | 'international',
  competencies: [string, number][],
  years: [number, number],
): RoleProfileTemplate => ({
  key: `accountmanager-${level.toLowerCase()}`,
  name: `Accountmanager ${level}`,
  family: 'Accountmanager',
  level,
  language: 'nl',
  criteria: {
    education: { weight: 20, knockout: true, minimumLevel: education[0], preferredLevel: education[1] },
    salesExperience: { weight: 25, knockout: false, minimumYears: years[0], targetYears: years[1] },
    clientBase: { weight: 20, knockout: false, minimumSegment: segment, decisionMakersRequired: level !== 'A' },
    competencies: {
      weight: 30,
      knockout: false,
      items: competencies.map(([code, requiredLevel]) => ({ code, requiredLevel, weight: 1 })),
    },
    courses: { weight: 5, knockout: false, topics: ['management', 'marketing', 'PR', 'rhetoric'] },
  },
});

export const TEMPLATES: RoleProfileTemplate[] = [
  accountManager(
    'A',
    ['mbo+', 'hbo'],
    'regional_smb',
    [
      ['customer_focus', 3],
      ['initiative', 3],
      ['communication', 3],
      ['entrepreneurship', 3],
    ],
    [0, 2],
  ),
  accountManager(
    'B',
    ['hbo', 'hbo+'],
    'national',
    [
      ['customer_focus', 4],
      ['analytical', 3],
      ['persuasiveness', 3],
      ['entrepreneurship', 3],
    ],
    [2, 4],
  ),
  accountManager(
    'C',
    ['hbo+', 'wo'],
    'international',
    [
      ['customer_focus', 4],
      ['persuasiveness', 4],
      ['entrepreneurship', 4],
      ['coaching', 3],
      ['innovation', 3],
    ],
    [4, 7],
  ),
  // Võtmekliendihalduri ametijuhend, 1.5: higher education and at least two years in sales;
  // competencies and the conversational foreign language from the same document.
  {
    key: 'key-account-manager',
    name: 'Võtmekliendihaldur (Key Account Manager)',
    family: null,
    level: null,
    language: 'et',
    criteria: {
      education: {
        weight: 15,
        knockout: true,
        minimumLevel: 'bakalaureus',
        preferredLevel: 'magister',
        preferredFields: ['economics', 'law', 'management'],
      },
      salesExperience: { weight: 30, knockout: true, minimumYears: 2, targetYears: 5 },
      clientBase: { weight: 20, knockout: false, minimumSegment: 'national', decisionMakersRequired: true },
      competencies: {
        weight: 30,
        knockout: false,
        items: [
          { code: 'negotiation', requiredLevel: 4, weight: 2 },
          { code: 'analytical', requiredLevel: 3, weight: 1 },
          { code: 'tact_assertiveness', requiredLevel: 3, weight: 1 },
          { code: 'teamwork', requiredLevel: 3, weight: 1 },
          { code: 'stress_resistance', requiredLevel: 3, weight: 1 },
        ],
      },
      languages: { weight: 5, knockout: false, items: [{ language: 'en', level: 'B1' }] },
    },
  },
  // Relatiemanager: a bachelor in business administration, finance, accounting or
  // marketing; 3–5 years in a comparable role; CFP, CTP (and CFA) valued.
  {
    key: 'relatiemanager',
    name: 'Relatiemanager',
    family: null,
    level: null,
    language: 'nl',
    criteria: {
      education: {
        weight: 20,
        knockout: false,
        minimumLevel: 'bachelor',
        preferredLevel: 'master',
        preferredFields: ['business administration', 'finance', 'accounting', 'marketing'],
      },
      salesExperience: { weight: 30, knockout: false, minimumYears: 3, targetYears: 5 },
      clientBase: { weight: 15, knockout: false, decisionMakersRequired: true },
      competencies: {
        weight: 25,
        knockout: false,
        items: [
          { code: 'communication', requiredLevel: 4, weight: 1 },
          { code: 'relationship_building', requiredLevel: 4, weight: 2 },
          { code: 'sales', requiredLevel: 3, weight: 1 },
          { code: 'financial_analysis', requiredLevel: 3, weight: 1 },
          { code: 'organisation', requiredLevel: 3, weight: 1 },
        ],
      },
      certifications: { weight: 10, knockout: false, required: [], preferred: ['CFP', 'CTP', 'CFA'] },
    },
  },
];
