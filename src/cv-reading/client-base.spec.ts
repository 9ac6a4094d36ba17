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
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
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

  it('counts owners and directors as decision makers only in what the candidate claims', () => {
    expect(read('Contacten met eigenaren en directies', true)).toEqual({ decisionMakers: true });
    expect(read('Jaarplannen met inkoopdirecteuren', false)).toEqual({});
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

  it('counts owners and directors in the work history when the candidate deals with them, not buyers', () => {
    expect(read('Suhtlen otse ettevõtete omanike ja finantsjuhtidega', false)).toEqual({ decisionMakers: true });
    expect(read('Contract talks with plant directors', false)).toEqual({ decisionMakers: true });
    expect(read('Annual joint business plans with buying directors', false)).toEqual({});
  });
});

describe('client base over a whole CV', () => {
  it('reads the duties on a long dated line, without its employer', () => {
    const text =
      'Töökogemus\n• Ärikliendihaldur | Medfarm Baltic OÜ | märts 2021 – praegu. Liisingulahendused väikeettevõtetele. ' +
      'Portfellis 75 aktiivset klienti.';
    const facts = readCv(text, { referenceDate: '2025-01-01' }).facts.filter((fact) => fact.kind === 'client_base');
    expect(facts.map((fact) => fact.data)).toEqual([{ activeAccounts: 75, segment: 'regional_smb' }]);
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
