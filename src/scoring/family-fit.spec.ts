import { TEMPLATES } from '../role-profiles/templates';
import { compareLevels, fitFamily } from './family-fit';
import { CandidateFacts, ProfileLanguage } from './profile';
import { compileProfile } from './score';

const REFERENCE = '2026-11-23';
const family = (language: ProfileLanguage) =>
  TEMPLATES.filter((template) => template.family === 'Accountmanager')
    .reverse()
    .map((template) => ({
      level: template.level!,
      profile: compileProfile(template.criteria, language),
      ref: template.key,
    }));

const bachelor: CandidateFacts = {
  education: [{ confirmed: true, data: { level: 'hbo', field: 'Commerciële Economie' } }],
  work: [{ confirmed: true, data: { start: '2021-01-01', end: null, salesRole: true } }],
  clientBase: [{ confirmed: true, data: { segment: 'national', activeAccounts: 35, decisionMakers: true } }],
  competencies: [
    { confirmed: true, data: { code: 'customer_focus', level: 4 } },
    { confirmed: true, data: { code: 'entrepreneurship', level: 3 } },
    { confirmed: true, data: { code: 'persuasiveness', level: 3 } },
    { confirmed: true, data: { code: 'analytical', level: 3 } },
  ],
};

describe('fitFamily', () => {
  it('names the highest level the candidate is eligible for and the score at every level', () => {
    const fit = fitFamily(family('en'), bachelor, REFERENCE, 'en');
    expect(fit.fitLevel).toBe('B');
    expect(fit.levels.map((level) => [level.level, level.ref, level.result.eligible])).toEqual([
      ['A', 'accountmanager-a', true],
      ['B', 'accountmanager-b', true],
      ['C', 'accountmanager-c', false],
    ]);
    const [a, b, c] = fit.levels.map((level) => Math.round(level.result.score));
    expect(fit.summary).toBe(`fits B at ${b}; C at ${c}, knocked out on education; A at ${a}`);
  });

  it('says it in Dutch and Estonian too', () => {
    const nl = fitFamily(family('nl'), bachelor, REFERENCE, 'nl');
    expect(nl.summary).toMatch(/^past bij B met \d+; C: \d+, knock-out op opleiding; A: \d+$/);
    const et = fitFamily(family('et'), bachelor, REFERENCE, 'et');
    expect(et.summary).toMatch(/^sobib tasemele B \(\d+ punkti\); C: \d+, välistav nõue täitmata: haridus; A: \d+$/);
  });

  it('fits no level when every level knocks the candidate out', () => {
    const fit = fitFamily(family('en'), { education: [{ confirmed: true, data: { level: 'vmbo' } }] }, REFERENCE, 'en');
    expect(fit.fitLevel).toBeNull();
    expect(fit.summary).toMatch(/^fits no level; C at \d+, knocked out on education; B at \d+, .*; A at \d+, .*$/);
  });

  it('fits the top level when nothing knocks the candidate out', () => {
    const master = { ...bachelor, education: [{ confirmed: true, data: { level: 'wo' } }] };
    expect(fitFamily(family('en'), master, REFERENCE, 'en').fitLevel).toBe('C');
  });
});

describe('compareLevels', () => {
  it('orders levels naturally', () => {
    expect(['C', 'A', 'b'].sort(compareLevels)).toEqual(['A', 'b', 'C']);
    expect(['10', '2', '1'].sort(compareLevels)).toEqual(['1', '2', '10']);
  });
});
