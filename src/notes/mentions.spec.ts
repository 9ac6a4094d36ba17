import { findMentions } from './mentions';

const rita = { id: 'u1', name: 'Rita Recruiter', email: 'rita.r@example.com' };
const mats = { id: 'u2', name: 'Mats Mänd', email: 'mats@example.com' };
const matsSenior = { id: 'u3', name: 'Mats Mänd Senior', email: 'senior@example.com' };
const colleagues = [rita, mats];

describe('findMentions', () => {
  it('finds a colleague by full name, whatever the case and accents', () => {
    expect(findMentions('Graag je mening, @rita recruiter.', colleagues).found).toEqual([rita]);
    expect(findMentions('@Mats Mand kijk hiernaar', colleagues).found).toEqual([mats]);
  });

  it('finds a colleague by the part of their address before the @', () => {
    expect(findMentions('cc @rita.r: bellen?', colleagues)).toEqual({ found: [rita], unmatched: [] });
  });

  it('names each colleague once, in the order first named', () => {
    expect(findMentions('@mats en @Rita Recruiter en nog eens @mats', colleagues).found).toEqual([mats, rita]);
  });

  it('prefers the longest name the words start with', () => {
    expect(findMentions('@Mats Mänd Senior weet meer', [mats, matsSenior]).found).toEqual([matsSenior]);
    expect(findMentions('@Mats Mänd weet meer', [mats, matsSenior]).found).toEqual([mats]);
  });

  it('does not match a name that only begins a longer word', () => {
    expect(findMentions('@matsx', colleagues)).toEqual({ found: [], unmatched: ['matsx'] });
  });

  it('reports what matched nobody, and leaves e-mail addresses in the text alone', () => {
    expect(findMentions('@Onbekend en @niemand. Mail naar info@example.com', colleagues)).toEqual({
      found: [],
      unmatched: ['Onbekend', 'niemand'],
    });
  });

  it('finds nothing in a note without an @', () => {
    expect(findMentions('Sterk gesprek gehad.', colleagues)).toEqual({ found: [], unmatched: [] });
  });
});
