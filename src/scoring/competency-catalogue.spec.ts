import { COMPETENCIES } from './competency-catalogue';

describe('competency catalogue', () => {
  it('has unique codes and a name in every language', () => {
    expect(new Set(COMPETENCIES.map((c) => c.code)).size).toBe(COMPETENCIES.length);
    for (const competency of COMPETENCIES) {
      expect(competency.code).toMatch(/^[a-z_]+$/);
      for (const language of ['nl', 'et', 'en'] as const) expect(competency.name[language].length).toBeGreaterThan(2);
    }
  });

  it('gives no synonym to two competencies', () => {
    const synonyms = COMPETENCIES.flatMap((c) => c.synonyms);
    expect(new Set(synonyms).size).toBe(synonyms.length);
  });
});
