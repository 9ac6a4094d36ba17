import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { criteriaArb, factsArb, languageArb, referenceDateArb } from '../../test/support/scoring-arbitraries';
import { fitFamily } from './family-fit';
import { CandidateFacts, Criteria, ProfileLanguage } from './profile';
import { SCORING_ENGINE_VERSION, scoringInput } from './provenance';
import { compileProfile, scoreCandidate } from './score';

const REFERENCE = '2026-11-23';

const EVERY_CRITERION: Criteria = {
  education: {
    weight: 20,
    knockout: true,
    minimumLevel: 'bachelor',
    preferredLevel: 'master',
    preferredFields: ['economics'],
  },
  salesExperience: { weight: 25, knockout: true, minimumYears: 2, targetYears: 5, industries: ['logistics'] },
  clientBase: {
    weight: 15,
    minimumSegment: 'national',
    minimumActiveAccounts: 20,
    minimumAnnualRevenueEur: 1_000_000,
    decisionMakersRequired: true,
  },
  competencies: {
    weight: 20,
    items: [
      { code: 'customer_focus', requiredLevel: 4, weight: 2 },
      { code: 'negotiation', requiredLevel: 3, weight: 1 },
    ],
  },
  certifications: { weight: 5, knockout: true, required: ['CFP'], preferred: ['PMP'] },
  languages: { weight: 10, items: [{ language: 'nl', level: 'C1' }] },
  courses: { weight: 5, topics: ['negotiation', 'marketing'] },
};

const CANDIDATES: CandidateFacts[] = [
  {},
  {
    education: [{ id: 'e1', confirmed: true, data: { level: 'master', field: 'Economics' } }],
    work: [
      {
        id: 'w1',
        confirmed: true,
        data: { start: '2016-03-01', end: '2020-02-29', salesRole: true, industry: 'logistics' },
      },
      { id: 'w2', confirmed: false, data: { start: '2020-03-01', end: null, salesRole: true } },
      { id: 'w3', confirmed: true, data: { start: '2012-09-01', end: '2016-02-01' } },
    ],
    clientBase: [
      { id: 'c1', confirmed: true, data: { segment: 'international', activeAccounts: 35, decisionMakers: true } },
    ],
    competencies: [
      { id: 'k1', confirmed: true, data: { code: 'customer_focus', level: 3 } },
      { id: 'k2', confirmed: true, data: { code: 'negotiation', level: 5 } },
    ],
    certifications: [{ id: 'z1', confirmed: true, data: { name: 'CFP' } }],
    languages: [{ id: 'l1', confirmed: true, data: { language: 'nl', level: 'native' } }],
    courses: [{ id: 'o1', confirmed: false, data: { name: 'Onderhandelen', topic: 'negotiation' } }],
  },
  {
    education: [{ id: 'e2', confirmed: true, data: { level: 'vocational' } }],
    work: [{ id: 'w4', confirmed: true, data: { start: '2025-01-01', end: null, salesRole: true } }],
    certifications: [{ id: 'z2', confirmed: true, data: { name: 'ITIL' } }],
    languages: [{ id: 'l2', confirmed: true, data: { language: 'en', level: 'B2' } }],
  },
];

/*
 * What each engine version makes of the fixed profiles and candidates below, in every language, with a family's fit.
 * When the output changes, raise SCORING_ENGINE_VERSION (provenance.ts) and add the new version's fingerprint here;
 * a version's fingerprint, once recorded, never changes: scores stored under it were made by that output.
 */
const FINGERPRINTS: Record<number, string> = {
  1: '170480cc0bc6e6ce',
};

describe('the scoring engine version', () => {
  it('is the newest version recorded, each with an output of its own', () => {
    const versions = Object.keys(FINGERPRINTS).map(Number);
    expect(SCORING_ENGINE_VERSION).toBe(Math.max(...versions));
    expect(new Set(Object.values(FINGERPRINTS)).size).toBe(versions.length);
  });

  it('moves with the output of the engine', () => {
    const lower: Criteria = {
      ...EVERY_CRITERION,
      education: { weight: 20, knockout: true, minimumLevel: 'vocational' },
    };
    const outputs = (['nl', 'et', 'en'] as ProfileLanguage[]).flatMap((language) => {
      const profile = compileProfile(EVERY_CRITERION, language);
      const family = [
        { level: 'A', profile: compileProfile(lower, language) },
        { level: 'B', profile },
      ];
      return CANDIDATES.map((facts) => ({
        result: scoreCandidate(profile, facts, REFERENCE),
        fit: fitFamily(family, facts, REFERENCE, language),
      }));
    });
    const fingerprint = createHash('sha256').update(JSON.stringify(outputs)).digest('hex').slice(0, 16);
    expect({ version: SCORING_ENGINE_VERSION, fingerprint }).toEqual({
      version: SCORING_ENGINE_VERSION,
      fingerprint: FINGERPRINTS[SCORING_ENGINE_VERSION],
    });
  });
});

describe('scoringInput', () => {
  it('keeps only the kinds of facts the criteria read, and only the fields they read', () => {
    const profile = compileProfile({ salesExperience: { weight: 1, minimumYears: 0, targetYears: 4 } }, 'en');
    const facts = {
      education: [{ id: 'e1', confirmed: true, data: { level: 'master', institution: 'Tartu Ülikool' } }],
      work: [
        {
          id: 'w1',
          confirmed: false,
          data: { start: '2020-01-01', end: null, salesRole: true, employer: 'Acme BV', title: 'Accountmanager' },
        },
      ],
    } as unknown as CandidateFacts;
    expect(scoringInput([profile], facts, REFERENCE)).toEqual({
      referenceDate: REFERENCE,
      facts: { work: [{ id: 'w1', confirmed: false, data: { start: '2020-01-01', end: null, salesRole: true } }] },
    });
  });

  it("reads what a family's other levels read too", () => {
    const sales = compileProfile({ salesExperience: { weight: 1, minimumYears: 0, targetYears: 4 } }, 'en');
    const languages = compileProfile({ languages: { weight: 1, items: [{ language: 'et', level: 'B2' }] } }, 'en');
    const facts: CandidateFacts = {
      languages: [{ confirmed: true, data: { language: 'et', level: 'C1' } }],
      courses: [{ confirmed: true, data: { name: 'Retoorika' } }],
    };
    expect(scoringInput([sales, languages], facts, REFERENCE).facts).toEqual({ languages: facts.languages });
  });

  it('is enough to make the same score again, for any profile and any facts', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, referenceDateArb, languageArb, (criteria, facts, reference, language) => {
        const profile = compileProfile(criteria, language);
        const withMore = Object.fromEntries(
          Object.entries(facts).map(([kind, list]) => [
            kind,
            (list as { data: object }[]).map((fact) => ({ ...fact, data: { ...fact.data, evidence: 'CV, page 2' } })),
          ]),
        ) as CandidateFacts;
        const input = scoringInput([profile], withMore, reference);
        expect(JSON.stringify(input)).not.toContain('evidence');
        const again = JSON.parse(JSON.stringify(input)) as typeof input;
        expect(scoreCandidate(profile, again.facts, again.referenceDate)).toEqual(
          scoreCandidate(profile, facts, reference),
        );
      }),
      { numRuns: 300 },
    );
  });
});
