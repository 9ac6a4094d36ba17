import { findSections } from './sections';
import { splitLines } from './lines';
import { readLanguages } from './languages';

const languages = (text: string) => {
  const lines = splitLines(text);
  return readLanguages(lines, findSections(lines)).map((fact) => `${fact.data.language}:${fact.data.level}`);
};

describe('LinkedIn proficiency in brackets', () => {
  // LinkedIn's five steps: native; full professional is C1 (C2 is not claimed without a code);
  // professional working B2; limited working B1; elementary A2.
  it('maps the English export', () => {
    const text = [
      'Languages',
      'Dutch (Native or Bilingual)',
      'English (Full Professional)',
      'German (Professional Working)',
      'French (Limited Working)',
      'Spanish (Elementary)',
    ].join('\n');
    expect(languages(text)).toEqual(['nl:native', 'en:C1', 'de:B2', 'fr:B1', 'es:A2']);
  });

  it('maps the Dutch export', () => {
    const text = [
      'Talen',
      'Nederlands (Moedertaal of tweetalig)',
      'Engels (Volledige professionele vaardigheid)',
      'Duits (Professionele werkvaardigheid)',
      'Frans (Beperkte werkvaardigheid)',
      'Spaans (Basiskennis)',
    ].join('\n');
    expect(languages(text)).toEqual(['nl:native', 'en:C1', 'de:B2', 'fr:B1', 'es:A2']);
  });

  it('maps the Dutch export with its longer words', () => {
    const text = [
      'Talen',
      'Duits (Professionele praktische werkvaardigheid)',
      'Frans (Beperkte praktische werkvaardigheid)',
      'Spaans (Elementaire vaardigheid)',
    ].join('\n');
    expect(languages(text)).toEqual(['de:B2', 'fr:B1', 'es:A2']);
  });

  it('maps the Estonian export', () => {
    const text = [
      'Keeled',
      'Inglise (Täielik tööalane keeleoskus)',
      'Soome (Tööalane keeleoskus)',
      'Vene (Piiratud tööalane keeleoskus)',
    ].join('\n');
    expect(languages(text)).toEqual(['en:C1', 'fi:B2', 'ru:B1']);
  });

  it('takes a level a few words on, and knows languages beyond the usual list', () => {
    expect(languages('Languages\nI speak Urdu with my family (spoken only, roughly B1).')).toEqual(['ur:B1']);
    expect(languages('Keeled\ntamili keel: emakeel')).toEqual(['ta:native']);
  });

  it('gives a level said of "both" to the languages named before it', () => {
    expect(
      languages(
        'Languages\nI grew up speaking English and Italian at home, so both are my mother tongues; I also speak French at an upper-intermediate level (B2).',
      ),
    ).toEqual(['en:native', 'it:native', 'fr:B2']);
    expect(languages('Talen\nIk spreek Engels en Duits, allebei vloeiend.')).toEqual(['en:C1', 'de:C1']);
  });

  it('takes no level from a language in brackets without one', () => {
    expect(languages('Languages\nEnglish (spoken and written)\nGerman ()')).toEqual([]);
  });
});

describe('a CEFR code in brackets', () => {
  it('wins over the level word beside it', () => {
    expect(languages('Keeleoskus\ninglise keel suhtlustasemel (B2)\nvene keel heal tasemel (C1)')).toEqual([
      'en:B2',
      'ru:C1',
    ]);
    expect(languages('Talen\nDuits redelijk (B2)\nLanguages')).toEqual(['de:B2']);
    expect(languages('Languages\nEnglish – basic ( A2 )')).toEqual(['en:A2']);
  });

  it('still lets each language in a list keep its own bracketed code', () => {
    expect(languages('Talen: Nederlands (moedertaal), Engels (C1), Duits (goed)')).toEqual([
      'nl:native',
      'en:C1',
      'de:B2',
    ]);
  });
});

describe('a Europass grid among the languages', () => {
  it("gives each language its grid row's median once, not its first cell", () => {
    expect(
      languages('Personal skills\nMother tongue(s) Dutch\nOther language(s)\nEnglish C1 B2 B2 B2 C1\nGerman – basic'),
    ).toEqual(['nl:native', 'en:B2', 'de:A2']);
  });
});

describe('languages as more CVs write them', () => {
  it('reads the level LinkedIn sets on the line under the name', () => {
    const text = [
      'LANGUAGES',
      '• English',
      'Native or bilingual proficiency',
      '• Spanish',
      'Limited working proficiency',
    ].join('\n');
    expect(languages(text)).toEqual(['en:native', 'es:B1']);
  });

  it('reads "Languages known", a home language and South African names with their prefix', () => {
    const text = ['LANGUAGES KNOWN', '• isiZulu – home language', '• Sesotho – good', '• Marathi (Basic)'].join('\n');
    expect(languages(text)).toEqual(['zu:native', 'st:B2', 'mr:A2']);
  });

  it('reads a heading with its translation after a slash', () => {
    expect(languages('LANGUAGES / IEITHOEDD\nWelsh – first language\nEnglish – native')).toEqual([
      'cy:native',
      'en:native',
    ]);
  });
});

describe('a table of levels per skill', () => {
  it('takes the level most cells of a row give', () => {
    const text = [
      'TALEN',
      'Taal | Spreken | Schrijven | Begrijpen',
      'Nederlands | moedertaal | moedertaal | moedertaal',
      'Frans | goed | redelijk | goed',
    ].join('\n');
    expect(languages(text)).toEqual(['nl:native', 'fr:B2']);
  });
});

describe('languages under headings of their own and in German', () => {
  it.each([
    ['WELKE TALEN IK SPREEK\nNederlands is mijn moedertaal. Engels spreek ik goed (B2).', ['nl:native', 'en:B2']],
    ['MIS KEELTES RÄÄGIN\n• eesti – emakeel\n• inglise – B2', ['et:native', 'en:B2']],
    ['HOW I TALK\n• English (native)\n• French (basic, from school)', ['en:native', 'fr:A2']],
    [
      'SPRACHEN / TALEN\n• Niederländisch – Muttersprache / moedertaal\n• Deutsch – verhandlungssicher (C1)\n• Englisch – gut / goed',
      ['nl:native', 'de:C1', 'en:B2'],
    ],
    ['KEELED\nKeel | Räägin | Loen | Kirjutan\nvene | hästi | hästi | algtasemel', ['ru:B2']],
  ])('%s', (text, expected) => {
    expect(languages(text)).toEqual(expected);
  });
});

describe('languages as lists write them beyond "Language – level"', () => {
  const read = (text: string, cvLanguage?: string) => {
    const lines = splitLines(text);
    return readLanguages(lines, findSections(lines), cvLanguage).map((f) => `${f.data.language}:${f.data.level}`);
  };

  it('reads two-letter codes for names under a languages heading', () => {
    expect(read('TALEN\n• NL – moedertaal\n• EN – vloeiend\n• FR – basis')).toEqual(['nl:native', 'en:C1', 'fr:A2']);
  });

  it('reads a line or a run of lines of languages with levels under no heading of theirs', () => {
    expect(
      read('Werkervaring\nAccountmanager 2019 – 2021\n\nNederlands (moedertaal), Duits goed, Engels redelijk.'),
    ).toEqual(['nl:native', 'de:B2', 'en:B1']);
    expect(read('Skills and such\nAccount planning\n\n• English (native)\n• Norwegian (basic)')).toEqual([
      'en:native',
      'no:A2',
    ]);
    expect(read('Experience\nEnglish teacher (native speaker) at a language school')).toEqual([]);
  });

  it('takes the CV language listed bare, first, for the mother tongue', () => {
    expect(read('TALEN\n• Nederlands\n• Engels (goed)\n• Duits (basis)', 'nl')).toEqual([
      'nl:native',
      'en:B2',
      'de:A2',
    ]);
    expect(read('TALEN\n• Engels (goed)\n• Nederlands', 'nl')).toEqual(['en:B2']);
  });

  it('takes the one CEFR level on a line over the words beside it, and Polish names and levels', () => {
    expect(read('LANGUAGES\n• French – intermediate (DELF B2)')).toEqual(['fr:B2']);
    expect(read('JĘZYKI\n• polski – ojczysty\n• angielski – C1\n• niemiecki – B2')).toEqual([
      'pl:native',
      'en:C1',
      'de:B2',
    ]);
    expect(
      read('LANGUAGES:\nWelsh and English – both first languages. Some Spanish from school, enough to get by.'),
    ).toEqual(['cy:native', 'en:native', 'es:A2']);
  });
});

describe('the CV’s own language first in a list, Limburgish, and "a bit of"', () => {
  const levels = (body: string, heading: string, language: string) => {
    const lines = splitLines(`${heading}\n${body}`);
    return readLanguages(lines, findSections(lines), language).map(
      (fact) => `${fact.data.language}:${fact.data.level}`,
    );
  };

  it('takes the CV’s own language listed bare before the others for the mother tongue', () => {
    expect(levels('Nederlands, Engels redelijk, Duits redelijk', 'Talen', 'nl')).toEqual([
      'nl:native',
      'en:B1',
      'de:B1',
    ]);
    expect(levels('Nederlands, Engels en Duits redelijk', 'Talen', 'nl')).toContain('nl:native');
  });

  it('does not when the same language has its level in a later clause', () => {
    expect(levels('Engels / English – vlot (fluent)', 'Languages', 'en')).toEqual(['en:C1']);
  });

  it('reads Limburgish and a little of a language', () => {
    expect(levels('Limburgs | moedertaal | thuistaal', 'Talen', 'nl')).toEqual(['li:native']);
    expect(levels('• Spaans (een beetje)', 'Talen', 'nl')).toEqual(['es:A2']);
    expect(levels('• Spanish – pre-intermediate', 'Languages', 'en')).toEqual(['es:A2']);
  });
});
