/**
 * Deterministic candidates for benchmarks: the same seed gives the same
 * candidates on every machine, with the mix of facts a real pool has
 * (some unknown, some unconfirmed, overlapping and ongoing jobs).
 */
import { COMPETENCIES } from '../../src/scoring/competency-catalogue';
import { CandidateFacts, CEFR_ORDER, CLIENT_SEGMENT_ORDER } from '../../src/scoring/profile';

const LEVELS = ['mbo', 'mbo 4', 'mbo+', 'associate degree', 'hbo', 'hbo+', 'wo', 'bakalaureus', 'magister', 'bachelor'];
const FIELDS = ['Bedrijfseconomie', 'Commerciële economie', 'Majandusteadus', 'Marketing', 'Rechten', 'History'];
const INDUSTRIES = ['logistics', 'finance', 'retail', 'telecom', 'energy'];
const CERTIFICATES = ['CFP', 'CTP', 'CFA', 'PMP', 'ITIL'];
const COURSES = [
  { name: 'Onderhandelen', topic: 'negotiation' },
  { name: 'Retorica', topic: 'rhetoric' },
  { name: 'Marketing B2B', topic: 'marketing' },
  { name: 'Leidinggeven', topic: 'management' },
];

/** mulberry32: a small, fast, seeded generator; good enough to vary test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCandidates(count: number, seed = 42): CandidateFacts[] {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const date = (year: number) =>
    `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const candidates: CandidateFacts[] = [];
  for (let index = 0; index < count; index++) {
    const confirmed = () => random() < 0.7;
    const facts: CandidateFacts = {};
    if (random() < 0.95) {
      facts.education = Array.from({ length: int(1, 2) }, (_, n) => ({
        id: `e${index}-${n}`,
        confirmed: confirmed(),
        data: { level: pick(LEVELS), field: pick(FIELDS) },
      }));
    }
    let year = int(1998, 2018);
    facts.work = Array.from({ length: int(1, 5) }, (_, n) => {
      const start = date(year);
      year += int(0, 5);
      const ongoing = year >= 2026 || random() < 0.15;
      const roll = random();
      return {
        id: `w${index}-${n}`,
        confirmed: confirmed(),
        data: {
          start,
          end: ongoing ? null : date(Math.min(year, 2026)),
          ...(roll < 0.1 ? {} : { salesRole: roll < 0.75 }),
          industry: pick(INDUSTRIES),
        },
      };
    });
    if (random() < 0.8) {
      facts.clientBase = [
        {
          id: `c${index}`,
          confirmed: confirmed(),
          data: {
            segment: pick(CLIENT_SEGMENT_ORDER),
            activeAccounts: int(0, 120),
            ...(random() < 0.6 ? { annualRevenueEur: int(50, 5000) * 1000 } : {}),
            decisionMakers: random() < 0.6,
          },
        },
      ];
    }
    facts.competencies = Array.from({ length: int(0, 8) }, (_, n) => ({
      id: `k${index}-${n}`,
      confirmed: confirmed(),
      data: { code: pick(COMPETENCIES).code, level: int(1, 5) },
    }));
    facts.certifications = Array.from({ length: int(0, 2) }, () => ({
      confirmed: confirmed(),
      data: { name: pick(CERTIFICATES) },
    }));
    facts.languages = Array.from({ length: int(1, 3) }, () => ({
      confirmed: confirmed(),
      data: { language: pick(['en', 'nl', 'et', 'de', 'ru']), level: pick(CEFR_ORDER) },
    }));
    facts.courses = Array.from({ length: int(0, 3) }, () => ({ confirmed: confirmed(), data: pick(COURSES) }));
    candidates.push(facts);
  }
  return candidates;
}
