import { EDUCATION_LEVEL_NAMES, parseEducationLevel } from './education-scale';

const rank = (name: string) => parseEducationLevel(name)?.rank;

describe('education scale', () => {
  it.each([
    ['vmbo', 2, 2],
    ['mbo 4', 3, 4],
    ['hbo', 6, 6],
    ['wo', 7, 7],
    ['põhiharidus', 2, 2],
    ['keskharidus', 3, 4],
    ['rakenduskõrgharidus', 6, 6],
    ['bakalaureus', 6, 6],
    ['bakalaureusekraad', 6, 6],
    ['magistrikraad', 7, 7],
    ['magister', 7, 7],
    ['doktor', 8, 8],
    ['associate', 5, 5],
    ['doctorate', 8, 8],
  ])('maps %s to ISCED %i and EQF %i', (name, isced, eqf) => {
    expect(parseEducationLevel(name)).toMatchObject({ isced, eqf });
  });

  it('orders the Dutch, Estonian and English names on one scale', () => {
    expect(rank('vmbo')).toBe(rank('põhiharidus'));
    expect(rank('hbo')).toBe(rank('bakalaureus'));
    expect(rank('wo')).toBe(rank('magister'));
    const ladder = ['vmbo', 'mbo 2', 'mbo 3', 'mbo 4', 'mbo+', 'associate degree', 'hbo', 'hbo+', 'wo', 'phd'];
    const ranks = ladder.map((name) => rank(name)!);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('places mbo+ and hbo+ between their diploma and the next one', () => {
    expect(rank('mbo+')).toBeGreaterThan(rank('mbo 4')!);
    expect(rank('mbo+')).toBeLessThan(rank('hbo')!);
    expect(rank('hbo+')).toBeGreaterThan(rank('hbo')!);
    expect(rank('hbo+')).toBeLessThan(rank('wo')!);
  });

  it('ignores case, accents, hyphens and spacing', () => {
    expect(rank('HBO')).toBe(rank('hbo'));
    expect(rank('Pohiharidus')).toBe(rank('põhiharidus'));
    expect(rank('WO-Master')).toBe(rank('wo master'));
    expect(rank('hbo +')).toBe(rank('hbo+'));
    expect(rank('  Bachelor ')).toBe(rank('bachelor'));
  });

  it('does not know what is not on it', () => {
    expect(parseEducationLevel('kindergarten')).toBeUndefined();
    expect(parseEducationLevel('')).toBeUndefined();
  });

  it('knows every name it lists', () => {
    for (const name of EDUCATION_LEVEL_NAMES) expect(parseEducationLevel(name)).toBeDefined();
  });
});
