import { splitLines } from './lines';
import { findSections } from './sections';
import { readWork } from './work';
import { foldEmployerHeadings, withoutContactLines } from './employer-groups';

const jobs = (text: string) => {
  const lines = splitLines(text);
  return foldEmployerHeadings(readWork(lines, findSections(lines))).map((entry) => ({
    title: entry.title,
    employer: entry.employer,
    start: entry.period.start,
  }));
};

describe('an employer above the roles held there', () => {
  it('reads "Employer, Town (years)" as the heading of the roles below it, their employer', () => {
    const text = [
      'TÖÖKOGEMUS',
      'Põhjaranna Joogid AS, Tallinn (2006 – praegu)',
      'Võtmekliendijuht, 03.2015 – praegu',
      '• neli üleriigilist jaeketti ja kolm HoReCa-ketti',
      'Müügiesindaja, 05.2006 – 12.2009',
      'Merekalda Hotell AS, Tallinn (2000 – 2006)',
      'Baarijuht, 09.2003 – 04.2006',
      'Baarmen, 06.2000 – 08.2003',
    ].join('\n');
    expect(jobs(text)).toEqual([
      { title: 'Võtmekliendijuht', employer: 'Põhjaranna Joogid AS', start: '2015-03-01' },
      { title: 'Müügiesindaja', employer: 'Põhjaranna Joogid AS', start: '2006-05-01' },
      { title: 'Baarijuht', employer: 'Merekalda Hotell AS', start: '2003-09-01' },
      { title: 'Baarmen', employer: 'Merekalda Hotell AS', start: '2000-06-01' },
    ]);
  });

  it('keeps a job whose own line names a title, even when a shorter one follows within its years', () => {
    const text = [
      'WORK EXPERIENCE',
      'Account Manager, Northwind Ltd (2015 – 2020)',
      'Interim Team Lead, Northwind Ltd (2017 – 2018)',
    ].join('\n');
    expect(jobs(text).map((job) => job.title)).toEqual(['Account Manager', 'Interim Team Lead']);
  });
});

describe('dated contact lines', () => {
  it('drops an entry whose title is an e-mail address or a particular', () => {
    const lines = splitLines(
      [
        'Kandidaat Een',
        'k2413.diamant.antwerpen@example.com · 0473 81 26 49 · Antwerpen · Nationaliteit: Belg sinds 2012',
        '',
        'BEROEPSERVARING',
        'Periode | april 2011 – heden',
        'Functie | Sales Executive',
        'Firma | Shreeji Diamonds BV, Antwerpen',
      ].join('\n'),
    );
    const titles = withoutContactLines(readWork(lines, findSections(lines))).map((entry) => entry.title);
    expect(titles).toEqual(['Sales Executive']);
  });
});
