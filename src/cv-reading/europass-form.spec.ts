import { splitLines } from './lines';
import { findSections } from './sections';
import { readWork } from './work';

const jobs = (text: string) => {
  const lines = splitLines(text);
  return readWork(lines, findSections(lines)).map((entry) => [
    entry.title,
    entry.employer ?? null,
    entry.period.start,
    entry.period.end,
  ]);
};

describe('the labelled Europass form', () => {
  it.each([
    [
      'Work experience\nDates 01/03/2016 – present\nOccupation or position held Key account manager\nMain activities and responsibilities Managing 25 national accounts\nName and address of employer Noordvaart Logistiek B.V., Havenweg 1, Rotterdam\nType of business or sector Logistics\nDates 03/2012 – 02/2016\nOccupation or position held Sales representative\nName and address of employer Delta Handel, Utrecht\nEducation and training',
      [
        ['Key account manager', 'Noordvaart Logistiek B.V.', '2016-03-01', null],
        ['Sales representative', 'Delta Handel', '2012-03-01', '2016-02-29'],
      ],
    ],
    [
      'Werkervaring\nData 01/03/2016 – heden\nFunctie of positie Accountmanager\nBelangrijkste activiteiten en verantwoordelijkheden Beheer van 40 klanten\nNaam en adres van de werkgever Noordvaart Logistiek, Rotterdam\nData 04/2012 – 02/2016\nFunctie of positie Verkoper\nNaam en adres van de werkgever Delta Handel, Utrecht',
      [
        ['Accountmanager', 'Noordvaart Logistiek', '2016-03-01', null],
        ['Verkoper', 'Delta Handel', '2012-04-01', '2016-02-29'],
      ],
    ],
    [
      'Töökogemus\nKuupäevad 2016 – praegu\nAmet või ametikoht Müügijuht\nPeamised tegevused ja vastutusalad 30 ärikliendi haldamine\nTööandja nimi ja aadress Põhjatuul OÜ, Tallinn\nKuupäevad 2012 – 2016\nAmet või ametikoht Müügiesindaja\nTööandja nimi ja aadress Kontor AS, Tartu',
      [
        ['Müügijuht', 'Põhjatuul OÜ', '2016-01-01', null],
        ['Müügiesindaja', 'Kontor AS', '2012-01-01', '2016-12-31'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(jobs(text)).toEqual(want);
  });

  it('keeps the duties of the block with its job', () => {
    const lines = splitLines(
      'Work experience\nDates 2016 – present\nOccupation or position held Account manager\nMain activities and responsibilities New business\nName and address of employer Contoso Ltd, Leeds',
    );
    const [entry] = readWork(lines, findSections(lines));
    expect(entry.duties.map((line) => line.text)).toEqual(['Main activities and responsibilities New business']);
  });

  it('takes no "Data" line without a labelled position for a form job', () => {
    expect(jobs('Work experience\nData analyst 2016 – 2019\nContoso Ltd')).toEqual([
      ['Data analyst', 'Contoso Ltd', '2016-01-01', '2019-12-31'],
    ]);
    expect(jobs('Education\nDates 2012 – 2016\nOccupation or position held Student')).toEqual([]);
  });
});
