import { TEMPLATES } from '../role-profiles/templates';
import { CandidateFacts, Criteria } from './profile';
import { apportion, compileProfile, scoreCandidate } from './score';

const REFERENCE = '2026-11-23';

describe('apportion', () => {
  it('splits 100 points into hundredths that add up exactly', () => {
    expect(apportion([1, 1, 1])).toEqual([3334, 3333, 3333]);
    expect(apportion([20, 25, 20, 30, 5])).toEqual([2000, 2500, 2000, 3000, 500]);
    expect(apportion([0, 3])).toEqual([0, 10_000]);
    expect(apportion([0, 0])).toEqual([0, 0]);
  });
});

describe('scoreCandidate', () => {
  const criteria: Criteria = {
    education: { weight: 1, knockout: true, minimumLevel: 'hbo' },
    salesExperience: { weight: 1, minimumYears: 0, targetYears: 4 },
    competencies: { weight: 1, items: [{ code: 'customer_focus', requiredLevel: 4, weight: 1 }] },
  };
  const facts: CandidateFacts = {
    education: [{ id: 'e1', confirmed: true, data: { level: 'wo' } }],
    work: [{ id: 'w1', confirmed: false, data: { start: '2024-11-24', end: null, salesRole: true } }],
  };

  it('lists every criterion in one fixed order with its points, status and flags', () => {
    const result = scoreCandidate(compileProfile(criteria, 'en'), facts, REFERENCE);
    expect(result.score).toBe(50.01); // 33.34 + 16.67: the parts make the whole, to the hundredth
    expect(result.eligible).toBe(true);
    expect(result.completeness).toBe(0.67);
    expect(
      result.breakdown.map(({ criterion, possible, earned, status, unknown, unconfirmed, factIds }) => ({
        criterion,
        possible,
        earned,
        status,
        unknown,
        unconfirmed,
        factIds,
      })),
    ).toEqual([
      {
        criterion: 'education',
        possible: 33.34,
        earned: 33.34,
        status: 'met',
        unknown: false,
        unconfirmed: false,
        factIds: ['e1'],
      },
      {
        criterion: 'salesExperience',
        possible: 33.33,
        earned: 16.67,
        status: 'partial',
        unknown: false,
        unconfirmed: true,
        factIds: ['w1'],
      },
      {
        criterion: 'competencies',
        possible: 33.33,
        earned: 0,
        status: 'unknown',
        unknown: true,
        unconfirmed: false,
        factIds: [],
      },
    ]);
  });

  it('names each failed knock-out with its reason, and keeps the points earned elsewhere', () => {
    const lower = { ...facts, education: [{ confirmed: true, data: { level: 'mbo 4' } }] };
    const result = scoreCandidate(compileProfile(criteria, 'nl'), lower, REFERENCE);
    expect(result.eligible).toBe(false);
    expect(result.failedKnockouts).toEqual([
      {
        criterion: 'education',
        reason: 'mbo 4 / havo / vwo; minimum hbo / wo-bachelor: voldoet niet aan de eis, knock-out (geen punten)',
      },
    ]);
    expect(result.score).toBe(16.67);
  });

  it('judges a knock-out without weight on its bar alone', () => {
    const bar: Criteria = {
      salesExperience: { weight: 0, knockout: true, minimumYears: 2, targetYears: 2 },
      education: { weight: 10 },
    };
    const result = scoreCandidate(compileProfile(bar, 'en'), facts, REFERENCE);
    expect(result.breakdown[1]).toMatchObject({ possible: 0, earned: 0, meetsBar: true });
    expect(result.breakdown[1].explanation).toBe('2 years in sales; minimum 2, target 2: met (not yet confirmed)');
    expect(result.score).toBe(100);
  });

  it('scores a strong candidate for every built-in template within 0–100, with sentences in its language', () => {
    const strong: CandidateFacts = {
      education: [{ confirmed: true, data: { level: 'master', field: 'Economics' } }],
      work: [{ confirmed: true, data: { start: '2012-01-01', end: null, salesRole: true } }],
      clientBase: [
        {
          confirmed: true,
          data: { segment: 'international', activeAccounts: 50, annualRevenueEur: 3e6, decisionMakers: true },
        },
      ],
    };
    for (const template of TEMPLATES) {
      const result = scoreCandidate(compileProfile(template.criteria, template.language), strong, REFERENCE);
      expect(result.eligible).toBe(true);
      expect(result.score).toBeGreaterThan(50);
      expect(result.breakdown.length).toBe(Object.keys(template.criteria).length);
    }
  });
});
