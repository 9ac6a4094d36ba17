import { findSections } from './sections';
import { splitLines } from './lines';
import { durationMonths, roleDates } from './linkedin';
import { readWork } from './work';

const jobs = (text: string) => {
  const lines = splitLines(text);
  return readWork(lines, findSections(lines)).map(
    (entry) => `${entry.title} @ ${entry.employer ?? '-'} ${entry.period.start}`,
  );
};

describe('durationMonths', () => {
  it('reads LinkedIn durations in three languages', () => {
    expect(durationMonths('3 years 10 months')).toBe(46);
    expect(durationMonths('1 yr 2 mos')).toBe(14);
    expect(durationMonths('5 months')).toBe(5);
    expect(durationMonths('2 jaar 1 maand')).toBe(25);
    expect(durationMonths('4 aastat 3 kuud')).toBe(51);
  });

  it('takes nothing that is not a duration alone', () => {
    expect(durationMonths('10 months 3 years')).toBeUndefined();
    expect(durationMonths('3 years of experience')).toBeUndefined();
    expect(durationMonths('25 accounts')).toBeUndefined();
    expect(durationMonths('')).toBeUndefined();
  });
});

describe('roleDates', () => {
  const line = (text: string) => splitLines(text)[0];
  it('takes a period with its duration in brackets or after a dot', () => {
    expect(roleDates(line('March 2021 - Present (3 years 10 months)'))?.months).toBe(46);
    expect(roleDates(line('Jan 2016 - Sep 2019 · 3 yrs 9 mos'))?.months).toBe(45);
  });

  it('takes no period with other words around it', () => {
    expect(roleDates(line('March 2021 - Present'))).toBeUndefined();
    expect(roleDates(line('Sales Manager March 2021 - Present (3 years)'))).toBeUndefined();
    expect(roleDates(line('2016 - 2019 (part-time)'))).toBeUndefined();
  });
});

describe('the LinkedIn export', () => {
  it('gives the later roles under one company that company, not the place under the role before', () => {
    const text = [
      'Experience',
      'Harbour Foods',
      '4 years 10 months',
      'Key Account Manager',
      'March 2021 - Present (3 years 10 months)',
      'Amsterdam',
      'Account Manager',
      'March 2020 - February 2021 (1 year)',
      'Amsterdam',
      'Bright Retail',
      'Sales Representative',
      'January 2016 - February 2020 (4 years 2 months)',
      'Rotterdam',
      'Education',
      'Hogeschool Noord',
    ].join('\n');
    expect(jobs(text)).toEqual([
      'Key Account Manager @ Harbour Foods 2021-03-01',
      'Account Manager @ Harbour Foods 2020-03-01',
      'Sales Representative @ Bright Retail 2016-01-01',
    ]);
  });

  it('reads the Estonian and Dutch exports, with a description under a role', () => {
    const text = [
      'Kogemus',
      'Põhjatuul OÜ',
      '5 aastat',
      'Müügijuht',
      'juuli 2022 - praegu (2 aastat 6 kuud)',
      'Tallinn',
      'Vastutasin 30 ärikliendi eest.',
      'Kliendihaldur',
      'jaanuar 2020 - juuni 2022 (2 aastat 6 kuud)',
      'Tartu',
    ].join('\n');
    expect(jobs(text)).toEqual(['Müügijuht @ Põhjatuul OÜ 2022-07-01', 'Kliendihaldur @ Põhjatuul OÜ 2020-01-01']);
  });

  it('closes a company once its roles cover its total, and takes no sentence for the next company', () => {
    const text = [
      'Ervaring',
      'Noordvaart Logistiek',
      '2 jaar 6 maanden',
      'Accountmanager',
      'juli 2022 - heden (2 jaar 6 maanden)',
      'Utrecht',
      'Verantwoordelijk voor dertig zakelijke klanten.',
      'Binnendienst medewerker',
      'januari 2020 - juni 2022 (2 jaar 6 maanden)',
      'Zwolle',
    ].join('\n');
    expect(jobs(text)).toEqual([
      'Accountmanager @ Noordvaart Logistiek 2022-07-01',
      'Binnendienst medewerker @ - 2020-01-01',
    ]);
  });

  it('leaves a CV alone whose dates carry no LinkedIn durations', () => {
    const text = ['Work experience', 'Account Manager', 'Delta Handel', '2019 - 2021', 'Amsterdam'].join('\n');
    expect(jobs(text)).toEqual(['Account Manager @ Delta Handel 2019-01-01']);
  });
});

describe('the LinkedIn export, what it must not take', () => {
  it('takes the title above the company when a copy has them that way round', () => {
    const text = [
      'Experience',
      'Account Manager',
      'Northwind Traders',
      'May 2020 - Present (4 years 7 months)',
      'Sales Representative',
      'Contoso',
      'June 2016 - April 2020 (3 years 11 months)',
    ].join('\n');
    expect(jobs(text)).toEqual([
      'Account Manager @ Northwind Traders 2020-05-01',
      'Sales Representative @ Contoso 2016-06-01',
    ]);
  });

  it('takes no place of several parts for a company', () => {
    const text = [
      'Experience',
      'Contoso',
      'Senior Account Manager',
      'January 2021 - Present (3 years 11 months)',
      'Tallinn, Harjumaa, Estonia',
      'Account Manager',
      'March 2018 - December 2020 (2 years 10 months)',
    ].join('\n');
    expect(jobs(text)).toEqual(['Senior Account Manager @ Contoso 2021-01-01', 'Account Manager @ - 2018-03-01']);
  });
});

describe('the LinkedIn export across a page break', () => {
  it('takes no page footer for a company', () => {
    const text = [
      'Ervaring',
      'Noordvaart Logistiek',
      'Accountmanager',
      'maart 2019 - heden (5 jaar 9 maanden)',
      'Utrecht',
      'Delta Handel',
      'Page 1 of 2',
      'Verkoper',
      'september 2016 - februari 2019 (2 jaar 6 maanden)',
    ].join('\n');
    expect(jobs(text)).toEqual([
      'Accountmanager @ Noordvaart Logistiek 2019-03-01',
      'Verkoper @ Delta Handel 2016-09-01',
    ]);
  });
});

describe('the kind of employment on a line of its own', () => {
  it('skips "Full-time" under a grouped role and takes "Self-employed · Freelance" for the company line', () => {
    const text = [
      'EXPERIENCE',
      'Thames Valley Digital Services',
      '15 yrs 3 mos',
      'Client Director',
      'Full-time',
      'Apr 2019 - Present · 7 yrs 8 mos',
      'Senior Account Manager',
      'Full-time',
      'Aug 2014 - Mar 2019 · 4 yrs 8 mos',
      'Service Delivery Manager',
      'Sep 2011 - Jul 2014 · 2 yrs 11 mos',
      'IT Consultant',
      'Self-employed · Freelance',
      'Jan 2010 - Aug 2011 · 1 yr 8 mos',
      'Lektor (tunnitasuline)',
      'Tallinna Tehnikakõrgkool · Osalise tööajaga',
      'Sep 2008 - Dec 2009 · 1 yr 4 mos',
    ].join('\n');
    expect(jobs(text)).toEqual([
      'Client Director @ Thames Valley Digital Services 2019-04-01',
      'Senior Account Manager @ Thames Valley Digital Services 2014-08-01',
      'Service Delivery Manager @ Thames Valley Digital Services 2011-09-01',
      'IT Consultant @ Self-employed 2010-01-01',
      'Lektor @ Tallinna Tehnikakõrgkool 2008-09-01',
    ]);
  });
});
