import { readCertifications } from './certifications';
import { readCompetencies } from './competencies';
import { readCourses } from './courses';
import { readLanguages } from './languages';
import { splitLines } from './lines';
import { readSkills } from './skills';
import { findSections } from './sections';

const parse = (text: string) => {
  const lines = splitLines(text);
  return { lines, sections: findSections(lines) };
};
const languages = (text: string) => {
  const { lines, sections } = parse(text);
  return readLanguages(lines, sections).map((fact) => `${fact.data.language}:${fact.data.level}`);
};

describe('languages', () => {
  it('reads levels as words and CEFR codes in three languages', () => {
    expect(
      languages('Talen\nNederlands – moedertaal\nEngels – vloeiend\nDuits: redelijk\nFrans (basis)\nSpaans B2'),
    ).toEqual(['nl:native', 'en:C1', 'de:B1', 'fr:A2', 'es:B2']);
    expect(
      languages(
        'Keeleoskus\nEesti keel – emakeel\nInglise keel – kõrgtase\nVene keel – suhtlustasemel\nSoome keel – algtase\nSaksa keel – hea',
      ),
    ).toEqual(['et:native', 'en:C1', 'ru:B1', 'fi:A2', 'de:B2']);
    expect(languages('Languages\nEnglish (native)\nGerman – professional working proficiency\nFrench: basic')).toEqual([
      'en:native',
      'de:B2',
      'fr:A2',
    ]);
  });

  it('reads several languages on one line, each with its own level', () => {
    expect(languages('Talen: Nederlands (moedertaal), Engels (C1), Duits (goed)')).toEqual([
      'nl:native',
      'en:C1',
      'de:B2',
    ]);
  });

  it('leaves out a language without a level, and "en" that is Dutch for "and"', () => {
    expect(languages('Talen\nNederlands en Engels')).toEqual([]);
  });
});

describe('competencies', () => {
  it('reads catalogue names and synonyms under a skills heading, with the line as evidence', () => {
    const { lines, sections } = parse(
      'Vaardigheden\n• Klantgerichtheid\n• Onderhandelen\n• Salesforce CRM\n• Stressbestendig',
    );
    const facts = readCompetencies(lines, sections);
    expect(facts.map((fact) => fact.data.code)).toEqual(['customer_focus', 'negotiation', 'stress_resistance']);
    expect(facts[0].data).toEqual({ code: 'customer_focus', level: 3, evidence: 'Klantgerichtheid' });
  });

  it('reads Estonian and English forms, and prefers the longer name', () => {
    const { lines, sections } = parse(
      'Oskused\nLäbirääkimisoskus, meeskonnatöö, pingetaluvus\nKey skills\nFinancial analysis\nExcellent negotiation skills',
    );
    const facts = readCompetencies(lines, sections);
    expect(facts.map((fact) => fact.data.code)).toEqual([
      'negotiation',
      'teamwork',
      'stress_resistance',
      'financial_analysis',
    ]);
  });

  it('falls back on the profile, less surely, when there is no skills section', () => {
    const { lines, sections } = parse('Profiel\nKlantgerichte en ondernemende accountmanager.');
    const facts = readCompetencies(lines, sections);
    expect(facts.map((fact) => fact.data.code)).toEqual(['customer_focus', 'entrepreneurship']);
    expect(facts[0].confidence).toBeLessThan(0.6);
  });

  it('gives the sentence that names it as evidence, not the whole paragraph', () => {
    const { lines, sections } = parse(
      'Profiel\nAccountmanager in de groothandel met tien jaar ervaring in technische producten en installatie. Ik sta bekend als klantgericht en ondernemend. Daarnaast ben ik voorzitter van de plaatselijke voetbalvereniging.',
    );
    expect(readCompetencies(lines, sections)[0].data.evidence).toBe('Ik sta bekend als klantgericht en ondernemend.');
  });
});

describe('certifications', () => {
  it('reads acronyms anywhere and lines under a certificates heading', () => {
    const { lines, sections } = parse(
      'Profiel\nRelatiemanager, CFP sinds 2018.\nCertificaten\nPRINCE2 Foundation (2016)\nVerzekeringsadviseur Wft (2015)',
    );
    expect(readCertifications(lines, sections).map((fact) => fact.data)).toEqual([
      { name: 'CFP', year: 2018 },
      { name: 'PRINCE2', year: 2016 },
      { name: 'Verzekeringsadviseur Wft', year: 2015 },
    ]);
  });

  it('takes no job title for a certificate', () => {
    const { lines, sections } = parse('Experience\nScrum Master, Contoso Ltd');
    expect(readCertifications(lines, sections)).toEqual([]);
  });
});

describe('courses', () => {
  it('reads lines under a courses heading, with a topic the courses criterion knows', () => {
    const { lines, sections } = parse(
      'Cursussen en trainingen\n• Onderhandelen voor gevorderden (2021)\n• Effectief presenteren\n• Commercieel vakmanschap (NCOI, 2017)\n• Leiderschap in sales\nKoolitused\n• Turunduse alused, 2019',
    );
    expect(readCourses(lines, sections, new Set()).map((fact) => fact.data)).toEqual([
      { name: 'Onderhandelen voor gevorderden', topic: 'negotiation', year: 2021 },
      { name: 'Effectief presenteren', topic: 'rhetoric' },
      { name: 'Commercieel vakmanschap', year: 2017 },
      { name: 'Leiderschap in sales', topic: 'management' },
      { name: 'Turunduse alused', topic: 'marketing', year: 2019 },
    ]);
  });
});

describe('skills outside the catalogue', () => {
  it('keeps them as written, and leaves catalogue competencies and sentences to the competency reader', () => {
    const { lines, sections } = parse(
      'Vaardigheden\n• Salesforce CRM\n• Klantgerichtheid\nMS Excel, Exact Online\nIk werk graag samen met collega’s uit andere afdelingen en landen.',
    );
    expect(readSkills(lines, sections).map((fact) => fact.data)).toEqual([
      { name: 'Salesforce CRM' },
      { name: 'MS Excel' },
      { name: 'Exact Online' },
    ]);
  });
});

describe('courses under a combined heading', () => {
  it('leaves degrees to the education reader', () => {
    const { lines, sections } = parse(
      'Opleiding en cursussen\nHBO Commerciële Economie, 2009 – 2013\nCursus Onderhandelen (2019)',
    );
    expect(readCourses(lines, sections, new Set()).map((fact) => fact.data.name)).toEqual(['Cursus Onderhandelen']);
  });
});

describe('languages without their own heading', () => {
  it('reads lines that open with a language name under skills, less surely', () => {
    const { lines, sections } = parse('Vaardigheden\nKlantgericht\nEngels – vloeiend\nWerken met Duitse klanten');
    const facts = readLanguages(lines, sections);
    expect(facts.map((fact) => fact.data)).toEqual([{ language: 'en', level: 'C1' }]);
    expect(facts[0].confidence).toBeLessThan(0.7);
  });
});

describe('languages in a sentence', () => {
  it('reads the level before or after the name, clause by clause', () => {
    expect(languages('Talen\nIk spreek vloeiend Engels en redelijk Duits; Nederlands is mijn moedertaal.')).toEqual([
      'en:C1',
      'de:B1',
      'nl:native',
    ]);
    expect(languages('Keeleoskus\nRäägin vabalt vene keelt, inglise keelt suhtlustasemel; emakeel eesti.')).toEqual([
      'ru:C1',
      'en:B1',
      'et:native',
    ]);
  });
});

describe('competencies beyond the skills heading', () => {
  it('reads short lists under an unknown heading and the profile, but no job titles in prose', () => {
    const { lines, sections } = parse(
      'PROFIEL\nErvaren relatiebeheerder en sales representative, proactief en stressbestendig.\nMIJN TROEVEN\n• Relatiebeheer\n• Communicatief vaardig',
    );
    expect(readCompetencies(lines, sections).map((fact) => [fact.data.code, fact.confidence])).toEqual([
      ['relationship_building', 0.6],
      ['communication', 0.6],
      ['initiative', 0.55],
      ['stress_resistance', 0.55],
    ]);
  });
});

describe('certificates under other headings', () => {
  it('reads Wft diplomas under any heading but a courses one, and the items beside diplomas', () => {
    const { lines, sections } = parse(
      "DIPLOMA'S EN CERTIFICATEN\n• Diploma Wft Basis (2016)\n• Diploma Wft Vermogen (2017)\n• Certified Financial Planner, 2021\n" +
        '• HBO Bedrijfseconomie, 2012\nCursussen\n• Wft Zakelijk Schade',
    );
    expect(readCertifications(lines, sections).map((fact) => fact.data)).toEqual([
      { name: 'Wft Basis', year: 2016 },
      { name: 'Wft Vermogen', year: 2017 },
      { name: 'Certified Financial Planner (CFP)', year: 2021 },
    ]);
  });
});

describe('closing matter', () => {
  it.each([
    'Referenties worden op verzoek verstrekt.',
    'Soovitajad esitan soovi korral.',
    'References available on request',
    'Outside work: sailing and chess',
  ])('never takes "%s" for a course', (closing) => {
    const { lines, sections } = parse(`Courses attended\n• Time management (2019)\n${closing}`);
    expect(readCourses(lines, sections, new Set()).map((fact) => fact.data.name)).toEqual(['Time management']);
  });
});

describe('competencies in lists under unknown headings', () => {
  const codes = (text: string, duties: number[] = []) => {
    const { lines, sections } = parse(text);
    return readCompetencies(lines, sections, new Set(duties)).map((fact) => fact.data.code);
  };

  it('reads the lead of a longer item: before a colon, or its first word', () => {
    expect(
      codes(
        'Wat collega’s over mij zeggen\n• Overtuigend in gesprekken met inkopers\n• Analytisch: ik leef in Excel en scannerdata',
      ),
    ).toEqual(['persuasiveness', 'analytical']);
  });

  it('takes from the duties of a job only what they show as such, and nothing from the clients in the profile', () => {
    expect(codes('MIJN TAKEN\n• Facturen en leveringen controleren', [1])).toEqual([]);
    // Planning is the skill the duty names, as coaching and negotiating are: the writers of the corpus count it.
    expect(codes('MIJN TAKEN\n• Plannen van de routes', [1])).toEqual(['organisation']);
    expect(codes('TÖÖKOGEMUS\n• vahetuste planeerimine ja kauba tellimine', [1])).toEqual(['organisation']);
    expect(codes('MIJN TAKEN\n• Plannen van de routes')).toEqual(['organisation']);
    expect(codes('MIJN TAKEN\n• Onderhandelen')).toEqual(['negotiation']);
    expect(codes('Profiel\nKlanten van familiebedrijven tot agrarische ondernemingen.')).toEqual([]);
  });
});

describe('languages in prose', () => {
  it('reads a level split from its language by the verbs, and a first language as native', () => {
    expect(
      languages('Talen\nNederlands is mijn moedertaal. Engels spreek en schrijf ik goed, Frans op basisniveau.'),
    ).toEqual(['nl:native', 'en:B2', 'fr:A2']);
    expect(languages('Languages\nEnglish is my first language; Irish – good')).toEqual(['en:native', 'ga:B2']);
  });

  it('reads a profile’s sentences about speaking, in three languages', () => {
    expect(
      languages(
        'Profile\nAccount manager in B2B sales. My mother tongue is Dutch and I speak German fluently; my English is good.',
      ),
    ).toEqual(['nl:native', 'de:C1', 'en:B2']);
    expect(languages('Profiel\nIk ben tweetalig opgevoed (Nederlands en Turks) en spreek vloeiend Engels.')).toEqual([
      'nl:native',
      'tr:native',
      'en:C1',
    ]);
    expect(
      languages('Profiil\nMinu emakeel on eesti keel, vene keelt valdan vabalt ja inglise keelt heal tasemel.'),
    ).toEqual(['et:native', 'ru:C1', 'en:B2']);
  });

  it('takes no language from a profile that does not speak of speaking', () => {
    expect(languages('Profile\nExcellent results in the German market, fluent in CRM systems.')).toEqual([]);
  });

  it('gives a bare name the level of the list it stands in', () => {
    expect(languages('Talen\nMoedertaal: Nederlands en Fries\nEngels, Duits: vloeiend')).toEqual([
      'nl:native',
      'fy:native',
      'en:C1',
      'de:C1',
    ]);
    expect(languages('Keeled\nvene keel: emakeel\neesti keel: emakeel')).toEqual(['ru:native', 'et:native']);
    expect(languages('Talen\nNederlands en Engels')).toEqual([]);
  });
});

describe('driving licences', () => {
  it('are never certificates, even under a certificates heading', () => {
    const { lines, sections } = parse('Certificates\nFull UK driving licence\nPRINCE2 Foundation (2018)\nRijbewijs B');
    expect(readCertifications(lines, sections).map((fact) => fact.data.name)).toEqual(['PRINCE2']);
  });
});

describe('skills headings written as a phrase', () => {
  it.each(['Wat ik goed kan', 'Mida ma hästi oskan', 'What I do well'])('%s', (heading) => {
    const { lines, sections } = parse(
      `Werkervaring\nAccountmanager, Van Dijk B.V., 2019 – heden\n${heading}\nOnderhandelen`,
    );
    expect(readCompetencies(lines, sections).map((fact) => fact.data.code)).toEqual(['negotiation']);
  });
});

describe('competencies shown in duties', () => {
  it('takes coaching, teamwork and negotiation a duty names, less surely, and no other word of a duty', () => {
    const text = [
      'EXPERIENCE',
      'Area Sales Manager, Northwind Ltd, 2019 – present',
      '• Mentoring two newly licensed producers',
      '• Negotiating annual terms with buyers',
      '• Analytical reviews of the promotions',
      '• Collaboration with the marketing team on launches',
    ].join('\n');
    const lines = splitLines(text);
    const duties = new Set([2, 3, 4, 5]);
    const facts = readCompetencies(lines, findSections(lines), duties);
    expect(facts.map((fact) => [fact.data.code, fact.confidence])).toEqual([
      ['coaching', 0.5],
      ['negotiation', 0.5],
      ['teamwork', 0.5],
    ]);
  });
});
