import { findPeriod } from './dates';
import { splitLines } from './lines';
import { monthNumber } from './months';
import { classifySalesRole } from './sales-role';
import { findSections } from './sections';
import { normaliseText } from '../scoring/text';
import { readWork, workFacts } from './work';

/*
 * Jobs held abroad, and CVs filled in on another country's portal, keep
 * their dates, titles and labels as written there.
 */
const jobs = (text: string) => {
  const lines = splitLines(text);
  return workFacts(readWork(lines, findSections(lines)), '2026-11-01').map((fact) => fact.data);
};
const period = (text: string) => {
  const found = findPeriod(text);
  return found && [found.start, found.end];
};

describe('dates written abroad', () => {
  it.each([
    ['marzo 2012 – agosto 2019', '2012-03-01', '2019-08-31'],
    ['enero de 2015 – marzo de 2019', '2015-01-01', '2019-03-31'],
    ['marzo de 2019 – actualidad', '2019-03-01', null],
    ['maaliskuu 2013 – elokuu 2019', '2013-03-01', '2019-08-31'],
    ['marraskuu 2013 – joulukuuta 2019', '2013-11-01', '2019-12-31'],
    ['wrzesień 2019 – obecnie', '2019-09-01', null],
    ['marzec 2019 – lipca 2020', '2019-03-01', '2020-07-31'],
    ['settembre 2016 – ottobre 2018', '2016-09-01', '2018-10-31'],
    ['setembro 2016 – outubro 2018', '2016-09-01', '2018-10-31'],
    ['mars 2021 à aujourd’hui', '2021-03-01', null],
    ['2013 à 2017', '2013-01-01', '2017-12-31'],
    ['2015 bis 2019', '2015-01-01', '2019-12-31'],
  ])('%s', (text, start, end) => {
    expect(period(text)).toEqual([start, end]);
  });

  it('tells the Finnish November from March', () => {
    expect([monthNumber('marraskuu'), monthNumber('maaliskuu'), monthNumber('marzo')]).toEqual([11, 3, 3]);
  });
});

describe('form dates with a label each', () => {
  it.each([
    ['Alguskuupäev: 12.03.2012; Lõppkuupäev: 30.06.2025', '2012-03-12', '2025-06-30'],
    ['Start date: 03/2019 End date: present', '2019-03-01', null],
    ['Begindatum: 01-02-2018, Einddatum: 31-12-2020', '2018-02-01', '2020-12-31'],
    ['Alguskuupäev: 01.09.2021; Lõppkuupäev:', '2021-09-01', null],
  ])('%s', (text, start, end) => {
    expect(period(text)).toEqual([start, end]);
  });

  it('reads a job of the Estonian unemployment fund form, whose dates carry two labels on one line', () => {
    const text = [
      'TÖÖKOGEMUS',
      'Ametikoht: Müügiesindaja',
      'Tööandja: Virumaa Ehitusmaterjalid OÜ',
      'Alguskuupäev: 12.03.2012; Lõppkuupäev: 30.06.2025',
      'Tööülesanded: pakkumised ehitusfirmadele ja korteriühistutele',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Müügiesindaja', employer: 'Virumaa Ehitusmaterjalid OÜ', start: '2012-03-12', end: '2025-06-30' },
    ]);
  });
});

describe('portals and titles of other countries', () => {
  it('reads French and Polish labels under a French heading', () => {
    const french = [
      'EXPÉRIENCE PROFESSIONNELLE',
      'Période | mars 2021 à aujourd’hui',
      'Poste | Medical Sales Representative',
      'Entreprise | Novaris Santé Canada Inc., Laval, QC',
      'Description | Territory of 180 family physicians',
    ].join('\n');
    expect(jobs(french)).toMatchObject([
      { title: 'Medical Sales Representative', employer: 'Novaris Santé Canada Inc.', start: '2021-03-01', end: null },
    ]);
    const polish = [
      'DOŚWIADCZENIE ZAWODOWE',
      'Okres zatrudnienia | 03.2020 – obecnie',
      'Stanowisko | Key Account Manager',
      'Pracodawca | ChemDystrybucja Polska Sp. z o.o., Poznań',
    ].join('\n');
    expect(jobs(polish)).toMatchObject([
      { title: 'Key Account Manager', employer: 'ChemDystrybucja Polska Sp. z o.o.', salesRole: true },
    ]);
  });

  it('reads a title above "Employer – Town (Country)" when the dates stand alone below', () => {
    const text = [
      'BEROEPSERVARING',
      'Key Account Manager',
      'Valvetech Belgium NV, Antwerpen | juli 2018 – heden',
      'Ingénieur technico-commercial',
      'Hydraulique du Nord SAS – Lille (France)',
      'septembre 2013 – juin 2018',
      '• Développement d’un portefeuille de clients industriels',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Key Account Manager', employer: 'Valvetech Belgium NV' },
      { title: 'Ingénieur technico-commercial', employer: 'Hydraulique du Nord SAS', salesRole: true },
    ]);
  });

  it.each([
    'Delegado Comercial',
    'Comercial de exportación',
    'Myyntiedustaja',
    'Przedstawiciel handlowy',
    'Media-adviseur',
  ])('takes "%s" for a sales title', (title) => {
    expect(classifySalesRole(normaliseText(title), '')?.salesRole).toBe(true);
  });
});

describe('short jobs and Estonian quarters', () => {
  it('reads a season or a month alone before a title under a work heading, and "2015 I kv" as a quarter', () => {
    const text = [
      'TÖÖKOGEMUS',
      'sept 2020 – praegu   Ärikliendihaldur – Tervise Kindlustus AS, Tallinn',
      '• töötajate infopäevad personalijuhtidele',
      '2015 I kv – 08.2020   Kindlustusnõustaja – Läänemere Pank AS, Tallinn',
      'suvi 2014   Müüja – Pärnu Rannakiosk OÜ, Pärnu',
    ].join('\n');
    expect(jobs(text).map((job) => [job.title, job.start, job.end])).toEqual([
      ['Ärikliendihaldur', '2020-09-01', null],
      ['Kindlustusnõustaja', '2015-01-01', '2020-08-31'],
      ['Müüja', '2014-06-01', '2014-08-31'],
    ]);
  });

  it('reads a title above its dates under "Wat ik gedaan heb"', () => {
    const text = [
      'WAT IK GEDAAN HEB',
      'Accountmanager zorginstellingen – Hygiënepartners Oost B.V., Zwolle',
      'van 2013 tot de zomer van 2020',
      '- ca. 70 zorginstellingen',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Accountmanager zorginstellingen', employer: 'Hygiënepartners Oost B.V.', start: '2013-01-01' },
    ]);
  });

  it.each([
    ['Sales Assistant', 'Part-time on the floor while at uni; computers and phones, paid on commission', true],
    ['Partnership Manager', '', true],
    ['Klinisch specialist stomazorg', 'Productinstructie en scholing voor verpleegkundigen', false],
    ['Tolk Frans-Nederlands', 'Tolkopdrachten bij onderhandelingen', false],
    ['Senior Academic Counsellor', 'Counsel and enrol working professionals by phone; 118% of target', true],
    ['Piirkonnajuht', 'kuue kaupluse juhatajate juhendamine ja eelarved; kaupluste müügiplaanid', false],
  ])('takes "%s" for a sales job: %s', (title, duties, sales) => {
    expect(classifySalesRole(normaliseText(title), normaliseText(duties))?.salesRole).toBe(sales);
  });
});
