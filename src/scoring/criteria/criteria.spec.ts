import { CandidateFacts, Criteria, Fact, ProfileLanguage } from '../profile';
import { compileProfile, CriterionScore, scoreCandidate } from '../score';

const REFERENCE = '2026-11-23';
const fact = <T>(data: T, confirmed = true, id?: string): Fact<T> => ({ data, confirmed, ...(id ? { id } : {}) });

/** Scores facts against a profile of one criterion worth all 100 points, and returns that criterion's line. */
function judge(
  criteria: Criteria,
  facts: CandidateFacts,
  language: ProfileLanguage = 'en',
): CriterionScore & {
  eligible: boolean;
} {
  const result = scoreCandidate(compileProfile(criteria, language), facts, REFERENCE);
  return { ...result.breakdown[0], eligible: result.eligible };
}

describe('sales experience', () => {
  const criterion = (extra = {}): Criteria => ({
    salesExperience: { weight: 100, knockout: true, minimumYears: 2, targetYears: 5, ...extra },
  });
  const since = (start: string, more: object = {}) => ({
    work: [fact({ start, end: null, salesRole: true, ...more })],
  });

  it('passes at exactly the minimum years and fails one day short', () => {
    const exactly = judge(criterion(), since('2024-11-24'));
    expect(exactly).toMatchObject({ meetsBar: true, earned: 40, eligible: true, status: 'partial' });
    const short = judge(criterion(), since('2024-11-25'));
    expect(short).toMatchObject({ meetsBar: false, earned: 0, eligible: false, status: 'not_met' });
    expect(short.explanation).toBe(
      '1.9 years in sales; minimum 2, target 5: requirement not met, knock-out (no points)',
    );
  });

  it('earns full points at the target and not more above it', () => {
    expect(judge(criterion(), since('2021-11-24')).earned).toBe(100);
    expect(judge(criterion(), since('2001-01-01')).earned).toBe(100);
    expect(judge(criterion(), since('2021-11-25')).earned).toBeCloseTo(99.98, 1);
  });

  it('says it in the profile language, as a hiring manager reads it', () => {
    const six = since('2020-11-24');
    const plain: Criteria = { salesExperience: { weight: 100, minimumYears: 0, targetYears: 5 } };
    expect(judge(plain, six, 'nl').explanation).toBe('6 jaar verkoopervaring; doel 5: volle punten');
    expect(judge(plain, six, 'et').explanation).toBe('6 aastat müügikogemust; eesmärk 5: täispunktid');
    expect(judge(plain, six, 'en').explanation).toBe('6 years in sales; target 5: full points');
    expect(judge(plain, since('2025-11-24'), 'et').explanation).toBe(
      '1 aasta müügikogemust; eesmärk 5: 20% punktidest',
    );
    expect(judge(plain, since('2022-05-24'), 'nl').explanation).toBe(
      '4,5 jaar verkoopervaring; doel 5: 90% van de punten',
    );
  });

  it('gives a share for sales years in the vacancy industry', () => {
    const withIndustry = criterion({ industries: ['logistics'] });
    const inLogistics = judge(withIndustry, since('2021-11-24', { industry: 'Logistiek en transport' }));
    expect(inLogistics.earned).toBe(100);
    expect(inLogistics.explanation).toContain('of which 5 years in logistics');
    const elsewhere = judge(withIndustry, since('2021-11-24', { industry: 'retail' }));
    expect(elsewhere.earned).toBe(85);
  });

  it('leaves the knock-out open while a job is not yet classified, and flags it', () => {
    const facts = {
      work: [
        fact({ start: '2025-11-24', end: null, salesRole: true }),
        fact({ start: '2015-01-01', end: '2019-12-31' }),
      ],
    };
    const result = scoreCandidate(compileProfile(criterion(), 'en'), facts, REFERENCE);
    expect(result.eligible).toBe(true);
    expect(result.failedKnockouts).toEqual([]);
    expect(result.openKnockouts.map((note) => note.criterion)).toEqual(['salesExperience']);
    expect(result.breakdown[0]).toMatchObject({ unknown: true, meetsBar: null, earned: 0 });
    expect(result.breakdown[0].explanation).toContain('1 job not yet classified as sales or not');
  });

  it('shows missing work history as unknown, never as zero years', () => {
    const line = judge(criterion(), {});
    expect(line).toMatchObject({ status: 'unknown', unknown: true, earned: 0, meetsBar: null, eligible: true });
    expect(line.explanation).toBe('work history unknown: no points until it is known');
  });

  it('counts an unconfirmed job and marks it', () => {
    const line = judge(criterion(), { work: [fact({ start: '2020-01-01', end: null, salesRole: true }, false, 'w1')] });
    expect(line).toMatchObject({ earned: 100, unconfirmed: true, factIds: ['w1'] });
    expect(line.explanation).toMatch(/\(not yet confirmed\)$/);
  });
});

describe('education', () => {
  const criterion = (extra = {}): Criteria => ({
    education: { weight: 100, knockout: true, minimumLevel: 'hbo', preferredLevel: 'wo', ...extra },
  });
  const holds = (level: string, field?: string) => ({ education: [fact({ level, ...(field ? { field } : {}) })] });

  it('fails one level below the minimum, earns 70% at it and full points at the preferred level', () => {
    expect(judge(criterion(), holds('mbo 4'))).toMatchObject({ earned: 0, meetsBar: false, eligible: false });
    expect(judge(criterion(), holds('hbo'))).toMatchObject({ earned: 70, meetsBar: true, eligible: true });
    expect(judge(criterion(), holds('hbo+')).earned).toBe(85);
    expect(judge(criterion(), holds('master')).earned).toBe(100);
    expect(judge(criterion(), holds('doktor')).earned).toBe(100);
  });

  it('puts mbo+ above mbo 4 and below an associate degree', () => {
    const mboPlus = criterion({ minimumLevel: 'mbo+', preferredLevel: undefined });
    expect(judge(mboPlus, holds('mbo 4')).meetsBar).toBe(false);
    expect(judge(mboPlus, holds('mbo+')).earned).toBe(100);
    expect(judge(mboPlus, holds('associate degree')).earned).toBe(100);
  });

  it('counts the highest of several entries', () => {
    const facts = { education: [fact({ level: 'mbo' }), fact({ level: 'magister' }), fact({ level: 'hbo' })] };
    expect(judge(criterion(), facts).earned).toBe(100);
  });

  it('gives a fifth of the points for a preferred field, in any of the three languages', () => {
    const fields = criterion({ preferredFields: ['economics'] });
    expect(judge(fields, holds('wo', 'Bedrijfseconomie')).earned).toBe(100);
    expect(judge(fields, holds('magister', 'Majandusteadus')).earned).toBe(100);
    expect(judge(fields, holds('wo', 'Biologie')).earned).toBe(80);
    expect(judge(fields, holds('master', 'Economics')).explanation).toContain('a preferred field of study');
  });

  it('reads the scale in Dutch, Estonian and English in its sentence', () => {
    expect(judge(criterion(), holds('bakalaureus', 'Ärijuhtimine'), 'nl').explanation).toBe(
      'hbo / wo-bachelor (Ärijuhtimine); minimum hbo / wo-bachelor, voorkeur wo / master: 70% van de punten',
    );
    expect(judge(criterion(), holds('hbo'), 'et').explanation).toBe(
      'bakalaureus; miinimum bakalaureus, eelistatud magister: 70% punktidest',
    );
  });

  it('shows no education as unknown', () => {
    expect(judge(criterion(), {})).toMatchObject({ status: 'unknown', earned: 0, meetsBar: null, eligible: true });
  });
});

describe('client base', () => {
  const criterion: Criteria = {
    clientBase: {
      weight: 100,
      knockout: true,
      minimumSegment: 'national',
      minimumActiveAccounts: 20,
      decisionMakersRequired: true,
    },
  };
  const declares = (data: object) => ({ clientBase: [fact(data)] });

  it('passes at exactly the minimum accounts and fails one short', () => {
    const exactly = judge(criterion, declares({ segment: 'national', activeAccounts: 20, decisionMakers: true }));
    expect(exactly).toMatchObject({ earned: 100, meetsBar: true, eligible: true });
    const short = judge(criterion, declares({ segment: 'national', activeAccounts: 19, decisionMakers: true }));
    expect(short).toMatchObject({ meetsBar: false, eligible: false });
    expect(short.earned).toBeCloseTo(98.33, 2);
  });

  it('ranks the segments regional < national < international', () => {
    const regional = judge(criterion, declares({ segment: 'regional_smb', activeAccounts: 40, decisionMakers: true }));
    expect(regional.earned).toBeCloseTo(83.33, 2);
    const international = judge(
      criterion,
      declares({ segment: 'international', activeAccounts: 40, decisionMakers: true }),
    );
    expect(international.earned).toBe(100);
  });

  it('leaves a figure nobody declared unknown, without failing the knock-out', () => {
    const line = judge(criterion, declares({ segment: 'national', decisionMakers: true }));
    expect(line).toMatchObject({ unknown: true, meetsBar: null, eligible: true, status: 'partial' });
    expect(line.earned).toBeCloseTo(66.67, 2);
    expect(line.explanation).toBe(
      'national, number of accounts unknown, relationships with decision makers; ' +
        'asked: national, 20 active accounts, relationships with decision makers: 67% of the points',
    );
  });

  it('writes sums of money the way each language does', () => {
    const revenue: Criteria = { clientBase: { weight: 100, minimumAnnualRevenueEur: 1_000_000 } };
    const facts = declares({ annualRevenueEur: 2_000_000 });
    expect(judge(revenue, facts, 'nl').explanation).toContain('€ 2.000.000 omzet per jaar');
    expect(judge(revenue, facts, 'et').explanation).toContain('2\u00a0000\u00a0000 € käivet aastas');
    expect(judge(revenue, facts, 'en').explanation).toContain('€2,000,000 revenue a year');
  });
});

describe('competencies', () => {
  const criterion: Criteria = {
    competencies: {
      weight: 100,
      knockout: true,
      items: [
        { code: 'negotiation', requiredLevel: 4, weight: 2 },
        { code: 'teamwork', requiredLevel: 3, weight: 1 },
      ],
    },
  };
  const levels = (negotiation: number, teamwork?: number) => ({
    competencies: [
      fact({ code: 'negotiation', level: negotiation }),
      ...(teamwork === undefined ? [] : [fact({ code: 'teamwork', level: teamwork })]),
    ],
  });

  it('earns full points at exactly the required levels and fails one level below', () => {
    expect(judge(criterion, levels(4, 3))).toMatchObject({ earned: 100, meetsBar: true });
    const below = judge(criterion, levels(3, 3));
    expect(below).toMatchObject({ earned: 83.33, meetsBar: false, eligible: false });
    expect(below.explanation).toBe(
      'Negotiation 3 (required 4), Teamwork 3 (required 3): requirement not met, knock-out (83% of the points)',
    );
  });

  it('names a competency without evidence as unknown', () => {
    const line = judge(criterion, levels(5), 'nl');
    expect(line).toMatchObject({ earned: 66.67, unknown: true, meetsBar: null, status: 'partial' });
    expect(line.explanation).toBe('Onderhandelen 5 (gevraagd 4), Samenwerken onbekend (gevraagd 3): 67% van de punten');
  });
});

describe('certifications, languages and courses', () => {
  it('counts required certifications and any one of the preferred', () => {
    const criterion: Criteria = {
      certifications: { weight: 100, knockout: true, required: ['CFP'], preferred: ['CTP', 'CFA'] },
    };
    expect(judge(criterion, { certifications: [fact({ name: 'CFP' }), fact({ name: 'CFA' })] }).earned).toBe(100);
    expect(judge(criterion, { certifications: [fact({ name: 'CFP' })] }).earned).toBe(70);
    expect(judge(criterion, { certifications: [fact({ name: 'CTP' })] })).toMatchObject({
      earned: 30,
      eligible: false,
    });
    expect(judge(criterion, {})).toMatchObject({ status: 'unknown', meetsBar: null, eligible: true });
  });

  it('takes a stage passed ("CFA Level II") for that stage and the ones below it, not for the qualification', () => {
    const asking = (name: string): Criteria => ({ certifications: { weight: 100, required: [name] } });
    const levelTwo = { certifications: [fact({ name: 'CFA Level II' })] };
    expect(judge(asking('CFA'), levelTwo).earned).toBe(0);
    expect(judge(asking('CFA Level I'), levelTwo).earned).toBe(100);
    expect(judge(asking('CFA Level III'), levelTwo).earned).toBe(0);
    expect(judge(asking('CFA Level I'), { certifications: [fact({ name: 'CFA' })] }).earned).toBe(100);
    expect(judge(asking('Wft'), { certifications: [fact({ name: 'Wft Basis' })] }).earned).toBe(100);
  });

  it('compares CEFR levels, with a native speaker above C2', () => {
    const criterion: Criteria = {
      languages: { weight: 100, knockout: true, items: [{ language: 'en', level: 'C2' }] },
    };
    expect(judge(criterion, { languages: [fact({ language: 'en', level: 'native' })] }).earned).toBe(100);
    expect(judge(criterion, { languages: [fact({ language: 'en', level: 'C2' })] }).earned).toBe(100);
    const c1 = judge(criterion, { languages: [fact({ language: 'en', level: 'C1' })] }, 'et');
    expect(c1).toMatchObject({ earned: 83.33, meetsBar: false });
    expect(c1.explanation).toBe('inglise keel C1 (nõutud C2): nõue täitmata, välistav tingimus (83% punktidest)');
  });

  it('gives each course topic an equal share', () => {
    const criterion: Criteria = { courses: { weight: 100, topics: ['management', 'marketing', 'PR', 'rhetoric'] } };
    const facts = {
      courses: [fact({ name: 'Retorica voor verkopers', topic: 'rhetoric' }), fact({ name: 'PR in B2B' })],
    };
    const line = judge(criterion, facts, 'nl');
    expect(line.earned).toBe(50);
    expect(line.explanation).toBe('cursus in PR en rhetoric (2 van 4 onderwerpen): 50% van de punten');
  });
});
