import { findPeriod, monthNumber, parseDate } from './dates';

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
    ['feb. 2020 – nu', '2020-02-01', null],
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
    ['2017-03 - heden', '2017-03-01', null],
    ['2015. a – 2018. a', '2015-01-01', '2018-12-31'],
    ['2015. – praegu', '2015-01-01', null],
    ['sep 2015 / mrt 2018', '2015-09-01', '2018-03-31'],
    ['van 2015 tot 2018', '2015-01-01', '2018-12-31'],
  ])('%s', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  it('takes "2010-11" for a year range, not for November', () => {
    expect(period('2010-11')).toBeNull();
    expect(period('2008-2010')).toEqual({ start: '2008-01-01', end: '2010-12-31' });
  });
});

describe('periods left open', () => {
  it.each([
    ['2019 –', '2019-01-01'],
    ['mrt 2020 - | Van Dijk BV | Accountmanager', '2020-03-01'],
    ['2018 – actueel', '2018-01-01'],
    ['2017 – tänini', '2017-01-01'],
  ])('%s', (text, start) => {
    expect(period(text)).toEqual({ start, end: null });
  });
});
