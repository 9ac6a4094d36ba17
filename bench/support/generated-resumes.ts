/**
 * Deterministic JSON Resume documents for the pipeline benchmark: the same
 * seed and index give the same candidate on every machine, with the mix of
 * education, dated jobs (sales and not), catalogue skills and languages a
 * real pool has.
 */
import { COMPETENCIES } from '../../src/scoring/competency-catalogue';
import { seededRandom } from './generated-facts';

const LEVELS = ['mbo', 'mbo 4', 'mbo+', 'associate degree', 'hbo', 'hbo+', 'wo', 'bakalaureus', 'magister'];
const FIELDS = ['Commerciële Economie', 'Bedrijfskunde', 'Majandusteadus', 'Marketing', 'Rechten', 'Geschiedenis'];
const TITLES = [
  'Accountmanager',
  'Key Account Manager',
  'Verkoper binnendienst',
  'Müügijuht',
  'Projectleider',
  'Office manager',
];
const LEVEL_WORDS = ['Beginner', 'Intermediate', 'Advanced', 'Expert'];

export function resumeLine(index: number, seed = 7): string {
  const random = seededRandom(seed * 1_000_003 + index);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  let year = int(2000, 2016);
  const work = Array.from({ length: int(1, 4) }, () => {
    const startDate = `${year}-${String(int(1, 12)).padStart(2, '0')}`;
    year += int(1, 5);
    const ongoing = year > 2025;
    return {
      name: `Werkgever ${int(1, 500)}`,
      position: pick(TITLES),
      startDate,
      ...(ongoing ? {} : { endDate: `${Math.min(year, 2025)}-${String(int(1, 12)).padStart(2, '0')}` }),
    };
  });
  const skills = Array.from({ length: int(0, 5) }, () => ({
    name: pick(COMPETENCIES).name[pick(['nl', 'en', 'et'] as const)],
    level: pick(LEVEL_WORDS),
  }));
  return JSON.stringify({
    basics: { name: `Kandidaat ${index}`, email: `kandidaat-${index}@example.com`, location: { city: 'Utrecht' } },
    education: [
      { institution: 'Hogeschool', studyType: pick(LEVELS), area: pick(FIELDS), endDate: String(int(1995, 2015)) },
    ],
    work,
    skills,
    languages: [{ language: 'English', fluency: pick(['Native speaker', 'Fluent', 'B2', 'Elementary']) }],
  });
}
