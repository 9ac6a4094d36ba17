import { readCvUncalibrated } from './read-cv';
import { splitLines } from './lines';
import { sellsOneself } from './own-selling';

const options = { referenceDate: '2026-12-01' };

const salesRoles = (text: string) =>
  readCvUncalibrated(text, options)
    .facts.filter((fact) => fact.kind === 'work')
    .map((fact) => [fact.data.title, fact.data.salesRole]);

describe('owners who say they do the selling themselves', () => {
  it.each([
    'I run a small bakery and do all of the selling myself.',
    'Every wholesale order I sold to the shops myself.',
    'De verkoop aan de slagers doe ik zelf.',
    'Ik verkoop onze kazen zelf aan de markthandel.',
    'Müügiga tegelen ise.',
    'Küpsetised müün kohvikutele ise.',
  ])('%s', (sentence) => {
    expect(sellsOneself(splitLines(sentence))).toBe(true);
  });

  it.each([
    'The owners decide themselves what they buy.',
    'De winkeliers kiezen zelf hun assortiment.',
    'Omanikud otsustavad ise.',
    'Ik verkoop wat ik zelf heb gekweekt aan de veilingen.',
  ])('not in %s', (sentence) => {
    expect(sellsOneself(splitLines(sentence))).toBe(false);
  });

  it('takes an owner for a seller when the profile says they sell themselves, and only then', () => {
    const cv = (profile: string) => `Kandidaat Test
test@example.com

PROFILE
${profile}

EXPERIENCE
Founder & Cheesemaker — Hillside Dairy Ltd, Ludlow
March 2018 – present
• Forty farm shops and delis stock our cheeses
• Production, ageing and packing
`;
    expect(salesRoles(cv('Cheesemaker with a dairy of my own. I sell to farm shops and delis myself.'))).toEqual([
      ['Founder & Cheesemaker', true],
    ]);
    expect(salesRoles(cv('Cheesemaker with a dairy of my own and two employees.'))[0][1]).not.toBe(true);
  });
});
