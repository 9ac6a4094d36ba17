import { COMPETENCIES, competenciesNamed } from './competency-catalogue';

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

  it('finds competencies by part of a name or another word for them, in any language and case', () => {
    expect(competenciesNamed('Overtuigingskracht')).toEqual(['persuasiveness']);
    expect(competenciesNamed('veenmis')).toEqual(['persuasiveness']);
    expect(competenciesNamed('customer focus')).toEqual(['customer_focus']);
    expect(competenciesNamed('klantgericht')).toEqual(['customer_focus']);
    expect(competenciesNamed('analy')).toContain('analytical');
  });

  it('finds none for a word too short to mean one, or that names none', () => {
    expect(competenciesNamed('an')).toEqual([]);
    expect(competenciesNamed('Van Dijk Techniek')).toEqual([]);
  });
});
