import { splitLines } from './lines';
import { findSections, headingKinds } from './sections';
import { normaliseText } from '../scoring/text';

const kinds = (heading: string) => headingKinds(normaliseText(heading));

describe('section headings', () => {
  it.each([
    ['Werkervaring', ['work']],
    ['Loopbaan', ['work']],
    ['Töökogemus', ['work']],
    ['Work experience', ['work']],
    ['EMPLOYMENT HISTORY', ['work']],
    ['Opleidingen', ['education']],
    ['Haridus', ['education']],
    ['Vaardigheden', ['skills']],
    ['Kompetentsid', ['skills']],
    ['Key skills', ['skills']],
    ['Talen', ['languages']],
    ['Keeleoskus', ['languages']],
    ['Cursussen en trainingen', ['courses']],
    ['Koolitused', ['courses']],
    ['Certificaten', ['certifications']],
    ['Sertifikaadid', ['certifications']],
    ['Courses & Certifications', ['courses', 'certifications']],
    ['Werkervaring:', ['work']],
    ['Werkervaring & stages', ['work']],
    ['Persoonlijke vaardigheden', ['skills']],
    ['Opleiding en cursussen', ['education', 'courses']],
  ])('%s', (heading, expected) => {
    expect(kinds(heading)).toEqual(expected);
  });

  it('takes no ordinary line for a heading', () => {
    expect(kinds('Ervaring met acquisitie')).toBeNull();
    expect(kinds('Accountmanager')).toBeNull();
  });

  it('puts lines under their heading, and an inline heading on its own line only', () => {
    const lines = splitLines('Werkervaring\nAccountmanager\nTalen: Nederlands, Engels\nVan Dijk BV');
    const sections = findSections(lines);
    expect(sections.kindsOf.map((k) => k.join())).toEqual(['work', 'work', 'languages', 'work']);
    expect(sections.heading).toEqual([true, false, true, false]);
  });
});

describe('headings not in the list', () => {
  it('end the section before them', () => {
    const lines = splitLines(
      'PROFIEL\nAccountmanager sinds 2019.\nMIJN LOOPBAANPAD\n2019 – heden | Van Dijk BV | Accountmanager\nVAN DIJK BV\n',
    );
    const sections = findSections(lines);
    expect(sections.kindsOf.map((k) => k.join())).toEqual(['profile', 'profile', '', '', '', '']);
  });
});
