import { layOutPage, PlacedText } from './pdf-layout';

const WIDTH = 612;
/** Helvetica-ish width: half the font size a character. */
const at = (x: number, y: number, text: string, size = 11): PlacedText => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});

describe('layOutPage', () => {
  it('keeps the stream order and joins words on one baseline', () => {
    const items = [at(50, 50, 'Unit'), at(50 + 4 * 5.5 + 3, 50, 'Example'), at(50, 66, 'Engineer')];
    expect(layOutPage(items, WIDTH)).toEqual(['Unit Example', 'Engineer']);
  });

  it('reads a page written row by row across two columns one column at a time', () => {
    const left = ['Skills', 'TypeScript and Node.js', 'PostgreSQL', 'Kubernetes'];
    const right = [
      'Experience',
      'Acme Logistics, platform engineer, 2019 - 2023',
      'Led the team that rebuilt the billing system',
      'Globex, developer on the warehouse software, 2015 - 2019',
    ];
    const items = [at(50, 40, 'Candidate Seven, platform engineer in Utrecht, the Netherlands', 16)];
    left.forEach((text, row) => items.push(at(50, 100 + row * 16, text), at(220, 100 + row * 16, right[row])));
    items.push(at(50, 200, 'References on request'));
    expect(layOutPage(items, WIDTH)).toEqual([
      'Candidate Seven, platform engineer in Utrecht, the Netherlands',
      ...left,
      ...right,
      'References on request',
    ]);
  });

  it('leaves dates beside each job on their job line, set apart as a cell', () => {
    const jobs = ['Acme Logistics, platform engineer', 'Globex, developer', 'Initech, intern'];
    const dates = ['2019 - 2023', '2015 - 2019', '2014 - 2015'];
    const items = jobs.flatMap((job, row) => [at(50, 100 + row * 16, job), at(480, 100 + row * 16, dates[row])]);
    expect(layOutPage(items, WIDTH)).toEqual([
      'Acme Logistics, platform engineer | 2019 - 2023',
      'Globex, developer | 2015 - 2019',
      'Initech, intern | 2014 - 2015',
    ]);
  });

  it('keeps the cells of a table row apart, and words of one cell together', () => {
    const items = [at(50, 100, '01.2020 – praegu'), at(160, 100, 'Nordbetoon AS'), at(300, 100, 'Võtmekliendihaldur')];
    items.push(at(50, 116, 'Key'), at(50 + 4 * 6, 116, 'account'), at(50 + 12 * 6, 116, 'manager'));
    expect(layOutPage(items, WIDTH)).toEqual([
      '01.2020 – praegu | Nordbetoon AS | Võtmekliendihaldur',
      'Key account manager',
    ]);
  });

  it('reads a form of labels beside values row by row, each entry repeating the labels', () => {
    const rows = [
      ['Ajavahemik', 'jaanuar 2019 – tänaseni'],
      ['Ametinimetus', 'Suhtejuht, suurkliendid'],
      ['Organisatsioon', 'Põhjala Pank AS'],
      ['Ajavahemik', 'mai 2014 – detsember 2018'],
      ['Ametinimetus', 'Ärikliendihaldur'],
      ['Organisatsioon', 'Põhjala Pank AS'],
    ];
    const items = rows.flatMap(([label, value], row) => [
      at(50, 100 + row * 16, label),
      at(220, 100 + row * 16, value),
    ]);
    expect(layOutPage(items, WIDTH)).toEqual(rows.map(([label, value]) => `${label} | ${value}`));
  });

  it('joins a wrapped item whose next line holds a year when the item stopped mid-phrase, and not otherwise', () => {
    const lines = (first: string, second: string) => layOutPage([at(50, 100, first), at(50, 112, second)], 200);
    expect(lines('• ISM Level 4 Certificate (Institute of', 'Sales Management), 2021')).toEqual([
      '• ISM Level 4 Certificate (Institute of Sales Management), 2021',
    ]);
    expect(lines('• Account Manager, Contoso Ltd', '2019 – 2021 Northwind')).toEqual([
      '• Account Manager, Contoso Ltd',
      '2019 – 2021 Northwind',
    ]);
  });

  it('reads a work table whose narrow column of dates wraps as rows, not as a sidebar', () => {
    const items = [
      at(50, 100, 'From – To'),
      at(200, 100, 'Role'),
      at(50, 116, '12-Jul-2021 – Present'),
      at(200, 116, 'Relationship Manager'),
      at(50, 132, '03-Jan-2018 – 10-'),
      at(50, 144, 'Jul-2021'),
      at(200, 138, 'Credit Officer'),
      at(50, 160, '01-Jun-2016 – 31-'),
      at(50, 172, 'Dec-2017'),
      at(200, 166, 'Management Trainee'),
    ];
    expect(layOutPage(items, WIDTH)).toEqual([
      'From – To | Role',
      '12-Jul-2021 – Present | Relationship Manager',
      '03-Jan-2018 – 10-Jul-2021',
      'Credit Officer',
      '01-Jun-2016 – 31-Dec-2017',
      'Management Trainee',
    ]);
  });

  it('reads a work table of three columns, dates first, as rows, not as a sidebar beside two columns', () => {
    const rows = [
      ['Tenure', 'Organisation', 'Designation'],
      ['Oct-2020 to Present', 'Skyline Travel Pvt. Ltd.', 'Key Account Manager – Corporate Travel'],
      ['Apr-2017 to Sep-2020', 'Skyline Travel Pvt. Ltd.', 'Assistant Manager – Sales, West India'],
      ['Jun-2014 to Mar-2017', 'Gateway Holidays', 'Travel Consultant, corporate travellers'],
    ];
    const items = rows.flatMap((row, i) => row.map((cell, k) => at(40 + k * 130, 100 + i * 16, cell, 9)));
    expect(layOutPage(items, WIDTH)).toEqual(rows.map((row) => row.join(' | ')));
  });

  it('reads a form whose labels wrap beside their values row by row', () => {
    const items: PlacedText[] = [];
    let y = 100;
    for (const [date, title] of [
      ['May 2017 – present', 'Key Account Manager – Food Industry'],
      ['Sep 2012 – Apr 2017', 'Food Technologist, dairy and bakery'],
      ['Jan 2010 – Aug 2012', 'Quality Assurance Assistant, laboratory'],
    ]) {
      items.push(at(50, y, 'Dates'), at(220, y, date));
      items.push(at(50, y + 16, 'Occupation or position'), at(220, y + 16, title));
      items.push(at(50, y + 28, 'held'));
      y += 50;
    }
    expect(layOutPage(items, WIDTH).slice(0, 3)).toEqual([
      'Dates | May 2017 – present',
      'Occupation or position | Key Account Manager – Food Industry',
      'held',
    ]);
  });

  it('reads a table whose dates stand in its last column as rows, not as a sidebar', () => {
    const rows = [
      ['Functie', 'Bedrijf', 'Jaren'],
      ['Bedrijfsleider', 'Melkveebedrijf De Zuiderhoeve Emmeloord', '1994 – 2003'],
      ['Vertegenwoordiger', 'Coöperatie Agrohandel Emmeloord NL', '1991 – 1994'],
      ['Verkoper', 'Agrifeed Noord en Flevoland B.V.', '1989 – 1991'],
    ];
    const items = rows.flatMap((row, i) => row.map((cell, k) => at(40 + k * 125, 100 + i * 16, cell, 9)));
    expect(layOutPage(items, WIDTH)).toEqual(rows.map((row) => row.join(' | ')));
  });

  it('reads a table whose last column of dates has a cell that wrapped as rows, the second line of the cell after it', () => {
    const rows = [
      ['Ettevõte', 'Roll', 'Aeg'],
      ['Jäälill Toidud AS', 'Müügijuht', '01.2026 – praegu (asendusleping)'],
      ['Mõisaküpsis OÜ', 'Interim-müügijuht', '03.2025 – 11.2025 (projekt, Ajutine Juht'],
      ['Põhjala Kalatööstus AS', 'Müügidirektor', '04.2024 – 01.2025 (tähtajaline)'],
      ['Piimaring AS', 'Võtmekliendijuht', '02.2011 – 09.2023'],
    ];
    const items: PlacedText[] = [];
    rows.forEach((row, i) => {
      const y = 100 + i * 16 + (i > 2 ? 11 : 0);
      row.forEach((cell, k) => items.push(at(40 + k * 150, y, cell, 9)));
      if (i === 2) items.push(at(340, y + 11, 'OÜ kaudu)', 9));
    });
    const lines = layOutPage(items, WIDTH);
    expect(lines.slice(0, 3)).toEqual(rows.slice(0, 3).map((row) => row.join(' | ')));
    expect(lines.filter((line) => line.includes(' | ')).length).toBe(5);
  });

  it('reads forms of repeated labels as rows though headings and lists stand between them', () => {
    const items: PlacedText[] = [];
    let y = 100;
    for (const [period, title] of [
      ['03.2020 - ...', 'Müügiesindaja, Krõbe Snäkk Eesti OÜ, Tartu'],
      ['06.2017 - 02.2020', 'Merchandiser, Põhjamaade Kaubandus AS, Tartu'],
      ['09.2014 - 05.2017', 'Müüja-kassiir, Lõunakeskuse Toidupood OÜ'],
    ]) {
      items.push(at(50, y, 'Tööaeg'), at(170, y, period), at(50, y + 14, 'Ametinimetus'), at(170, y + 14, title));
      y += 34;
    }
    const apart = ['Haridus', '• Esmaabi (16 h), 2019', '• Juhiload: B', 'Täiendkoolitused', 'Keeleoskus'];
    apart.forEach((text, i) => items.push(at(50, y + i * 16, text)));
    y += apart.length * 16;
    for (const [language, level] of [
      ['eesti keel', 'emakeel, kõnelen ja kirjutan vabalt'],
      ['inglise keel', 'kõnelen vabalt, kirjutan hästi (B2)'],
      ['vene keel', 'suhtlustasemel, loen ja kirjutan vähe'],
    ]) {
      items.push(at(50, y, language), at(170, y, level));
      y += 16;
    }
    expect(layOutPage(items, WIDTH).slice(0, 2)).toEqual([
      'Tööaeg | 03.2020 - ...',
      'Ametinimetus | Müügiesindaja, Krõbe Snäkk Eesti OÜ, Tartu',
    ]);
  });

  it('joins an e-mail address that a narrow column broke, after or before its @', () => {
    const wrapped = (first: string, second: string) => [at(50, 100, first), at(50, 112, second)];
    expect(layOutPage(wrapped('• k.honderdachttien@example.c', 'om'), WIDTH)).toEqual([
      '• k.honderdachttien@example.com',
    ]);
    expect(layOutPage(wrapped('• kandidaat.kaheksakymmends', 'eitse@example.net'), WIDTH)).toEqual([
      '• kandidaat.kaheksakymmendseitse@example.net',
    ]);
  });

  it('closes a block of columns at a heading that crosses both', () => {
    const items = [
      ...['Skills', 'Go', 'Rust'].map((text, row) => at(50, 100 + row * 16, text)),
      ...['About me, in a few words', 'I build reliable systems for logistics', 'and enjoy teaching'].map((text, row) =>
        at(220, 100 + row * 16, text),
      ),
      at(50, 160, 'Education and courses, a long heading across the whole page width'),
    ];
    const lines = layOutPage(items, WIDTH);
    expect(lines).toEqual([
      'Skills',
      'Go',
      'Rust',
      'About me, in a few words',
      'I build reliable systems for logistics',
      'and enjoy teaching',
      'Education and courses, a long heading across the whole page width',
    ]);
  });
});

describe('list items that wrapped', () => {
  it('joins the words under an item, indented to its text or at its edge when the item was cut short', () => {
    const items = [
      at(50, 50, '• Canadian Securities Course'),
      at(60, 63, '(CSC)'),
      at(50, 76, '• Nederlands (Moedertaal of'),
      at(50, 89, 'tweetalig)'),
      at(50, 102, '• Category Management'),
      at(50, 115, 'Languages'),
    ];
    // A narrow column: its right edge is where its longest line ends.
    expect(layOutPage(items, 200)).toEqual([
      '• Canadian Securities Course (CSC)',
      '• Nederlands (Moedertaal of tweetalig)',
      '• Category Management',
      'Languages',
    ]);
  });

  it('never joins a line with a year on it, nor one far below', () => {
    const items = [
      at(50, 50, '• National Account Manager — Severn Valley Drinks Co.'),
      at(60, 63, 'Nov 2021 – present'),
      at(50, 76, '• Regional Account Manager, and'),
      at(60, 110, 'more'),
    ];
    expect(layOutPage(items, WIDTH)).toEqual([
      '• National Account Manager — Severn Valley Drinks Co.',
      'Nov 2021 – present',
      '• Regional Account Manager, and',
      'more',
    ]);
  });
});
