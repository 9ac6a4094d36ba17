import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-sixth held-out set's Dutch and Flemish CVs: twenty-six skills-first, functional and hybrid CVs as
 * people in the Netherlands and Flanders write them in 2026, written without reading the reader. A profile,
 * competences and achievements come first and the dated history is short, late or at the end; the careers have
 * freelance and interim assignments, self-employment next to a job, several part-time jobs at once, and gaps for
 * care, study, travel or illness that the candidate explains.
 */
export const HELD_OUT_36_NL: CvSource[] = [
  {
    id: 'nl-h36-01-herintreder-accountmanager-relatiegeschenken-amersfoort',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieduizend Een',
    email: 'k3601.eemland@example.com',
    phone: '06 41 29 73 58',
    contactLines: ['Amersfoort'],
    tagline: 'Accountmanager B2B – relatiegeschenken en kerstpakketten',
    afterContact: [
      { kind: 'heading', text: 'Kernkwaliteiten' },
      {
        kind: 'bullets',
        items: [
          'Klantgericht: ik denk mee met wat een bedrijf wil uitstralen, niet alleen met het budget',
          'Plannen en organiseren: van offerte tot levering op de dag van het personeelsfeest',
          'Netwerken: sinds 2024 actief lid van een ondernemersclub in Amersfoort',
          'Rustig en nauwkeurig, ook als de decembermaand volloopt',
        ],
      },
      { kind: 'heading', text: 'Resultaten' },
      {
        kind: 'bullets',
        items: [
          'Bij Giftbox Eemland in twee jaar 18 nieuwe zakelijke klanten binnengehaald, waaronder twee zorginstellingen',
          'Kerstpakkettenactie 2025: 4.200 pakketten voor 31 bedrijven op tijd geleverd',
          'Bij Promo Design mijn regio laten groeien van € 650.000 naar € 1,1 miljoen omzet (2010 – 2015)',
        ],
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Software',
      languages: 'Talen',
    },
    profile: [
      'Na zeven jaar thuis voor ons gezin ben ik in 2023 weer aan het werk gegaan in het vak dat ik ken: zakelijke ' +
        'verkoop van relatiegeschenken en kerstpakketten. Ik werk nu 28 uur per week en zoek een baan van 32 tot 36 ' +
        'uur als accountmanager buitendienst in de regio Amersfoort–Utrecht.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'Giftbox Eemland B.V.', '2023-09', null, true, 'september 2023 – heden (28 uur)', [
          'Ik beheer ongeveer 65 vaste zakelijke klanten in de regio Amersfoort en Utrecht: bouwbedrijven, ' +
            'zorginstellingen en accountantskantoren',
          'Omzet op mijn klanten in 2025: € 540.000',
          'Contact met office managers en HR-medewerkers; de directie beslist meestal over het budget',
        ]),
        lines: ['Accountmanager · Giftbox Eemland B.V., Amersfoort', 'september 2023 – heden (28 uur)'],
      },
      {
        ...job('Accountmanager', 'Promo Design Nederland B.V.', '2009-03', '2016-06', true, 'maart 2009 – juni 2016', [
          'Verkoop van bedrukte relatiegeschenken, textiel en beursmaterialen aan bedrijven in Midden-Nederland',
          'Eigen portefeuille van zo’n 120 klanten',
        ]),
        lines: [
          '2016 – 2023: bewust thuis voor ons gezin (zorg voor onze zoon met een chronische ziekte) en mantelzorg ' +
            'voor mijn vader',
          'Accountmanager · Promo Design Nederland B.V., Nijkerk',
          'maart 2009 – juni 2016',
        ],
      },
      {
        ...job(
          'Medewerker klantenservice',
          'Modepost Direct B.V.',
          '2004-08',
          '2009-02',
          false,
          'augustus 2004 – februari 2009',
          ['Telefonische vragen, retouren en klachten van particuliere klanten'],
        ),
        lines: ['Medewerker klantenservice · Modepost Direct B.V., Amersfoort', 'augustus 2004 – februari 2009'],
      },
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie, Hogeschool Utrecht, 2000 – 2004', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 2000,
        endYear: 2004,
      }),
      edu('havo', 'HAVO, Corderius College, Amersfoort, 1995 – 2000', {
        institution: 'Corderius College',
        startYear: 1995,
        endYear: 2000,
      }),
    ],
    courses: [
      named('Opfriscursus Excel en CRM', 'Opfriscursus Excel en CRM (2023)'),
      named('Zakelijk LinkedIn', 'Zakelijk LinkedIn (2024)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Microsoft 365 en Excel', 'Pipedrive (CRM)', 'Rijbewijs B'],
    closing: [{ kind: 'paragraph', text: 'Referenties op aanvraag.' }],
    clientBase: { activeAccounts: 65, annualRevenueEur: 540_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation', 'relationship_building'],
  },
  {
    id: 'nl-h36-02-vlaams-zelfstandig-handelsagent-meubelen-izegem',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieduizend Twee',
    email: 'k3602.agentuur@example.net',
    phone: '0477 38 15 92',
    contactLines: ['8870 Izegem', 'Zelfstandige in hoofdberoep sinds 2011'],
    tagline: 'Handelsagent meubelen en interieur – Vlaanderen, Brussel en Zuid-Nederland',
    afterContact: [
      { kind: 'heading', text: 'Verwezenlijkingen' },
      {
        kind: 'bullets',
        items: [
          'Als zelfstandige drie Europese meubelmerken in mijn gebied van nul opgebouwd (2011 – 2025)',
          'In 2019 een Deens merk binnengehaald als derde vertegenwoordiging; intussen het grootste van de drie',
          'Beursstand op Interieur Kortrijk (2014, 2016, 2018) en een jaarlijkse huisbeurs met een 300-tal winkeliers',
          'Leveringsklachten gehalveerd door een vaste wekelijkse opvolging met de fabrieken',
        ],
      },
      { kind: 'heading', text: 'Kernkwaliteiten' },
      {
        kind: 'bullets',
        items: [
          'Ondernemend: al vijftien jaar zelfstandig',
          'Onderhandelen over jaarcondities, toonzaalinrichting en exclusiviteit',
          'Relatieopbouw op lange termijn met zaakvoerders en hun verkopers',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Over mij',
      work: 'Loopbaan',
      education: 'Opleiding',
      certifications: 'Attesten',
      skills: 'Kennis',
      languages: 'Talen',
    },
    profile: [
      'Meubelmaker van opleiding, sinds 1996 in de verkoop van meubelen en sinds 2011 zelfstandig handelsagent. Ik ' +
        'ken het product van de werkbank tot de toonzaal. Ik zoek een merk of fabrikant die een agent of een key ' +
        'account manager voor de Benelux zoekt; zelfstandig of in loondienst, beide zijn bespreekbaar.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Zelfstandig handelsagent',
          'Agentuur Mandel Interieur BV',
          '2011-01',
          null,
          true,
          'sinds januari 2011',
          [
            'Vertegenwoordiging van drie merken: een Italiaanse zetelfabrikant, een Deense producent van kasten en ' +
              'tafels en een Belgische fabrikant van boxsprings',
            'Een 150-tal meubel- en interieurzaken in Vlaanderen, Brussel en Zuid-Nederland (Zeeland en Noord-Brabant)',
            'Verkoopomzet van de drie merken in mijn gebied in 2025: ca. 5,4 miljoen euro; mijn commissie is daar een ' +
              'percentage van',
            'De zaakvoerders beslissen zelf welke collecties ze in hun toonzaal zetten',
          ],
        ),
        lines: ['sinds januari 2011', 'Zelfstandig handelsagent – Agentuur Mandel Interieur BV, Izegem'],
      },
      {
        ...job(
          'Vertegenwoordiger',
          'Meubelfabriek Vandewalle NV',
          '2001-03',
          '2010-12',
          true,
          'maart 2001 – december 2010',
          ['Bezoek aan een 90-tal meubelzaken in West- en Oost-Vlaanderen', 'Opvolging van bestellingen en leveringen'],
        ),
        lines: ['maart 2001 – december 2010', 'Vertegenwoordiger – Meubelfabriek Vandewalle NV, Ardooie'],
      },
      {
        ...job('Verkoper toonzaal', 'Meubelen Dewitte', '1996-09', '2001-02', true, 'september 1996 – februari 2001'),
        lines: ['september 1996 – februari 2001', 'Verkoper toonzaal – Meubelen Dewitte, Roeselare'],
      },
      {
        ...job('Meubelmaker', 'Schrijnwerkerij Verhaeghe', '1992-07', '1996-08', false, 'juli 1992 – augustus 1996'),
        lines: ['juli 1992 – augustus 1996', 'Meubelmaker – Schrijnwerkerij Verhaeghe, Izegem'],
      },
    ],
    education: [
      edu('secondary', 'TSO Hout – Meubelmaker, VTI Roeselare, 1986 – 1992', {
        field: 'Hout',
        institution: 'VTI Roeselare',
        startYear: 1986,
        endYear: 1992,
      }),
    ],
    courses: [],
    certifications: [named('Attest bedrijfsbeheer', 'Attest bedrijfsbeheer (Syntra West, 2010)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'C1', 'Frans: zeer goed'),
      lang('en', 'B2', 'Engels: goed'),
      lang('it', 'A2', 'Italiaans: basis (voor de fabriek)'),
    ],
    skills: ['Meubelconstructie en materialen', 'Exact Online, Excel', 'Rijbewijs B'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 5_400_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h36-03-drie-parttime-banen-accountmanager-fietslease-utrecht',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieduizend Drie',
    email: 'drie.k3603@example.org',
    phone: '+31 6 2817 4490',
    contactLines: ['Utrecht (Lombok)'],
    afterContact: [
      { kind: 'heading', text: 'Wat ik doe' },
      {
        kind: 'paragraph',
        text:
          'Ik combineer op dit moment drie banen: accountmanager bij een fietsleasebedrijf (24 uur), verkoper in een ' +
          'platenzaak op zaterdag en gitaarles op twee avonden. Ik zoek één baan van 36 uur in de zakelijke verkoop; ' +
          'de gitaarles houd ik erbij.',
      },
      { kind: 'heading', text: 'Sterke kanten' },
      {
        kind: 'bullets',
        items: [
          'Communicatief: ik leg een leaseregeling in vijf minuten uit aan een directeur én aan een magazijnmedewerker',
          'Goed in plannen: drie roosters in één agenda',
          'Creatief in oplossingen voor kleine werkgevers met weinig HR-capaciteit',
        ],
      },
    ],
    headings: {
      work: 'Werk (nu en eerder)',
      education: 'Opleiding',
      skills: 'Tools',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Accountmanager zakelijke fietslease',
          'Leasefiets Midden B.V.',
          '2023-03',
          null,
          true,
          'sinds maart 2023, 24 uur per week',
          [
            'Ik beheer ongeveer 45 werkgevers in de regio Utrecht en Amersfoort die een fietsplan aanbieden',
            'Gesprekken met HR-managers en directeuren, die beslissen of de regeling er komt',
            'Via die werkgevers rijden ruim 1.300 medewerkers op een leasefiets',
          ],
        ),
        lines: ['Leasefiets Midden B.V. | Accountmanager zakelijke fietslease | sinds maart 2023, 24 uur per week'],
      },
      {
        ...job('Verkoper', 'Platenzaak De Groef', '2021', null, true, 'sinds 2021, zaterdagen', [
          'Advies en verkoop van vinyl, cd’s en tweedehands platenspelers',
        ]),
        lines: ['Platenzaak De Groef | Verkoper | sinds 2021, zaterdagen'],
      },
      {
        ...job(
          'Gitaardocent',
          'Muziekcentrum Leidsche Rijn',
          '2017-09',
          null,
          false,
          'sinds september 2017, dinsdag- en donderdagavond (freelance)',
          ['Les aan 14 leerlingen van 9 tot 60 jaar'],
        ),
        lines: [
          'Muziekcentrum Leidsche Rijn | Gitaardocent | sinds september 2017, dinsdag- en donderdagavond (freelance)',
        ],
      },
      {
        ...job(
          'Medewerker klantenservice',
          'Stroomnet Energie B.V.',
          '2020-09',
          '2023-02',
          false,
          'september 2020 – februari 2023',
          ['Telefoon en chat, 32 uur per week, naast de gitaarles'],
        ),
        lines: ['Stroomnet Energie B.V. | Medewerker klantenservice | september 2020 – februari 2023'],
      },
      {
        ...job('Barmedewerker', 'Café De Stadsgracht', '2015', '2019-07', false, '2015 – juli 2019 (naast studie)'),
        lines: ['Café De Stadsgracht | Barmedewerker | 2015 – juli 2019 (naast studie)'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Tussendoor' },
      {
        kind: 'paragraph',
        text:
          'Augustus 2019 – maart 2020: zeven maanden gereisd door Zuid-Amerika, teruggekomen toen de grenzen ' +
          'dichtgingen.',
      },
    ],
    education: [
      edu('hbo', 'Bachelor Docent Muziek, HKU Utrechts Conservatorium, 2013 – 2017', {
        field: 'Docent Muziek',
        institution: 'HKU Utrechts Conservatorium',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('havo', 'HAVO, Christelijk Lyceum Zeist, 2008 – 2013', {
        institution: 'Christelijk Lyceum Zeist',
        startYear: 2008,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('es', 'B1', 'Spaans – redelijk (sinds de reis)'),
    ],
    skills: ['HubSpot CRM', 'Google Workspace', 'Rijbewijs B (maar liefst op de fiets)'],
    clientBase: { activeAccounts: 45, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'innovation', 'organisation'],
  },
  {
    id: 'nl-h36-04-interim-key-accountmanager-medische-hulpmiddelen-haarlem',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieduizend Vier',
    email: 'k3604.interim@example.com',
    phone: '06-28419375',
    contactLines: ['Haarlem'],
    tagline: 'Interim key accountmanager medische hulpmiddelen · beschikbaar vanaf 1 maart 2027',
    afterContact: [
      { kind: 'heading', text: 'Wat ik opdrachtgevers breng' },
      {
        kind: 'bullets',
        items: [
          'Twintig jaar zorg: eerst als verpleegkundige aan het bed, daarna als key accountmanager bij ziekenhuizen',
          'Analytisch: ik maak van tenderdata en verbruikscijfers een onderbouwd voorstel',
          'Onderhandelen met inkoopafdelingen en inkoopcombinaties',
          'Snel ingewerkt: bij elke opdracht binnen vier weken zelfstandig op klantbezoek',
        ],
      },
      { kind: 'heading', text: 'Resultaten per opdracht' },
      {
        kind: 'bullets',
        items: [
          'Medivance: drie ziekenhuistenders gewonnen in 2025, samen goed voor ca. € 2,4 miljoen per jaar',
          'Curamed: het wondzorgassortiment geïntroduceerd bij 9 thuiszorgorganisaties',
          'ThuisCare: team van vier accountmanagers opnieuw ingericht; klantverloop van 14% naar 6%',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Opdrachten en dienstverbanden',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Verder',
      languages: 'Talen',
      workTable: ['Opdracht / functie', 'Opdrachtgever / werkgever', 'Looptijd'],
    },
    profile: [
      'Sinds 2020 werk ik als zelfstandig interim-professional via mijn eigen B.V. (Zorgsales Interim B.V.). Ik neem ' +
        'opdrachten aan van zes tot vierentwintig maanden als key accountmanager of sales manager bij leveranciers ' +
        'van medische hulpmiddelen en verbruiksmaterialen.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job(
        'Interim key accountmanager ziekenhuizen',
        'Medivance Nederland B.V.',
        '2025-02',
        null,
        true,
        'feb 2025 – heden',
        [
          '14 ziekenhuizen in Noord-Holland, Flevoland en Utrecht',
          'Omzet op deze klanten in 2025: € 6,1 miljoen',
          'Gesprekspartners: inkopers en afdelingshoofden OK en IC; de inkoopcommissie van het ziekenhuis beslist',
        ],
      ),
      job('Interim accountmanager wondzorg', 'Curamed B.V.', '2023-04', '2024-12', true, 'apr 2023 – dec 2024', [
        'Thuiszorgorganisaties en verpleeghuizen in de Randstad, vervanging tijdens een reorganisatie',
      ]),
      job(
        'Interim sales manager thuiszorg',
        'ThuisCare Hulpmiddelen B.V.',
        '2020-09',
        '2023-03',
        true,
        'sep 2020 – mrt 2023',
        ['Leiding aan vier accountmanagers en een eigen portefeuille van 8 grote zorgorganisaties'],
      ),
      job('Key accountmanager', 'Hospimed Benelux B.V.', '2008-01', '2019-10', true, 'jan 2008 – okt 2019', [
        'Ziekenhuizen in Noord-Holland, later ook de academische centra',
      ]),
      job(
        'Verpleegkundige chirurgie',
        'Ziekenhuis Zuid-Kennemerland',
        '1998-09',
        '2007-12',
        false,
        'sep 1998 – dec 2007',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Toelichting' },
      {
        kind: 'paragraph',
        text:
          'November 2019 – augustus 2020: na een burn-out hersteld en me georiënteerd op een zelfstandige loopbaan. ' +
          'Sinds september 2020 weer volledig aan het werk.',
      },
    ],
    education: [
      edu('hbo', 'HBO Verpleegkunde, Hogeschool Inholland, Haarlem, 1994 – 1998', {
        field: 'Verpleegkunde',
        institution: 'Hogeschool Inholland',
        startYear: 1994,
        endYear: 1998,
      }),
    ],
    courses: [
      named('Post-hbo Commercieel management', 'Post-hbo Commercieel management (2009 – 2010)'),
      named('Aanbesteden in de zorg', 'Aanbesteden in de zorg (2016)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – zeer goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Tenders en aanbestedingen in de zorg',
      'Excel, Power BI, Dynamics CRM',
      'BIG-registratie verpleegkundige: niet verlengd sinds 2013',
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 6_100_000, segment: 'regional_smb' },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'nl-h36-05-vlaams-account-manager-laadpalen-fietsatelier-bijberoep-deinze',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieduizend Vijf',
    email: 'k3605.deinze@example.org',
    phone: '+32 486 27 40 91',
    contactLines: ['9800 Deinze', 'Geboortedatum 22.07.1990'],
    afterContact: [
      { kind: 'heading', text: 'Mijn competenties' },
      {
        kind: 'bullets',
        items: [
          'Technisch en commercieel: elektrotechnicus van opleiding, vandaag verkoop ik laadoplossingen',
          'Klantgericht: een offerte die past bij het wagenpark van de klant, niet bij mijn maanddoel',
          'Zelfstandig plannen: eigen agenda, eigen route, eigen opvolging',
          'Ondernemend: sinds 2020 een eigen fietsatelier in bijberoep',
        ],
      },
      { kind: 'heading', text: 'Realisaties' },
      {
        kind: 'bullets',
        items: [
          '2023: het grootste laadproject van het bedrijf binnengehaald, 86 laadpunten op één bedrijfssite',
          '2025: 130 % van mijn jaardoel',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Studies',
      certifications: 'Attesten',
      skills: 'Kennis',
      languages: 'Talen',
    },
    jobLabels: { period: 'Wanneer', title: 'Rol', employer: 'Bij', duties: 'Wat ik er deed' },
    profile: [
      'Ik ben een technieker die graag met klanten praat. Na zes jaar als elektrotechnicus en een reisjaar ben ik ' +
        'in 2019 bij een installateur van laadpalen begonnen, eerst als werkvoorbereider en sinds 2021 als account ' +
        'manager. Op zaterdag herstel ik fietsen in mijn eigen atelier.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Account manager laadoplossingen',
        'Voltpunt BV',
        '2021-04',
        null,
        true,
        'april 2021 – vandaag',
        [
          'portefeuille van een 70-tal bedrijven en 9 gemeenten in Oost- en West-Vlaanderen',
          'omzet 2025: 1,6 miljoen euro (installaties en onderhoudscontracten)',
          'aanspreekpunt voor zaakvoerders en fleetmanagers, die zelf beslissen over de investering',
        ],
        'Gent',
      ),
      job(
        'Fietshersteller',
        'Fietsatelier Den Derailleur',
        '2020-05',
        null,
        false,
        'mei 2020 – vandaag (bijberoep, zaterdagen)',
        ['herstellingen en onderhoud van fietsen en e-bikes in mijn eigen zaak'],
        'Deinze',
      ),
      job(
        'Werkvoorbereider',
        'Voltpunt BV',
        '2019-09',
        '2021-03',
        false,
        'september 2019 – maart 2021',
        ['planning van installaties, bestellingen en keuringen'],
        'Gent',
      ),
      job(
        'Elektrotechnicus',
        'Elektro Van Damme BV',
        '2012-09',
        '2018-08',
        false,
        'september 2012 – augustus 2018',
        ['elektrische installaties in nieuwbouw en renovatie, vanaf 2016 ploegleider'],
        'Nazareth',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Reisjaar' },
      {
        kind: 'paragraph',
        text:
          'September 2018 – juli 2019: tien maanden met de rugzak door Zuidoost-Azië en Australië; daarna bewust ' +
          'gekozen voor een job met meer klantencontact.',
      },
    ],
    education: [
      edu('secondary', 'TSO Elektrotechnieken, Technisch Instituut Deinze, 2006 – 2012', {
        field: 'Elektrotechnieken',
        institution: 'Technisch Instituut Deinze',
        startYear: 2006,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('BA5 vakbekwaam persoon', 'Attest BA5 vakbekwaam persoon (2014)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'C1', 'Engels: zeer goed (na het reisjaar)'),
      lang('es', 'A2', 'Spaans: basis'),
    ],
    skills: ['Kennis van het AREI en laadinfrastructuur', 'Teamleader, Excel', 'Rijbewijs B'],
    clientBase: { activeAccounts: 79, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'organisation', 'sales'],
  },
  {
    id: 'nl-h36-06-functioneel-audicien-naar-accountmanager-hoortoestellen-zwolle',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieduizend Zes',
    nameLine: 'Functioneel cv – Kandidaat Drieduizend Zes',
    email: 'k3606.zwolle@example.net',
    phone: '06 1739 2846',
    contactLines: ['Zwolle'],
    afterContact: [
      { kind: 'heading', text: 'Profiel' },
      {
        kind: 'paragraph',
        text:
          'Accountmanager met zeventien jaar ervaring als audicien. Ik weet hoe een hoorzorgpraktijk werkt, wat een ' +
          'audicien van een leverancier nodig heeft en wat een cliënt van een hoortoestel verwacht.',
      },
      { kind: 'heading', text: 'Verkoop en accountmanagement' },
      {
        kind: 'bullets',
        items: [
          'Verantwoordelijk voor ongeveer 95 onafhankelijke audicienpraktijken in Noord- en Oost-Nederland',
          'Omzet op mijn praktijken in 2025: € 3,8 miljoen',
          'Gesprekspartners zijn de praktijkeigenaren, die zelf bepalen welk merk ze aanbieden',
          'Onderhandelen over jaarafspraken en bonusstaffels',
        ],
      },
      { kind: 'heading', text: 'Vakkennis hoortechniek' },
      {
        kind: 'bullets',
        items: [
          'Ruim 4.000 hoortoestelaanpassingen gedaan als audicien',
          'Kennis van vergoedingen, protocollen en de eisen van de zorgverzekeraars',
        ],
      },
      { kind: 'heading', text: 'Trainen en begeleiden' },
      {
        kind: 'bullets',
        items: [
          'Coachen van nieuwe audiciens bij klanten op de werkvloer',
          'Productpresentaties en bijscholingen voor groepen tot 80 audiciens',
        ],
      },
    ],
    headings: {
      work: 'Werkgevers',
      education: 'Opleiding',
      certifications: 'Registratie',
      skills: 'Software',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Accountmanager audiciens', 'Sonora Hoorsystemen B.V.', '2017-03', null, true, 'maart 2017 – heden'),
        lines: ['maart 2017 – heden   Sonora Hoorsystemen B.V., Zwolle — Accountmanager audiciens'],
      },
      {
        ...job('Audicien', 'Hoorcentrum IJsselland', '2006-05', '2017-02', false, 'mei 2006 – februari 2017'),
        lines: ['mei 2006 – februari 2017   Hoorcentrum IJsselland, Kampen — Audicien'],
      },
      {
        ...job('Apothekersassistente', 'Apotheek De Vecht', '1999-08', '2006-04', false, 'augustus 1999 – april 2006'),
        lines: ['augustus 1999 – april 2006   Apotheek De Vecht, Zwolle — Apothekersassistente'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'In 2013 ben ik vijf maanden uitgevallen na een hernia-operatie; daarna volledig hersteld en weer fulltime ' +
          'aan het werk.',
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Audicien (BBL), Hoorschool Nederland, 2006 – 2008', {
        field: 'Audicien',
        institution: 'Hoorschool Nederland',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('mbo 4', 'MBO 4 Apothekersassistent, Deltion College, Zwolle, 1995 – 1999', {
        field: 'Apothekersassistent',
        institution: 'Deltion College',
        startYear: 1995,
        endYear: 1999,
      }),
    ],
    courses: [],
    certifications: [named('StAr-registratie audicien', 'StAr-registratie audicien (actief, herregistratie 2025)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    skills: ['Noah en de fittingsoftware van alle grote merken', 'CRM, Excel'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 3_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'nl-h36-07-zzp-leadgeneratie-drie-opdrachtgevers-eindhoven',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieduizend Zeven',
    email: 'afspraak.k3607@example.com',
    phone: '06 3158 2047',
    contactLines: ['Eindhoven', 'Eenmanszaak: Belafspraak Brabant'],
    tagline: 'Freelance inside sales en leadgeneratie | B2B',
    afterContact: [
      { kind: 'heading', text: 'Skills' },
      {
        kind: 'bullets',
        items: [
          'Koude acquisitie per telefoon en LinkedIn: 60 tot 80 belpogingen per dag',
          'Stressbestendig bij een nee: dat hoort bij het vak',
          'Proactief: elke vrijdag een rapport met afspraken, afwijzingen en wat ik hoorde in de markt',
          'Samenwerking met de accountmanagers: een warme overdracht van elke afspraak',
        ],
      },
      { kind: 'heading', text: 'Resultaten 2025' },
      {
        kind: 'bullets',
        items: [
          '212 gekwalificeerde afspraken voor drie opdrachtgevers',
          'Van afspraak naar offerte: 38%',
          'Bij Kempenwarmte leidden mijn afspraken tot 41 nieuwe onderhoudscontracten',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Opdrachten en banen',
      education: 'Opleiding',
      skills: 'Tools',
      languages: 'Talen',
    },
    profile: [
      'Sinds 2022 werk ik als zzp’er onder de naam Belafspraak Brabant. Ik maak afspraken en kwalificeer leads voor ' +
        'de accountmanagers van mijn opdrachtgevers. Eigen klanten beheer ik niet: na de afspraak neemt de ' +
        'accountmanager het over. Ik zoek een vaste baan als inside sales of junior accountmanager, 32 uur.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Appointment setter',
          'Kempenwarmte Installatietechniek B.V.',
          '2024-01',
          null,
          true,
          'januari 2024 – nu',
          ['Afspraken voor de adviseurs bij bedrijven en VvE’s in de regio Eindhoven'],
        ),
        lines: [
          'Kempenwarmte Installatietechniek B.V. (opdrachtgever)',
          'Appointment setter · januari 2024 – nu · 1 dag per week',
        ],
      },
      {
        ...job('Inside sales', 'Datawise Software B.V.', '2022-03', null, true, 'maart 2022 – nu', [
          'Leads uit webinars en beurzen opvolgen, demo’s inplannen voor de accountmanagers',
        ]),
        lines: ['Datawise Software B.V. (opdrachtgever)', 'Inside sales · maart 2022 – nu · 2 dagen per week'],
      },
      {
        ...job('Leadgenerator', 'Brabant Events B.V.', '2022-01', '2023-12', true, 'januari 2022 – december 2023', [
          'Bellen naar HR- en marketingafdelingen voor personeelsfeesten en congressen',
        ]),
        lines: [
          'Brabant Events B.V. (opdrachtgever)',
          'Leadgenerator · januari 2022 – december 2023 · 2 dagen per week',
        ],
      },
      {
        ...job(
          'Inside sales medewerker',
          'Printwise Online B.V.',
          '2016-05',
          '2021-04',
          true,
          'mei 2016 – april 2021',
          ['Telefonische verkoop van drukwerk aan het mkb; eigen belijst van zo’n 300 kleine bedrijven'],
        ),
        lines: [
          'Mei – december 2021: zwangerschapsverlof, daarna een paar maanden thuis met onze dochter; in die tijd ' +
            'mijn eenmanszaak opgezet',
          'Printwise Online B.V. (in loondienst)',
          'Inside sales medewerker · mei 2016 – april 2021',
        ],
      },
      {
        ...job(
          'Callcentermedewerker',
          'Contactpunt Zuid B.V.',
          '2014-02',
          '2016-04',
          false,
          'februari 2014 – april 2016',
          ['Inbound klantenservice voor een zorgverzekeraar'],
        ),
        lines: ['Contactpunt Zuid B.V. (in loondienst)', 'Callcentermedewerker · februari 2014 – april 2016'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Medewerker marketing en communicatie, Summa College, Eindhoven, 2010 – 2014', {
        field: 'Medewerker marketing en communicatie',
        institution: 'Summa College',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['HubSpot, Pipedrive', 'Aircall', 'LinkedIn'],
    clientBase: null,
    competencies: ['initiative', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h36-08-vlaams-account-manager-uitzendkantoor-na-studie-hasselt',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieduizend Acht',
    email: 'k3608.hasselt@example.com',
    phone: '0494 26 81 37',
    contactLines: ['3500 Hasselt'],
    afterContact: [
      { kind: 'heading', text: 'Competenties' },
      {
        kind: 'table',
        header: ['Competentie', 'Waar ik het toonde'],
        rows: [
          ['Klantgerichtheid', 'vaste contactpersoon voor een 60-tal klantbedrijven'],
          ['Overtuigingskracht', 'nieuwe klanten in de logistiek binnengehaald (2024 – 2025)'],
          ['Stressbestendig', 'tien jaar ploegenwerk en piekperiodes in de productie'],
          ['Samenwerken', 'dagelijks overleg met de consulenten en de planning'],
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Studies',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik werkte tien jaar in de productie van een autotoeleverancier voor ik in 2019 voltijds terug ging studeren. ' +
        'Drie jaar later had ik mijn bachelor en begon ik bij een uitzendkantoor, eerst als consulent en sinds 2023 ' +
        'als account manager. Ik ken de werkvloer van mijn klanten dus van binnenuit.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Account manager', 'Jobwerk Limburg', '2023-09', null, true, '09/2023 → nu', [
          'portefeuille van een 60-tal klantbedrijven in Limburg: logistiek, metaal en voeding',
          'omzet 2025: 3,2 miljoen euro aan gefactureerde uren',
          'gesprekspartners zijn zaakvoerders en HR-managers, die zelf beslissen met welk kantoor ze werken',
          'gemiddeld 140 uitzendkrachten per week aan het werk bij mijn klanten',
        ]),
        lines: ['Account manager · Jobwerk Limburg (kantoor Hasselt) · 09/2023 → nu'],
      },
      {
        ...job('Consulent', 'Jobwerk Limburg', '2022-07', '2023-08', false, '07/2022 → 08/2023', [
          'selectie en begeleiding van uitzendkrachten, contracten en planning',
        ]),
        lines: ['Consulent · Jobwerk Limburg (kantoor Genk) · 07/2022 → 08/2023'],
      },
      {
        ...job(
          'Onthaalmedewerker',
          'Sportcentrum Hasselt-Noord',
          '2019-10',
          '2022-06',
          false,
          '10/2019 → 06/2022 (studentenjob, weekends)',
        ),
        lines: ['Onthaalmedewerker · Sportcentrum Hasselt-Noord · 10/2019 → 06/2022 (studentenjob, weekends)'],
      },
      {
        ...job('Productieoperator', 'Autoparts Genk NV', '2009-08', '2019-08', false, '08/2009 → 08/2019', [
          'ploegenwerk aan de assemblagelijn, vanaf 2015 meewerkend ploegleider',
        ]),
        lines: ['Productieoperator · Autoparts Genk NV · 08/2009 → 08/2019'],
      },
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Bedrijfsmanagement (HR), PXL Hogeschool, Hasselt, 2019 – 2022', {
        field: 'Bedrijfsmanagement',
        institution: 'PXL Hogeschool',
        startYear: 2019,
        endYear: 2022,
      }),
      edu('secondary', 'BSO Elektrische installaties + 7de jaar, Provinciaal Instituut Genk, 2002 – 2009', {
        field: 'Elektrische installaties',
        institution: 'Provinciaal Instituut Genk',
        startYear: 2002,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('tr', 'native', 'Turks – thuistaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Kennis van de uitzendwetgeving en het paritair comité 322', 'Outlook, Excel, Teams', 'Rijbewijs B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 3_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h36-09-advertentieverkoop-tekstbureau-gastdocent-zaandam',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieduizend Negen',
    email: 'k3609.zaanwoord@example.org',
    phone: null,
    contactLines: ['Zaandam', 'Liefst per e-mail: ik ben veel op pad'],
    afterContact: [
      { kind: 'heading', text: 'In het kort' },
      {
        kind: 'paragraph',
        text:
          'Ik heb drie werkplekken: drie dagen verkoop ik advertenties voor een huis-aan-huisblad, daarnaast heb ik ' +
          'sinds 2012 mijn eigen tekstbureau en ik geef een ochtend per week les op een mediacollege. Daarvoor was ' +
          'ik tweeëntwintig jaar verslaggever, tot de reorganisatie van 2012 mijn baan kostte.',
      },
      { kind: 'heading', text: 'Wat ik kan' },
      {
        kind: 'bullets',
        items: [
          'Ondernemend: eigen bedrijf naast loondienst sinds 2012',
          'Verkopen zonder te duwen: adverteerders komen terug omdat hun advertentie werkt',
          'Schrijven, redigeren en interviewen',
          'Overtuigend presenteren, ook voor een klas van dertig mbo-studenten',
        ],
      },
    ],
    headings: {
      work: 'Werk',
      education: 'Opleiding',
      languages: 'Talen',
      workTable: ['Periode', 'Wat', 'Waar'],
    },
    profile: [],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job(
        'Accountmanager advertenties',
        'Weekblad De Zaankanter B.V.',
        '2013-06',
        null,
        true,
        'sinds juni 2013 (24 uur per week)',
        [
          'ongeveer 130 vaste adverteerders: winkeliers, makelaars, garages en horeca in de Zaanstreek',
          'advertentieomzet 2025: € 620.000',
          'de ondernemers beslissen zelf; vaak sta ik gewoon in de winkel',
          'het blad gaat in een oplage van 58.000 huis-aan-huis',
        ],
      ),
      job('Tekstschrijver en eigenaar', 'Tekstbureau Zaanwoord', '2012', null, false, 'sinds 2012', [
        'eigen bedrijf naast loondienst: webteksten, nieuwsbrieven en jaarverslagen voor een 15-tal vaste opdrachtgevers',
      ]),
      job('Gastdocent journalistiek', 'Mediacollege Zaanstad', '2019-09', null, false, 'sinds september 2019'),
      job('Verslaggever', 'Dagblad Waterland-Zaan', '1990', '2012', false, '1990 – 2012'),
    ],
    education: [
      edu('hbo', 'HBO School voor Journalistiek, Utrecht, 1986 – 1990', {
        field: 'Journalistiek',
        institution: 'School voor Journalistiek',
        startYear: 1986,
        endYear: 1990,
      }),
      edu('vwo', 'VWO, Zaanlands Lyceum, Zaandam, 1980 – 1986', {
        institution: 'Zaanlands Lyceum',
        startYear: 1980,
        endYear: 1986,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B1', 'Duits')],
    languagesText: ['Nederlands is mijn moedertaal, Engels spreek en schrijf ik goed, Duits redelijk.'],
    skills: [],
    closing: [
      { kind: 'heading', text: 'Nevenfuncties' },
      { kind: 'paragraph', text: 'Bestuurslid van de ondernemersvereniging Zaandam-Oost (sinds 2018).' },
    ],
    clientBase: { activeAccounts: 130, annualRevenueEur: 620_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'persuasiveness', 'sales'],
  },
  {
    id: 'nl-h36-10-starter-inside-sales-sportsoftware-tussenjaar-arnhem',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieduizend Tien',
    email: 'k3610.arnhem@example.net',
    phone: '06-19384720',
    contactLines: ['Arnhem', 'linkedin.example.com/in/kandidaat-3610'],
    afterContact: [
      { kind: 'heading', text: 'Vaardigheden' },
      {
        kind: 'bullets',
        items: [
          'Telefonisch verkopen: 40 tot 60 gesprekken per dag',
          'Teamspeler: aanvoerder van mijn voetbalteam en vaste spreker in de weekstart',
          'Analytisch: ik houd mijn eigen pipeline en conversie bij in Excel',
        ],
      },
      { kind: 'heading', text: 'Wat ik al heb laten zien' },
      {
        kind: 'bullets',
        items: [
          'In mijn eerste jaar 52 nieuwe sportscholen en clubs aangesloten (doel: 40)',
          'Beste nieuwkomer van het salesteam, derde kwartaal 2025',
        ],
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Tools',
      languages: 'Talen',
    },
    profile: [
      'Ik ben 25, heb een hbo-diploma Sport, Management en Ondernemen en werk sinds februari 2025 in inside sales. ' +
        'Na de havo nam ik een tussenjaar om te werken en te reizen; daarna wist ik wat ik wilde studeren.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Inside sales medewerker', 'Clubplanner Software B.V.', '2025-02', null, true, 'februari 2025 tot nu', [
          'Eigen klantenlijst van 35 kleinere sportscholen en dansscholen door heel Nederland',
          'Demo’s op afstand en offertes tot € 3.000 per jaar',
        ]),
        lines: ['Inside sales medewerker (Clubplanner Software B.V., Arnhem) – februari 2025 tot nu'],
      },
      {
        ...job('Afstudeerstagiair', 'Sportbedrijf Arnhem', '2024-02', '2024-06', false, 'februari – juni 2024', [
          'Onderzoek naar ledenbehoud bij sportverenigingen',
        ]),
        lines: ['Afstudeerstagiair (Sportbedrijf Arnhem) – februari – juni 2024'],
      },
      {
        ...job(
          'Promotiemedewerker',
          'Promoteam Oost',
          '2021',
          '2024',
          false,
          '2021 – 2024 (oproepbasis, naast studie)',
          ['Proeverijen en sampling in supermarkten en op evenementen'],
        ),
        lines: ['Promotiemedewerker (Promoteam Oost) – 2021 – 2024 (oproepbasis, naast studie)'],
      },
      {
        ...job('Kassamedewerker', 'Buurtsuper Het Broek', '2016', '2019', false, '2016 – 2019 (bijbaan)'),
        lines: ['Kassamedewerker (Buurtsuper Het Broek, Arnhem) – 2016 – 2019 (bijbaan)'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Tussenjaar' },
      {
        kind: 'paragraph',
        text: 'Augustus 2019 – juli 2020: tussenjaar met een werkvakantievisum in Australië en Nieuw-Zeeland.',
      },
    ],
    education: [
      edu('hbo', 'HBO Sport, Management en Ondernemen, Hogeschool van Arnhem en Nijmegen, 2020 – 2024', {
        field: 'Sport, Management en Ondernemen',
        institution: 'Hogeschool van Arnhem en Nijmegen',
        startYear: 2020,
        endYear: 2024,
      }),
      edu('havo', 'HAVO, Lorentz Lyceum, Arnhem, 2014 – 2019', {
        institution: 'Lorentz Lyceum',
        startYear: 2014,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
    ],
    skills: ['Excel', 'HubSpot', 'Rijbewijs B'],
    clientBase: { activeAccounts: 35, segment: 'national' },
    competencies: ['analytical', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h36-11-vlaams-ex-traiteur-account-manager-visgroothandel-leuven',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieduizend Elf',
    email: 'k3611.leuven@example.com',
    phone: '0472 61 05 38',
    contactLines: ['3010 Kessel-Lo (Leuven)'],
    afterContact: [
      { kind: 'heading', text: 'Wat ik meebreng' },
      {
        kind: 'bullets',
        items: [
          'Vakkennis: twintig jaar in de keuken, ik ken elk stuk vis en elke snit',
          'Overtuigend bij chefs, omdat ik hun taal spreek',
          'Stressbestendig: een traiteur op kerstavond is niets voor zenuwachtige mensen',
          'Klantgerichtheid: ik bel terug als de vismijn tegenvalt, niet de chef mij',
        ],
      },
      { kind: 'heading', text: 'Resultaten' },
      {
        kind: 'bullets',
        items: [
          'Omzet op mijn klanten gestegen van 2,1 naar 2,9 miljoen euro (2022 – 2025)',
          '23 nieuwe restaurants binnengehaald in 2025',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      skills: 'Kennis',
      languages: 'Talen',
    },
    profile: [
      'Kok van opleiding, zes jaar zelfstandig traiteur en sinds 2021 account manager bij een visgroothandel.',
      'In september 2020 heb ik mijn traiteurzaak stopgezet door de coronacrisis. Het halfjaar daarna was ik ' +
        'werkzoekend en volgde ik bij de VDAB een opleiding commerciële vaardigheden; zo ben ik in de verkoop ' +
        'terechtgekomen.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Account manager horeca',
        'Visgroothandel Noordzeevers NV',
        '2021-03',
        null,
        true,
        'maart 2021 – heden',
        [
          'een 85-tal restaurants, brasserieën en traiteurs in Vlaams-Brabant en Brussel',
          'omzet 2025: ca. 2,9 miljoen euro',
          'de chefs en uitbaters beslissen zelf bij wie ze hun vis kopen',
          'dagelijkse prijzen doorgeven volgens de aanvoer van de vismijn',
        ],
        'Zaventem',
      ),
      job(
        'Zaakvoerder',
        'Traiteur Het Zoete Hof',
        '2014-04',
        '2020-09',
        false,
        'april 2014 – september 2020',
        [
          'eigen traiteurzaak met twee medewerkers: recepties, communiefeesten en bedrijfsfeesten',
          'zaak stopgezet in september 2020',
        ],
        'Leuven',
      ),
      job(
        'Chef de partie',
        'Restaurant De Gulden Schelp',
        '2008',
        '2014-03',
        false,
        '2008 – maart 2014',
        undefined,
        'Brussel',
      ),
      job('Kok', 'Brasserie Het Oude Stadhuis', '2001', '2008', false, '2001 – 2008', undefined, 'Leuven'),
    ],
    education: [
      edu('secondary', 'BSO Restaurant en keuken + 7de jaar Restaurateur, Hotelschool Leuven, 1995 – 2001', {
        field: 'Restaurant en keuken',
        institution: 'Hotelschool Leuven',
        startYear: 1995,
        endYear: 2001,
      }),
    ],
    courses: [named('Commerciële vaardigheden', 'Commerciële vaardigheden – VDAB (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'C1', 'Frans: zeer goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: ['Productkennis vis en schaaldieren', 'Rijbewijs B en C1'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 2_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness', 'stress_resistance'],
  },
  {
    id: 'nl-h36-12-na-long-covid-accountmanager-rioolservice-assen',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieduizend Twaalf',
    email: 'k3612.drenthe@example.com',
    phone: '06 5429 1738',
    contactLines: ['Assen', 'Geboren: 14-02-1987'],
    afterContact: [
      { kind: 'heading', text: 'Kwaliteiten' },
      {
        kind: 'bullets',
        items: [
          'Assertief: ik durf een VvE-bestuur te vertellen dat uitstel duurder wordt',
          'Communicatief en geduldig, ook aan de telefoon met een bewoner met water in de kelder',
          'Plannen: ik kom uit de planning en weet wat een belofte aan een klant kost',
        ],
      },
      { kind: 'heading', text: 'Behaalde resultaten' },
      {
        kind: 'bullets',
        items: [
          'Sinds 2023 zeven woningcorporaties binnengehaald met een meerjarencontract',
          'Contractverlengingen 2025: 96 % van mijn klanten verlengd',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Software en rijbewijs',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager bij een ontstoppings- en rioolservicebedrijf. In oktober 2020 werd ik ziek (long covid) en ' +
        'ben ik anderhalf jaar uit de running geweest. Via re-integratie bij mijn werkgever, eerst als planner voor ' +
        '16 uur, ben ik in 2023 in de buitendienst begonnen. Ik werk inmiddels weer 36 uur.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'Rioolservice Noord B.V.',
        '2023-06',
        null,
        true,
        'juni 2023 – heden',
        [
          'Ongeveer 140 contractklanten in Drenthe en Groningen: VvE’s, woningcorporaties, bedrijven en twee gemeenten',
          'Contractwaarde van mijn klanten: € 2,3 miljoen per jaar',
          'De VvE-besturen en de directeuren van de corporaties beslissen over het contract; ik presenteer op hun ' +
            'ledenvergaderingen en in het managementteam',
          'Het bedrijf rijdt met 38 servicewagens en twee zuigwagens',
        ],
        'Assen',
      ),
      job(
        'Planner',
        'Rioolservice Noord B.V.',
        '2022-04',
        '2023-05',
        false,
        'april 2022 – mei 2023 (re-integratie, van 16 naar 32 uur)',
        ['Dagplanning van de servicewagens en spoedmeldingen'],
        'Assen',
      ),
      {
        ...job(
          'Werkvoorbereider',
          'Rioolservice Noord B.V.',
          '2014-03',
          '2020-10',
          false,
          'maart 2014 – oktober 2020',
          ['Werkvoorbereiding van rioolrenovaties en camera-inspecties'],
        ),
        lines: [
          'Oktober 2020 – maart 2022: langdurig ziek (long covid), in dienst gebleven',
          'Werkvoorbereider',
          'Rioolservice Noord B.V., Assen | maart 2014 – oktober 2020',
        ],
      },
      job(
        'Medewerker binnendienst',
        'Installatiebedrijf Van der Veen',
        '2008-09',
        '2014-02',
        false,
        'september 2008 – februari 2014',
        ['Orders, storingsmeldingen en facturatie'],
        'Beilen',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Middenkaderfunctionaris Bouw en Infra, Drenthe College, Assen, 2004 – 2008', {
        field: 'Middenkaderfunctionaris Bouw en Infra',
        institution: 'Drenthe College',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Verkopen aan VvE’s en corporaties', 'Verkopen aan VvE’s en corporaties (2023)'),
      named('Presenteren voor groepen', 'Presenteren voor groepen (2024)'),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['AFAS en Excel', 'Rijbewijs B en BE'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'nl-h36-13-veertig-jaar-tapijt-accountmanager-projectmarkt-genemuiden',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieduizend Dertien',
    email: 'k3613.genemuiden@example.net',
    phone: '06 2047 9153',
    contactLines: ['Genemuiden', 'Vast: 038 - 385 42 17'],
    afterContact: [
      { kind: 'heading', text: 'Kerncompetenties' },
      {
        kind: 'bullets',
        items: [
          'Onderhandelingsvaardig met inkopers van hotelketens en met interieurbouwers',
          'Coachend: jonge collega’s ingewerkt en jarenlang begeleid in de buitendienst',
          'Netwerken in de projectinrichting: architecten, interieurbouwers en hotelketens',
        ],
      },
      { kind: 'heading', text: 'Belangrijkste resultaten' },
      {
        kind: 'bullets',
        items: [
          '2022: tapijt voor 1.900 hotelkamers geleverd aan één hotelketen, in drie fasen',
          '2015: de grootste order in de geschiedenis van de weverij (€ 1,2 miljoen)',
          'Omzet projectmarkt verdubbeld van € 2,2 naar € 4,4 miljoen (2020 – 2025)',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan in vogelvlucht',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vakkennis',
      languages: 'Talen',
      workTable: ['Jaren', 'Werkgever', 'Functie'],
    },
    profile: [
      'Veertig jaar tapijt: ik begon op mijn zestiende in het magazijn van de weverij, werkte me op via de ' +
        'binnendienst en de buitendienst tot key accountmanager, en verkoop sinds de sluiting van de weverij in 2020 ' +
        'projectvloeren door heel Nederland. Naast mijn baan heb ik een klein tapijtreinigingsbedrijf.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager projectmarkt', 'Vloerenfabriek Zwartewater B.V.', '2020', null, true, '2020 – heden', [
        'ongeveer 70 vaste relaties door heel Nederland: interieurbouwers, hotelketens, zorgvastgoed en aannemers',
        'omzet 2025: € 4,4 miljoen',
        'architecten schrijven voor, de interieurbouwer of aannemer bestelt',
      ]),
      job('Eigenaar', 'Tapijtreiniging Zwartewater', '2016', null, false, '2016 – heden (avonden en zaterdagen)', [
        'eigen bedrijf naast mijn baan: reiniging van tapijt en meubelstoffen bij particulieren en kantoren',
      ]),
      job('Key accountmanager woonwinkels', 'Tapijtweverij De Vecht B.V.', '2008', '2020', true, '2008 – 2020', [
        'woonwarenhuizen en inkooporganisaties; de weverij sloot in 2020',
      ]),
      job('Vertegenwoordiger', 'Tapijtweverij De Vecht B.V.', '1996', '2008', true, '1996 – 2008'),
      job('Verkoper binnendienst', 'Tapijtweverij De Vecht B.V.', '1990', '1996', true, '1990 – 1996'),
      job('Magazijnmedewerker', 'Tapijtweverij De Vecht B.V.', '1986', '1990', false, '1986 – 1990'),
    ],
    education: [
      edu('mbo 4', 'MEAO Commerciële richting (avondschool), Zwolle, 1988 – 1991', {
        field: 'Commerciële richting',
        startYear: 1988,
        endYear: 1991,
      }),
      edu('mavo', 'MAVO, Genemuiden, 1982 – 1986', { startYear: 1982, endYear: 1986 }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management (2009)'),
      named('Coachend leidinggeven', 'Coachend leidinggeven (2012)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Tapijt, PVC en projectvloeren', 'Brandklassen en normen voor hotels en zorg', 'Excel en CRM'],
    closing: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      { kind: 'paragraph', text: 'Voorzitter van biljartvereniging De Keu (sinds 2014).' },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 4_400_000, segment: 'national' },
    competencies: ['coaching', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h36-14-vlaams-leerkracht-zorgperiode-account-manager-educatieve-uitgeverij-mechelen',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Drieduizend Veertien',
    email: 'k3614.mechelen@example.org',
    phone: '0486/55.20.13',
    contactLines: ['2800 Mechelen'],
    tagline: 'Account manager onderwijs · ex-leerkracht',
    afterContact: [
      { kind: 'heading', text: 'Competenties' },
      {
        kind: 'paragraph',
        text: 'Communicatief – ik sta even makkelijk voor een lerarenteam als voor een directeur.',
      },
      {
        kind: 'paragraph',
        text: 'Plannen en organiseren – een schooljaar heeft vaste pieken; mijn bezoekplanning volgt ze.',
      },
      {
        kind: 'paragraph',
        text: 'Coachen – ik begeleid scholen een volledig schooljaar bij de invoering van een nieuwe methode.',
      },
      { kind: 'heading', text: 'Verwezenlijkingen' },
      {
        kind: 'bullets',
        items: [
          '2024: nieuwe wiskundemethode ingevoerd in 64 scholen van mijn regio',
          'Aandeel van onze taalmethode in mijn regio van 18 naar 27 % (2019 – 2025)',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      courses: 'Bijscholing',
      skills: 'Digitaal',
      languages: 'Talen',
    },
    profile: [
      'Ik gaf zes jaar les in het lager onderwijs. Na twee jaar thuis voor de zorg van onze dochter ben ik in 2014 ' +
        'bij een educatieve uitgeverij begonnen. Ik ken de klas, de lerarenkamer en het directiebureau.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account manager onderwijs',
        'Uitgeverij Klaproos NV',
        '2014-09',
        null,
        true,
        'sinds 1/9/2014',
        [
          'een 220-tal basisscholen in de provincies Antwerpen en Vlaams-Brabant',
          'omzet op mijn scholen: ongeveer 1,8 miljoen euro per jaar (methodes, werkschriften en digitale licenties)',
          'de directies en lerarenteams kiezen zelf met welke methode ze werken',
          '2017 – 2020: tijdskrediet 4/5 met motief zorg',
        ],
        'Mechelen',
      ),
      job(
        'Leerkracht lager onderwijs',
        'Basisschool De Regenboog',
        '2006-09',
        '2012-06',
        false,
        'van 1/9/2006 tot 30/6/2012',
        ['klastitularis 3de en 4de leerjaar, ICT-coördinator vanaf 2010'],
        'Bonheiden',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Loopbaanonderbreking' },
      {
        kind: 'paragraph',
        text:
          '2012 – 2014: twee jaar thuis voor de zorg van onze dochter, die met een hartafwijking werd geboren. Sinds ' +
          'haar operatie gaat het goed.',
      },
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Lager onderwijs, Karel de Grote Hogeschool, Antwerpen, 2003 – 2006', {
        field: 'Lager onderwijs',
        institution: 'Karel de Grote Hogeschool',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('secondary', 'ASO Humane wetenschappen, Sint-Romboutscollege, Mechelen, 1997 – 2003', {
        field: 'Humane wetenschappen',
        institution: 'Sint-Romboutscollege',
        startYear: 1997,
        endYear: 2003,
      }),
    ],
    courses: [
      named('Onderhandelen met schoolbesturen', 'Onderhandelen met schoolbesturen (2019)'),
      named('Digitale didactiek', 'Digitale didactiek (2022)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    skills: ['Smartschool en digitale leerplatformen', 'Word, Excel, PowerPoint', 'Rijbewijs B'],
    clientBase: { activeAccounts: 220, annualRevenueEur: 1_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'organisation'],
  },
  {
    id: 'nl-h36-15-verkoopadviseur-slaapcomfort-eigen-webshop-tilburg',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieduizend Vijftien',
    email: 'k3615.tilburg@example.com',
    phone: '06-44718205',
    contactLines: ['Tilburg'],
    afterContact: [
      { kind: 'heading', text: 'Vaardigheden en resultaten' },
      {
        kind: 'bullets',
        items: [
          'Verkoopvaardigheid: ik verkoop gemiddeld voor € 41.000 per maand in de winkel',
          'Gemiddelde bon van € 1.650, tegen een winkelgemiddelde van € 1.200',
          'Klantgericht advies met slaapanalyse en drukmeting',
          'Zelf een webshop opgezet die sinds 2023 winst maakt',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werk',
      education: 'Opleiding',
      courses: 'Cursus',
      languages: 'Talen',
    },
    profile: [
      'Verkoopadviseur in een slaapspeciaalzaak (32 uur) met daarnaast een eigen webshop in hondenmanden en ' +
        '-accessoires. Ik zoek een functie als accountmanager buitendienst, bijvoorbeeld bij een leverancier van ' +
        'bedden of woontextiel.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Verkoopadviseur slaapcomfort',
          'Slaapstudio Midden-Brabant',
          '2019-04',
          null,
          true,
          'april 2019 – nu, 32 uur',
          ['Advies en verkoop van bedden, matrassen en boxsprings aan particulieren', 'Bezorgplanning en service'],
        ),
        lines: ['Slaapstudio Midden-Brabant, Tilburg: verkoopadviseur slaapcomfort (april 2019 – nu, 32 uur)'],
      },
      {
        ...job('Eigenaar', 'Webshop Snuffelpoot', '2021-01', null, false, 'januari 2021 – nu, naast mijn baan', [
          'Inkoop, productfoto’s, webshop en verzending; ongeveer 1.100 bestellingen per jaar',
        ]),
        lines: ['Webshop Snuffelpoot (eigen bedrijf): eigenaar (januari 2021 – nu, naast mijn baan)'],
      },
      {
        ...job(
          'Groepsleider kinderopvang',
          'Kinderopvang De Hummeltjes',
          '2012-08',
          '2019-03',
          false,
          'augustus 2012 – maart 2019',
        ),
        lines: ['Kinderopvang De Hummeltjes, Goirle: groepsleider kinderopvang (augustus 2012 – maart 2019)'],
      },
      {
        ...job('Verkoopmedewerker', 'Modehuis Van Gorp', '2008', '2012', true, '2008 – 2012, zaterdagen naast school'),
        lines: ['Modehuis Van Gorp, Tilburg: verkoopmedewerker (2008 – 2012, zaterdagen naast school)'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Pedagogisch medewerker kinderopvang, ROC Tilburg, 2009 – 2012', {
        field: 'Pedagogisch medewerker kinderopvang',
        institution: 'ROC Tilburg',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('vmbo', 'VMBO-TL, Tilburg, 2005 – 2009', { startYear: 2005, endYear: 2009 }),
    ],
    courses: [named('Erkend slaapadviseur', 'Opleiding erkend slaapadviseur (2020)')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('fr', 'A2', 'Frans')],
    languagesText: ['Nederlands moedertaal, Engels goed, Frans een beetje (Belgische klanten in de winkel).'],
    skills: [],
    clientBase: null,
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'nl-h36-16-parttime-accountmanager-ijs-en-zelfstandig-salestrainer-breda',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieduizend Zestien',
    email: 'k3616.baronie@example.com',
    phone: '+31 6 5301 8842',
    contactLines: ['Breda', 'Geboren 1966'],
    afterContact: [
      { kind: 'heading', text: 'Mijn vak' },
      {
        kind: 'bullets',
        items: [
          'Verkopen aan ondernemers in de horeca: 38 jaar, waarvan 18 als regiomanager',
          'Coachen van accountmanagers in het veld',
          'Onderhandelen over leveringscontracten en inventaris in bruikleen',
          'Ondernemerschap: sinds 2019 een eigen trainingspraktijk',
        ],
      },
      { kind: 'heading', text: 'Hoogtepunten' },
      {
        kind: 'bullets',
        items: [
          'Regio Zuid van de laatste naar de eerste plaats in omzet gebracht (2004 – 2010)',
          'Zes accountmanagers opgeleid die nu zelf regiomanager zijn',
          '2024: 14 nieuwe horecazaken met een ijsvitrine in bruikleen',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Registratie',
      skills: 'Kennis',
      languages: 'Talen',
    },
    profile: [
      'Na achttien jaar als regiomanager heb ik in 2019 bewust een stap terug gedaan. Ik werk nu drie dagen per week ' +
        'als accountmanager bij een ijsgroothandel en geef daarnaast als zelfstandige trainingen aan verkoopteams ' +
        'in de food en de horeca. Die combinatie wil ik de komende jaren houden.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager horeca',
          'IJsgroothandel Baronie B.V.',
          '2021-04',
          null,
          true,
          'april 2021 – heden (3 dagen per week)',
          [
            'Zo’n 90 horecazaken, campings en ijssalons in West-Brabant',
            'Omzet 2025: € 1,1 miljoen',
            'De eigenaren beslissen zelf met welke groothandel ze werken',
            'Ruim 300 vriezers en ijsvitrines in bruikleen bij de klanten',
          ],
        ),
        lines: ['april 2021 – heden (3 dagen per week) | Accountmanager horeca', 'IJsgroothandel Baronie B.V., Breda'],
      },
      {
        ...job(
          'Salestrainer',
          'Baronie Salestraining',
          '2019-09',
          null,
          false,
          'september 2019 – heden (zelfstandig, naast loondienst)',
          ['Trainingen voor verkoopteams bij groothandels en brouwerijen, 2 dagen per week'],
        ),
        lines: [
          'september 2019 – heden (zelfstandig, naast loondienst) | Salestrainer',
          'Baronie Salestraining (eigen bedrijf), Breda',
        ],
      },
      {
        ...job(
          'Regiomanager verkoop Zuid',
          'Diepvriesgroothandel Brabantia B.V.',
          '2001-01',
          '2019-06',
          true,
          'januari 2001 – juni 2019',
          ['Leiding aan zes accountmanagers, daarnaast eigen key accounts (ketens en cateraars)'],
        ),
        lines: [
          'januari 2001 – juni 2019 | Regiomanager verkoop Zuid',
          'Diepvriesgroothandel Brabantia B.V., Oosterhout',
        ],
      },
      {
        ...job(
          'Vertegenwoordiger horeca',
          'Diepvriesgroothandel Brabantia B.V.',
          '1995-03',
          '2000-12',
          true,
          'maart 1995 – december 2000',
        ),
        lines: [
          'maart 1995 – december 2000 | Vertegenwoordiger horeca',
          'Diepvriesgroothandel Brabantia B.V., Oosterhout',
        ],
      },
      {
        ...job(
          'Chauffeur-verkoper',
          'IJsfabriek Het Ginneken',
          '1988-09',
          '1995-02',
          true,
          'september 1988 – februari 1995',
          [
            'Vaste route langs 60 winkels en horecazaken: verkopen, bestellingen opnemen, afleveren en nieuwe adressen werven',
          ],
        ),
        lines: ['september 1988 – februari 1995 | Chauffeur-verkoper', 'IJsfabriek Het Ginneken, Breda'],
      },
    ],
    education: [
      edu('mbo 4', 'MEAO Commerciële richting, Breda, 1983 – 1987', {
        field: 'Commerciële richting',
        startYear: 1983,
        endYear: 1987,
      }),
    ],
    courses: [
      named('Situationeel leidinggeven', 'Situationeel leidinggeven (2003)'),
      named('Train de trainer', 'Train de trainer (2019)'),
    ],
    certifications: [named('CRKBO-registratie', 'CRKBO-registratie als docent (actief)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Horeca-assortiment ijs, diepvries en snacks', 'Excel en CRM'],
    closing: [
      { kind: 'heading', text: 'Overig' },
      { kind: 'paragraph', text: 'Militaire dienst 1987 – 1988 (Koninklijke Luchtmacht, Gilze-Rijen).' },
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'negotiation', 'sales'],
  },
  {
    id: 'nl-h36-17-vlaams-laborant-zonder-verkoopervaring-turnhout',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieduizend Zeventien',
    email: 'k3617.kempen@example.net',
    phone: null,
    contactLines: ['2300 Turnhout', 'Geboren in 1993'],
    tagline: 'Laborant met klantencontact – op zoek naar een eerste job als technisch account manager',
    afterContact: [
      { kind: 'heading', text: 'Overdraagbare competenties' },
      {
        kind: 'bullets',
        items: [
          'Klantgericht: sinds 2021 beantwoord ik de technische vragen van de klanten van het labo',
          'Analytisch: acht jaar meten, vergelijken en rapporteren',
          'Communicatief: ik geef rondleidingen en uitleg aan klanten, auditors en stagiairs',
          'Zelfstandig: een reis van acht maanden op eigen houtje voorbereid en gemaakt',
        ],
      },
      { kind: 'heading', text: 'Wat ik nog wil leren' },
      {
        kind: 'paragraph',
        text:
          'Onderhandelen en een eigen klantenportefeuille opbouwen. Daarvoor volg ik sinds september 2026 een ' +
          'avondopleiding. Verkoopervaring heb ik nog niet.',
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Lopende opleiding',
      skills: 'Technische kennis',
      languages: 'Talen',
      workTable: ['Functie', 'Van – tot', 'Werkgever'],
    },
    profile: [
      'Ik werk sinds 2016 als laborant in een voedingslabo en ben sinds 2021 het aanspreekpunt voor de technische ' +
        'vragen van klanten. Dat contact is het deel van mijn job dat ik het liefst doe. Ik zoek een functie als ' +
        'technisch account manager of productspecialist bij een leverancier van labo- of voedingsproducten.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job('Laborant klantendienst', 'Kempenlab NV', '2021-02', null, false, 'februari 2021 – nu', [
        'advies over staalname en technische vragen van klanten (voedingsbedrijven) per mail en telefoon',
        'opvolging van resultaten en rapporten; offertes en prijzen doet de commerciële dienst',
      ]),
      job(
        'Labomedewerker testcentrum',
        'Testcentrum Kempen',
        '2020-10',
        '2021-01',
        false,
        'oktober 2020 – januari 2021 (interim via een uitzendkantoor)',
      ),
      job('Laborant', 'Kempenlab NV', '2016-09', '2019-08', false, 'september 2016 – augustus 2019', [
        'microbiologische analyses van voeding en water',
      ]),
      job('Jobstudent productie', 'Diepvries Kempen NV', '2011', '2015', false, '2011 – 2015 (vakantiewerk)'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Reis' },
      {
        kind: 'paragraph',
        text:
          'September 2019 – april 2020: acht maanden door India, Nepal en Sri Lanka. Terug net voor de lockdown; ' +
          'daarna een half jaar werkzoekend tot ik in het testcentrum aan de slag kon.',
      },
    ],
    education: [
      edu(
        'bachelor',
        'Professionele bachelor Biomedische laboratoriumtechnologie, Thomas More Kempen, Geel, 2012 – 2016',
        {
          field: 'Biomedische laboratoriumtechnologie',
          institution: 'Thomas More Kempen',
          startYear: 2012,
          endYear: 2016,
        },
      ),
      edu('secondary', 'ASO Wetenschappen-wiskunde, Sint-Victorinstituut, Turnhout, 2006 – 2012', {
        field: 'Wetenschappen-wiskunde',
        institution: 'Sint-Victorinstituut',
        startYear: 2006,
        endYear: 2012,
      }),
    ],
    courses: [named('Commercieel medewerker', 'Commercieel medewerker – avondopleiding Syntra (sinds september 2026)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: zeer goed'),
      lang('fr', 'B1', 'Frans: redelijk'),
    ],
    skills: ['LIMS en Excel', 'HACCP en ISO 17025', 'Rijbewijs B'],
    clientBase: null,
    competencies: ['analytical', 'communication', 'customer_focus'],
  },
  {
    id: 'nl-h36-18-ex-stuurman-accountmanager-scheepsbenodigdheden-rotterdam',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieduizend Achttien',
    email: 'k3618.maas@example.com',
    phone: '06 21 48 93 60',
    contactLines: ['Rotterdam-Hoogvliet'],
    afterContact: [
      { kind: 'heading', text: 'Kernpunten' },
      {
        kind: 'bullets',
        items: [
          'Twaalf jaar gevaren, als matroos in de offshore en als stuurman in de koopvaardij',
          'Zestien jaar inside en outside sales in scheepsbenodigdheden',
          'Klanten in Nederland, België en Duitsland',
        ],
      },
      { kind: 'heading', text: 'Vaardigheden' },
      {
        kind: 'bullets',
        items: [
          'Relatiebeheer met superintendents en inkopers van rederijen',
          'Onderhandelen over raamcontracten en levertijden',
          'Een schip wacht niet: leveren binnen zes uur na de bestelling',
          'Engels en Duits in woord en geschrift',
        ],
      },
    ],
    headings: {
      work: 'Werkervaring (kort)',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Overig',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager rederijen', 'Rederijservice Maas B.V.', '2018-04', null, true, 'april 2018 t/m nu', [
          'ca. 40 rederijen en scheepsmanagers in Nederland, België en Duitsland',
          'omzet 2025 € 7,5 miljoen',
          'superintendents en inkopers van de rederijen beslissen zelf bij welke leverancier ze bestellen',
          'levering aan zo’n 900 schepen per jaar in Rotterdam en Antwerpen',
        ]),
        lines: ['Rederijservice Maas B.V. (Rotterdam) – Accountmanager rederijen – april 2018 t/m nu'],
      },
      {
        ...job('Inside sales', 'Rederijservice Maas B.V.', '2010-02', '2018-03', true, 'februari 2010 t/m maart 2018', [
          'offertes en orders voor schepen in de haven, telefonisch en per mail, met een eigen lijst vaste klanten',
        ]),
        lines: ['Rederijservice Maas B.V. (Rotterdam) – Inside sales – februari 2010 t/m maart 2018'],
      },
      {
        ...job('Stuurman', 'Rederij Oostzee Shipping B.V.', '2001', '2008', false, '2001 t/m 2008', [
          'tweede en later eerste stuurman op multipurpose vrachtschepen in Noord-Europa',
        ]),
        lines: ['Rederij Oostzee Shipping B.V. (Delfzijl) – Stuurman – 2001 t/m 2008'],
      },
      {
        ...job('Matroos', 'Offshore Support Lines B.V.', '1996', '2000', false, '1996 t/m 2000'),
        lines: ['Offshore Support Lines B.V. (IJmuiden) – Matroos – 1996 t/m 2000'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Van zee naar wal' },
      {
        kind: 'paragraph',
        text:
          'Van september 2008 tot februari 2010 ben ik voltijds teruggegaan naar school, omdat ik aan de wal wilde ' +
          'werken. Een eigen inkomen had ik in die tijd niet; de opleiding heb ik betaald van mijn spaargeld.',
      },
    ],
    education: [
      edu('associate degree', 'Associate degree Maritiem Management, Hogeschool Rotterdam, 2008 – 2010', {
        field: 'Maritiem Management',
        institution: 'Hogeschool Rotterdam',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('mbo 4', 'MBO 4 Stuurman kleine handelsvaart, Scheepvaart en Transport College, Rotterdam, 1992 – 1996', {
        field: 'Stuurman kleine handelsvaart',
        institution: 'Scheepvaart en Transport College',
        startYear: 1992,
        endYear: 1996,
      }),
    ],
    courses: [],
    certifications: [named('IMDG-code', 'IMDG-code gevaarlijke stoffen, geldig tot 2027')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
    ],
    skills: ['STCW Basic Safety (verlopen in 2012)', 'Exact, Excel, ShipServ'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 7_500_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h36-19-fysiotherapeut-en-accountmanager-revalidatietechniek-den-bosch',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieduizend Negentien',
    email: 'k3619.fysio@example.org',
    phone: '06-30561847',
    contactLines: ['’s-Hertogenbosch'],
    tagline: 'Accountmanager revalidatie- en trainingsapparatuur · fysiotherapeut (BIG)',
    afterContact: [
      { kind: 'heading', text: 'Kerncompetenties' },
      {
        kind: 'bullets',
        items: [
          'Klantgerichtheid: ik adviseer alleen wat in de praktijk ook echt gebruikt wordt',
          'Overtuigingskracht door vakkennis: ik heb zelf vijftien jaar aan de behandelbank gestaan',
          'Coachende vaardigheden: ik train praktijkteams in het gebruik van de apparatuur',
          'Ondernemend: sinds 2010 mede-eigenaar van een eigen praktijk',
        ],
      },
      { kind: 'heading', text: 'Resultaten' },
      {
        kind: 'bullets',
        items: ['Omzet 2025: 118 % van de target', '41 nieuwe praktijken sinds 2023'],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Nascholing',
      certifications: 'Registratie',
      skills: 'Vakkennis',
      languages: 'Talen',
    },
    profile: [
      'Fysiotherapeut sinds 2007 en sinds 2017 accountmanager bij een leverancier van revalidatie- en ' +
        'trainingsapparatuur. Eén dag per week werk ik nog in mijn eigen praktijk: zo blijf ik weten wat mijn ' +
        'klanten nodig hebben.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'Revalidatie Techniek Nederland B.V.',
        '2017-09',
        null,
        true,
        'september 2017 – heden',
        [
          'ongeveer 120 fysiotherapiepraktijken en 15 revalidatiecentra in Zuid-Nederland',
          'omzet op mijn relaties in 2025: € 2,7 miljoen',
          'gesprekspartners zijn praktijkhouders en directeuren, die zelf beslissen over de investering',
        ],
        'Veghel',
      ),
      job(
        'Fysiotherapeut',
        'Fysiotherapie De Dommel',
        '2010-01',
        null,
        false,
        'januari 2010 – heden (sinds 2017 één dag per week)',
        ['eigen praktijk in maatschap met een collega'],
        '’s-Hertogenbosch',
      ),
      job(
        'Fysiotherapeut',
        'Revalidatiecentrum Maasland',
        '2007-08',
        '2009-12',
        false,
        'augustus 2007 – december 2009',
        undefined,
        'Oss',
      ),
    ],
    education: [
      edu('hbo', 'Bachelor Fysiotherapie, Fontys Paramedische Hogeschool, Eindhoven, 2003 – 2007', {
        field: 'Fysiotherapie',
        institution: 'Fontys Paramedische Hogeschool',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [named('Sportfysiotherapie, basismodule', 'Sportfysiotherapie, basismodule (2012)')],
    certifications: [named('BIG-registratie fysiotherapeut', 'BIG-registratie fysiotherapeut (actief)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Krachttraining en medische fitness', 'Dynamics CRM, Excel', 'Rijbewijs B'],
    clientBase: { activeAccounts: 135, annualRevenueEur: 2_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'entrepreneurship', 'persuasiveness'],
  },
  {
    id: 'nl-h36-20-timmerman-studie-accountmanager-houtskeletbouw-doetinchem',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieduizend Twintig',
    email: 'k3620.achterhoek@example.com',
    phone: '06 1290 4735',
    contactLines: ['Doetinchem'],
    afterContact: [
      { kind: 'heading', text: 'Competenties' },
      {
        kind: 'bullets',
        items: [
          'Technisch inzicht: tien jaar timmerman in de woningbouw',
          'Analytisch: ik reken een woningbouwproject zelf door voordat ik een prijs noem',
          'Samenwerking met ontwerp, calculatie en productie',
          'Initiatief tonen: in 2024 een nieuwe markt voor tiny houses opgezet',
        ],
      },
      { kind: 'heading', text: 'Resultaten' },
      {
        kind: 'bullets',
        items: [
          'In 2025 opdrachten binnengehaald voor 186 woningen',
          'In 2024 de eerste drie corporatieprojecten in Overijssel',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Certificaat',
      skills: 'Software',
      languages: 'Talen',
    },
    profile: [
      'Ik was tien jaar timmerman. In 2016 ben ik gestopt om twee jaar voltijds te studeren; op zaterdag werkte ik ' +
        'in een bouwmarkt. Daarna ben ik als calculator begonnen bij een houtskeletbouwer, waar ik sinds 2021 ' +
        'accountmanager ben.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager', 'Achterhoek Houtbouw B.V.', '2021-02', null, true, 'februari 2021 – heden', [
          '28 projectontwikkelaars en woningcorporaties in Gelderland en Overijssel',
          'In 2025 voor € 9 miljoen aan opdrachten gecontracteerd',
          'Mijn gesprekspartners zijn de directeuren, die de opdracht verstrekken, en hun projectleiders',
        ]),
        lines: ['Achterhoek Houtbouw B.V. — Accountmanager (februari 2021 – heden)'],
      },
      {
        ...job('Calculator', 'Achterhoek Houtbouw B.V.', '2018-09', '2021-01', false, 'september 2018 – januari 2021'),
        lines: ['Achterhoek Houtbouw B.V. — Calculator (september 2018 – januari 2021)'],
      },
      {
        ...job(
          'Verkoopmedewerker',
          'Bouwmarkt Gaanderen',
          '2016-09',
          '2018-08',
          true,
          'september 2016 – augustus 2018, zaterdagen tijdens de studie',
          ['Advies en verkoop aan de toonbank en in de houtafdeling'],
        ),
        lines: [
          'Bouwmarkt Gaanderen — Verkoopmedewerker (september 2016 – augustus 2018, zaterdagen tijdens de studie)',
        ],
      },
      {
        ...job('Timmerman', 'Bouwbedrijf Gebr. Wolters', '2006-08', '2016-07', false, 'augustus 2006 – juli 2016', [
          'Woningbouw en renovatie, vanaf 2012 voorman van een ploeg van vier',
        ]),
        lines: ['Bouwbedrijf Gebr. Wolters — Timmerman (augustus 2006 – juli 2016)'],
      },
    ],
    education: [
      edu('associate degree', 'Associate degree Bouwkunde (voltijd), Saxion, Deventer, 2016 – 2018', {
        field: 'Bouwkunde',
        institution: 'Saxion',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('mbo 3', 'MBO 3 Timmerman (BBL), Graafschap College, Doetinchem, 2003 – 2006', {
        field: 'Timmerman',
        institution: 'Graafschap College',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [named('VCA VOL', 'VCA VOL (geldig tot 2028)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['AutoCAD en Revit (lezen en controleren)', 'Excel'],
    clientBase: { activeAccounts: 28, annualRevenueEur: 9_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'initiative', 'teamwork'],
  },
  {
    id: 'nl-h36-21-accountmanager-substraten-en-aspergeteler-venlo',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieduizend Eenentwintig',
    email: 'k3621.venlo@example.net',
    phone: '077 - 351 44 28',
    contactLines: ['Venlo (Blerick)'],
    afterContact: [
      { kind: 'heading', text: 'Profiel' },
      {
        kind: 'paragraph',
        text:
          'Accountmanager substraten voor de glastuinbouw en de open teelt, aan beide kanten van de grens. Naast mijn ' +
          'baan heb ik met mijn vrouw een aspergebedrijf, dus ik weet hoe het is om teler te zijn.',
      },
      { kind: 'heading', text: 'Competenties' },
      {
        kind: 'bullets',
        items: [
          'Relatieopbouw met telers over de grens',
          'Onderhandelingsvaardig, in het Nederlands en in het Duits',
          'Ondernemend: zelf teler sinds 2003',
        ],
      },
    ],
    headings: {
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Cursus',
      certifications: 'Certificaat',
      languages: 'Talen',
      workTable: ['Jaren', 'Bedrijf', 'Functie'],
    },
    profile: [],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager', 'Substraatwerk Limburg B.V.', '2010', null, true, '2010 – heden', [
        'ongeveer 75 telers in Limburg, Noord-Brabant en de Niederrhein (Duitsland)',
        'omzet 2025: € 5,2 miljoen',
        'de telers beslissen zelf over hun substraat en bemesting',
      ]),
      job(
        'Mede-eigenaar',
        'Aspergeteelt De Maasbocht',
        '2003',
        null,
        false,
        '2003 – heden (met mijn vrouw, seizoen april–juni)',
        ['8 hectare asperges, verkoop aan huis en via de veiling'],
      ),
      job('Productspecialist substraten', 'Substraatwerk Limburg B.V.', '1998', '2009', false, '1998 – 2009', [
        'teeltproeven en technische ondersteuning van de accountmanagers; geen eigen klanten',
      ]),
      job('Medewerker teelt', 'Kwekerij De Hamert', '1988', '1998', false, '1988 – 1998'),
    ],
    education: [
      edu('mbo 4', 'MAS Tuinbouw, Venlo, 1984 – 1988', { field: 'Tuinbouw', startYear: 1984, endYear: 1988 }),
    ],
    courses: [named('Duits voor de handel', 'Duits voor de handel (2011)')],
    certifications: [named('Spuitlicentie', 'Spuitlicentie (bewijs van vakbekwaamheid), geldig tot 2029')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – zeer goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: [],
    clientBase: { activeAccounts: 75, annualRevenueEur: 5_200_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h36-22-docente-mantelzorg-accountmanager-bedrijfstrainingen-talen-maastricht',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieduizend Tweeëntwintig',
    nameLine: 'Curriculum vitae – Kandidaat Drieduizend Tweeëntwintig',
    email: 'k3622.maastricht@example.org',
    phone: '+31 6 4380 1275',
    contactLines: ['Maastricht'],
    afterContact: [
      { kind: 'heading', text: 'Profiel' },
      {
        kind: 'paragraph',
        text:
          'Veertien jaar docente Frans, twee jaar mantelzorger en sinds 2020 accountmanager bij een talencentrum. Ik ' +
          'verkoop taaltrainingen aan bedrijven in de Euregio en geef zelf nog twee avonden per week les.',
      },
      { kind: 'heading', text: 'Competenties en voorbeelden' },
      {
        kind: 'bullets',
        items: [
          'Overtuigend in vier talen: ik spreek de klant aan in zijn eigen taal',
          'Tactvol en assertief: ik zeg een HR-manager eerlijk wanneer een cursus niet past',
          'Innovatief: blended programma’s met online lessen en praktijkdagen opgezet',
          'Netwerken: lid van de Euregionale HR-kring sinds 2021',
        ],
      },
    ],
    headings: {
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Digitaal',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Accountmanager bedrijfstrainingen',
          'Talencentrum Maas & Mergel B.V.',
          '2020-09',
          null,
          true,
          'september 2020 – heden (28 uur)',
          [
            'Ruim 60 bedrijven in Zuid-Limburg en de regio’s Luik en Aken',
            'Omzet 2025: € 780.000',
            'Gesprekspartners zijn HR-managers en opleidingsadviseurs, die over het opleidingsbudget beslissen',
            'Zo’n 900 cursisten per jaar bij mijn klanten',
          ],
        ),
        lines: [
          'september 2020 – heden (28 uur)   Accountmanager bedrijfstrainingen – Talencentrum Maas & Mergel B.V.',
        ],
      },
      {
        ...job(
          'Docente Frans',
          'Taalschool Vrijthof',
          '2020-09',
          null,
          false,
          'september 2020 – heden (freelance, twee avonden)',
          ['Avondcursussen Frans voor volwassenen, niveau A2 tot C1'],
        ),
        lines: ['september 2020 – heden (freelance, twee avonden)   Docente Frans – Taalschool Vrijthof'],
      },
      {
        ...job(
          'Docente Frans',
          'Scholengemeenschap Maaskant',
          '2004-08',
          '2018-07',
          false,
          'augustus 2004 – juli 2018',
          ['Frans in de bovenbouw havo en vwo, mentor en sectievoorzitter'],
        ),
        lines: [
          'augustus 2018 – augustus 2020   Loopbaanonderbreking: fulltime mantelzorg voor mijn vader (ALS)',
          'augustus 2004 – juli 2018   Docente Frans – Scholengemeenschap Maaskant, Maastricht',
        ],
      },
    ],
    education: [
      edu('wo', 'Master Frans (met eerstegraads lesbevoegdheid), Radboud Universiteit, Nijmegen, 1998 – 2004', {
        field: 'Frans',
        institution: 'Radboud Universiteit',
        startYear: 1998,
        endYear: 2004,
      }),
      edu('vwo', 'VWO, Bonnefanten College, Maastricht, 1992 – 1998', {
        institution: 'Bonnefanten College',
        startYear: 1992,
        endYear: 1998,
      }),
    ],
    courses: [
      named('Accountmanagement voor starters', 'Accountmanagement voor starters (2020)'),
      named('Zakelijk Duits', 'Zakelijk Duits, niveau C1 (2022)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('li', 'native', 'Limburgs'),
      lang('fr', 'C2', 'Frans'),
      lang('de', 'C1', 'Duits'),
      lang('en', 'B2', 'Engels'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau', 'Toelichting'],
        rows: [
          ['Nederlands', 'moedertaal', ''],
          ['Limburgs', 'moedertaal', 'thuistaal'],
          ['Frans', 'C2', 'docente'],
          ['Duits', 'C1', 'klanten in Aken'],
          ['Engels', 'B2', ''],
        ],
      },
    ],
    skills: ['Microsoft 365, Teams, Moodle', 'Rijbewijs B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 780_000, segment: 'international', decisionMakers: true },
    competencies: ['innovation', 'persuasiveness', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h36-23-vlaams-mecanicien-na-ongeval-verkoper-landbouwmachines-roeselare',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieduizend Drieëntwintig',
    email: 'k3623.roeselare@example.com',
    phone: '0473 92 16 48',
    contactLines: ['8800 Roeselare', 'Tel. thuis 051 24 87 30'],
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke kwaliteiten' },
      {
        kind: 'bullets',
        items: [
          'Technisch onderlegd: veertien jaar mecanicien in dezelfde werkplaats',
          'Klantgericht, ook na de verkoop: ik ben erbij bij de eerste oogstdag',
          'Onderhandelen over inruil, financiering en onderhoudscontracten',
        ],
      },
      { kind: 'heading', text: 'Verwezenlijkingen' },
      {
        kind: 'bullets',
        items: [
          '2025: 38 tractoren en 21 oogstmachines verkocht',
          '2021: de eerste GPS-stuursystemen in de regio verkocht en zelf mee afgesteld',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      certifications: 'Attesten',
      skills: 'Kennis en rijbewijzen',
      languages: 'Talen',
    },
    jobLabels: { period: 'Van – tot', title: 'Jobtitel', employer: 'Firma', duties: 'Kerntaken' },
    profile: [
      'Mecanicien die verkoper werd. Na een zwaar verkeersongeval in 2019 kon ik niet meer terug naar de ' +
        'werkplaats; mijn werkgever bood me in 2020 een plaats in de verkoop aan. Ik ken elke machine die ik verkoop ' +
        'vanbinnen.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Verkoper landbouwmachines',
        'Landbouwmachines Vanhoutte NV',
        '2020-06',
        null,
        true,
        '1/06/2020 – heden',
        [
          'een 180-tal landbouwers en loonwerkers in West-Vlaanderen',
          'omzet machineverkoop 2025: 6,5 miljoen euro',
          'de landbouwers beslissen zelf, meestal aan de keukentafel',
        ],
        'Roeselare',
      ),
      job(
        'Mecanicien',
        'Landbouwmachines Vanhoutte NV',
        '2005-09',
        '2019-02',
        false,
        '1/09/2005 – 28/02/2019',
        ['onderhoud en herstelling van tractoren en oogstmachines, vanaf 2014 ook elektronica en GPS'],
        'Roeselare',
      ),
      job(
        'Tractorchauffeur',
        'Loonwerken Decock',
        '2001',
        '2004',
        false,
        'zomers 2001 – 2004 (jobstudent)',
        ['oogstwerk en transport'],
        'Hooglede',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Onderbreking' },
      {
        kind: 'paragraph',
        text:
          'Maart 2019 – mei 2020: herstel na een zwaar verkeersongeval (heupfractuur en revalidatie). Daarna terug ' +
          'bij dezelfde werkgever, maar in de verkoop.',
      },
    ],
    education: [
      edu('secondary', 'BSO Land- en tuinbouwmechanisatie + 7de jaar, Technisch Instituut Rumbeke, 1999 – 2005', {
        field: 'Land- en tuinbouwmechanisatie',
        institution: 'Technisch Instituut Rumbeke',
        startYear: 1999,
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [named('VCA Basis', 'VCA Basis (2017)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B1', 'Frans: redelijk'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands: moedertaal', 'West-Vlaams: thuistaal', 'Frans: redelijk', 'Engels: basis'],
      },
    ],
    skills: ['GPS- en precisielandbouw', 'Rijbewijs B, C en G'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 6_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h36-24-afgestudeerd-junior-accountmanager-juridische-software-den-haag',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieduizend Vierentwintig',
    email: 'k3624.denhaag@example.com',
    phone: '06 58 20 47 13',
    contactLines: ['Den Haag'],
    afterContact: [
      { kind: 'heading', text: 'Mijn sterke punten' },
      {
        kind: 'bullets',
        items: [
          'Communicatievaardig: een demo in twintig minuten voor advocaten die weinig tijd hebben',
          'Organisatievermogen: studie, een fulltime bestuursjaar en een bijbaan gecombineerd',
          'Juridische kennis: bachelor Rechtsgeleerdheid',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      languages: 'Talen',
    },
    profile: [
      'Ik heb in 2025 mijn bachelor Rechtsgeleerdheid afgerond en werk sinds oktober 2025 als junior ' +
        'accountmanager bij een leverancier van software voor advocaten en notarissen. Ik wil in de zakelijke ' +
        'verkoop blijven en zoek een volgende stap met een grotere portefeuille.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Junior accountmanager',
        'Lexflow Software B.V.',
        '2025-10',
        null,
        true,
        'oktober 2025 – heden',
        [
          'Eigen portefeuille van 40 kleinere advocatenkantoren en notarissen door heel Nederland',
          'Verlengingen, uitbreidingen en nieuwe licenties; de kantoorpartners beslissen zelf',
          'Onze software wordt gebruikt door ruim 6.000 juristen',
        ],
        'Den Haag',
      ),
      job(
        'Afstudeerstagiair',
        'Lexflow Software B.V.',
        '2025-02',
        '2025-06',
        false,
        'februari 2025 – juni 2025',
        ['Marktonderzoek onder notariskantoren, advies aan het salesteam'],
        'Den Haag',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      {
        kind: 'bullets',
        items: ['Voorzitter van de studievereniging, fulltime bestuursjaar (september 2023 – juli 2024)'],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor Rechtsgeleerdheid, Universiteit Leiden, 2020 – 2025', {
        field: 'Rechtsgeleerdheid',
        institution: 'Universiteit Leiden',
        startYear: 2020,
        endYear: 2025,
      }),
      edu('vwo', 'VWO, Haags Montessori Lyceum, 2014 – 2020', {
        institution: 'Haags Montessori Lyceum',
        startYear: 2014,
        endYear: 2020,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('ar', 'native', 'Arabisch – thuistaal (alleen spreken)'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: [],
    clientBase: { activeAccounts: 40, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'organisation'],
  },
  {
    id: 'nl-h36-25-relatiebeheerder-mkb-accountantskantoor-na-ziekte-leeuwarden',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieduizend Vijfentwintig',
    email: 'k3625.fryslan@example.net',
    phone: '058 - 213 64 90',
    contactLines: ['Leeuwarden'],
    tagline: 'Relatiebeheerder mkb · accountancy en advies',
    afterContact: [
      { kind: 'heading', text: 'Competenties' },
      {
        kind: 'bullets',
        items: [
          'Financieel inzicht: achttien jaar samensteller en assistent-accountant',
          'Relatiebeheer met ondernemers, van de boer tot de bouwer',
          'Initiatief: elke klant krijgt één keer per jaar een gesprek over de toekomst van zijn bedrijf',
        ],
      },
      { kind: 'heading', text: 'Resultaten' },
      {
        kind: 'bullets',
        items: [
          'Honorariumomzet van mijn portefeuille gegroeid met 30 % (2023 – 2025)',
          '35 nieuwe klanten binnengehaald in 2025',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Software',
      languages: 'Talen',
    },
    profile: [
      'Ik werk sinds 2004 in de accountancy. In 2021 werd borstkanker bij me vastgesteld; na de behandeling en een ' +
        'periode van herstel ben ik in 2022 weer volledig aan het werk gegaan, bij een nieuwe werkgever, en sinds ' +
        '2023 als relatiebeheerder.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Relatiebeheerder mkb',
        'Wadden Accountants & Adviseurs B.V.',
        '2023-01',
        null,
        true,
        'januari 2023 – heden',
        [
          'Ongeveer 210 mkb-klanten in Friesland: agrariërs, bouw en detailhandel',
          'Honorariumomzet van mijn portefeuille: € 1,9 miljoen per jaar',
          'De ondernemers beslissen zelf over hun accountant en adviseur',
          'Ik breng nieuwe klanten binnen en verkoop advies naast de jaarrekening',
        ],
        'Leeuwarden',
      ),
      job(
        'Assistent-accountant',
        'Wadden Accountants & Adviseurs B.V.',
        '2022-09',
        '2022-12',
        false,
        'september 2022 – december 2022',
        undefined,
        'Leeuwarden',
      ),
      job(
        'Samensteller',
        'Administratiekantoor De Marren',
        '2004-08',
        '2022-08',
        false,
        'augustus 2004 – augustus 2022',
        [
          'Jaarrekeningen en aangiften voor een 80-tal mkb-klanten',
          '2021 – 2022: ruim een jaar afwezig door ziekte, daarna re-integratie in eigen werk',
        ],
        'Sneek',
      ),
    ],
    education: [
      edu('hbo', 'HBO Accountancy (deeltijd), NHL Stenden Hogeschool, Leeuwarden, 2008 – 2012', {
        field: 'Accountancy',
        institution: 'NHL Stenden Hogeschool',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('mbo 4', 'MBO 4 Financiële beroepen, Friesland College, Leeuwarden, 2000 – 2004', {
        field: 'Financiële beroepen',
        institution: 'Friesland College',
        startYear: 2000,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('fy', 'native', 'Fries – memmetaal'),
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Nmbrs, Exact, Twinfield', 'Excel'],
    clientBase: { activeAccounts: 210, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'initiative', 'relationship_building'],
  },
  {
    id: 'nl-h36-26-vlaams-freelance-business-developer-en-salescoach-geel',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieduizend Zesentwintig',
    email: 'k3626.kempen@example.org',
    phone: '+32 475 18 62 09',
    contactLines: ['2440 Geel', 'Freelancer in hoofdberoep (eigen BV)'],
    afterContact: [
      { kind: 'heading', text: 'Expertise' },
      {
        kind: 'bullets',
        items: [
          'Verkopen van cloud-, telefonie- en internetdiensten aan KMO’s',
          'Onderhandelen met zaakvoerders en IT-verantwoordelijken',
          'Coachen van jonge verkopers in start-ups en scale-ups',
        ],
      },
      { kind: 'heading', text: 'Realisaties' },
      {
        kind: 'bullets',
        items: [
          'Cloudwise: van 12 naar een 45-tal KMO-klanten in drie jaar',
          '2025: 310.000 euro nieuwe jaarlijkse contractwaarde binnengehaald',
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Opdrachten en loopbaan',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Tools',
      languages: 'Talen',
    },
    profile: [
      'Sinds 2019 werk ik als freelancer via mijn eigen BV. Ik combineer twee opdrachten: drie dagen business ' +
        'development bij een cloudleverancier en twee dagen coaching van verkoopteams in een scale-uphub. Daarvoor ' +
        'werkte ik veertien jaar bij een telecomoperator, eerst aan de helpdesk en daarna als account manager.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Freelance business developer',
          'Cloudwise NV',
          '2022-05',
          null,
          true,
          'mei 2022 – heden, 3 dagen per week',
          [
            'portefeuille van een 45-tal KMO-klanten in de Kempen en rond Antwerpen',
            'jaarlijkse contractwaarde van mijn klanten: ca. 1,4 miljoen euro',
            'gesprekspartners zijn zaakvoerders en IT-verantwoordelijken; de zaakvoerder beslist',
          ],
        ),
        lines: ['Opdrachtgever Cloudwise NV · Freelance business developer · mei 2022 – heden, 3 dagen per week'],
      },
      {
        ...job(
          'Salescoach',
          'Scale-up Hub Kempen vzw',
          '2023-01',
          null,
          false,
          'januari 2023 – heden, 2 dagen per week',
          ['coachen van de verkoopteams van een tiental start-ups en scale-ups'],
        ),
        lines: ['Opdrachtgever Scale-up Hub Kempen vzw · Salescoach · januari 2023 – heden, 2 dagen per week'],
      },
      {
        ...job('Freelance account manager', 'Netpoint BV', '2019-03', '2022-04', true, 'maart 2019 – april 2022', [
          'telefonie en netwerken voor KMO’s in de provincie Antwerpen',
        ]),
        lines: ['Opdrachtgever Netpoint BV · Freelance account manager · maart 2019 – april 2022'],
      },
      {
        ...job(
          'Account manager KMO',
          'Kempen Telecom NV',
          '2010-02',
          '2019-02',
          true,
          'februari 2010 – februari 2019',
          ['een 150-tal KMO-klanten in de Kempen'],
        ),
        lines: ['Werkgever Kempen Telecom NV · Account manager KMO · februari 2010 – februari 2019'],
      },
      {
        ...job('Helpdeskmedewerker', 'Kempen Telecom NV', '2005-09', '2010-01', false, 'september 2005 – januari 2010'),
        lines: ['Werkgever Kempen Telecom NV · Helpdeskmedewerker · september 2005 – januari 2010'],
      },
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Toegepaste informatica, AP Hogeschool, Antwerpen, 2002 – 2005', {
        field: 'Toegepaste informatica',
        institution: 'AP Hogeschool',
        startYear: 2002,
        endYear: 2005,
      }),
      edu('secondary', 'TSO Informaticabeheer, Technisch Instituut Geel, 1996 – 2002', {
        field: 'Informaticabeheer',
        institution: 'Technisch Instituut Geel',
        startYear: 1996,
        endYear: 2002,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2021)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – zeer goed'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Teamleader, HubSpot', 'Cisco CCNA (verlopen in 2016)'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'sales'],
  },
];
