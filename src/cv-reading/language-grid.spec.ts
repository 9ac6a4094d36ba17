import { splitLines } from './lines';
import { gridLevel, readLanguageGrid } from './language-grid';
import { bestUnits } from '../../test/support/time-budget';

const grid = (text: string) =>
  readLanguageGrid(splitLines(text)).map((fact) => `${fact.data.language}:${fact.data.level}`);

describe('gridLevel', () => {
  it('takes the median of the cells, the lower middle when their count is even', () => {
    expect(gridLevel(['C1', 'C2', 'B2', 'B2', 'C1'])).toBe('C1');
    expect(gridLevel(['b1', 'b1', 'a2', 'a2', 'a2'])).toBe('A2');
    expect(gridLevel(['C2', 'A1', 'A1', 'A1', 'A1'])).toBe('A1');
    expect(gridLevel(['B2', 'C1', 'B1', 'C1'])).toBe('B2');
  });

  it('reads no level from fewer than three cells or more than five', () => {
    expect(gridLevel(['C1', 'C1'])).toBeUndefined();
    expect(gridLevel(['C1', 'C1', 'C1', 'C1', 'C1', 'C1'])).toBeUndefined();
  });
});

describe('the Europass language grid', () => {
  it('reads English Europass text: mother tongues on the label line, a row per language', () => {
    const text = [
      'Mother tongue(s) Dutch, Frisian',
      'Other language(s)',
      'UNDERSTANDING SPEAKING WRITING',
      'Listening Reading Spoken interaction Spoken production',
      'English C1 C2 B2 B2 C1',
      'German B1 B1 A2 A2 A2',
      'Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user',
    ].join('\n');
    expect(grid(text)).toEqual(['nl:native', 'fy:native', 'en:C1', 'de:A2']);
  });

  it('reads the levels from the line after the language, and "Mother tongues:" with "and"', () => {
    expect(
      grid('Mother tongues: Dutch and Frisian\nOther languages\nFrench\nB2 B2 B1 B1 B1\nSpanish\nA2 A2 A1 A1 A1'),
    ).toEqual(['nl:native', 'fy:native', 'fr:B1', 'es:A1']);
  });

  it('reads the Estonian Europass', () => {
    const text = [
      'Emakeel(ed) eesti',
      'Muu(d) keel(ed)',
      'Arusaamine Rääkimine Kirjutamine',
      'Kuulamine Lugemine Suhtlus Suuline esitus',
      'inglise keel C1 C1 B2 B2 B2',
      'vene',
      'B2 B2 B1 B1 A2',
    ].join('\n');
    expect(grid(text)).toEqual(['et:native', 'en:B2', 'ru:B1']);
  });

  it('reads the Dutch Europass, with the mother tongue on the line after its label', () => {
    const text = [
      'Moedertaal/talen',
      'Nederlands',
      'Andere talen',
      'Begrijpen Spreken Schrijven',
      'Luisteren Lezen Interactie Productie',
      'Engels C2 C2 C1 C1 C1',
      'Duits B2 B2 B1 B1 B1',
    ].join('\n');
    expect(grid(text)).toEqual(['nl:native', 'en:C1', 'de:B1']);
  });

  it('takes no legend, prose, certificate or list with a single level as a grid row', () => {
    const text = [
      'Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user',
      'Common European Framework of Reference for Languages',
      'English C1',
      'Cambridge English Advanced C1 C1 C1',
      'I passed German B1 B1 B1',
      'My mother tongue is Dutch',
      'Mother tongue(s): see above',
      'Nederlands',
    ].join('\n');
    expect(grid(text)).toEqual([]);
  });

  it('stays fast on a long hostile line of levels', async () => {
    const hostile = `English ${'C1 '.repeat(50_000)}\n${'Mother tongue '.repeat(20_000)}`;
    const { result, units } = await bestUnits(() => grid(hostile), 25);
    expect(result).toEqual([]);
    expect(units).toBeLessThan(25);
  });
});

describe('the Europass grid as other PDFs render it', () => {
  it('reads one cell a line below the language', () => {
    expect(grid('Other language(s)\nEnglish\nC1\nC1\nB2\nB2\nC1\nGerman\nA2\nA2\nA1\nA1\nA1')).toEqual([
      'en:C1',
      'de:A1',
    ]);
  });

  it('reads cells with their column names beside them, in three languages', () => {
    expect(grid('ENGLISH\nListening C1 Reading C1 Spoken production B2 Spoken interaction B2 Writing C1')).toEqual([
      'en:C1',
    ]);
    expect(grid('Engels\nLuisteren B2 Lezen C1 Productie B1 Interactie B1 Schrijven B2')).toEqual(['en:B2']);
    expect(grid('inglise keel\nKuulamine B2 Lugemine B2 Suuline esitus B1 Suuline suhtlus B1 Kirjutamine B1')).toEqual([
      'en:B1',
    ]);
  });

  it('reads the newer form: labels in capitals, the cells over two lines', () => {
    const text = [
      'MOTHER TONGUE(S): DUTCH | FRISIAN',
      'OTHER LANGUAGE(S):',
      'ENGLISH',
      'LISTENING C1 READING C1 WRITING B2',
      'SPOKEN PRODUCTION B2 SPOKEN INTERACTION C1',
      'GERMAN',
      'LISTENING B1 READING B2 WRITING A2',
      'SPOKEN PRODUCTION A2 SPOKEN INTERACTION B1',
    ].join('\n');
    expect(grid(text)).toEqual(['nl:native', 'fy:native', 'en:C1', 'de:B1']);
  });

  it('reads no cells that are fewer than three, or that stand under a word that is no language', () => {
    expect(grid('English\nC1\nC1\nGerman')).toEqual([]);
    expect(grid('Marketing\nC1 C1 B2 B2 C1')).toEqual([]);
    expect(grid('Listening Reading Spoken interaction Spoken production Writing')).toEqual([]);
  });
});
