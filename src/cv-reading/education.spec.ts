import { parseEducationLevel } from '../scoring/education-scale';
import { readEducation } from './education';
import { splitLines } from './lines';
import { findSections } from './sections';

const education = (body: string, heading = 'Opleiding') => {
  const lines = splitLines(`${heading}\n${body}`);
  return readEducation(lines, findSections(lines)).map((fact) => fact.data);
};
const codeOf = (body: string, heading?: string) =>
  education(body, heading).map((data) => parseEducationLevel(String(data.level))?.code);

describe('education levels', () => {
  it.each([
    ['HBO Commerciële Economie', 'bachelor'],
    ['WO Master Bedrijfskunde', 'master'],
    ['MBO 4 Commercieel medewerker', 'upper_secondary'],
    ['MBO niveau 3 Verkoop', 'vocational'],
    ['Bachelor of Business Administration', 'bachelor'],
    ['BSc Economics', 'bachelor'],
    ['MSc Marketing', 'master'],
    ['MBA, Nyenrode Business Universiteit', 'master'],
    ['Associate degree Commercieel Management', 'short_tertiary'],
    ['Bakalaureusekraad, ärijuhtimine', 'bachelor'],
    ['Magistrikraad, turundus', 'master'],
    ['Rakenduskõrgharidus, logistika', 'bachelor'],
    ['Keskharidus, Narva Gümnaasium', 'upper_secondary'],
    ['Gymnasium, Stedelijk Lyceum', 'upper_secondary'],
    ['VWO', 'upper_secondary'],
    ['HAVO', 'upper_secondary'],
    // School-leaving certificates of Sri Lanka, West Africa, the Caribbean and England's T Level.
    ['G.C.E. Advanced Level (Commerce stream), Royal College, 2011', 'upper_secondary'],
    ['G.C.E. Ordinary Level – 9 passes, Royal College, 2008', 'lower_secondary'],
    ['WASSCE, Accra Academy, 2015', 'upper_secondary'],
    ['CSEC – 7 subjects, Kingston College, 2012', 'lower_secondary'],
    ['T Level in Digital Production, Castle Sixth Form, 2023', 'upper_secondary'],
    ['Diploma in Mechanical Engineering (3 years), Government Polytechnic, 2014', 'short_tertiary'],
    ['BAgric (Animal Science), University of Fort Hare, 2016', 'bachelor'],
    // The old Dutch schools by trade, and the Flemish forms of secondary school and apprenticeship.
    ['Middelbare Landbouwschool, Dronten, 1985 – 1989', 'upper_secondary'],
    ['Middelbare Technische School, richting bouwkunde, 1986', 'upper_secondary'],
    ['Lagere Technische School, Zwolle, 1982 – 1986', 'lower_secondary'],
    ['LEAO (Lager Economisch en Administratief Onderwijs), 1984', 'lower_secondary'],
    ['KMBO Administratie, Tilburg, 1991', 'vocational_entry'],
    ['Primaire opleiding Metselaar (leerlingwezen), 1988', 'vocational_entry'],
    ['BSO Verzorging, Sint-Jozefsinstituut, 2004', 'upper_secondary'],
    ['Getuigschrift tweede graad TSO Mechanica, 1995', 'lower_secondary'],
    ['Se-n-Se Koeltechniek, VTI Brugge, 2012', 'upper_secondary_plus'],
    ['Leertijd bakker, Gent, 2001 – 2004', 'vocational'],
    ['Middelbare Landbouwschool (mbo), Dronten, 1989', 'vocational'],
    ['PhD in Economics', 'doctorate'],
    ['Vocational diploma in Business', 'vocational'],
    ['Doctoraal Economie, Universiteit van Amsterdam', 'master'],
    ['HEAO Commerciële Economie', 'bachelor'],
    ['MEAO Handel', 'upper_secondary'],
    ['GCSEs', 'lower_secondary'],
    ['Associate of Applied Science, Business Management', 'short_tertiary'],
    ['Associate of Arts in Communication', 'short_tertiary'],
    ["Associate's degree in Marketing", 'short_tertiary'],
    ['AAS Business Administration, Denver Community College', 'short_tertiary'],
    ['A.A. Communication Studies', 'short_tertiary'],
    ['BEng (Hons) Mechanical Engineering, University of Derby', 'bachelor'],
    ['B.S. in Finance, Kent State University', 'bachelor'],
    ['B.Com, University of Mumbai', 'bachelor'],
    ['BTEC Level 3 Extended Diploma in Business', 'upper_secondary'],
    ['ONC Mechanical Engineering, Keighley Technical College', 'upper_secondary'],
    ['Tallinna Tööstustehnikum, masinaehitus, keskeriharidus', 'upper_secondary'],
    ['ASO Economie-Moderne Talen, Sint-Jozef-College', 'upper_secondary'],
    ['MTS Werktuigbouwkunde', 'upper_secondary'],
    ['BBS (Hons) Business Studies (Level 8), Munster Technological University', 'bachelor'],
    ['B.A., Communication Studies, Texas State University', 'bachelor'],
    ['Licenciatura en Administración y Dirección de Empresas', 'bachelor'],
    ['Lerarenopleiding Economie (tweedegraads), Hogeschool van Amsterdam', 'bachelor'],
    ['Diploma of Business, TAFE Queensland', 'short_tertiary'],
    ['Diploma in Agribusiness (two-year), Lakeland College', 'short_tertiary'],
    ['Higher Certificate in Marketing, Algoa College', 'short_tertiary'],
    ['Certificate IV in Hospitality, William Angliss Institute', 'upper_secondary_plus'],
    ['12th (Science) from M.P. Board in 2008', 'upper_secondary'],
    ['Class XII (CBSE), Velachery Public School', 'upper_secondary'],
    ["City & Guilds Certificate in Builders' Merchanting, Derby College", 'vocational'],
    ['PGDM (Post Graduate Diploma in Management), two-year full-time programme', 'master'],
  ])('%s', (line, code) => {
    expect(codeOf(line)).toEqual([code]);
  });

  it('names a level the scale accepts, with field, institution and years', () => {
    expect(education('HBO Commerciële Economie, Hogeschool Utrecht (2009 – 2013)')).toEqual([
      {
        level: 'hbo',
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 2009,
        endYear: 2013,
      },
    ]);
    expect(education('Tallinna Tehnikaülikool\nMagistrikraad, ärijuhtimine\n2010–2012', 'Haridus')).toEqual([
      {
        level: 'magister',
        field: 'ärijuhtimine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2012,
      },
    ]);
  });

  it('leaves out a study not finished, and "ma" that is Estonian for "I"', () => {
    expect(education('HBO Bedrijfskunde (niet afgerond)')).toEqual([]);
    expect(education('Kursused, mida ma läbisin', 'Haridus')).toEqual([]);
  });

  it('takes no Estonian company (AS) or credit rating (AAA) for an associate degree', () => {
    expect(education('AS Merko Ehitus, koolitus', 'Haridus')).toEqual([]);
    expect(education('Kept the AAA accounts of the region', 'Education')).toEqual([]);
  });
});

describe('British first and short-cycle degrees', () => {
  it.each([
    ['HND Business and Management, Leeds Beckett University, 2009–2011', 'short_tertiary'],
    ['HNC Engineering (2014)', 'short_tertiary'],
    ['MA (Hons) Economics, University of Aberdeen, 2009–2013 (four-year undergraduate degree)', 'bachelor'],
  ])('%s', (line, code) => {
    expect(codeOf(line, 'Education')).toEqual([code]);
  });
});

describe('school-leaving certificates', () => {
  it.each(['Leaving Certificate, 2010', 'Scottish Highers (2012)', 'Abitur, Gymnasium Aachen'])('%s', (line) => {
    expect(codeOf(line, 'Education')).toEqual(['upper_secondary']);
  });
});

describe('first degrees and vocational training abroad', () => {
  it.each([
    ['Laurea (3-year degree) in Food Science and Technology, University of Parma', 'bachelor'],
    ['Laurea Magistrale in Economia, Università di Bologna', 'master'],
    ['Degree in Business Administration (Grado en ADE) – Universidad de Jaén', 'bachelor'],
    ['BMS, Mithibai College, University of Mumbai, 2009 – 2012', 'bachelor'],
    ['Certificate III in Retail – TAFE NSW, 2018', 'vocational'],
    ['Apprenticeship as industrial mechanic (IHK), 2003 – 2006', 'vocational'],
    ['Certificate IV in Hospitality, TAFE SA, 2016', 'upper_secondary_plus'],
    ['NVQ Level 3 in Warehousing and Storage – Central College Nottingham, 2015', 'vocational'],
    ['BTEC Level 3 Extended Diploma in Business, 2012', 'upper_secondary'],
    ['Baccalauréat en administration des affaires (BAA), Finance – HEC Montréal, 2011 – 2014', 'bachelor'],
    ['Licence in Economics and Management, Université Lumière Lyon 2, 2009 – 2012', 'bachelor'],
    ['Business Administration Diploma (2 years), Sheridan College, 2015 – 2017', 'short_tertiary'],
    ['Diplom-Kaufmann (FH), Business Administration – Fachhochschule Kiel, 2004 – 2009', 'bachelor'],
    ['Industrieel ingenieur Elektromechanica, Hogeschool West-Vlaanderen, 2002 – 2006', 'master'],
    ['HBO5 Marketing (avondonderwijs), CVO Roeselare, 2015 – 2018', 'short_tertiary'],
    ['HLO Analytische Chemie, Hogeschool Limburg, Heerlen, 1988 – 1992', 'bachelor'],
    ['10th (SSC), Maharashtra State Board, 2009, 86%', 'lower_secondary'],
  ])('%s', (line, code) => {
    expect(codeOf(line, 'Education')).toEqual([code]);
  });
});

describe('school-leaving certificates of more countries', () => {
  it.each([
    'SACE, Unley High School, 2012',
    'VCE, Nhill College, 2020',
    'Ontario Secondary School Diploma (OSSD), Port Credit Secondary School, 2015',
    'National Senior Certificate, Hoërskool Centurion, 2009',
  ])('%s', (line) => {
    const [code] = codeOf(line, 'Education');
    expect(['upper_secondary', 'secondary']).toContain(code);
  });
});

describe('a diploma, its school and its years on lines of their own', () => {
  it("takes a school named by its level under the diploma for that diploma's school, and the dates below for its own", () => {
    const text = [
      'EDUCATION',
      'Associate of Applied Science in Business Administration',
      'Ivy Tech Community College - Fort Wayne, IN',
      '2015 to 2017',
      'High school diploma',
      'North Side High School - Fort Wayne, IN',
      'August 2011 to May 2015',
    ].join('\n');
    const lines = splitLines(text);
    expect(
      readEducation(lines, findSections(lines)).map((fact) => [
        fact.data.level,
        fact.data.startYear,
        fact.data.endYear,
      ]),
    ).toEqual([
      ['associate degree', 2015, 2017],
      ['high school', 2011, 2015],
    ]);
  });
});

describe('MA as a degree, not as Massachusetts', () => {
  it.each([
    ['Tartu Ülikool, rahandus, MA 2007–2009', ['master']],
    ['Tallinna Ülikool, meediauuringud, MA, 2012–2014', ['master']],
  ])('%s', (line, codes) => {
    expect(codeOf(line, 'Haridus')).toEqual(codes);
  });

  it('reads no degree from a town in Massachusetts', () => {
    expect(codeOf('Northeastern University, Boston, MA', 'Education')).toEqual([]);
    expect(codeOf('Somerville, MA 02144', 'Education')).toEqual([]);
  });
});

describe('school-leaving, vocational and first degrees of more countries', () => {
  it.each([
    ['Baccalauréat STMG, Lycée Jacques Brel, Vénissieux, 2022', 'upper_secondary'],
    ['Bachillerato, IES Lluís Vives, Valencia, 2014', 'upper_secondary'],
    ['Matriculation examination (ylioppilastutkinto), Karhulan lukio, 1995', 'upper_secondary'],
    ['Mittlere Reife, Realschule Pasing, 2018', 'lower_secondary'],
    ['Standard Grades, Castlehead High School, 1991', 'lower_secondary'],
    [
      'BTS NDRC (Négociation et Digitalisation de la Relation Client), Lycée La Martinière, Lyon, 2022 – 2024',
      'short_tertiary',
    ],
    [
      'Técnico Superior en Comercio Internacional (FP Grado Superior), CIPFP Ausiàs March, Valencia, 2014 – 2016',
      'short_tertiary',
    ],
    ['Mgr. – Teaching of English and German, Masaryk University, Brno, 1995 – 2000', 'master'],
    ['Ir. Werktuigbouwkunde, Technische Universiteit Eindhoven, 1992 – 1998', 'master'],
    ['M.Ed. Curriculum and Instruction – Ohio Dominican University, 2019', 'master'],
    ['BEd (Hons) Design and Technology with QTS, Cardiff Institute of Higher Education, 1991 – 1995', 'bachelor'],
    ['Ausbildung Kaufmann im Groß- und Außenhandel (IHK), Städtische Berufsschule, München, 2018 – 2021', 'vocational'],
    [
      'Școala Postliceală Sanitară, opleiding tandartsassistente (postsecundair), Cluj-Napoca, 2006 – 2008',
      'upper_secondary_plus',
    ],
  ])('%s', (line, code) => {
    expect(codeOf(line, 'Education')).toEqual([code]);
  });

  it('reads vocational training "keskhariduse baasil" as vocational, not as the secondary school it follows', () => {
    expect(
      codeOf('Narva Kutseõppekeskus · kokk · kutseharidus (tase 4) keskhariduse baasil · 2007–2009', 'Haridus'),
    ).toEqual(['vocational']);
  });

  it('does not take a school named after a monsignor for a master’s degree', () => {
    expect(codeOf('VMBO kader, Sint-Oelbertgymnasium/Mgr. Frencken, Oosterhout, 2006 – 2010', 'Opleiding')).toEqual([
      'lower_secondary',
    ]);
  });
});

describe('qualifications of the English-speaking world and the Nordics', () => {
  it.each([
    ['O-levels (6), Fleetwood High School, 1988', 'lower_secondary'],
    ['NCEA Level 1 – Waikirikiri College, Gisborne, 2003', 'lower_secondary'],
    ['Year 10, Eastern Goldfields Senior High School, 1991', 'lower_secondary'],
    ['National Senior Certificate (Matric, Bachelor’s pass), Paul Roos Gymnasium, 2021', 'upper_secondary'],
    ['HHX (Higher Commercial Examination) – Aarhus Business College, 2009', 'upper_secondary'],
    ['Baccalaureate diploma – Colegiul Național "Emil Racoviță", Cluj-Napoca, 2010', 'upper_secondary'],
    ['BTEC National Diploma in Business and Finance – York College, 1989 – 1991', 'upper_secondary'],
    ['SVQ Level 3 Hospitality Supervision and Leadership, Dumfries and Galloway College, 2019', 'vocational'],
    ['Trade certificate (fagbrev) in aquaculture, Hitra videregående skole, 2008 – 2011', 'vocational'],
    ['QCF Level 3 Diploma in Health and Social Care (Adults) – Gower College Swansea, 2010', 'vocational'],
    ['FdSc Veterinary Nursing, Myerscough College, 2009 – 2012', 'short_tertiary'],
    [
      'Associate in Applied Science, Air Conditioning and Refrigeration – Wake Technical Community College',
      'short_tertiary',
    ],
    [
      'New Zealand Diploma in Business (Accounting) (Level 6) – Nelson Marlborough Institute of Technology',
      'short_tertiary',
    ],
    ['B.E. Textile Technology, Kumaraguru College of Technology, Coimbatore, 2009 - 2013', 'bachelor'],
  ])('%s', (line, code) => {
    expect(codeOf(line, 'Education')).toEqual([code]);
  });

  it('takes a wine award for no schooling', () => {
    expect(codeOf('WSET Level 2 Award in Wines (2019)', 'Education')).toEqual([]);
  });
});

describe('framework levels and diplomas named by their field', () => {
  it.each([
    ['Higher Diploma in Business (NFQ Level 8), Dublin Business School, 2016', 'bachelor'],
    ['Diploma of Hospitality Management, William Angliss Institute, 2012', 'short_tertiary'],
    ['Queensland Senior Certificate, Kenmore State High School, 2008', 'upper_secondary'],
    ['BC Certificate of Graduation (Dogwood Diploma) – Mount Boucherie Secondary, 2011', 'upper_secondary'],
    ['New Zealand Certificate in Commercial Road Transport (Level 3), 2015', 'vocational'],
  ])('%s', (line, code) => {
    expect(codeOf(line, 'Education')).toEqual([code]);
  });

  it('leaves a professional diploma ("Diploma of Insurance Broking") to the certificates', () => {
    expect(codeOf('Diploma of Insurance Broking (RG146 compliant), 2018', 'Education')).toEqual([]);
  });
});

describe('degrees and schools as more countries name them', () => {
  it.each([
    [
      'DUT Techniques de Commercialisation (2-year university diploma in business), IUT Lyon 1, 2008 – 2010',
      'short_tertiary',
    ],
    ['Licence fondamentale in Economics and Management – Université Hassan II, Casablanca, 2010 – 2013', 'bachelor'],
    [
      'National Diploma: Mechanical Engineering – Tshwane University of Technology, Pretoria, 2006 – 2009',
      'short_tertiary',
    ],
    ['Sillamäe Gymnasium – basic education (põhiharidus), 2006', 'lower_secondary'],
    [
      'Inżynier (engineer’s degree, first cycle) in Horticulture – Uniwersytet Przyrodniczy w Poznaniu, 2007 – 2011',
      'bachelor',
    ],
    ['Magister inżynier (MSc Eng.), Chemical Technology — Wrocław University of Science and Technology', 'master'],
    ['Universidade Federal do Paraná, Bacharelado em Administração, 2007–2011', 'bachelor'],
    ['Kauno kolegija, verslo vadyba (ärijuhtimine), profesinis bakalauras, 2008–2011', 'bachelor'],
    ['Hämeen ammattikorkeakoulu, rakennustekniikka, insinööri (AMK), 2002–2006', 'bachelor'],
    ['Anadolu Üniversitesi Açıköğretim Fakültesi, işletme, ön lisans (2-aastane), 2010–2012', 'short_tertiary'],
    ['Yüksek Lisans (MBA), Business Administration – Pamukkale Üniversitesi, 2016 – 2018', 'master'],
    ['Lise (middelbare school) – Bursa Ticaret Lisesi, 1995 – 1999', 'upper_secondary'],
    ['Ensino Médio – Colégio Santa Clara, Campinas (2006 – 2008)', 'upper_secondary'],
    ['BTEC Level 3 National Diploma in Hospitality, Salford City College, 2008 – 2010', 'upper_secondary'],
  ])('%s', (line, code) => {
    expect(codeOf(line, 'Education')).toEqual([code]);
  });
});

describe('Belgian secondary school at an atheneum', () => {
  it('reads ASO or TSO as secondary, whatever the school is called', () => {
    expect(education('ASO Economie-Wiskunde, Koninklijk Atheneum Brugge, 2001 – 2007')[0].level).toBe('secondary');
    expect(education('TSO Handel, Atheneum Mol, 1995 – 2001', 'Diploma')[0].level).toBe('secondary');
  });
});
