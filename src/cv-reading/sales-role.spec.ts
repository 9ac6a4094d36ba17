import { normaliseText } from '../scoring/text';
import { classifySalesRole } from './sales-role';

const verdict = (title: string, duties = '') =>
  classifySalesRole(normaliseText(title), normaliseText(duties))?.salesRole;

describe('sales roles', () => {
  it.each([
    'Accountmanager',
    'Key Account Manager',
    'Verkoper buitendienst',
    'Relatiebeheerder MKB',
    'Vertegenwoordiger',
    'Business Developer',
    'Commercieel medewerker binnendienst',
    'Müügijuht',
    'Müügiesindaja',
    'Kliendihaldur',
    'Võtmekliendihaldur',
    'Äriarendusjuht',
    'Ekspordijuht',
    'Suhtejuht',
    'Private Client Advisor',
    'Sales Representative',
    'Inside Sales Representative',
    'Account Executive',
    'Relationship Manager',
    'Kindlustusmaakler',
    'Meditsiiniesindaja',
    'Hypotheekadviseur',
    'Telemüüja',
    'Medisch Afgevaardigde Cardiologie',
    'PROJEKTIMÜÜJA',
    'Hulgimüügi agent',
    'Kliendijuht',
    'Commercial Lines Producer',
    'Investeerimisnõustaja',
    'Beleggingsadviseur',
  ])('%s is a sales title', (title) => {
    expect(verdict(title)).toBe(true);
  });

  it.each([
    ['Medewerker klantenservice', 'Beantwoorden van inkomende klantvragen in het callcenter'],
    ['Klienditeenindaja', 'Klientide pöördumiste lahendamine kõnekeskuses'],
    ['Customer Service Representative', 'Handling incoming calls and complaints'],
    ['Marketing medewerker', 'Campagnes en social media'],
    ['Turundusspetsialist', 'Kampaaniad ja sotsiaalmeedia'],
    ['Financial Controller', 'Month-end closing and reporting'],
    ['Logistiek medewerker', 'Orderpicken en voorraadbeheer'],
    ['Software Engineer', 'Backend development'],
    ['Sales support medewerker', 'Orderverwerking en offertes uitwerken'],
    ['Raamatupidaja', ''],
    ['Assistant Relationship Manager', 'Supporting two senior bankers with their clients'],
    ['Assistent-makelaar', 'Bezichtigingen plannen en dossiers bijhouden'],
    ['Monteur buitendienst', 'Storingen en onderhoud bij klanten thuis'],
    ['Lektor, osalise koormusega', 'müügi ja klienditeeninduse moodul kutseõppes'],
    ['Associate Relatiemanager', 'Ondersteuning van twee relatiemanagers bij kredietaanvragen'],
    ['Restaurantmanager', 'Leiding aan de bediening en inkoop van wijnen'],
    ['Reservations Manager', 'Group bookings and allotments'],
    ['Salestrainer', 'Trainingen voor binnendienstteams'],
    ['Kaupluse juhataja', 'müügitulemused ja inventuurid'],
    ['Parts & Service Manager', 'Parts counter and workshop'],
    ['Värbamiskonsultant', 'kandidaatide otsimine'],
  ])('%s is not a sales role', (title, duties) => {
    expect(verdict(title, duties)).toBe(false);
  });

  it.each([
    ['Sales Assistant', 'Selling menswear on the shop floor'],
    ['Adviseur', 'Acquisitie van nieuwe klanten en het halen van de omzetdoelstelling'],
    ['Consultant', 'New business: prospecting, closing deals and beating quota'],
    ['Konsultant', 'Uute klientide leidmine ja müügieesmärgi täitmine'],
    // Financing is what the adviser sells, not the finance department: "financieringen" names no other trade.
    ['Adviseur Zakelijke Financieringen', 'Advies en afsluiten van financieringen voor kleine ondernemers'],
    ['Saturday Sales Assistant', 'Weekend job alongside the store: sold tents, boots and waterproofs'],
  ])('%s with sales duties is a sales role', (title, duties) => {
    expect(verdict(title, duties)).toBe(true);
  });

  it('says nothing of an adviser or an inside-desk job without duties', () => {
    expect(verdict('Adviseur')).toBeUndefined();
    expect(verdict('Binnendienstmedewerker')).toBeUndefined();
    expect(verdict('Binnendienstmedewerker', 'Orderinvoer en facturatie')).toBe(false);
    expect(verdict('Telesales medewerker')).toBe(true);
  });

  it('is surer of a sales title with sales duties than of duties alone', () => {
    const both = classifySalesRole('accountmanager', normaliseText('Acquisitie en omzetdoelstelling'))!;
    const duties = classifySalesRole('adviseur', normaliseText('Acquisitie en omzetdoelstelling'))!;
    expect(both.confidence).toBeGreaterThan(duties.confidence);
  });
});

describe('titles that name another trade', () => {
  it.each([
    ['Estimator', 'Costing and quoting print jobs for the sales team'],
    ['Farmatseut', 'Nõustamine ja müük apteegis'],
    ['Vakkenvuller', 'Verkoopklaar maken van de schappen'],
    ['Implementation Consultant', 'Onboarding of new customers after the deal'],
    ['Trade marketeer', 'Acties in de winkel om de omzet te verhogen'],
    ['Krediidispetsialist', 'Laenutaotluste analüüs'],
  ])('%s stays non-sales whatever its duties say of sales', (title, duties) => {
    expect(verdict(title, duties)).toBe(false);
  });
});

describe('titles that do not say it, and duties that do', () => {
  it('takes one who says they sold for a seller, whatever the title, unless the work was an order desk', () => {
    expect(
      verdict('Sales Assistant', 'Sold carpets, vinyl and laminate to homeowners; commission on fitted jobs'),
    ).toBe(true);
    expect(verdict('Parts Counter Representative', 'Quoted and sold parts to walk-in and phone customers')).toBe(true);
    expect(verdict('Export Sales Assistant', 'Orders, transportdocumenten; sold nothing myself')).toBe(false);
    expect(verdict('Warehouse Operative', 'Picked and packed orders')).toBe(false);
  });

  it('reads abbreviated sales titles at the start of a title only', () => {
    expect(verdict('KAM – Wholesale')).toBe(true);
    expect(verdict('AM Tuincentra')).toBe(true);
    expect(verdict('Sr. BDM')).toBe(true);
    expect(verdict('I am')).toBe(false);
  });

  it('takes category managers, product specialists and assistants to advisers for no sellers', () => {
    expect(verdict('Category Manager Tuin')).toBe(false);
    expect(verdict('Productspecialist oogheelkunde')).toBe(false);
    expect(verdict('Assistent hypotheekadviseur')).toBe(false);
  });
});

describe('sales assistants', () => {
  it.each([
    ['Sales Assistant', 'Trainers and football kit; fitted running shoes after a gait check'],
    ['Retail Sales Assistant', ''],
    ['Trade Counter Sales Assistant', 'serving builders, plumbers and landscapers, quotes, opening new trade accounts'],
    ['Sales Assistant (sprzedawca)', 'Books and gifts, cash register, advice to customers'],
  ])('takes a shop or counter "%s" for a seller', (title, duties) => {
    expect(verdict(title, duties)).toBe(true);
  });

  it.each([
    ['Export Sales Assistant', ''],
    ['Sales Assistant Export', 'Documents and bookings'],
    [
      'Sales Assistant (Assistente Comercial)',
      'Orders, quotations and samples for the sales team, customer contact by phone',
    ],
    ['Sales Assistant', 'Supporting the account managers with quotes and order entry'],
    ['Sales assistent', ''],
  ])('takes "%s" in an office, for those who sell, for support', (title, duties) => {
    expect(verdict(title, duties)).toBe(false);
  });
});

describe('titles beside selling, and selling beside another trade', () => {
  it.each([
    ['Pre-sales consultant', 'Demo’s en technische vragen in aanbestedingen'],
    ['Front Office Agent', 'Check-in, check-out en upselling van kamers aan de balie'],
    ['Department Manager – Fresh Food', 'Team of 22; department sales £95k a week'],
    ['Lahenduste arhitekt', 'lahenduste kavandamine müügitiimile'],
    ['Lesgever Verkoop', 'Avondlessen verkooptechnieken'],
    ['Sales Development Co-op', 'Booked 48 discovery meetings for the AE team in one term'],
    [
      'Sales Trainee',
      'Traineeship: 3 maanden binnendienst, 6 maanden meelopen met accountmanagers. Nog geen eigen klanten',
    ],
    ['Juuksur', 'Oma salong, kaks töökohta rendil. Hooldustooteid müüsin ka oma klientidele'],
  ])('%s is no seller', (title, duties) => {
    expect(verdict(title, duties)).toBe(false);
  });

  it('does not take selling one’s own business for selling', () => {
    expect(
      verdict('Salon Owner', 'My own salon with 3 stylists and about 400 regular clients; sold it in late 2023'),
    ).toBe(undefined);
    expect(verdict('Owner', 'Silage contracting for about 120 farmers; sold the business in 2008')).toBe(undefined);
  });

  it.each([
    ['Client Partner', 'Joined when it acquired our firm'],
    ['Client Director', ''],
    ['Reisikonsultant', ''],
    ['Agribusiness Manager', 'About 85 dairy and drystock clients'],
    [
      'Sales Development Representative',
      'Around 14 meetings a month for four account executives; no accounts of my own yet',
    ],
  ])('%s sells', (title, duties) => {
    expect(verdict(title, duties)).toBe(true);
  });
});

it('does not take a farm sold with the business for selling', () => {
  expect(
    classifySalesRole(
      normaliseText('Mede-eigenaar'),
      normaliseText('Tomatenteelt op 4 hectare; afzet via de telersvereniging. Bedrijf verkocht in 2009'),
    )?.salesRole,
  ).not.toBe(true);
});

it('takes an apprentice for one who learns the trade, not a seller', () => {
  expect(
    classifySalesRole(
      normaliseText('Apprentice Wholesale and Foreign Trade Merchant'),
      normaliseText('Azubi: purchasing, warehouse, accounting and sales back office'),
    )?.salesRole,
  ).toBe(false);
});

describe('managers of sellers', () => {
  it('takes one who led the reps for a seller, but not one who ran a shop and its sellers', () => {
    expect(
      verdict('Piirkonnajuht (Lõuna-Eesti)', 'juhtisin viit ravimiesindajat ja nende külastusplaane; 6 haiglat'),
    ).toBe(true);
    expect(verdict('Regional Manager', 'Managed six field reps across the Midlands')).toBe(true);
    expect(verdict('Winkelverantwoordelijke', 'leiding over 5 verkopers, kassa en voorraad')).toBe(false);
  });
});

describe('counters, national accounts, agents and insurance agencies', () => {
  it.each([
    'Trade Counter Assistant',
    'Counter Sales Associate',
    'National Account Controller',
    'Freelance Export Agent',
    'Independent Manufacturers’ Representative',
    'Partnerkanali juht',
    'Liisingukonsultant',
  ])('%s sells', (title) => {
    expect(verdict(title)).toBe(true);
  });

  it.each([
    ['Commercial Lines Account Manager', 'Renewals, endorsements and certificates for the producers’ book'],
    ['Ocean Export Coordinator', 'Bookings and documents for the sales team'],
    ['Credit Portfolio Manager', 'Annual reviews of 60 commercial borrowers'],
    ['Servicemanager', 'SLA-rapportages en escalaties'],
    ['Branch Counter Assistant', 'Hire desk: bookings, returns and payments'],
  ])('%s does not sell', (title, duties) => {
    expect(verdict(title, duties)).toBe(false);
  });
});

it('does not take an owner who sells the farm’s own produce for a seller, nor a partnership manager for an owner', () => {
  expect(verdict('Mede-eigenaar', '8 hectare asperges, verkoop aan huis en via de veiling')).not.toBe(true);
  expect(verdict('Partnerlussuhete juht', 'autoesinduste liisingupakkumised ja müügieesmärgid')).toBe(true);
});

describe('coordinators, venue managers and shop assistants', () => {
  it.each([
    ['Ürituste koordinaator', 'ettevõtete päringud ja pakkumised'],
    ['Grupimüügi koordinaator', 'gruppide broneeringud ja pakkumised müügijuhile'],
    ['Export Sales Coordinator', 'Orders and documents for the export team'],
    ['Technical Account Manager', 'Integrations and escalations for enterprise customers'],
    ['Restoranijuht', 'müügitulemused, personal ja menüü'],
    ['Kliendikogemuse juht', 'klientide tagasiside ja müügitiimi koolitused'],
  ])('%s is no seller', (title, duties) => {
    expect(verdict(title, duties)).toBe(false);
  });

  it.each(['Shop Assistant', 'Renewals Specialist'])('%s sells', (title) => {
    expect(verdict(title)).toBe(true);
  });
});

describe('sellers abroad, under their own titles', () => {
  it.each([
    'Pardavimų vadybininkė',
    'Satış Temsilcisi',
    'Satış Danışmanı',
    'Agent vânzări',
    'Ejecutiva de ventas – grupos y eventos',
    'Estagiária comercial',
  ])('%s sells', (title) => {
    expect(verdict(title)).toBe(true);
  });

  it('takes a showroom manager for a manager, not a seller', () => {
    expect(verdict('Showroom Müdürü', 'Satış ekibi, stok ve müşteri şikayetleri')).toBe(false);
  });
});

describe('bank and field titles of other countries', () => {
  it.each(['Relationship Officer, Corporate Banking', 'Responsable de secteur'])('%s sells', (title) => {
    expect(verdict(title)).toBe(true);
  });

  it.each(['Auxiliar comercial', 'Customer Relationship Officer'])('%s supports', (title) => {
    expect(verdict(title, 'Orders, complaints and customer queries')).toBe(false);
  });
});

describe('sellers by what they state, and owners who run a trade', () => {
  it('takes an adviser or consultant who states sales of their own for a seller', () => {
    expect(
      verdict('Independent Consultant', 'Tupperware-style parties; $24,000 in sales last year; a spring campaign'),
    ).toBe(true);
  });

  it('lets the seller half of a double title outrank a coordinator half', () => {
    expect(verdict('Registreerimiskoordinaator-müügikonsultant', 'paketid ja broneeringud')).toBe(true);
    expect(verdict('Pre-sales consultant', 'demos and proofs of concept')).not.toBe(true);
  });

  it('takes an agent paid on commission for a seller, and an agent of another kind not', () => {
    expect(verdict('Mööbliagent', 'kolme tehase esindamine, tasu komisjonitasuna tellimustelt')).toBe(true);
    expect(verdict('Laevaagent', 'sadamakülastused ja dokumendid')).not.toBe(true);
  });

  it('takes an adviser who sold for a seller, though the firms they sold through were no clients of theirs', () => {
    expect(
      verdict(
        'Verkoopadviseur woonboten',
        'In 2024 verkocht ik 30 boten; de havens zijn partners, geen klanten van mij',
      ),
    ).toBe(true);
  });

  it('takes working with the sales department, or a foreman, for no selling', () => {
    expect(verdict('Hooldusjuht', 'tehnikute töö korraldamine, koostöö müügiosakonnaga')).toBe(false);
    expect(verdict('Voorman stukadoor', 'ploeg van drie; de offertes doet de baas')).toBe(false);
    expect(verdict('Broneeringute administraator', 'päringute edastamine müügijuhile')).toBe(false);
  });

  it("takes a trainer's title joined to a seller's for a seller, and a trainer alone not", () => {
    expect(verdict('Koolitaja-müügiesindaja', 'tootekoolitused ja tellimused')).toBe(true);
    expect(verdict('Koolitaja', 'tootekoolitused')).toBe(false);
  });

  it('takes a managing owner whose spouse does the selling for no seller', () => {
    expect(verdict('Zaakvoerder en bakker', 'de verkoop loopt via de winkel, die mijn zus uitbaat')).not.toBe(true);
  });
});
