import { dayBefore, findPeriod, parseDate } from './dates';
import { monthNumber } from './months';
import { findStart, findUntil } from './dates-prose';

const period = (text: string) => {
  const found = findPeriod(text);
  return found && { start: found.start, end: found.end };
};

describe('periods', () => {
  it.each([
    ['2019 – heden', '2019-01-01', null],
    ['jan. 2018 – mei 2021', '2018-01-01', '2021-05-31'],
    ['03/2017 – 2020', '2017-03-01', '2020-12-31'],
    ['2015 – praegu', '2015-01-01', null],
    ['Sept 2016 – Present', '2016-09-01', null],
    ['10.2015 – 04.2019', '2015-10-01', '2019-04-30'],
    ['mai 2014 – aug 2016', '2014-05-01', '2016-08-31'],
    ['2012–2015', '2012-01-01', '2015-12-31'],
    ['2016 tot heden', '2016-01-01', null],
    ['maart 2016 - tot heden', '2016-03-01', null],
    ['2015 – kuni praeguseni', '2015-01-01', null],
    ['Jan 2020 - current', '2020-01-01', null],
    // Europass writes the open end as its form's word: "Current", "Huidig", "Praegune".
    ['01/03/2016 – CURRENT', '2016-03-01', null],
    ['01/03/2016 – HUIDIG', '2016-03-01', null],
    ['01/03/2016 – Praegune', '2016-03-01', null],
    ['feb. 2020 – nu', '2020-02-01', null],
    // South Asian CVs leave a job still held as "Continue".
    ['Mar 2021 – Continue', '2021-03-01', null],
    ['oktober 2010 – februari 2012', '2010-10-01', '2012-02-29'],
    ['märts 2012 – veebr 2014', '2012-03-01', '2014-02-28'],
    ['jaanuar 2019 – detsember 2020', '2019-01-01', '2020-12-31'],
    ['juuni 2010 – juuli 2011', '2010-06-01', '2011-07-31'],
    ['okt 2017 – dets 2018', '2017-10-01', '2018-12-31'],
    ['March 2011 to June 2013', '2011-03-01', '2013-06-30'],
    ['May 2015 – Aug 2022', '2015-05-01', '2022-08-31'],
    ['04-2020 – heden', '2020-04-01', null],
    ['01.03.2017 - 31.12.2019', '2017-03-01', '2019-12-31'],
    ['jan – mei 2021', '2021-01-01', '2021-05-31'],
    ['sinds 2019', '2019-01-01', null],
    ['alates 2020', '2020-01-01', null],
    ['Accountmanager | 2019 - 2021 | Van Dijk BV', '2019-01-01', '2021-12-31'],
    ['2019-04-01 – present', '2019-04-01', null],
    ['2012-08-20 – 2014-08-15', '2012-08-20', '2014-08-15'],
    ['maart 2022 tem heden', '2022-03-01', null],
    ['02.2020 – jätkub', '2020-02-01', null],
    ['primo 2019 – thans', '2019-01-01', null],
    ['primo 2012 – ultimo 2018', '2012-01-01', '2018-12-31'],
    ['sept. 2017 t.e.m. feb. 2022', '2017-09-01', '2022-02-28'],
    // Days written with their month's name, and the ways each language says "since" and "still".
    ['van 1 januari 2016 t/m 30 april 2020', '2016-01-01', '2020-04-30'],
    ['1st March 2019 – present', '2019-03-01', null],
    ['March 1, 2019 - June 30, 2021', '2019-03-01', '2021-06-30'],
    ['15. märts 2019 – praegu', '2019-03-15', null],
    ['van 03/2019 tot op heden', '2019-03-01', null],
    ['Relatiemanager bij Plattelandsbank, per 1 mei 2020.', '2020-05-01', null],
    ['sedert september 2020', '2020-09-01', null],
    ['09/2018 – nowadays', '2018-09-01', null],
    ['2018. a septembrist | Müügijuht', '2018-09-01', null],
    ['2021.09 – present', '2021-09-01', null],
    ['2017.02 – 2021.08', '2017-02-01', '2021-08-31'],
    ['09/2020 – täna   Kliendihaldur', '2020-09-01', null],
    // French and German dates, as people who worked abroad keep them.
    ['janv. 2021 – aujourd’hui', '2021-01-01', null],
    ['juin 2013 – avril 2016', '2013-06-01', '2016-04-30'],
    ['juillet 2023 – janvier 2024', '2023-07-01', '2024-01-31'],
    ['seit 04/2021 Key Account Manager DACH', '2021-04-01', null],
    ['10/2013 – Ende 2015', '2013-10-01', '2015-12-31'],
    ['März 2019 – heute', '2019-03-01', null],
    ['eind maart 2019 – heden', '2019-03-01', null],
    ['mei 2020 – vandaag', '2020-05-01', null],
    ['Tööperiood | I kvartal 2019 – praegu', '2019-01-01', null],
    ['2021 II poolaasta – praegu   Ettevõtete kliendihaldur', '2021-07-01', null],
    ['august 2018 – tänase päevani', '2018-08-01', null],
    ['09.2019 – по настоящее время | Müügiesindaja', '2019-09-01', null],
    ['Augustus 2019 – hede (present)', '2019-08-01', null],
    ['Januarie 2016 – Julie 2019', '2016-01-01', '2019-07-31'],
    ['Töötamise aeg | 2010 sügis – 2014', '2010-09-01', '2014-12-31'],
    ['from 2016 until the end of March 2019, I worked', '2016-01-01', '2019-03-31'],
  ])('%s', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  it('says where the period stands in the line', () => {
    const found = findPeriod('Van Dalen B.V. | mrt. 2019 – heden')!;
    expect('Van Dalen B.V. | mrt. 2019 – heden'.slice(found.index, found.index + found.length)).toBe(
      'mrt. 2019 – heden',
    );
    expect(found.precision).toBe('month');
  });

  it('finds no period in phone numbers, lone years or backwards ranges', () => {
    expect(findPeriod('tel 06-12345678')).toBeNull();
    expect(findPeriod('Onderhandelen voor gevorderden (2021)')).toBeNull();
    expect(findPeriod('2019 – 2015')).toBeNull();
    expect(findPeriod('Omzet steeg 2,5 - 3 miljoen')).toBeNull();
  });
});

describe('a start and an end told apart', () => {
  it('finds a lone start, an end after "until", and the day before a date', () => {
    expect(findStart('In juli 2015 maakte ik de overstap')).toMatchObject({ date: '2015-07-01', precision: 'month' });
    expect(findUntil('Daar adviseerde ik tot en met juni 2019 zo’n 300 ondernemers')).toBe('2019-06-30');
    expect(findUntil('Bis dahin')).toBeNull();
    expect(findUntil('tot ik in 2011 binnen het bureau doorschoof')).toBe('2011-12-31');
    expect(findStart('werd ik accountmanager en bouwde ik tot eind 2018 een portefeuille op')).toBeNull();
    expect(dayBefore('2020-03-01')).toBe('2020-02-29');
  });
});

describe('dates', () => {
  it('reads month names and abbreviations in three languages', () => {
    expect(
      ['mrt', 'maart', 'märts', 'March', 'mei', 'mai', 'May', 'juuni', 'juuli', 'okt', 'Oct', 'dets', 'Dec'].map(
        monthNumber,
      ),
    ).toEqual([3, 3, 3, 3, 5, 5, 5, 6, 7, 10, 10, 12, 12]);
  });

  it('takes the first day for a start and the last for an end', () => {
    expect(parseDate('2019', false)?.date).toBe('2019-01-01');
    expect(parseDate('2019', true)?.date).toBe('2019-12-31');
    expect(parseDate('02/2024', true)?.date).toBe('2024-02-29');
    expect(parseDate('feb 2023', true)?.date).toBe('2023-02-28');
    expect(parseDate('31.02.2020', false)).toBeNull();
  });
});

describe('periods, less common forms', () => {
  it.each([
    ['2017-03 – 2019-12', '2017-03-01', '2019-12-31'],
    ['2016-01 – 2020-02 Account Manager', '2016-01-01', '2020-02-29'],
    ['12-Jul-2021 – Present | Relationship Manager', '2021-07-01', null],
    ['03-Jan-2018 – 10-Jul-2021 | Credit Officer', '2018-01-01', '2021-07-31'],
    ['jun/2021 – present', '2021-06-01', null],
    ['Oct-2020 to Present', '2020-10-01', null],
    ['2020/03 – present | Relationship Manager', '2020-03-01', null],
    ['2016/01 – 2020/02 | Credit Analyst', '2016-01-01', '2020-02-29'],
    ['2019-09 to present   Commercial Account Manager', '2019-09-01', null],
    ['2015 (September) – 2018 (March) · Export Assistant', '2015-09-01', '2018-03-31'],
    ['2017-03 - heden', '2017-03-01', null],
    ['2015. a – 2018. a', '2015-01-01', '2018-12-31'],
    ['2015. – praegu', '2015-01-01', null],
    ['sep 2015 / mrt 2018', '2015-09-01', '2018-03-31'],
    ['van 2015 tot 2018', '2015-01-01', '2018-12-31'],
    // The year first, then the month: "2020 veebruar", "2019 March".
    ['2014 mai – 2016 august', '2014-05-01', '2016-08-31'],
    ['2019 March – 2021 June', '2019-03-01', '2021-06-30'],
    // A year of two digits after an apostrophe.
    ["maart '17 – nu", '2017-03-01', null],
    ['Sept ’09 – Dec ’12', '2009-09-01', '2012-12-31'],
    // Quarters, and an arrow between the ends.
    ['Q3 2019 – Q1 2021', '2019-07-01', '2021-03-31'],
    ['2015 → 2018', '2015-01-01', '2018-12-31'],
    ['Jan 2015 → present', '2015-01-01', null],
    // Months in Roman numerals, and a season with its article.
    ['III 2016 – V 2020', '2016-03-01', '2020-05-31'],
    ['2011 tot de zomer van 2014', '2011-01-01', '2014-08-31'],
    // Estonian months in the case a period puts them: from March, until February.
    ['märtsist 2021 kuni veebruarini 2023', '2021-03-01', '2023-02-28'],
  ])('%s', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  it('takes no month from a word that only starts like one, nor a year from a lone apostrophe', () => {
    expect(period('market 2019')).toBeNull();
    expect(period('Windows XP 2010')).toBeNull();
    expect(period("'17 – '19")).toBeNull();
  });

  it('takes "2010-11" for a year range, not for November', () => {
    expect(period('2010-11')).toBeNull();
    expect(period('2008-2010')).toEqual({ start: '2008-01-01', end: '2010-12-31' });
  });
});

describe('years set apart by a slash alone, and "currently"', () => {
  it.each([
    ['2019/2021 Telefonisch verkoper', '2019-01-01', '2021-12-31'],
    ['09/2024 – currently. I manage 30 accounts', '2024-09-01', null],
    ['sept 2023 – momenteel', '2023-09-01', null],
    ['Maasland Bank N.V., ’s-Hertogenbosch | april 2022 – dato', '2022-04-01', null],
    ['febr. 2015 – aug. 2018', '2015-02-01', '2018-08-31'],
    ['Westflex Uitzendkantoren NV, Roeselare | sinds half 2021', '2021-06-01', null],
    ['• April 2022 onwards: Sales Assistant (weekends), Glenview Garden Centre', '2022-04-01', null],
    ['2003 onwards: GCSE Examiner, Design and Technology', '2003-01-01', null],
    ['Müügiinsener, Laagrikeskus OÜ (2017 sügisest 2020 lõpuni)', '2017-09-01', '2020-12-31'],
    ['Töötamise aeg | 02.2019 – hetkeni', '2019-02-01', null],
    ['Hooldusinsener, Saku Metallitööd AS (2009 kevadest 2017 suveni)', '2009-03-01', '2017-08-31'],
  ])('reads "%s"', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  it('takes "2023/2024" for a school year, not a period, and leaves "12/2019/2021" alone', () => {
    expect(period('schooljaar 2025/2026: € 640.000')).toBeNull();
    expect(period('JA Eesti programm, 2023/2024')).toBeNull();
    expect(period('12/2019/2021')).toBeNull();
  });
});

describe('months and open ends of Romania, Turkey, Lithuania and Latvia', () => {
  it.each([
    ['Banat Cable Systems S.R.L., Timișoara | ianuarie 2021 – prezent', '2021-01-01', null],
    ['septembrie 2012 – februarie 2016', '2012-09-01', '2016-02-29'],
    ['Boğaziçi Otomotiv A.Ş. | Satış Danışmanı | Ekim 2015 – Aralık 2018', '2015-10-01', '2018-12-31'],
    ['Şubat 2010 – halen', '2010-02-01', null],
    ['2014 rugsėjis – 2019 rugpjūtis', '2014-09-01', '2019-08-31'],
    ['janvāris 2018 – tagad', '2018-01-01', null],
    ['2014 m. rugsėjis – 2019 m. birželis: Pardavimų vadybininkė', '2014-09-01', '2019-06-30'],
    ['2008 m. – 2014 m. | AgroTechnika UAB', '2008-01-01', '2014-12-31'],
    ['09.2019 – devam ediyor (ongoing)   Export Sales Manager', '2019-09-01', null],
    ['Time | 04.2020 – up to now', '2020-04-01', null],
    ['Key Account Manager – South America | Oct 2021 – atual (present)', '2021-10-01', null],
    ['Feb. 2021 – to this day   Territory Manager', '2021-02-01', null],
    ['06.2021 – praeguse ajani: Müügikonsultant', '2021-06-01', null],
  ])('reads "%s"', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  it('reads no month inside a name: "Walmart 2019 – 2021" is the years alone', () => {
    expect(period('Walmart 2019 – 2021')).toEqual({ start: '2019-01-01', end: '2021-12-31' });
  });
});

describe('a span again a later year', () => {
  it.each([
    ['Sportimax, Vénissieux | July–August 2020 and 2021', '2020-07-01', '2021-08-31'],
    ['juli – augustus 2019 en 2020', '2019-07-01', '2020-08-31'],
    ['02/2020 – 02/2020 and 2021', '2020-02-01', '2021-02-28'],
  ])('runs "%s" to the later year', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  it('leaves a period alone when the year after "and" is no later', () => {
    expect(period('2016 – 2019 and 2018 in part time')).toEqual({ start: '2016-01-01', end: '2019-12-31' });
  });
});

describe('periods left open', () => {
  it.each([
    ['2019 –', '2019-01-01'],
    ['mrt 2020 - | Van Dijk BV | Accountmanager', '2020-03-01'],
    ['2014 –    Müügijuht – Lõuna Hulgikaubandus AS', '2014-01-01'],
    ['Pärnu Hulgi OÜ – müügiesindaja, märtsist 2025. tellimused', '2025-03-01'],
    ['2019. aasta septembrist', '2019-09-01'],
    ['2018 – actueel', '2018-01-01'],
    ['2017 – tänini', '2017-01-01'],
    ['2020 veebruar – praegu', '2020-02-01'],
    ['alates märtsist 2021', '2021-03-01'],
    ['2019 →', '2019-01-01'],
    ['2019–…', '2019-01-01'],
    ['09/2018 – k.a.', '2018-09-01'],
  ])('%s', (text, start) => {
    expect(period(text)).toEqual({ start, end: null });
  });
});

describe('periods with seasons, parts of years and prose', () => {
  it.each([
    ['spring 2019 – present', '2019-03-01', null],
    ['voorjaar 2019 - heden', '2019-03-01', null],
    ['kevad 2019 – praegu', '2019-03-01', null],
    ['Turvaline Maakler OÜ, 2019. aasta sügisest tänaseni', '2019-09-01', null],
    ['2015. aasta kevadest 2019. aasta suveni', '2015-03-01', '2019-08-31'],
    ['summer 2018 – autumn 2020', '2018-06-01', '2020-11-30'],
    ['najaar 2015 – zomer 2017', '2015-09-01', '2017-08-31'],
    ['talv 2018 – sügis 2019', '2018-01-01', '2019-11-30'],
    ['From 2011 until the end of 2014 I sold', '2011-01-01', '2014-12-31'],
    ['van 2011 tot eind 2014', '2011-01-01', '2014-12-31'],
    ['begin 2019 – eind 2020', '2019-01-01', '2020-12-31'],
    ['mid-2016 – heden', '2016-06-01', null],
    ['early 2020 – late 2021', '2020-01-01', '2021-12-31'],
    ['alates 2021. aasta märtsist', '2021-03-01', null],
    ['alates 2011. aastast kuni 2014. aasta lõpuni', '2011-01-01', '2014-12-31'],
    ['2016. aasta jaanuarist 2019. aasta juunini', '2016-01-01', '2019-06-30'],
    ['Between 2010 and 2013 I led the team', '2010-01-01', '2013-12-31'],
    ['tussen maart 2010 en juni 2013', '2010-03-01', '2013-06-30'],
    ['since March 2021 I have worked', '2021-03-01', null],
    ['sinds maart 2021', '2021-03-01', null],
    ['March 2019 - Present (5 years 9 months)', '2019-03-01', null],
    ['maart 2019 - heden (5 jaar 9 maanden)', '2019-03-01', null],
  ])('%s', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  it('reads a season or a part of a year to the month', () => {
    expect(findPeriod('spring 2019 – present')?.precision).toBe('month');
    expect(parseDate('the end of 2014', true)?.date).toBe('2014-12-31');
    expect(parseDate('2014. aasta lõpuni', true)?.date).toBe('2014-12-31');
    expect(parseDate('winter 2020', true)?.date).toBe('2020-02-29');
  });

  it('takes no period from words that only look like one', () => {
    expect(findPeriod('sales fell in 2019')).toBeNull();
    expect(findPeriod('In 2019 I won the award for the best newcomer')).toBeNull();
    expect(findPeriod('between 2 and 3 visits a day in 2019')).toBeNull();
    expect(findPeriod('Between 2013 and 2010')).toBeNull();
    // "a marketing role" after a year is not an Estonian "2015. a. märts".
    expect(findPeriod('since 2015 a marketing role')).toEqual(expect.objectContaining({ start: '2015-01-01' }));
    expect(parseDate('2015 a marketing', false)).toBeNull();
  });
});

describe('the open end words of Europass', () => {
  it('takes them only as whole words', () => {
    expect(findPeriod('2016 – huidige functie')).toBeNull();
    expect(findPeriod('2016 – praegused kliendid')).toBeNull();
  });
});

describe('a year and a month written as an academic year are no period', () => {
  it.each(['2010-11 Accountant', '2019-20 Sales'])('%s', (text) => {
    expect(findPeriod(text)).toBeNull();
  });
});

describe('seasons written as two years', () => {
  it.each([
    ['talved 2018/2019 – praegu', '2018-01-01', null],
    ['hooajad 2015/2016 – 2018/2019', '2015-01-01', '2019-12-31'],
    ['winters 2020/2021 - heden', '2020-01-01', null],
  ])('%s', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  it('reads a season alone as no period still', () => {
    expect(period('seizoen 2023/2024')).toBeNull();
  });
});
