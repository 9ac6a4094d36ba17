import { dayFirstDates } from './month-first';
import { readCv } from './read-cv';

describe('dates written month first', () => {
  it('turns every date of a CV that writes the month first, keeping its length', () => {
    const text = 'Route Sales Driver — 09/02/2019 – present\nWarehouse Associate — 4/17/2015 – 08/30/2019';
    const turned = dayFirstDates(text);
    expect(turned).toBe('Route Sales Driver — 02/09/2019 – present\nWarehouse Associate — 17/4/2015 – 30/08/2019');
    expect(turned.length).toBe(text.length);
  });

  it('leaves a CV alone whose dates may be read day first, or that writes one so', () => {
    expect(dayFirstDates('Verkoper — 01/02/2019 – heden')).toBe('Verkoper — 01/02/2019 – heden');
    const mixed = 'Verkoper — 25/02/2019 – heden\nMagazijn — 02/13/2015 – 01/02/2019';
    expect(dayFirstDates(mixed)).toBe(mixed);
  });

  it('reads an American work history with its months right', () => {
    const reading = readCv(
      [
        'EXPERIENCE',
        '• Gulf Coast Spas, Sarasota, FL — Sales Consultant — 09/02/2019 – present',
        '• Gulf Coast Spas, Sarasota, FL — Service Technician — 04/17/2015 – 08/30/2019',
      ].join('\n'),
      { referenceDate: '2025-01-01' },
    );
    const starts = reading.facts.filter((fact) => fact.kind === 'work').map((fact) => fact.data.start);
    expect(starts).toEqual(['2019-09-02', '2015-04-17']);
  });
});
