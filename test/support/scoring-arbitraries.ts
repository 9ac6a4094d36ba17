import fc from 'fast-check';
import { COMPETENCIES } from '../../src/scoring/competency-catalogue';
import { educationLevels } from '../../src/scoring/education-scale';
import {
  CandidateFacts,
  CEFR_ORDER,
  CLIENT_SEGMENT_ORDER,
  Criteria,
  Fact,
  ProfileLanguage,
  WorkFact,
} from '../../src/scoring/profile';

/** Generators of role profiles and candidate facts for property tests of the scoring engine. */

export const LEVEL_CODES = educationLevels().map((level) => level.code);
export const FIELDS = ['Bedrijfseconomie', 'Marketing', 'Rechten', 'economics', 'Biology', 'Finance and accounting'];
export const INDUSTRIES = ['logistics', 'logistiek', 'finance', 'retail', 'telecom'];
export const CERTIFICATES = ['CFP', 'CTP', 'CFA', 'PMP'];
export const TOPICS = ['management', 'marketing', 'PR', 'rhetoric', 'negotiation'];

const weight = fc.integer({ min: 0, max: 100 });
const knockout = fc.boolean();
const languageCode = fc.constantFrom('en', 'nl', 'et', 'de', 'ru');
const year = fc.integer({ min: 2000, max: 2026 });
const day = fc.integer({ min: 0, max: 27 * 365 });

const levelPair = fc
  .tuple(fc.integer({ min: 0, max: LEVEL_CODES.length - 1 }), fc.integer({ min: 0, max: LEVEL_CODES.length - 1 }))
  .map(([a, b]) => [LEVEL_CODES[Math.min(a, b)], LEVEL_CODES[Math.max(a, b)]] as const);

export const criteriaArb: fc.Arbitrary<Criteria> = fc.record(
  {
    education: fc.record({
      weight,
      knockout,
      minimumLevel: levelPair.map(([minimum]) => minimum),
      preferredLevel: fc.constantFrom(...LEVEL_CODES.slice(-4)),
      preferredFields: fc.subarray(['economics', 'marketing', 'law']),
    }),
    salesExperience: fc
      .tuple(
        weight,
        knockout,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.subarray(INDUSTRIES),
      )
      .map(([w, k, a, b, industries]) => ({
        weight: w,
        knockout: k,
        minimumYears: Math.min(a, b),
        targetYears: Math.max(a, b),
        industries,
      })),
    clientBase: fc.record(
      {
        weight,
        knockout,
        minimumSegment: fc.constantFrom(...CLIENT_SEGMENT_ORDER),
        minimumActiveAccounts: fc.integer({ min: 1, max: 100 }),
        minimumAnnualRevenueEur: fc.integer({ min: 1, max: 5_000_000 }),
        decisionMakersRequired: fc.boolean(),
      },
      { requiredKeys: ['weight', 'knockout'] },
    ),
    competencies: fc.record({
      weight,
      knockout,
      items: fc.uniqueArray(
        fc.record({
          code: fc.constantFrom(...COMPETENCIES.map((competency) => competency.code)),
          requiredLevel: fc.integer({ min: 1, max: 5 }),
          weight: fc.integer({ min: 0, max: 5 }),
        }),
        { selector: (item) => item.code, maxLength: 6 },
      ),
    }),
    certifications: fc.record({
      weight,
      knockout,
      required: fc.subarray(CERTIFICATES),
      preferred: fc.subarray(CERTIFICATES),
    }),
    languages: fc.record({
      weight,
      knockout,
      items: fc.uniqueArray(fc.record({ language: languageCode, level: fc.constantFrom(...CEFR_ORDER) }), {
        selector: (item) => item.language,
        maxLength: 3,
      }),
    }),
    courses: fc.record({ weight, knockout, topics: fc.subarray(TOPICS) }),
  },
  { requiredKeys: [] },
);

const fact = <T>(data: fc.Arbitrary<T>): fc.Arbitrary<Fact<T>> =>
  fc.record({ id: fc.uuid(), confirmed: fc.boolean(), data });

const isoDay = (offset: number) => new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

export const workFactArb: fc.Arbitrary<Fact<WorkFact>> = fact(
  fc
    .record({
      start: day,
      length: fc.option(fc.integer({ min: 0, max: 10 * 365 }), { nil: null }),
      salesRole: fc.option(fc.boolean(), { nil: undefined }),
      industry: fc.option(fc.constantFrom(...INDUSTRIES), { nil: undefined }),
    })
    .map(({ start, length, salesRole, industry }) => ({
      start: isoDay(start),
      end: length === null ? null : isoDay(start + length),
      ...(salesRole === undefined ? {} : { salesRole }),
      ...(industry === undefined ? {} : { industry }),
    })),
);

export const factsArb: fc.Arbitrary<CandidateFacts> = fc.record(
  {
    education: fc.array(
      fact(
        fc.record({
          level: fc.constantFrom(...LEVEL_CODES, 'hbo', 'mbo+', 'bakalaureus'),
          field: fc.constantFrom(...FIELDS),
        }),
      ),
      { maxLength: 3 },
    ),
    work: fc.array(workFactArb, { maxLength: 5 }),
    clientBase: fc.array(
      fact(
        fc.record(
          {
            segment: fc.constantFrom(...CLIENT_SEGMENT_ORDER),
            activeAccounts: fc.integer({ min: 0, max: 200 }),
            annualRevenueEur: fc.integer({ min: 0, max: 10_000_000 }),
            decisionMakers: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      ),
      { maxLength: 2 },
    ),
    competencies: fc.array(
      fact(
        fc.record({
          code: fc.constantFrom(...COMPETENCIES.map((competency) => competency.code)),
          level: fc.integer({ min: 1, max: 5 }),
        }),
      ),
      { maxLength: 8 },
    ),
    certifications: fc.array(fact(fc.record({ name: fc.constantFrom(...CERTIFICATES, 'CFA Level II', 'ITIL') })), {
      maxLength: 3,
    }),
    languages: fc.array(fact(fc.record({ language: languageCode, level: fc.constantFrom(...CEFR_ORDER) })), {
      maxLength: 3,
    }),
    courses: fc.array(
      fact(
        fc.record({
          name: fc.constantFrom('Sales 101', 'Retorica', 'Marketing B2B'),
          topic: fc.constantFrom(...TOPICS),
        }),
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

export const languageArb: fc.Arbitrary<ProfileLanguage> = fc.constantFrom('nl', 'et', 'en');
export const referenceDateArb = year.map((value) => `${value}-06-30`);
