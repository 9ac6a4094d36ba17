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
    // Trades name their certificates by what they are: cards, registrations, a qualification, competence.
    ['Cards & Licences', ['certifications']],
    ['Certificates of competence', ['certifications']],
    ['Professional registration', ['certifications']],
    ['Kvalifikatsioon', ['certifications']],
    ['Kutse', ['certifications']],
    ['Vakbekwaamheid', ['certifications']],
    ['Courses & Certifications', ['courses', 'certifications']],
    ['Werkervaring:', ['work']],
    ['Werkervaring & stages', ['work']],
    ['Persoonlijke vaardigheden', ['skills']],
    ['Opleiding en cursussen', ['education', 'courses']],
    ['WERK', ['work']],
    ['Töö ja muu tegevus', ['work', 'other']],
    ['Töö- ja ametikäik', ['work']],
    ['Timeline', ['work']],
    ['School/college', ['education']],
    ['Expérience professionnelle', ['work']],
    ['Doświadczenie zawodowe', ['work']],
    ['Formation', ['education']],
    ['Langues', ['languages']],
    ['Bijgehouden vakkennis', ['courses']],
    ['Bijkomende opleidingen', ['courses']],
  ])('%s', (heading, expected) => {
    expect(kinds(heading)).toEqual(expected);
  });

  it('reads "Employment Details" as a work heading, the "details" saying nothing of the kind', () => {
    const lines = splitLines('Profile\nBanker in Coimbatore.\nEmployment Details\n2019 – 2021 | Credit Officer');
    expect(findSections(lines).kindsOf[3]).toEqual(['work']);
  });

  it('takes no ordinary line for a heading', () => {
    expect(kinds('Ervaring met acquisitie')).toBeNull();
    expect(kinds('Accountmanager')).toBeNull();
    // A trainer's title ends in a skills heading's word ("vaardigheden") and is still a title.
    expect(kinds('Trainer verkoopvaardigheden')).toBeNull();
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

describe('headings by their head word', () => {
  const kindsOfText = (text: string) => findSections(splitLines(text)).kindsOf.map((k) => k.join());

  it('reads compounds and short phrases by their last word', () => {
    expect(kindsOfText('Beroepservaring\nx')[0]).toBe('work');
    expect(kindsOfText('Sterke kanten\nx')[0]).toBe('skills');
    expect(kindsOfText('Tugevad küljed\nx')[0]).toBe('skills');
    expect(kindsOfText('Taalvaardigheden\nx')[0]).toBe('languages');
    expect(kindsOfText('Professional background\nx')[0]).toBe('work');
    expect(kindsOfText('Education history\nx')[0]).toBe('education');
  });

  it('leaves job titles and sentences alone', () => {
    expect(kindsOfText('Profiel\nMedewerker Opleidingen\nRuime ervaring met CRM.')).toEqual([
      'profile',
      'profile',
      'profile',
    ]);
  });

  it('keeps a list item of the section kind in the list', () => {
    const lines = splitLines('Key skills\nCustomer oriented\nCommunication skills\nProactive');
    const sections = findSections(lines);
    expect(sections.heading).toEqual([true, false, false, false]);
    expect(sections.kindsOf.map((k) => k.join())).toEqual(['skills', 'skills', 'skills', 'skills']);
  });

  it('ends a section at an unlisted heading in title case between lists', () => {
    const text = 'Bijscholing\n• Presenteren met impact (2017)\nWat collega’s over mij zeggen\n• Een echte teamspeler';
    expect(kindsOfText(text)).toEqual(['courses', 'courses', '', '']);
  });

  it('takes no job header for an unlisted heading', () => {
    const text = 'Werkervaring\n• Acquisitie\nAccountmanager\n• Offertes\nVan Dijk Groep\n• Planning';
    expect(kindsOfText(text)).toEqual(['work', 'work', 'work', 'work', 'work', 'work']);
  });
});

describe('more headings by their head word', () => {
  const kindOf = (heading: string) => findSections(splitLines(`${heading}\n• item`)).kindsOf[0].join();

  it.each([
    ['Loopbaan in het kort', 'work'],
    ['Müügikogemus', 'work'],
    ['Kutsetunnistused', 'certifications'],
    ['Muud tegevused', 'other'],
    ['Professional experience highlights', 'work'],
    ['Courses attended', 'courses'],
  ])('%s', (heading, kind) => {
    expect(kindOf(heading)).toBe(kind);
  });
});

describe('numbered headings', () => {
  it('reads a heading behind a possessive or before "in short"', () => {
    const kindOf = (heading: string) => findSections(splitLines(`${heading}\n• item`)).kindsOf[0].join();
    expect(
      ['MY CAREER SO FAR', 'MINU SENINE TÖÖTEE', 'TÖÖKÄIK LÜHIDALT', 'PEAMISED PÄDEVUSED', 'TÄIENDÕPE'].map(kindOf),
    ).toEqual(['work', 'work', 'work', 'skills', 'courses']);
  });

  it('reads "2. Werkervaring" as a heading, and a numbered item that is no heading as content', () => {
    const sections = findSections(splitLines('1. Profiel\nAccountmanager.\n2. Werkervaring\n1. Acquisitie'));
    expect(sections.kindsOf.map((k) => k.join())).toEqual(['profile', 'profile', 'work', 'work']);
    expect(sections.heading).toEqual([true, false, true, false]);
  });
});

describe('headings of jobs and assignments together, and of accounts served', () => {
  it.each([
    ['TÖÖD JA PROJEKTID', ['work']],
    ['Werk en opdrachten', ['work']],
    ['Experience and projects', ['work']],
    ['Interim assignments', ['work']],
    ['SELECTED ACCOUNTS', ['other']],
    ['Belangrijkste klanten', ['other']],
  ])('%s', (heading, expected) => {
    expect(kinds(heading)).toEqual(expected);
  });
});

describe('profile and study headings in a few words', () => {
  it.each([
    ['Kort', ['profile']],
    ['Voorstelling', ['profile']],
    ['Over mijzelf', ['profile']],
    ['Wie ben ik', ['profile']],
    ['About myself', ['profile']],
    ['Kes ma olen', ['profile']],
    ['Universiteit', ['education']],
    ['University', ['education']],
    ['Diploma', ['education']],
    ['Vorming', ['courses']],
  ])('%s', (heading, want) => {
    expect(kinds(heading)).toEqual(want);
  });
});
