import { normaliseText } from '../scoring/text';
import { clientStatement } from './client-base';
import { readCv } from './read-cv';

const read = (text: string, inProfile = true) => clientStatement(text, normaliseText(text), inProfile);

describe('client base statements', () => {
  it.each([
    ['Ik beheer een portefeuille van 40 klanten.', { activeAccounts: 40 }],
    ['Haldasin 25 võtmeklienti üle Eesti.', { activeAccounts: 25, segment: 'national' }],
    ['Managed accounts worth €2M a year', { annualRevenueEur: 2_000_000 }],
    ['Met een omzet van € 1,5 miljoen per jaar', { annualRevenueEur: 1_500_000 }],
    ['Käive 1,2 miljonit eurot aastas', { annualRevenueEur: 1_200_000 }],
    ['Beheer van 60 MKB-klanten in de regio', { activeAccounts: 60, segment: 'regional_smb' }],
    ['Responsible for international key accounts', { segment: 'international' }],
    ['Omzet van 2 mln euro', { annualRevenueEur: 2_000_000 }],
    ['Revenue of 1.2 million EUR', { annualRevenueEur: 1_200_000 }],
    ['Contracts worth €800k', { annualRevenueEur: 800_000 }],
    ['Jaaromzet € 750.000', { annualRevenueEur: 750_000 }],
    ['Six pan-European retailers', { activeAccounts: 6, segment: 'international' }],
    ['Gesprekspartner van beslissers in de zorg', { decisionMakers: true }],
    ['Suhtlen otsustajatega', { decisionMakers: true }],
    ['Selling to C-level decision makers', { decisionMakers: true }],
    ['I currently look after 95 practices in the South West', { activeAccounts: 95, segment: 'regional_smb' }],
    [
      'Portfolio of 85 owner-managed businesses in the Cape Winelands',
      { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    ],
    ['Responsible for 22 public and private hospitals in Lombardy', { activeAccounts: 22, segment: 'regional_smb' }],
    ['Handling 14 stockists across Indore and Ujjain districts', { activeAccounts: 14, segment: 'regional_smb' }],
    ['Ik beheer 140 horecazaken in Amsterdam en Zaanstad', { activeAccounts: 140, segment: 'regional_smb' }],
    ['Ik beheer 16 distributeurs in Zwitserland en Oostenrijk', { activeAccounts: 16, segment: 'international' }],
    ['Praegu juhin kolmes Balti riigis 14 edasimüüjat', { activeAccounts: 14, segment: 'international' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('counts the chains named first, not the outlets they own, and adds chains named after other clients', () => {
    expect(read('Handling 12 corporate hospital chains (64 hospitals) across Karnataka')).toMatchObject({
      activeAccounts: 12,
    });
    expect(read('9 haiglat ja 2 erakliinikute ketti Eestis ja Lätis')).toMatchObject({ activeAccounts: 11 });
    expect(read('I look after 16 pub and restaurant groups in London, about 420 venues between them')).toMatchObject({
      activeAccounts: 16,
    });
    expect(read('Look after 120 venues across Melbourne, restaurants and wine bars')).toMatchObject({
      activeAccounts: 120,
    });
  });

  it('takes no amount of millions for a count', () => {
    expect(read('35 ondernemingen met een omzet van € 20 tot 250 miljoen per onderneming')).toMatchObject({
      activeAccounts: 35,
    });
  });

  it('does not count years, visits, colleagues or job titles as clients', () => {
    expect(read('8 jaar ervaring, gemiddeld 12 klantbezoeken per week')).toEqual({});
    expect(read('Coaching two junior account managers')).toEqual({});
    expect(read('Team van 5 medewerkers')).toEqual({});
  });

  it('takes no loan, budget or salary for revenue', () => {
    expect(read('Covering 45 business clients with lending of €30 million')).toEqual({ activeAccounts: 45 });
    expect(read('Marketingbudget van € 200.000')).toEqual({});
  });

  it('counts owners and directors as decision makers in the work history only when the candidate deals with them', () => {
    expect(read('Contacten met eigenaren en directies', true)).toEqual({ decisionMakers: true });
    expect(read('Jaarplannen met inkoopdirecteuren', false)).toEqual({ decisionMakers: true });
    expect(read('Eigenaren van het bedrijf stelden de koers bij', false)).toEqual({});
  });

  it('counts the clients one says one manages or looks after, whatever they are called, and a second kind after "ja"', () => {
    expect(read('• Manage 140 independent salons and barbers across West and North Yorkshire', false)).toEqual({
      activeAccounts: 140,
      segment: 'regional_smb',
    });
    expect(read('Praegu haldan ligikaudu 95 kontorit ja 20 kohvikut Tallinnas', false)).toMatchObject({
      activeAccounts: 115,
    });
  });

  it('counts the client people a sentence says decide or sign as decision makers', () => {
    expect(read('Ranging and promotions with the buying managers who decide the range', false)).toEqual({
      decisionMakers: true,
    });
    expect(read('Ik spreek de boer zelf, en die beslist', false)).toEqual({ decisionMakers: true });
    expect(read('Ostuotsuse teevad enamasti omanikud või tegevjuhid', false)).toEqual({ decisionMakers: true });
    expect(read('Renewals agreed with finance directors and credit managers; the FD signs', false)).toEqual({
      decisionMakers: true,
    });
    expect(read('Kampaaniaid kinnitavad tavaliselt klientide turundusjuhid', false)).toEqual({});
  });

  it.each([
    'Annual joint business plans, promotions and range reviews with category buyers',
    'Annual price and supply agreements with procurement managers',
    'Renewal and expansion talks with heads of HR and CFOs',
    'Ik onderhandel met de inkoopmanagers van de ziekenhuizen',
    'Ik spreek daar de directeur-eigenaren en financieel managers',
    'Ik spreek rechtstreeks met de zaakvoerders over investeringen',
    // The Estonian comitative is the "with": "kettide ostujuhtidega", "juhatuse liikmetega".
    'aastalepingud ja kampaaniakalendrid kettide ostujuhtidega',
    'lepingud ja hinnakokkulepped klientide hankejuhtide ja juhatuse liikmetega',
    'Renewals and new modules agreed with principals and bursars',
  ])('counts the buyers and heads who decide in the work history: %s', (text) => {
    expect(read(text, false)).toEqual({ decisionMakers: true });
  });

  it('takes a buyer for a decision maker in the profile, and not a buyer the candidate was', () => {
    expect(read('I build joint business plans that buyers actually use')).toEqual({ decisionMakers: true });
    expect(read('Mu vastas on klientide IT-juhid ja hankejuhid.')).toEqual({ decisionMakers: true });
    expect(read('Buyer for the fresh produce department', false)).toEqual({});
  });
});

describe('client base counts the sentence frames as the candidate’s clients', () => {
  it.each([
    ['Minu kliendid on 35 laborit Eestis ja Lätis.', 35],
    ['Lepingulisi kliente on mul 45 – bürood ja laod Tallinnas.', 45],
    ['Töötan 18 mööblitehasega Eestis ja Lätis.', 18],
    ['19 importers in China, South Korea and the US North-East are my accounts', 19],
    ['Ik verkoop beursstands en brand-experiences aan 40 exposanten in Nederland.', 40],
    ['My customers are about 60 garden centres.', 60],
  ])('%s', (text, count) => {
    expect(read(text).activeAccounts).toBe(count);
  });

  it.each([
    'I work with 12 colleagues in three offices.',
    'I sell to 6 countries in Latin America.',
    'Ik verkoop al 8 jaar aan bouwbedrijven.',
    'My clients are 2019 award winners.',
  ])('counts nothing in "%s"', (text) => {
    expect(read(text).activeAccounts).toBeUndefined();
  });
});

describe('client base statements, more', () => {
  it('does not count the members of a team', () => {
    expect(read('Leiding aan een team van 12 medewerkers in het klantcontactcenter')).toEqual({});
    expect(read('Led a team of 4 sales representatives')).toEqual({});
  });
});

describe('client base shares', () => {
  it('takes no percentage for a number of clients', () => {
    expect(read('Omzet bij 20% van de klanten verdubbeld')).toEqual({});
    expect(read('Minu portfellis on 80 väike- ja keskmise suurusega ettevõtet')).toEqual({
      activeAccounts: 80,
      segment: 'regional_smb',
    });
  });
});

describe('client base regions', () => {
  it.each([
    'Bezoeken van 35 vaste installatiebedrijven in Zuid-Nederland',
    'Haldan 45 äriklienti Lääne-Virumaal',
    'Müügiesindaja Ida-Virumaal ja Lõuna-Eestis',
  ])('reads a region as the regional segment: %s', (text) => {
    expect(read(text).segment).toBe('regional_smb');
  });
});

describe('client base revenue in context', () => {
  it('is not put off by a loan word inside another word', () => {
    expect(read('Facilitaire dienstverlening: omzet van € 6 miljoen per jaar')).toEqual({
      annualRevenueEur: 6_000_000,
    });
  });
});

describe('client base statements in duties and prose', () => {
  it.each([
    [
      'Bezoek aan ruim 90 melkveehouders en varkenshouders in Gelderland en Overijssel',
      { activeAccounts: 90, segment: 'regional_smb' },
    ],
    ['Portfellis 75 aktiivset klienti Harju- ja Raplamaal', { activeAccounts: 75, segment: 'regional_smb' }],
    ['Farms and contractors across Yorkshire and the North East', { segment: 'regional_smb' }],
    [
      'Verantwoordelijk voor vijf landelijke supermarktketens in Nederland en twee in België',
      { activeAccounts: 7, segment: 'international' },
    ],
    ['liisingportfelli jääk 18 miljonit eurot', {}],
  ])('%s', (text, expected) => {
    expect(read(text, false)).toEqual(expected);
  });

  it('counts owners, directors and buyers who decide in the work history when the candidate deals with them', () => {
    expect(read('Suhtlen otse ettevõtete omanike ja finantsjuhtidega', false)).toEqual({ decisionMakers: true });
    expect(read('Contract talks with plant directors', false)).toEqual({ decisionMakers: true });
    expect(read('Annual joint business plans with buying directors', false)).toEqual({ decisionMakers: true });
    expect(read('Läbirääkimised klientide juhtide ja ostujuhtidega', false)).toEqual({ decisionMakers: true });
  });

  it('counts the families and owners in a book, and not what stands before a linking word', () => {
    expect(read('My own book is 60 families and business owners in Scotland.', false)).toEqual({
      activeAccounts: 60,
      segment: 'national',
      decisionMakers: true,
    });
    expect(read('Supporting two senior bankers with their clients.', false)).toEqual({});
    expect(read('Ik beheer 22 verladers met vestigingen door heel Nederland.', false)).toEqual({
      activeAccounts: 22,
      segment: 'national',
    });
  });

  it('takes the part, not the whole, of several sums in one sentence, and where a sum grew to', () => {
    expect(
      read("My book brings in €5.4m of gross written premium a year of the company's €380m.", false),
    ).toMatchObject({
      annualRevenueEur: 5_400_000,
    });
    expect(read('Grew my accounts from €1.2m to €2.5m a year.', false)).toMatchObject({ annualRevenueEur: 2_500_000 });
    expect(read('Praegu vastutan klientide eest; ettevõtte ekspordikäive on 38 miljonit eurot.')).not.toHaveProperty(
      'annualRevenueEur',
    );
  });

  it('takes no range of the clients’ own size and no invested assets for revenue', () => {
    expect(read('85 ondernemers met een omzet tussen de € 2 en € 25 miljoen.')).toEqual({ activeAccounts: 85 });
    expect(read('Ik beheer 120 relaties met een belegd vermogen van samen € 310 miljoen.')).toEqual({
      activeAccounts: 120,
    });
  });

  it('adds a second count of clients of another kind, and reads Britain and districts on the scale', () => {
    expect(read('Vastutan kuue jaekaubandusketi ja kolme hulgimüüja eest.')).toEqual({ activeAccounts: 9 });
    expect(read('Own the relationship with 7 merchant groups across Great Britain', false)).toEqual({
      activeAccounts: 7,
      segment: 'national',
    });
    expect(read('Portfolio of 115 companies in the districts of Lisbon and Setúbal', false)).toEqual({
      activeAccounts: 115,
      segment: 'regional_smb',
    });
  });

  it('takes no credit or leasing book, the clients’ own turnover or an employer’s turnover named beside it for revenue', () => {
    expect(read('Minu portfellis on 30 suurettevõtet, nende käive jääb vahemikku 50–500 miljonit eurot.')).toEqual({
      activeAccounts: 30,
    });
    expect(read('Portfelli liisingujääk on praegu 31 miljonit eurot.')).toEqual({});
    expect(read('Krediidiportfell on kokku 220 miljonit eurot.')).toEqual({});
    expect(
      read('Bij FleetLine Lease, met een jaaromzet van ruim € 310 miljoen, beheer ik 48 zakelijke klanten.'),
    ).toEqual({ activeAccounts: 48 });
  });

  it('adds a second count after a second noun of the first, or after "umbes"', () => {
    expect(read('I serve 60 pharmacies and surgeries and 25 clinics across Devon.').activeAccounts).toBe(85);
    expect(read('Hoian 7 hotelliketti ja umbes 40 üksikhotelli.').activeAccounts).toBe(47);
  });

  it('counts no age, no time beside a preposition and no title as clients', () => {
    expect(read('I started in the bakery at 18 and have sold to cafés since 2015.').activeAccounts).toBeUndefined();
    expect(read('Four years in the warehouse, two in the farm shop.').activeAccounts).toBeUndefined();
    expect(read('Driver for five, account executive since 2019.').activeAccounts).toBeUndefined();
  });

  it('counts the importers one handles, and Estonian practices', () => {
    expect(read('I handle 31 importers in the Gulf.').activeAccounts).toBe(31);
    expect(read('Minu kliendid on 4 ketti ja 30 erapraksist.').activeAccounts).toBe(34);
  });

  it('counts the clients named as such over what they are, and relationships, brokers and groups as clients', () => {
    expect(read('Vastutan 3 apteegiketi ja 40 apteegi eest, kokku 43 klienti ja umbes 210 apteeki.')).toMatchObject({
      activeAccounts: 43,
    });
    expect(read('My book is 68 commercial relationships.', false)).toEqual({ activeAccounts: 68 });
    expect(read('95 assurantiekantoren en volmachten', false)).toEqual({ activeAccounts: 95 });
    expect(read('Ik ben verantwoordelijk voor 42 grotere agrarische en agrifoodbedrijven.')).toEqual({
      activeAccounts: 42,
    });
  });

  it('places Irish counties and small firms on the regional rung', () => {
    expect(read('Manage 45 accounts (private clinics in County Cork and County Kerry)', false)).toMatchObject({
      segment: 'regional_smb',
    });
    expect(read('Selling office equipment to small firms in Dublin and Kildare.')).toEqual({ segment: 'regional_smb' });
  });
});

describe('client base over a whole CV', () => {
  it('reads a functional CV’s portfolio under its competence headings', () => {
    const text = [
      'Kandidaat Seitse',
      'kandidaat@example.com',
      'PEAMISED PÄDEVUSED',
      'Kliendihaldus ja müük',
      '• 35 ärikliendi haldamine Lõuna-Eestis (Tartu-, Valga- ja Võrumaa)',
      '• lepingute pikendamine ja lisamüük; minu portfelli aastane käive u 950 000 eurot',
      'TÖÖKÄIK LÜHIDALT',
      '• okt 2020 – praegu: Kliendihaldur, Emajõe IT Lahendused OÜ',
    ].join('\n');
    expect(readCv(text, { referenceDate: '2026-12-01' }).facts.find((f) => f.kind === 'client_base')?.data).toEqual({
      activeAccounts: 35,
      annualRevenueEur: 950_000,
      segment: 'regional_smb',
    });
  });

  it('reads the duties on a long dated line, without its employer', () => {
    const text =
      'Töökogemus\n• Ärikliendihaldur | Medfarm Baltic OÜ | märts 2021 – praegu. Liisingulahendused väikeettevõtetele. ' +
      'Portfellis 75 aktiivset klienti.';
    const facts = readCv(text, { referenceDate: '2025-01-01' }).facts.filter((fact) => fact.kind === 'client_base');
    expect(facts.map((fact) => fact.data)).toEqual([
      { activeAccounts: 75, segment: 'regional_smb', job: 'Ärikliendihaldur, Medfarm Baltic OÜ' },
    ]);
  });
});

describe('client counts written as words', () => {
  it.each([
    ['I manage twenty-five key accounts across the Midlands', 25],
    ['Ik bedien vijfentwintig dealers', 25],
    ['Vastutan kolmekümne kliendi eest', 30],
    ['Haldan kakskümmend viis klienti', 25],
  ])('%s', (text, count) => {
    expect(read(text, false).activeAccounts).toBe(count);
  });
});

describe('sums that are not revenue', () => {
  it('leaves out assets under management', () => {
    expect(read('Looking after 120 private banking clients, with assets under management of €180m.', false)).toEqual({
      activeAccounts: 120,
    });
  });
});

describe('client base reach by place', () => {
  it.each([
    ['Beheer van 50 installateurs in Noord-Brabant en Limburg', 'regional_smb'],
    ['Haldan 40 klienti Harju- ja Tartumaal', 'regional_smb'],
    ['Kliendid asuvad Harjumaal ja Raplamaal', 'regional_smb'],
    ['I look after independent builders merchants across the Midlands', 'regional_smb'],
    ['Covering 60 dealer accounts in Texas and Oklahoma', 'regional_smb'],
    ['Serving 45 business clients in the Dublin region', 'regional_smb'],
    ['Managing 30 national accounts for a food manufacturer', 'national'],
    ['Ik beheer twaalf landelijke klanten', 'national'],
    ['Haldan 20 üleriigilist võtmeklienti', 'national'],
    ['I manage 30 national accounts for a European manufacturer', 'national'],
    ['Landelijke accounts voor een Europese producent', 'national'],
    ['Minu kliendid on Harju- ja Tartumaa ehitusfirmad', 'regional_smb'],
    ['Selling to 80 hospitals across the US', 'national'],
    ['Key accounts in the EMEA region', 'international'],
    ['National accounts in Germany and Austria', 'international'],
  ])('%s', (text, segment) => {
    expect(read(text, false).segment).toBe(segment);
  });

  it('reads no reach where the sentence says nothing of clients or selling', () => {
    expect(read('Worked for an international group in Texas', false)).toEqual({});
    expect(read('Werkzaam bij een landelijke organisatie in Limburg', false)).toEqual({});
    expect(read('Rahvusvaheline ettevõte Tartumaal', false)).toEqual({});
    expect(read('Studied in Noord-Brabant', false)).toEqual({});
  });

  it('takes no client named after a state for a region', () => {
    expect(read('Key accounts including Texas Instruments', false)).toEqual({});
    expect(read('Accounts such as Kent Foods and Devon Dairies', false)).toEqual({});
  });
});

describe('client counts of owners, not their outlets', () => {
  it.each([
    ['12 retail chains with 340 stores', 12],
    ['Vijf winkelketens met samen 220 winkels', 5],
    ['Haldan 8 jaeketti, kokku 150 kauplusega', 8],
  ])('%s', (text, count) => {
    expect(read(text, false).activeAccounts).toBe(count);
  });

  it('counts outlets when nothing owns them in the sentence', () => {
    expect(read('Visiting 90 stores a month', false).activeAccounts).toBe(90);
  });
});

describe('sums that are not the candidate’s client revenue', () => {
  it.each([
    'Assets under management €180m across 60 families',
    'Beheerd vermogen van € 40 miljoen',
    'Varade maht 25 miljonit eurot',
    'Private clients with €250m AUM',
    'Omzet van het bedrijf € 40 miljoen',
    'Company revenue of €55m',
    'Ettevõtte käive 12 miljonit eurot',
    'Joined a €40m turnover business',
  ])('%s', (text) => {
    expect(read(text, false).annualRevenueEur).toBeUndefined();
  });

  it('still reads the revenue of the candidate’s own accounts', () => {
    expect(read('Omzet van mijn klanten € 3 miljoen', false).annualRevenueEur).toBe(3_000_000);
    expect(read('My accounts bring €1.2m in annual revenue', false).annualRevenueEur).toBe(1_200_000);
    expect(read('Minu klientide käive 900 000 eurot', false).annualRevenueEur).toBe(900_000);
  });
});

describe('sums in two currencies', () => {
  it.each([
    ['Portfolio revenue €2.4m (US$2.6m)', 2_400_000],
    ['Portfolio revenue US$2.6m (€2.4m)', 2_400_000],
    ['Portfolio revenue US$2.6m €2.4m', 2_400_000],
    ['Omzet 2,4 mln EUR (2,6 mln USD)', 2_400_000],
    ['Portfelli käive 2,4 miljonit eurot (2,6 miljonit USD)', 2_400_000],
  ])('%s', (text, euros) => {
    expect(read(text, false).annualRevenueEur).toBe(euros);
  });

  it('reads no euros from a sum in another currency alone', () => {
    expect(read('Portfolio revenue of $2.6m', false)).toEqual({});
    expect(read('Revenue £3m', false)).toEqual({});
  });
});

describe('the current portfolio over a past one', () => {
  const facts = (text: string) =>
    readCv(text, { referenceDate: '2025-01-01' }).facts.filter((fact) => fact.kind === 'client_base');

  it.each([
    'Profile\nPreviously I managed 90 accounts. Today I manage 40 key accounts.',
    'Profiel\nVroeger beheerde ik 90 klanten. Nu beheer ik 40 klanten.',
    'Profiil\nVarem haldasin 90 klienti. Praegu haldan 40 klienti.',
  ])('reads the tense: %s', (text) => {
    const [fact] = facts(text);
    expect(fact.data.activeAccounts).toBe(40);
    expect(text.slice(fact.span.start, fact.span.end)).toMatch(/40/);
    expect(text.slice(fact.span.start, fact.span.end)).not.toMatch(/90/);
  });

  it('takes the current job’s portfolio even when a past job stands first', () => {
    const text =
      'Work experience\n' +
      '2015 – 2019  Account Manager, Older Trading Ltd\n' +
      '• Portfolio of 90 regional accounts\n' +
      '2019 – present  Key Account Manager, Newer Foods Ltd\n' +
      '• Portfolio of 25 national accounts\n';
    const [fact] = facts(text);
    expect(fact.data).toEqual({ activeAccounts: 25, segment: 'national', job: 'Key Account Manager, Newer Foods Ltd' });
    expect(text.slice(fact.span.start, fact.span.end)).toBe('Portfolio of 25 national accounts');
  });

  it('takes the current job’s reach over a wider one held before', () => {
    const text =
      'Werkervaring\n' +
      '2019 – heden  Key accountmanager, Nieuwe Zuivel BV\n' +
      '• Beheer van 25 landelijke klanten\n' +
      '2012 – 2019  Exportmanager, Oude Handel BV\n' +
      '• Exportklanten in Duitsland en België\n';
    expect(facts(text).map((fact) => fact.data)).toEqual([
      { activeAccounts: 25, segment: 'national', job: 'Key accountmanager, Nieuwe Zuivel BV' },
    ]);
  });

  it('reads the job’s tense in Estonian too', () => {
    const text =
      'Töökogemus\n' +
      '2016 – 2020  Müügiesindaja, Vana Kaubandus OÜ\n' +
      '• Portfellis 120 klienti üle Eesti\n' +
      '2020 – praegu  Võtmekliendihaldur, Uus Toit OÜ\n' +
      '• Portfellis 18 klienti Harjumaal\n';
    expect(facts(text).map((fact) => fact.data)).toEqual([
      { activeAccounts: 18, segment: 'regional_smb', job: 'Võtmekliendihaldur, Uus Toit OÜ' },
    ]);
  });

  it('proposes nothing for a CV that says nothing of clients', () => {
    const text =
      'Profile\nAnalytical team player with an international outlook.\n' +
      'Work experience\n2019 – present  Office Manager, Global Offices Ltd\n• Planning and reporting\n';
    expect(facts(text)).toEqual([]);
  });
});

describe('client base in a job line written with an at sign', () => {
  it('reads "Title @ Employer" as a job, not as an e-mail address', () => {
    const text = [
      'Candidate Forty',
      'forty@example.org',
      '',
      'Experience',
      '• Senior Account Manager @ Loopwerk GmbH, Berlin (since 2021). Portfolio of 38 mid-market customers, €2.6m ARR.',
    ].join('\n');
    const fact = readCv(text, { referenceDate: '2026-12-01' }).facts.find((f) => f.kind === 'client_base');
    expect(fact?.data).toMatchObject({ activeAccounts: 38, annualRevenueEur: 2_600_000 });
  });
});

describe('client base figures beside years and in more nouns', () => {
  it('takes no year before a sum for the sum', () => {
    expect(read('Hun inkoop bij ons was in 2025 € 31 miljoen.').annualRevenueEur).toBe(31_000_000);
  });

  it.each([
    ['Ik beheer 90 adverteerders in de Drechtsteden.', 90],
    ['Ik bezoek een vaste portefeuille van 120 aannemers en dakwerkers.', 120],
    ['Minu vastutusel on 25 autoesindust üle Eesti.', 25],
    ['Portfolio of 64 independent pharmacies across West Yorkshire.', 64],
  ])('%s', (text, count) => {
    expect(read(text).activeAccounts).toBe(count);
  });
});

describe('client base reach from the places named', () => {
  it.each([
    ['Around 300 farming customers across Powys and Ceredigion.', 'regional_smb'],
    ['A book of 310 commercial accounts across central and southern Ohio.', 'regional_smb'],
    ['I look after around 60 multi-brand boutiques in northern Italy, Switzerland and Austria.', 'international'],
    ['I handle 40 corporate accounts in Singapore and Malaysia.', 'international'],
  ])('%s', (text, segment) => {
    expect(read(text).segment).toBe(segment);
  });

  it('takes no two languages, and no owners ("omanik"), for places', () => {
    expect(read('I advise 45 families in English and Italian.').segment).toBeUndefined();
    expect(read('Minu kliendid on 40 väikepoodi, suhtlen omanikega.').segment).toBeUndefined();
  });
});

describe('client base counts that are something else', () => {
  it.each([
    'Müüsin 240 üritust – firmapäevad, konverentsid, pulmad – kogusummas 860 000 €; kliendid on peamiselt Tallinna ettevõtted',
    '• Contractteelt: 1.900 hectare pootaardappelen onder contract',
    'Restoranijuht, Sadamakõrts OÜ. 30-liikmeline meeskond, restorani käive 2,4 mln € aastas',
  ])('%s', (text) => {
    expect(read(text).activeAccounts).toBeUndefined();
  });

  it('counts a client circle of so many', () => {
    expect(read('Eigen klantenkring van 85 akkerbouwers in de Noordoostpolder').activeAccounts).toBe(85);
  });
});

describe('who decides, said of the client', () => {
  it.each([
    'Framework agreements awarded by engineering directors and heads of procurement',
    'Contracts awarded by procurement directors and heads of estates, who also sign the renewals',
    'Programme awards decided by the OEMs’ VPs of supply chain and global sourcing directors',
    'Reorders and quotes; the owners approve most orders themselves',
    'meerjarencontracten met de bestuurders en rectoren die over de leermiddelen beslissen',
    'het team kiest mee, de directeur beslist en tekent',
  ])('"%s" names the people who decide', (text) => {
    expect(read(text, false).decisionMakers).toBe(true);
  });
});

describe('a named place as the reach', () => {
  it.each([
    'Took over 25 accounts in the Lower Mainland from a retiring rep',
    'Look after 110 salons from Coolangatta to Logan, mostly owner-operators',
    'Look after 115 trade and industrial accounts across the Hunter and the Central Coast',
    'I serve 95 accounts in Chicago’s North Shore and northwest suburbs',
  ])('"%s" is a regional base', (text) => {
    expect(read(text, false).segment).toBe('regional_smb');
  });

  it.each([
    'I look after 95 client families, most of them living in the UK, the Gulf and South Africa',
    '48 corporate accounts across South Africa: mining houses and insurers',
    '12 key accounts in Retail',
  ])('"%s" is no regional base', (text) => {
    expect(read(text, false).segment).not.toBe('regional_smb');
  });
});

it('counts laboratories and nursing homes as clients', () => {
  expect(read('Ülikoolide ja haiglalaborite portfell: 70 laborit Eestis ja Lätis', false).activeAccounts).toBe(70);
  expect(read('Ik bedien 32 verpleeghuizen in Gelderland', false).activeAccounts).toBe(32);
});

describe('clients counted by the kind of place they run', () => {
  it.each([
    ['I supply 64 barber salons across Leeds', 64],
    ['Mijn klanten: 70 pilatesstudio’s in Gelderland', 70],
    ['Een 45-tal parfumerieën in Antwerpen', 45],
    ['Haldan 38 kingapoodi Eestis', 38],
    ['Ik bedien 18 ziekenhuizen en 40 woonzorgcentra in Limburg', 58],
    ['Klientideks on 19 aiakeskust', 19],
    ['Export aan 31 vaste autohandelaren in Polen', 31],
  ])('%s', (text, count) => {
    expect(read(text).activeAccounts).toBe(count);
  });
});
