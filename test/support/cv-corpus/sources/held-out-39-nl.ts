import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/** A Japanese rirekisho's rows for one job: the period is the whole of them, entry and exit being apart. */
function rirekisho(lines: string[]): { lines: string[]; period: string } {
  return { lines, period: lines.join(' ') };
}

/**
 * The thirty-ninth held-out set's Dutch and Flemish CVs: twenty-six CVs written in a second language or in a
 * country not the writer's own, and CVs that travelled between formats, as people in the Netherlands and Flanders
 * send them in 2026, written without reading the reader. CVs translated from Portuguese, French, Japanese,
 * Italian, Russian, Indonesian, Chinese and English with the other language's date forms, titles and school names;
 * immigrants with jobs in two or three countries; CVs pasted from an application form or an agency's registration
 * form; CVs written by a language buddy, a daughter, an agency, a CV-writing service or an outplacement bureau.
 */
export const HELD_OUT_39_NL: CvSource[] = [
  {
    id: 'nl-h39-01-poolse-key-accountmanager-verse-groente-drie-landen-venlo',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieëndertighonderd Een',
    email: 'k3901.venlo@example.com',
    phone: '06 19 38 44 72',
    contactLines: ['Venlo'],
    tagline: 'Key accountmanager verse groente – Polen, Tsjechië, Slowakije en de Baltische staten',
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Geboren in 1988 in Gniezno (Polen) · sinds 2016 in het buitenland: eerst Düsseldorf, sinds 2021 Venlo · rijbewijs B',
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring in drie landen',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik ben Poolse en werk al vijftien jaar met de export van groente en fruit: eerst in Polen in de klantenservice, ' +
        'dan vijf jaar in de verkoop binnendienst in Duitsland en nu als key accountmanager in Nederland. Mijn ' +
        'Nederlands is goed maar niet perfect; met mijn klanten spreek ik Pools, Duits en Engels. Ik ben analytisch: ' +
        'elke week volg ik de prijzen en de afzet per klant.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key accountmanager Centraal-Europa',
          'Grubbenvorst Fresh Export B.V.',
          '2021-07',
          null,
          true,
          'VII.2021 – nu',
          [
            '18 retailketens en groothandels in Polen, Tsjechië, Slowakije, Litouwen en Letland',
            'Omzet op mijn klanten in 2025: ca. € 11 miljoen (paprika, komkommer, tomaat)',
            'Jaarafspraken en acties met de category managers; zij beslissen wat er in het schap komt',
            'Onze telers leveren samen ruim 60.000 ton per jaar',
          ],
        ),
        lines: [
          'Key accountmanager Centraal-Europa',
          'Grubbenvorst Fresh Export B.V. · Grubbenvorst (NL) · VII.2021 – nu',
        ],
      },
      {
        ...job(
          'Vertriebsmitarbeiterin Innendienst',
          'Rheinfrucht Import GmbH',
          '2016-10',
          '2021-06',
          true,
          'X.2016 – VI.2021',
          [
            'Telefonische verkoop van fruit en groente aan ongeveer 40 supermarkten en groothandels in Polen en Tsjechië',
            'Dagprijzen, offertes en orders; een eigen omzetdoel',
          ],
        ),
        lines: ['Vertriebsmitarbeiterin Innendienst', 'Rheinfrucht Import GmbH · Düsseldorf (DE) · X.2016 – VI.2021'],
      },
      {
        ...job(
          'Specjalista ds. obsługi klienta',
          'Agro-Trans Poznań Sp. z o.o.',
          '2011-10',
          '2015-09',
          false,
          'X.2011 – IX.2015',
          ['Klantenservice en planning van transporten voor buitenlandse klanten, geen verkoop'],
        ),
        lines: ['Specjalista ds. obsługi klienta', 'Agro-Trans Poznań Sp. z o.o. · Poznań (PL) · X.2011 – IX.2015'],
      },
    ],
    education: [
      edu('master', 'Magister (mgr) Zarządzanie – bedrijfskunde, Uniwersytet Ekonomiczny w Poznaniu, 2006 – 2011', {
        field: 'Zarządzanie',
        institution: 'Uniwersytet Ekonomiczny w Poznaniu',
        startYear: 2006,
        endYear: 2011,
      }),
      edu('secondary', 'Liceum Ogólnokształcące nr 2 w Gnieźnie – matura 2006', {
        institution: 'Liceum Ogólnokształcące nr 2 w Gnieźnie',
        endYear: 2006,
      }),
    ],
    courses: [
      named('Intensivkurs Deutsch C1', 'Intensivkurs Deutsch C1, Volkshochschule Düsseldorf (2016)'),
      named('Nederlands NT2 B2', 'Nederlands NT2 B2, avondcursus in Venlo (2022 – 2023)'),
    ],
    certifications: [],
    languages: [
      lang('pl', 'native', 'Pools – moedertaal'),
      lang('de', 'C1', 'Duits – C1 (vijf jaar gewerkt in Düsseldorf)'),
      lang('en', 'B2', 'Engels – B2'),
      lang('nl', 'B2', 'Nederlands – B2'),
      lang('ru', 'A2', 'Russisch – A2 (school)'),
    ],
    skills: [
      'Onderhandelen over jaarprogramma’s en acties',
      'SAP en Excel (draaitabellen, prijsoverzichten)',
      'Kennis van verse groente, kwaliteit en koeltransport',
    ],
    clientBase: { activeAccounts: 18, annualRevenueEur: 11_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'nl-h39-02-indiase-key-account-manager-mumbai-dubai-berchem',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieëndertighonderd Twee',
    email: 'k3902.berchem@example.net',
    phone: '+32 468 21 73 90',
    contactLines: ['2600 Berchem (Antwerpen)', 'Rijbewijs B'],
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'bullets',
        items: [
          'Geboortedatum: 17/08/1990',
          'Nationaliteit: Indiaas',
          'Burgerlijke staat: gehuwd',
          'Verblijf: gecombineerde vergunning, verlengd tot 2028',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Loopbaandoel',
      work: 'Werkervaring (meest recent eerst)',
      education: 'Opleiding',
      courses: 'Bijkomende opleiding',
      skills: 'Vaardigheden',
      languages: 'Gekende talen',
    },
    profile: [
      'Een uitdagende functie als key account manager in de voedingssector, waarin ik mijn ervaring uit India, ' +
        'Dubai en België kan inzetten voor de groei van de organisatie.',
      'Klantgericht, twaalf jaar ervaring in modern trade en groothandel, gewend aan klanten uit veel culturen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key account manager Aziatische retail',
          'Spicebridge Foods BV',
          '2023-03',
          null,
          true,
          'Mar 2023 – till date',
          [
            'Portefeuille van 64 Aziatische supermarkten, groothandels en cash & carry’s in België, Nederland en ' +
              'Luxemburg',
            'Omzet 2025 op mijn klanten: 5,8 miljoen euro',
            'Jaarakkoorden met de eigenaars, die zelf beslissen wat er in de rekken komt',
            'Introductie van 40 nieuwe producten uit India en Sri Lanka',
          ],
        ),
        lines: ['Spicebridge Foods BV, Antwerpen', 'Key account manager Aziatische retail | Mar 2023 – till date'],
      },
      {
        ...job(
          'Magazijnier',
          'Scheldepoort Logistics NV',
          '2021-01',
          '2023-02',
          false,
          'Jan 2021 – Feb 2023 (via interimkantoor)',
          ['Orderpicking en laden; mijn eerste job in België, terwijl ik ’s avonds Nederlands leerde'],
        ),
        lines: ['Scheldepoort Logistics NV, Antwerpen', 'Magazijnier | Jan 2021 – Feb 2023 (via interimkantoor)'],
      },
      {
        ...job(
          'Key Account Executive – Hypermarkets',
          'Gulf Basket Trading LLC',
          '2018-04',
          '2020-12',
          true,
          'Apr 2018 – Dec 2020',
          [
            '12 hypermarkt- en supermarktketens in de VAE en Oman',
            'Omzet ca. AED 38 miljoen per jaar',
            'Planogrammen en promoties met de category buyers',
          ],
        ),
        lines: ['Gulf Basket Trading LLC, Dubai (VAE)', 'Key Account Executive – Hypermarkets | Apr 2018 – Dec 2020'],
      },
      {
        ...job(
          'Sales Officer',
          'Konkan Consumer Products Pvt. Ltd.',
          '2014-06',
          '2018-03',
          true,
          'Jun 2014 – Mar 2018',
          ['Verkoop aan 25 distributeurs en ongeveer 300 winkels in Thane en Navi Mumbai'],
        ),
        lines: ['Konkan Consumer Products Pvt. Ltd., Mumbai (India)', 'Sales Officer | Jun 2014 – Mar 2018'],
      },
    ],
    education: [
      edu('bachelor', 'B.Com. (Bachelor of Commerce), University of Mumbai, 2011 – 2014', {
        field: 'Commerce',
        institution: 'University of Mumbai',
        startYear: 2011,
        endYear: 2014,
      }),
      edu('secondary', 'HSC (12de jaar, richting handel), Maharashtra State Board, Thane, 2011', { endYear: 2011 }),
    ],
    courses: [named('Category management basis', 'Category management basis (2024)')],
    certifications: [],
    languages: [
      lang('hi', 'native', 'Hindi – moedertaal'),
      lang('mr', 'native', 'Marathi – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('nl', 'A2', 'Nederlands – A2 (avondschool, nog bezig)'),
      lang('ar', 'A2', 'Arabisch – basis (Dubai)'),
    ],
    skills: ['Onderhandelen over jaarakkoorden en promoties', 'SAP, Excel, Power BI', 'Category management'],
    closing: [
      { kind: 'heading', text: 'Verklaring' },
      {
        kind: 'paragraph',
        text:
          'Ik verklaar dat alle bovenstaande gegevens juist zijn naar mijn beste weten. Plaats: Antwerpen · ' +
          'Datum: 12/10/2026',
      },
    ],
    clientBase: { activeAccounts: 64, annualRevenueEur: 5_800_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h39-03-japanse-rirekisho-vertaald-accountmanager-logistiek-amstelveen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieëndertighonderd Drie',
    nameLine: 'Rirekisho (curriculum vitae) – Kandidaat Drieëndertighonderd Drie',
    email: 'k3903.amstelveen@example.org',
    phone: '06 28 71 39 04',
    contactLines: ['Amstelveen'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Datum', 'Reiwa 8 (2026), 10 oktober'],
          ['Geboortedatum', 'Shōwa 62 (1987), 5 juni (39 jaar)'],
          ['Geslacht', 'man'],
          ['Woonplaats', 'Amstelveen, sinds Reiwa 2 (2020)'],
          ['Pasfoto', 'zie bijlage'],
        ],
      },
    ],
    headings: {
      profile: 'Sterke punten en motivatie (shibō dōki)',
      work: 'Loopbaan (shokureki)',
      education: 'Opleiding (gakureki)',
      certifications: 'Licenties en kwalificaties (menkyo / shikaku)',
      skills: 'Wensen van de kandidaat (honnin kibō)',
      languages: 'Talen',
    },
    profile: [
      'Sterke punten: zorgvuldig, geduldig en klantgericht. In Japan en Duitsland heb ik geleerd dat een Japanse ' +
        'klant eerst vertrouwen wil en pas daarna een contract tekent.',
      'Motivatie: ik wil mijn ervaring met Japanse bedrijven in Europa verder gebruiken als key accountmanager.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Sales Representative', 'Sakuragawa Shōji K.K.', '2010-04', '2016-03', true, ''),
        ...rirekisho([
          'Heisei 22 (2010) | 4 | In dienst getreden bij Sakuragawa Shōji K.K., Nagoya (handelshuis in industriële ' +
            'onderdelen), afdeling binnenlandse verkoop, als Sales Representative',
          'Heisei 28 (2016) | 3 | Overgeplaatst naar de Europese vestiging',
        ]),
      },
      {
        ...job('Sales Manager', 'Sakuragawa Shōji Europe GmbH', '2016-04', '2020-03', true, ''),
        ...rirekisho([
          'Heisei 28 (2016) | 4 | Sakuragawa Shōji Europe GmbH, Düsseldorf (Duitsland): Sales Manager',
          'Reiwa 2 (2020) | 3 | Om persoonlijke redenen uit dienst getreden (verhuizing naar Nederland met mijn gezin)',
        ]),
      },
      {
        ...job('Accountmanager Japanse klanten', 'Polder Gateway Logistics B.V.', '2020-09', null, true, ''),
        ...rirekisho([
          'Reiwa 2 (2020) | 9 | In dienst getreden bij Polder Gateway Logistics B.V., Schiphol-Rijk, als ' +
            'Accountmanager Japanse klanten',
          '— | — | Tot op heden in dienst (genzai ni itaru)',
          'Einde (ijō)',
        ]),
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Werkervaring in detail (shokumu keirekisho)' },
      { kind: 'paragraph', text: 'Polder Gateway Logistics B.V. (Reiwa 2 / 2020 – heden)' },
      {
        kind: 'bullets',
        items: [
          '42 Japanse bedrijven met een vestiging of distributiecentrum in Nederland, België en Duitsland ' +
            '(auto-onderdelen, elektronica, machines)',
          'Omzet 2025 op mijn klanten: ca. € 9 miljoen (opslag, douane en transport)',
          'Gesprekspartners: de Japanse directeuren (shachō) en de logistiek managers; de directeur tekent het contract',
          'Vertaling van offertes en contracten in het Japans',
        ],
      },
      { kind: 'paragraph', text: 'Sakuragawa Shōji Europe GmbH (Heisei 28 / 2016 – Reiwa 2 / 2020)' },
      {
        kind: 'bullets',
        items: ['Verkoop aan ongeveer 25 klanten, waarvan 18 Japanse vestigingen in Duitsland en de Benelux'],
      },
      { kind: 'paragraph', text: 'Sakuragawa Shōji K.K. (Heisei 22 / 2010 – Heisei 28 / 2016)' },
      {
        kind: 'bullets',
        items: ['Verkoop van lagers en aandrijvingen aan ongeveer 30 fabrikanten in de regio Chūbu'],
      },
    ],
    education: [
      edu(
        'secondary',
        'Heisei 15 (2003) 4 – Heisei 18 (2006) 3 | Prefecturale Hogere School Asahigaoka, Nagoya (kōtō gakkō)',
        {
          institution: 'Prefecturale Hogere School Asahigaoka',
          startYear: 2003,
          endYear: 2006,
        },
      ),
      edu(
        'bachelor',
        'Heisei 18 (2006) 4 – Heisei 22 (2010) 3 | Universiteit van Nagoya, Faculteit Economie – bachelor Economie (gakushi)',
        {
          field: 'Economie',
          institution: 'Universiteit van Nagoya',
          startYear: 2006,
          endYear: 2010,
        },
      ),
    ],
    courses: [],
    certifications: [
      named('Nisshō Boki 2e graad', 'Heisei 24 (2012) 11 | Nisshō Boki 2e graad (boekhouden), Kamer van Koophandel'),
      named('Tsūkanshi', 'Heisei 26 (2014) 10 | Tsūkanshi (douanespecialist, nationaal examen) – geslaagd'),
    ],
    languages: [
      lang('ja', 'native', 'Japans – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend (TOEIC 905, 2012)'),
      lang('de', 'B1', 'Duits – B1 (Goethe-Zertifikat B1, 2018)'),
      lang('nl', 'A2', 'Nederlands – A2 (avondcursus)'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau'],
        rows: [
          ['Japans', 'moedertaal'],
          ['Engels', 'vloeiend (TOEIC 905, 2012)'],
          ['Duits', 'B1 (Goethe-Zertifikat B1, 2018)'],
          ['Nederlands', 'A2 (avondcursus)'],
        ],
      },
    ],
    skills: ['Salaris, werktijden en standplaats: ik volg de regels van uw bedrijf.'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 9_000_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h39-04-portugese-exportverkoper-vertaald-cv-portugese-data-rotterdam',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieëndertighonderd Vier',
    email: 'k3904.roterdao@example.com',
    phone: '+31 6 1473 9286',
    contactLines: ['Rotterdam (Kralingen)'],
    tagline: 'Curriculum vitae – vertaald uit het Portugees',
    headings: {
      profile: 'Samenvatting',
      work: 'Beroepservaring',
      education: 'Academische opleiding',
      courses: 'Aanvullende opleiding',
      skills: 'Competenties',
      languages: 'Taalkennis',
    },
    profile: [
      'Ik ben Portugees en woon sinds 2017 in Rotterdam. Dit cv is een vertaling van mijn Portugese cv; de data ' +
        'heb ik gelaten zoals in het origineel. In Portugal was ik zes jaar técnico comercial (buitendienst) voor ' +
        'een kurkfabriek. In Nederland ben ik begonnen in een koelhuis en sinds 2020 verkoop ik groente en fruit ' +
        'aan importeurs in Spanje en Portugal.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Exportverkoper Spanje en Portugal',
          'Maasvlakte Fruit Trading B.V.',
          '2020-10',
          null,
          true,
          'de outubro de 2020 até ao presente',
          [
            'Ongeveer 35 klanten: importeurs en inkoopcentrales van supermarkten in Spanje en Portugal',
            'Omzet 2025: € 14 miljoen',
            'Mijn gesprekspartners zijn de inkoopdirecteuren; zij beslissen over de programma’s voor het seizoen',
            'Elke dag prijzen en volumes afstemmen met onze inkopers',
          ],
        ),
        lines: [
          'Exportverkoper Spanje en Portugal – Maasvlakte Fruit Trading B.V., Rotterdam – de outubro de 2020 até ao ' +
            'presente',
        ],
      },
      {
        ...job(
          'Medewerker expeditie',
          'Koelhuis Waalhaven B.V.',
          '2017-09',
          '2020-09',
          false,
          'de setembro de 2017 a setembro de 2020',
          [
            'Laden en controleren van vrachtwagens, temperatuurcontrole, papieren voor de export',
            'In deze tijd ’s avonds Nederlands geleerd',
          ],
        ),
        lines: ['Medewerker expeditie – Koelhuis Waalhaven B.V., Rotterdam – de setembro de 2017 a setembro de 2020'],
      },
      {
        ...job(
          'Técnico Comercial',
          'Corticeira do Douro, S.A.',
          '2011-03',
          '2017-08',
          true,
          'de março de 2011 a agosto de 2017',
          [
            'Verkoop van kurken aan ongeveer 90 wijnhuizen in de Douro en de Alentejo',
            'Klantbezoek, offertes, opvolging van betalingen',
          ],
        ),
        lines: [
          'Técnico Comercial – Corticeira do Douro, S.A., Santa Maria da Feira (Portugal) – de março de 2011 a agosto ' +
            'de 2017',
        ],
      },
      {
        ...job(
          'Empregado de mesa',
          'Restaurante O Tripeiro',
          '2008',
          '2010',
          false,
          'de 2008 a 2010 (fins de semana, durante a licenciatura)',
        ),
        lines: [
          'Empregado de mesa – Restaurante O Tripeiro, Porto – de 2008 a 2010 (fins de semana, durante a licenciatura)',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Licenciatura em Gestão (3 anos), Faculdade de Economia da Universidade do Porto, 2007 – 2010', {
        field: 'Gestão',
        institution: 'Faculdade de Economia da Universidade do Porto',
        startYear: 2007,
        endYear: 2010,
      }),
      edu(
        'secondary',
        'Ensino Secundário – 12.º ano (Ciências Socioeconómicas), Escola Secundária de Paranhos, Porto, 2007',
        {
          institution: 'Escola Secundária de Paranhos',
          endYear: 2007,
        },
      ),
    ],
    courses: [named('Técnicas de Venda', 'Técnicas de Venda – IEFP, Porto (2012)')],
    certifications: [],
    languages: [
      lang('pt', 'native', 'Portugees – moedertaal (língua materna)'),
      lang('es', 'C1', 'Spaans – vloeiend'),
      lang('en', 'B2', 'Engels – goed'),
      lang('nl', 'B1', 'Nederlands – redelijk (elke dag op het werk)'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Onderhandelen over seizoensprogramma’s', 'Relatiebeheer met importeurs', 'Excel, SAP Business One'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 14_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h39-05-waalse-account-manager-hydrauliek-vertaald-door-collega-gent',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieëndertighonderd Vijf',
    email: 'k3905.gent@example.net',
    phone: '0478 52 19 63',
    contactLines: ['9000 Gent (sinds 2019, daarvoor Namen)'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Sterktes',
      languages: 'Talenkennis',
    },
    profile: [
      'Franstalige Belg uit de streek van Namen, sinds 2019 in Gent. Ik verkoop hydraulische componenten aan ' +
        'industriële klanten in Wallonië en Brussel voor een Gentse firma. Mijn cv schreef ik in het Frans; een ' +
        'collega heeft het vertaald. De data heb ik gelaten zoals ik ze gewoon ben.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Account manager Wallonië en Brussel',
          'Hydrauliek Gentse Kanaalzone NV',
          '2019-03',
          null,
          true,
          'depuis mars 2019',
          [
            'een 90-tal industriële klanten en onderhoudsbedrijven in Wallonië en Brussel',
            'omzet 2025 op mijn klanten: 3,4 miljoen euro',
            'contact met de technische verantwoordelijken en de aankopers',
            'bezoeken, offertes en opvolging van projecten met onze technische dienst',
          ],
        ),
        lines: ['depuis mars 2019   Account manager Wallonië en Brussel – Hydrauliek Gentse Kanaalzone NV, Gent'],
      },
      {
        ...job(
          'Délégué commercial',
          'Hydrauliques Mosanes SA',
          '2013-01',
          '2019-02',
          true,
          'de janvier 2013 à février 2019',
          ['buitendienst in de provincies Namen en Luxemburg, een 70-tal klanten'],
        ),
        lines: ['de janvier 2013 à février 2019   Délégué commercial – Hydrauliques Mosanes SA, Namur'],
      },
      {
        ...job('Magasinier-vendeur', 'Comptoir Technique Sambre SPRL', '2009', '2012', true, 'de 2009 à 2012', [
          'verkoop aan de toonbank aan garages, landbouwers en aannemers; stockbeheer',
        ]),
        lines: ['de 2009 à 2012   Magasinier-vendeur – Comptoir Technique Sambre SPRL, Charleroi'],
      },
    ],
    education: [
      edu(
        'secondary',
        'CESS (Certificat d’enseignement secondaire supérieur) – technique de qualification mécanique, Institut ' +
          'Technique de Namur, 2003 – 2009',
        { institution: 'Institut Technique de Namur', startYear: 2003, endYear: 2009 },
      ),
      edu('bachelor', 'Bachelier en électromécanique (horaire décalé), Haute École de Namur, 2012 – 2016', {
        field: 'électromécanique',
        institution: 'Haute École de Namur',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [named('VCA Basis', 'VCA Basis (2020)')],
    languages: [
      lang('fr', 'native', 'Frans: moedertaal (langue maternelle)'),
      lang('nl', 'B2', 'Nederlands: goed (avondschool 2017 – 2019 en elke dag op het werk)'),
      lang('en', 'B1', 'Engels: redelijk'),
      lang('de', 'A2', 'Duits: basis'),
    ],
    skills: [
      'Technisch-commercieel: ik lees een hydraulisch schema',
      'Klantgericht',
      'Onderhandelen over raamcontracten',
    ],
    closing: [
      {
        kind: 'paragraph',
        text:
          'Vertaling uit het Frans: een collega van de binnendienst. Het originele cv in het Frans stuur ik graag ' +
          'door.',
      },
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 3_400_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'negotiation', 'sales'],
  },
  {
    id: 'nl-h39-06-amerikaanse-senior-account-manager-amerikaanse-datums-utrecht',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieëndertighonderd Zes',
    email: 'k3906.utrecht@example.com',
    phone: '+31 6 4177 2039',
    contactLines: ['Utrecht', 'Geen werkvergunning nodig (verblijf bij partner)'],
    headings: {
      profile: 'Summary',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Skills',
      languages: 'Talen',
    },
    profile: [
      'Amerikaanse, sinds 2019 in Utrecht. Twaalf jaar in SaaS-sales: eerst SDR en Account Executive in Ohio, nu ' +
        'Senior Account Manager voor klanten in de Benelux en Scandinavië. Ik werk in het Engels en steeds vaker in ' +
        'het Nederlands.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Senior Account Manager', 'Tulipcloud Software B.V.', '2019-06', null, true, '06/03/2019 – present', [
          '38 mid-market klanten in Nederland, België, Zweden en Denemarken',
          'ARR van mijn portefeuille: € 4,2 miljoen; net revenue retention 112%',
          'Verlengingen en upsell met CFO’s en IT-directeuren, die het contract tekenen',
        ]),
        lines: ['Senior Account Manager, Tulipcloud Software B.V., Utrecht (06/03/2019 – present)'],
      },
      {
        ...job('Account Executive', 'Buckeye HR Systems Inc.', '2016-08', '2019-05', true, '08/15/2016 – 05/31/2019', [
          'Nieuwe klanten in Ohio, Indiana en Kentucky; quota $1.2M, 140% in 2018',
        ]),
        lines: ['Account Executive, Buckeye HR Systems Inc., Columbus, OH (08/15/2016 – 05/31/2019)'],
      },
      {
        ...job(
          'Sales Development Representative',
          'Lakeshore Payroll LLC',
          '2014-09',
          '2016-08',
          true,
          '09/02/2014 – 08/12/2016',
          ['Koude acquisitie per telefoon en e-mail, 60 calls per dag, afspraken voor de AE’s'],
        ),
        lines: ['Sales Development Representative, Lakeshore Payroll LLC, Cleveland, OH (09/02/2014 – 08/12/2016)'],
      },
      {
        ...job('Barista', 'Brew Haus Café', '2010-09', '2014-05', false, '09/01/2010 – 05/31/2014'),
        lines: ['Barista, Brew Haus Café, Columbus, OH (09/01/2010 – 05/31/2014, part-time tijdens college)'],
      },
    ],
    education: [
      edu('ba', 'B.A. Communication, The Ohio State University, Columbus, 2010 – 2014 (cum laude)', {
        field: 'Communication',
        institution: 'The Ohio State University',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('high school', 'High school diploma, Dublin, Ohio, 2010', { endYear: 2010 }),
    ],
    courses: [named('MEDDICC-training', 'MEDDICC-training (2022)')],
    certifications: [],
    languages: [
      lang('en', 'native', 'Engels – moedertaal'),
      lang('nl', 'B1', 'Nederlands – B1 (ik oefen elke dag met mijn schoonfamilie)'),
      lang('es', 'B1', 'Spaans – B1'),
    ],
    skills: ['Negotiation', 'Relationship building', 'Salesforce, Gong, HubSpot', 'Forecasting'],
    closing: [{ kind: 'paragraph', text: 'Referenties op aanvraag.' }],
    clientBase: { activeAccounts: 38, annualRevenueEur: 4_200_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h39-07-eritrese-verkoopmedewerker-telefoonwinkel-cv-met-taalmaatje-den-haag',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieëndertighonderd Zeven',
    email: 'k3907.denhaag@example.org',
    phone: '06 87 12 39 55',
    contactLines: ['Den Haag (Transvaal)'],
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'Dit cv heb ik gemaakt samen met mijn taalmaatje. Hij heeft mijn zinnen verbeterd, maar de woorden zijn ' +
          'van mij.',
      },
    ],
    headings: {
      profile: 'Wie ben ik',
      work: 'Mijn werk',
      education: 'School en opleiding',
      skills: 'Wat ik goed kan',
      languages: 'Talen',
    },
    profile: [
      'Ik ben 31 jaar en kom uit Eritrea. Sinds 2016 woon ik in Nederland. Ik werk nu in een telefoonwinkel en ik ' +
        'wil graag verder in de verkoop, het liefst binnendienst bij een bedrijf. Ik ben vriendelijk en ' +
        'klantgericht en ik leer snel.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Verkoopmedewerker',
        'Mobiel Centrum Laakhaven',
        '2022-05',
        null,
        true,
        'mei 2022 – nu (32 uur)',
        [
          'Ik verkoop telefoons, abonnementen en accessoires aan klanten in de winkel',
          'Ik help klanten in het Tigrinya, Arabisch, Engels en Nederlands',
          'Ik doe ook kleine reparaties en de kassa',
        ],
        'Den Haag',
      ),
      job(
        'Productiemedewerker',
        'Westland Verpakkingen B.V.',
        '2018-03',
        '2022-04',
        false,
        'maart 2018 – april 2022',
        [
          'Eerst via een uitzendbureau, vanaf 2019 een vast contract',
          'Inpakken en machines bijvullen in ploegendienst',
        ],
        'Naaldwijk',
      ),
      {
        ...job('Keukenhulp', '', '2015', '2016', false, '2015 – 2016'),
        employer: undefined,
        lines: ['Keukenhulp', 'Restaurant in Khartoum (Soedan), zonder contract | 2015 – 2016'],
      },
      {
        ...job('Verkoper', '', '2010', '2012', true, '2010 – 2012 (na schooltijd)'),
        employer: undefined,
        lines: ['Verkoper', 'Elektronicawinkel van mijn oom, Asmara (Eritrea) | 2010 – 2012 (na schooltijd)'],
        bullets: ['Radio’s, telefoons en batterijen verkopen, de winkel openen en sluiten'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nationale dienst' },
      {
        kind: 'paragraph',
        text:
          '2013 – 2015: verplichte nationale dienst in Eritrea (training in Sawa, daarna in de bouw). Daar heb ik ' +
          'geen papieren van.',
      },
    ],
    education: [
      edu('secondary', 'Middelbare school (12 klassen), Asmara en Sawa, 2013', { endYear: 2013 }),
      edu('mbo 2', 'MBO niveau 2 Verkoper (BBL, naast mijn werk), ROC Mondriaan, Den Haag, 2022 – 2024', {
        field: 'Verkoper',
        institution: 'ROC Mondriaan',
        startYear: 2022,
        endYear: 2024,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ti', 'native', 'Tigrinya'),
      lang('ar', 'B1', 'Arabisch'),
      lang('en', 'B1', 'Engels'),
      lang('nl', 'B1', 'Nederlands'),
      lang('am', 'A2', 'Amhaars'),
    ],
    languagesText: [
      'Tigrinya is mijn moedertaal. Arabisch en Engels spreek ik redelijk. Nederlands: B1, schrijven vind ik nog ' +
        'moeilijk. Amhaars een beetje.',
    ],
    skills: [
      'Vriendelijk en geduldig met klanten',
      'Snel leren over nieuwe telefoons en abonnementen',
      'Kassa en voorraad',
      'Samenwerken in een klein team',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Mijn taalmaatje wil graag iets over mij vertellen als referentie. Zijn gegevens geef ik op verzoek.',
      },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'nl-h39-08-italiaanse-vertegenwoordiger-horeca-vertaald-italiaanse-data-genk',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieëndertighonderd Acht',
    email: 'k3908.genk@example.com',
    phone: '0472 63 18 94',
    contactLines: ['3600 Genk'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Dati personali / persoonlijke gegevens: geboren te Bari op 03/11/1986 · Italiaanse nationaliteit · gehuwd',
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding en vorming',
      certifications: 'Attesten',
      skills: 'Persoonlijke vaardigheden',
      languages: 'Talenkennis',
    },
    jobLabels: { period: 'Periode', title: 'Kwalificatie', employer: 'Werkgever', duties: 'Taken (mansioni)' },
    profile: [
      'Ik ben Italiaan uit Bari en woon sinds 2015 in Genk. In Italië was ik zes jaar zelfstandig handelsagent ' +
        '(agente di commercio) in voeding. In België ben ik begonnen in het magazijn van een Italiaanse groothandel ' +
        'en sinds 2019 ben ik er vertegenwoordiger. Mijn cv is vertaald uit het Italiaans; de periodes staan nog ' +
        'zoals in het origineel.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Vertegenwoordiger horeca Limburg',
        'Sapori del Sud BV',
        '2019-04',
        null,
        true,
        'da aprile 2019 ad oggi',
        [
          'een 120-tal restaurants, pizzeria’s en delicatessenzaken in Belgisch en Nederlands Limburg',
          'omzet 2025 op mijn klanten: 2,7 miljoen euro',
          'de uitbaters beslissen zelf wat ze bestellen',
          'proeverijen en introductie van nieuwe producten',
        ],
        'Genk',
      ),
      job(
        'Magazijnier-chauffeur',
        'Sapori del Sud BV',
        '2015-09',
        '2019-03',
        false,
        'da settembre 2015 a marzo 2019',
        ['orderpicking en leveringen bij klanten in Limburg'],
        'Genk',
      ),
      job(
        'Agente di commercio',
        'Rappresentanze Adriatica',
        '2009-03',
        '2015-06',
        true,
        'da marzo 2009 a giugno 2015',
        [
          'eigen agentschap (plurimandatario) voor drie producenten van olijfolie, pasta en conserven',
          'een 150-tal kruideniers en restaurants in Apulië en Basilicata, op commissie',
        ],
        'Bari',
      ),
      job(
        'Commesso',
        'Salumeria del Borgo',
        '2005',
        '2009',
        true,
        'dal 2005 al 2009 (part-time durante gli studi)',
        ['verkoop van vleeswaren en kazen aan de toonbank'],
        'Bari',
      ),
    ],
    education: [
      edu('bachelor', 'Laurea triennale in Economia aziendale, Università degli Studi di Bari, 2005 – 2008', {
        field: 'Economia aziendale',
        institution: 'Università degli Studi di Bari',
        startYear: 2005,
        endYear: 2008,
      }),
      edu(
        'secondary',
        'Diploma di ragioneria (perito commerciale), Istituto Tecnico Commerciale Statale, Bari, 2000 – 2005',
        {
          institution: 'Istituto Tecnico Commerciale Statale',
          startYear: 2000,
          endYear: 2005,
        },
      ),
    ],
    courses: [],
    certifications: [named('HACCP-attest voedselveiligheid', 'HACCP-attest voedselveiligheid (2020)')],
    languages: [
      lang('it', 'native', 'Italiaans – madrelingua (moedertaal)'),
      lang('nl', 'B2', 'Nederlands – B2'),
      lang('fr', 'B1', 'Frans – B1'),
      lang('en', 'B1', 'Engels – B1'),
    ],
    skills: [
      'Ondernemend: zes jaar een eigen agentschap',
      'Klantgericht',
      'Kennis van Italiaanse specialiteiten en wijnen',
      'Iscrizione al Ruolo Agenti e Rappresentanti di Commercio (Bari, 2009) – niet meer actief sinds 2015',
      'Rijbewijs B en C',
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 2_700_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship'],
  },
  {
    id: 'nl-h39-09-bureauprofiel-egyptische-sales-engineer-werkgevers-geanonimiseerd-eindhoven',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieëndertighonderd Negen',
    nameLine: 'Kandidaatprofiel – Kandidaat Drieëndertighonderd Negen',
    email: 'k3909.veldhoven@example.com',
    phone: '06 12 39 58 07',
    contactLines: ['Veldhoven'],
    tagline: 'Sales Engineer Benelux · voorgesteld voor de functie Key Account Manager Semicon',
    afterContact: [
      { kind: 'heading', text: 'Samenvatting van de consultant' },
      {
        kind: 'paragraph',
        text:
          'Kandidaat Drieëndertighonderd Negen (38) is werktuigbouwkundig ingenieur uit Alexandrië (Egypte) en woont ' +
          'sinds 2017 in Nederland. Hij begon hier als application engineer bij een Duitse machinebouwer en is sinds ' +
          '2021 sales engineer bij een Amerikaanse producent van vacuümcomponenten. Hij is analytisch en ' +
          'communicatief sterk; klanten noemen hem geduldig en betrouwbaar. Op verzoek van de kandidaat noemen wij ' +
          'de namen van zijn werkgevers pas in een gesprek.',
      },
      {
        kind: 'paragraph',
        text:
          'Beschikbaarheid: opzegtermijn één maand · Verblijf: kennismigrant, overstap naar een erkend referent nodig ' +
          '· Salarisindicatie: in overleg',
      },
    ],
    headings: {
      contact: 'Contactgegevens kandidaat',
      profile: 'Motivatie',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Kerncompetenties',
      languages: 'Talen',
    },
    profile: [
      'Hij zoekt meer verantwoordelijkheid voor een eigen portefeuille van grote klanten, het liefst in de ' +
        'halfgeleiderketen rond Eindhoven.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Sales Engineer Benelux', '', '2021-01', null, true, 'januari 2021 – heden', [
          'Beheert 28 accounts: machinebouwers en toeleveranciers van de halfgeleiderindustrie in Nederland en België',
          'Omzet 2025 op zijn accounts: ca. € 7,5 miljoen',
          'Gesprekspartners zijn inkoopmanagers en engineeringmanagers, die samen over de leverancier beslissen',
          'Won in 2024 een raamcontract van € 1,8 miljoen per jaar',
        ]),
        employer: undefined,
        lines: [
          'Sales Engineer Benelux',
          'Amerikaanse producent van vacuümcomponenten, vestiging Eindhoven | januari 2021 – heden',
        ],
      },
      {
        ...job('Application Engineer', '', '2017-06', '2020-12', false, 'juni 2017 – december 2020', [
          'Technische ondersteuning van de accountmanagers bij offertes en demo’s; geen eigen klanten',
        ]),
        employer: undefined,
        lines: ['Application Engineer', 'Duitse machinebouwer, vestiging Eindhoven | juni 2017 – december 2020'],
      },
      {
        ...job('Service Engineer', '', '2011-10', '2017-05', false, 'oktober 2011 – mei 2017', [
          'Installatie en onderhoud van draaibanken bij klanten in Egypte en Saoedi-Arabië',
        ]),
        employer: undefined,
        lines: ['Service Engineer', 'Egyptische fabrikant van CNC-draaibanken, Alexandrië | oktober 2011 – mei 2017'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Militaire dienst in Egypte: oktober 2010 – september 2011.' }],
    education: [
      edu('bsc', 'B.Sc. Mechanical Engineering, Alexandria University, 2005 – 2010', {
        field: 'Mechanical Engineering',
        institution: 'Alexandria University',
        startYear: 2005,
        endYear: 2010,
      }),
    ],
    courses: [named('Value Selling', 'Value Selling (2022)')],
    certifications: [],
    languages: [
      lang('ar', 'native', 'Arabisch – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('nl', 'A2', 'Nederlands – A2'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Technische verkoop', 'Vacuüm- en bewegingstechniek', 'SAP, Salesforce'],
    closing: [
      {
        kind: 'paragraph',
        text:
          'Voorgesteld door Kempen Tech Recruitment B.V. · consultant: Referent Een · 040 – 289 53 10 · ' +
          'referent.een39@example.org',
      },
    ],
    clientBase: { activeAccounts: 28, annualRevenueEur: 7_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'communication'],
  },
  {
    id: 'nl-h39-10-kazachse-key-accountmanager-pootaardappelen-vertaald-uit-russisch-groningen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieëndertighonderd Tien',
    email: 'k3910.groningen@example.net',
    phone: '06 44 39 10 72',
    contactLines: ['Groningen'],
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'bullets',
        items: ['Geboortedatum: 14.02.1989', 'Nationaliteit: Kazachstan', 'Burgerlijke staat: gehuwd, een dochter'],
      },
    ],
    headings: {
      profile: 'Doel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Aanvullende opleiding',
      skills: 'Persoonlijke kwaliteiten',
      languages: 'Talenkennis',
    },
    profile: ['Functie van key accountmanager in de export naar Oost-Europa en Centraal-Azië.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key accountmanager Oost-Europa en Centraal-Azië',
          'Noordelijke Pootgoed Export B.V.',
          '2022-10',
          null,
          true,
          '10.2022 – н.в.',
          [
            '22 importeurs van pootaardappelen in Kazachstan, Oezbekistan, Georgië en Armenië',
            'Omzet seizoen 2025/26: € 8,6 miljoen',
            'Onderhandelingen met de eigenaren van de importbedrijven, die zelf beslissen',
            'Begeleiding van proefvelden en klantbezoek twee keer per jaar',
          ],
        ),
        lines: [
          '10.2022 – н.в. (4 jaar 1 maand)',
          'Noordelijke Pootgoed Export B.V., Groningen',
          'Key accountmanager Oost-Europa en Centraal-Azië',
        ],
      },
      {
        ...job(
          'Manager voor het werk met sleutelklanten',
          'Baltic Agro Trade SIA',
          '2017-03',
          '2022-09',
          true,
          '03.2017 – 09.2022',
          [
            'Ongeveer 30 groothandels en landbouwbedrijven in de Baltische staten en Kazachstan',
            'Contracten, prijzen en betalingsvoorwaarden',
          ],
        ),
        lines: [
          '03.2017 – 09.2022 (5 jaar 7 maanden)',
          'Baltic Agro Trade SIA, Riga (Letland)',
          'Manager voor het werk met sleutelklanten',
        ],
      },
      {
        ...job('Verkoopmanager', 'TOO «Dala Agro Servis»', '2012-06', '2017-02', true, '06.2012 – 02.2017', [
          'Verkoop van zaden en meststoffen aan boerderijen in de regio Almaty',
        ]),
        lines: [
          '06.2012 – 02.2017 (4 jaar 9 maanden)',
          'TOO «Dala Agro Servis», Almaty (Kazachstan)',
          'Verkoopmanager',
        ],
      },
      {
        ...job('Assistent-boekhouder', 'TOO «Nurly Audit»', '2010-09', '2012-05', false, '09.2010 – 05.2012'),
        lines: ['09.2010 – 05.2012 (1 jaar 9 maanden)', 'TOO «Nurly Audit», Almaty', 'Assistent-boekhouder'],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor (бакалавр) Economie, Kazachse Nationale Agrarische Universiteit, Almaty, 2006 – 2010', {
        field: 'Economie',
        institution: 'Kazachse Nationale Agrarische Universiteit',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('secondary', 'Middelbare school nr. 12, Almaty – met gouden medaille (Altyn Belgi), 2006', {
        institution: 'Middelbare school nr. 12',
        endYear: 2006,
      }),
    ],
    courses: [
      named(
        'Nederlands als tweede taal, niveau B1',
        'Nederlands als tweede taal, niveau B1 – Alfa-college, Groningen (2023 – 2024)',
      ),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'Russisch – moedertaal'),
      lang('kk', 'B2', 'Kazachs – goed'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('lv', 'A2', 'Lets – basis'),
      lang('nl', 'B1', 'Nederlands – B1'),
    ],
    skills: ['Communicatief', 'Stressbestendig', 'Analytisch denken', 'Onderhandelen in het Russisch en Engels'],
    closing: [
      { kind: 'heading', text: 'Aanvullende informatie' },
      { kind: 'paragraph', text: 'Rijbewijs categorie B. Slechte gewoonten: geen. Bereid tot dienstreizen.' },
    ],
    clientBase: { activeAccounts: 22, annualRevenueEur: 8_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'communication', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h39-11-congolese-inside-sales-kantoorinrichting-kinshasa-vilvoorde',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieëndertighonderd Elf',
    email: 'k3911.vilvoorde@example.org',
    phone: '0489 27 39 61',
    contactLines: ['1800 Vilvoorde'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Studies',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Ik kom uit Kinshasa en woon sinds 2016 in België (gezinshereniging). In Congo was ik vijf jaar commercial ' +
        'bij een verdeler van gsm’s en simkaarten. In België heb ik eerst in een magazijn en een callcenter ' +
        'gewerkt; sinds 2019 verkoop ik kantoorbenodigdheden en kantoorinrichting aan KMO’s via de telefoon. Een ' +
        'deel van mijn oude cv in het Frans heb ik laten staan.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Inside sales medewerker',
          'Brabo Office Supplies NV',
          '2019-09',
          null,
          true,
          'van 2/09/2019 tot heden',
          [
            'ongeveer 250 KMO-klanten in Brussel en Vlaams-Brabant, vooral telefonisch en per mail',
            'omzet 2025 op mijn klanten: 1,9 miljoen euro',
            'mijn contactpersonen zijn meestal de office managers',
            'nieuwe klanten zoeken en offertes maken voor kantoorinrichting',
          ],
        ),
        lines: ['Inside sales medewerker – Brabo Office Supplies NV, Vilvoorde – van 2/09/2019 tot heden'],
      },
      {
        ...job(
          'Callcenteragent',
          'Contactpunt Brussel NV',
          '2017-05',
          '2019-08',
          false,
          'van 15/05/2017 tot 31/08/2019',
          ['inkomende oproepen in het Frans en het Nederlands voor een energieleverancier; geen verkoop'],
        ),
        lines: ['Callcenteragent – Contactpunt Brussel NV, Brussel – van 15/05/2017 tot 31/08/2019'],
      },
      {
        ...job(
          'Magazijnier',
          'Dockside Logistics Machelen NV',
          '2016-10',
          '2017-04',
          false,
          'van 10/10/2016 tot 28/04/2017 (interim)',
        ),
        lines: ['Magazijnier – Dockside Logistics Machelen NV, Machelen – van 10/10/2016 tot 28/04/2017 (interim)'],
      },
      {
        ...job(
          'Commercial',
          'Congo Mobile Distribution SARL',
          '2011-01',
          '2016-06',
          true,
          'Du 3 janvier 2011 au 30 juin 2016',
          [
            'verkoop van gsm’s, simkaarten en beltegoed aan ongeveer 80 winkels en verkooppunten in Kinshasa ' +
              '(Gombe en Limete)',
          ],
        ),
        lines: ['Commercial – Congo Mobile Distribution SARL, Kinshasa (RD Congo) – Du 3 janvier 2011 au 30 juin 2016'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Graduat en Sciences commerciales (3 ans), Institut Supérieur de Commerce de Kinshasa, 2007 – 2010',
        {
          field: 'Sciences commerciales',
          institution: 'Institut Supérieur de Commerce de Kinshasa',
          startYear: 2007,
          endYear: 2010,
        },
      ),
      edu(
        'secondary',
        'Diplôme d’État, section commerciale et gestion, Institut Technique Commercial de Limete, 2007',
        {
          institution: 'Institut Technique Commercial de Limete',
          endYear: 2007,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('fr', 'native', 'Frans – moedertaal'),
      lang('ln', 'native', 'Lingala – moedertaal'),
      lang('nl', 'B2', 'Nederlands – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Commercieel en klantgericht', 'Telefonisch verkopen', 'Odoo, Excel', 'Rijbewijs B'],
    clientBase: { activeAccounts: 250, annualRevenueEur: 1_900_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'nl-h39-12-spaanse-accountmanager-cacao-sollicitatieformulier-geplakt-zaandam',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieëndertighonderd Twaalf',
    nameLine: 'Sollicitatie Accountmanager Zuid-Europa (vacature 2026-114) – Kandidaat Drieëndertighonderd Twaalf',
    email: 'k3912.zaandam@example.com',
    phone: '+31 6 3912 4470',
    contactLines: ['Zaandam'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Ingediend via het sollicitatieformulier op 12-10-2026 · Stap 1 van 5: Persoonlijke gegevens ✓',
      },
    ],
    headings: {
      profile: 'Stap 2 van 5 – Motivatie (max. 1000 tekens)',
      work: 'Stap 3 van 5 – Werkervaring (begin met de huidige of laatste functie)',
      education: 'Stap 4 van 5 – Opleidingen',
      languages: 'Stap 5 van 5 – Talen',
    },
    jobLabels: {
      period: 'Begindatum – einddatum (mm/jjjj)',
      title: 'Functietitel *',
      employer: 'Werkgever *, plaats, land',
      duties: 'Omschrijving werkzaamheden (max. 500 tekens)',
    },
    profile: [
      'Ik ben Spaanse (Valencia), woonde vijf jaar in Londen en woon sinds 2021 in Zaandam. Als accountmanager bij ' +
        'een cacaoverwerker ken ik de Zuid-Europese fabrikanten goed. Ik zoek een functie met meer eigen ' +
        'verantwoordelijkheid. Ik ben proactief en heb geen moeite met reizen.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Accountmanager Zuid-Europa',
        'Zaanstad Cacao Ingredients B.V.',
        '2021-03',
        null,
        true,
        '03/2021 – (huidige functie)',
        [
          'beheer van 24 klanten in Spanje, Portugal en Italië (chocolade-, zuivel- en koekfabrikanten)',
          'omzet 2025 ca. € 32 miljoen',
          'jaarcontracten met de inkoopdirecteuren, die de beslissing nemen',
          'nauwe samenwerking met kwaliteit en planning bij klachten en leveringen',
        ],
        'Zaandam, Nederland',
      ),
      job(
        'Sales Executive',
        'Thamesbridge Foods Ltd',
        '2016-09',
        '2021-02',
        true,
        '09/2016 – 02/2021',
        ['verkoop van Spaanse delicatessen aan 45 restaurants en delis in Londen', 'omzet ca. £ 2,1 mln per jaar'],
        'Londen, Verenigd Koninkrijk',
      ),
      job(
        'Barista',
        'Riverside Coffee Ltd',
        '2015-01',
        '2016-08',
        false,
        '01/2015 – 08/2016',
        ['eerste baan in Londen, daar Engels geleerd'],
        'Londen, Verenigd Koninkrijk',
      ),
      job(
        'Dependienta',
        'Pastelería La Seu',
        '2011-06',
        '2014-12',
        true,
        '06/2011 – 12/2014',
        ['verkoop in de winkel, weekenden tijdens de studie'],
        'València, Spanje',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Grado en Administración y Dirección de Empresas (ADE), Universitat de València, 2010 – 2014 · Niveau ' +
          '(keuzelijst): HBO/bachelor',
        {
          field: 'Administración y Dirección de Empresas',
          institution: 'Universitat de València',
          startYear: 2010,
          endYear: 2014,
        },
      ),
      edu(
        'secondary',
        'Bachillerato (Ciencias Sociales), IES del Grau, València, 2010 · Niveau (keuzelijst): havo/vwo',
        {
          institution: 'IES del Grau',
          endYear: 2010,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('es', 'native', 'Spaans'),
      lang('ca', 'native', 'Catalaans (Valenciaans)'),
      lang('en', 'C1', 'Engels'),
      lang('nl', 'B1', 'Nederlands'),
      lang('it', 'B1', 'Italiaans'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau (keuzelijst)'],
        rows: [
          ['Spaans', 'Moedertaal'],
          ['Catalaans (Valenciaans)', 'Moedertaal'],
          ['Engels', 'C1 – Gevorderd'],
          ['Nederlands', 'B1 – Gemiddeld'],
          ['Italiaans', 'B1 – Gemiddeld'],
        ],
      },
    ],
    skills: [],
    closing: [
      {
        kind: 'paragraph',
        text: '☒ Ik verklaar dit formulier naar waarheid te hebben ingevuld. ☒ Ik ga akkoord met de privacyverklaring.',
      },
    ],
    clientBase: { activeAccounts: 24, annualRevenueEur: 32_000_000, segment: 'international', decisionMakers: true },
    competencies: ['initiative', 'teamwork'],
  },
  {
    id: 'nl-h39-13-bosnische-key-accountmanager-textiel-veertig-jaar-tilburg',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieëndertighonderd Dertien',
    email: 'k3913.tilburg@example.net',
    phone: '06 53 91 27 80',
    contactLines: ['Tilburg', 'Vast: 013 – 539 27 81'],
    tagline: 'Key accountmanager textiel – veertig jaar in het vak, in twee landen',
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Jaren', 'Functie', 'Werkgever'],
    },
    profile: [
      'Geboren in 1967 in Sarajevo. Ik begon in 1986 als komercijalista bij een textielbedrijf in Sarajevo; in 1992 ' +
        'moest ik door de oorlog vluchten en in 1993 kwam ik in Nederland. Na de taalles en vier jaar in een ' +
        'weverij werk ik sinds 1999 in de verkoop van stoffen en textiel. Ik ken de branche en de branche kent mij.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Key accountmanager', 'Brabantse Textielgroothandel B.V.', '2012', null, true, '2012 – heden', [
        '35 vaste klanten: modeketens, warenhuizen en webwinkels in Nederland en België',
        'omzet 2025: € 18 miljoen',
        'jaargesprekken met de inkoopdirecteuren, die beslissen over het assortiment',
        'coachen van twee jonge vertegenwoordigers',
      ]),
      job('Vertegenwoordiger', 'Tilburgse Stoffenhandel B.V.', '1999', '2011', true, '1999 – 2011', [
        'een 80-tal confectieateliers en stoffenwinkels in Zuid-Nederland',
      ]),
      job('Productiemedewerker', 'Weverij Reitdijk B.V.', '1995', '1999', false, '1995 – 1999', [
        'ploegendienst aan de weefmachines',
      ]),
      job('Komercijalista', 'Unitekstil Sarajevo', '1986', '1992', true, '1986 – 1992', [
        'verkoop van stoffen aan confectiebedrijven in heel Joegoslavië',
      ]),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Tussen 1992 en 1995' },
      {
        kind: 'paragraph',
        text:
          '1992 – 1993: vlucht uit Sarajevo via Kroatië en Duitsland. 1993 – 1995: asielzoekerscentrum in Budel, ' +
          'taalles Nederlands.',
      },
      { kind: 'paragraph', text: 'Militaire dienst (JNA): 1985 – 1986, Skopje.' },
    ],
    education: [
      edu('secondary', 'Srednja ekonomska škola (middelbare economische school), Sarajevo, 1981 – 1985', {
        institution: 'Srednja ekonomska škola',
        startYear: 1981,
        endYear: 1985,
      }),
      edu('mbo 4', 'MBO niveau 4 Commercieel medewerker (avondopleiding), ROC Midden-Brabant, Tilburg, 1996 – 1999', {
        field: 'Commercieel medewerker',
        institution: 'ROC Midden-Brabant',
        startYear: 1996,
        endYear: 1999,
      }),
    ],
    courses: [named('Stofkennis en textieltechniek', 'Stofkennis en textieltechniek (2004)')],
    certifications: [],
    languages: [
      lang('bs', 'native', 'Bosnisch – moedertaal'),
      lang('nl', 'C1', 'Nederlands – zeer goed'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('en', 'A2', 'Engels – basis'),
    ],
    skills: [
      'Teamspeler',
      'Onderhandelen met inkopers',
      'Stofkennis: katoen, linnen, technische stoffen',
      'Excel, Exact',
    ],
    closing: [
      { kind: 'heading', text: 'Overig' },
      {
        kind: 'paragraph',
        text: 'Viša komercijalna škola, Sarajevo (hogere handelsschool, avond), 1989 – 1992: niet afgerond door de oorlog.',
      },
    ],
    clientBase: { activeAccounts: 35, annualRevenueEur: 18_000_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h39-14-nederlandse-in-vlaanderen-key-account-manager-verf-belgische-equivalenten-brasschaat',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieëndertighonderd Veertien',
    email: 'k3914.brasschaat@example.com',
    phone: '+32 470 39 14 58',
    contactLines: ['2930 Brasschaat (sinds 2016; geboren en getogen in Breda)', 'Nederlands nummer: +31 6 2291 3914'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding (met Belgisch equivalent)',
      courses: 'Trainingen',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Nederlandse, sinds 2016 in België. Ik werk voor een Antwerpse verfproducent met klanten in de hele Benelux. ' +
        'Omdat Nederlandse diploma’s en termen in Vlaanderen niet altijd duidelijk zijn, heb ik er het Belgische ' +
        'equivalent bij gezet. Direct en snel, maar ik heb geleerd dat een Vlaamse klant eerst een koffie wil.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Key account manager Benelux', 'Antwerp Coatings NV', '2018-01', null, true, 'januari 2018 – heden', [
          '16 bouwmarktketens en groothandels in België, Nederland en Luxemburg',
          'omzet 2025: € 21 miljoen',
          'jaargesprekken met de category managers, die bepalen wat er in het schap komt',
          'in Nederland heet het een jaargesprek, in België een jaarakkoord: ik doe ze allebei',
        ]),
        lines: ['januari 2018 – heden: Key account manager Benelux bij Antwerp Coatings NV, Antwerpen'],
      },
      {
        ...job(
          'Accountmanager bouwmarkten',
          'Brabantse Verfindustrie B.V.',
          '2011-04',
          '2017-12',
          true,
          'april 2011 – december 2017 (het laatste jaar al vanuit België)',
          ['40 bouwmarkten en verfspeciaalzaken in Zuid-Nederland'],
        ),
        lines: [
          'april 2011 – december 2017 (het laatste jaar al vanuit België): Accountmanager bouwmarkten bij ' +
            'Brabantse Verfindustrie B.V., Breda',
        ],
      },
      {
        ...job(
          'Commercieel medewerker binnendienst',
          'Brabantse Verfindustrie B.V.',
          '2008-09',
          '2011-03',
          true,
          'september 2008 – maart 2011',
          ['orders, offertes en telefonische verkoop aan verfspeciaalzaken (in België: commercieel bediende)'],
        ),
        lines: [
          'september 2008 – maart 2011: Commercieel medewerker binnendienst bij Brabantse Verfindustrie B.V., Breda',
        ],
      },
      {
        ...job(
          'Verkoopmedewerker',
          'Bouwmarkt Haagse Beemden',
          '2004',
          '2008',
          true,
          'zaterdagen 2004 – 2008 (bijbaan)',
        ),
        lines: [
          'zaterdagen 2004 – 2008 (bijbaan; in België: studentenjob): Verkoopmedewerker bij Bouwmarkt Haagse Beemden, Breda',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie, Avans Hogeschool, Breda, 2004 – 2008 (= professionele bachelor)', {
        field: 'Commerciële Economie',
        institution: 'Avans Hogeschool',
        startYear: 2004,
        endYear: 2008,
      }),
      edu('havo', 'HAVO, Breda, 1999 – 2004 (vergelijkbaar met ASO, één jaar korter)', {
        startYear: 1999,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Category management', 'Category management (2019)'),
      named('Frans voor de handel', 'Frans voor de handel, CVO Antwerpen (2016 – 2017)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B2', 'Frans – goed (in België geleerd)'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Onderhandelen met category managers',
      'Ondernemend',
      'Analytisch: sell-out-cijfers, marges en promoties',
      'Sell-out- en paneldata, Excel, Power BI',
    ],
    clientBase: { activeAccounts: 16, annualRevenueEur: 21_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'entrepreneurship', 'negotiation'],
  },
  {
    id: 'nl-h39-15-indonesische-key-account-manager-smaakstoffen-jakarta-singapore-amsterdam',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieëndertighonderd Vijftien',
    email: 'k3915.amsterdam@example.org',
    phone: '06 39 15 82 64',
    contactLines: ['Amsterdam-Noord'],
    tagline: 'Key Account Manager APAC – smaakstoffen en ingrediënten',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Indonesische, sinds 2021 in Amsterdam. Vijftien jaar in de voedingsindustrie in drie landen: hotelverkoop in ' +
        'Jakarta, business development in Singapore en nu key accounts in Zuidoost-Azië vanuit Amsterdam. Mijn ' +
        'oude cv was in het Indonesisch; de maanden heb ik zo gelaten. Overtuigend en resultaatgericht.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager APAC',
        'Amstel Spice & Ingredients B.V.',
        '2021-10',
        null,
        true,
        'Oktober 2021 – sekarang',
        [
          '25 voedingsmiddelenfabrikanten in Indonesië, Maleisië, Vietnam en de Filipijnen',
          'Omzet 2025: € 16 miljoen',
          'Gesprekken met R&D- en inkoopdirecteuren, die de leverancier kiezen',
          'Zes weken per jaar op reis in de regio',
        ],
        'Amsterdam',
      ),
      job(
        'Business Development Manager',
        'Lion City Flavours Pte. Ltd.',
        '2016-07',
        '2021-09',
        true,
        'Juli 2016 – September 2021',
        ['Nieuwe klanten in Singapore, Maleisië en Thailand; omzet SGD 9 juta (miljoen) in 2020'],
        'Singapore',
      ),
      job(
        'Account Executive',
        'Hotel Nusantara Jakarta',
        '2012-03',
        '2016-06',
        true,
        'Maret 2012 – Juni 2016',
        ['Verkoop van kamers, vergaderzalen en evenementen aan bedrijven en ambassades'],
        'Jakarta',
      ),
      job(
        'Management Trainee',
        'PT Sinar Boga Makmur',
        '2010-08',
        '2012-02',
        false,
        'Agustus 2010 – Februari 2012',
        ['Rotatie langs productie, inkoop en marketing'],
        'Jakarta',
      ),
    ],
    education: [
      edu('bachelor', 'S1 (Sarjana Ekonomi) Manajemen, Universitas Indonesia, Depok, 2006 – 2010', {
        field: 'Manajemen',
        institution: 'Universitas Indonesia',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('secondary', 'SMA Negeri 8 Jakarta (middelbare school), 2006', {
        institution: 'SMA Negeri 8 Jakarta',
        endYear: 2006,
      }),
    ],
    courses: [named('Sensorisch onderzoek van smaakstoffen', 'Sensorisch onderzoek van smaakstoffen (2022)')],
    certifications: [],
    languages: [
      lang('id', 'native', 'Indonesisch – moedertaal'),
      lang('jv', 'native', 'Javaans – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('ms', 'B2', 'Maleis – goed'),
      lang('nl', 'A2', 'Nederlands – A2'),
    ],
    skills: ['Overtuigend presenteren', 'Onderhandelen over jaarcontracten', 'SAP, Salesforce'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 16_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'persuasiveness'],
  },
  {
    id: 'nl-h39-16-koerdische-autoverkoper-cv-geschreven-door-dochter-emmen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieëndertighonderd Zestien',
    email: 'k3916.emmen@example.com',
    phone: '06 16 39 72 48',
    contactLines: ['Emmen'],
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'Dit cv heb ik, zijn dochter, voor mijn vader geschreven. Hij spreekt goed Nederlands, maar schrijven vindt ' +
          'hij moeilijk. Bel hem gerust op het nummer hierboven. Als u liever mailt of hem niet bereikt: mijn ' +
          'e-mailadres is dochter.k3916@example.org en mijn nummer is 06 58 39 16 03.',
      },
    ],
    headings: {
      profile: 'Over mijn vader',
      work: 'Werk',
      education: 'School',
      courses: 'Cursus',
      skills: 'Wat hij goed kan',
      languages: 'Talen',
    },
    profile: [
      'Mijn vader is 50 jaar en komt uit Erbil (Koerdistan, Irak). Hij had daar tien jaar een eigen winkel in ' +
        'auto-onderdelen. Daarna woonde hij zeven jaar in Duitsland en sinds 2015 woont hij in Emmen. Sinds 2019 ' +
        'verkoopt hij occasions bij een autobedrijf. Klanten komen vaak terug en vragen dan naar hem.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Autoverkoper',
        'Autobedrijf De Hondsrug B.V.',
        '2019-02',
        null,
        true,
        'februari 2019 – nu',
        [
          'Hij verkoopt occasions aan particulieren, ongeveer 12 auto’s per maand',
          'Inruil, proefritten, financiering en de papieren',
          'Veel klanten uit de Koerdische, Arabische en Turkse gemeenschap in Drenthe',
        ],
        'Emmen',
      ),
      job(
        'Autopoetser',
        'Autobedrijf De Hondsrug B.V.',
        '2016-08',
        '2019-01',
        false,
        'augustus 2016 – januari 2019',
        ['Auto’s klaarmaken voor de verkoop, ook kleine reparaties'],
        'Emmen',
      ),
      job(
        'Lagerarbeiter',
        'Ostwestfalen Reifenlager GmbH',
        '2008-05',
        '2015-06',
        false,
        'mei 2008 – juni 2015',
        ['Magazijn van autobanden, heftruck'],
        'Bielefeld (Duitsland)',
      ),
      job(
        'Eigenaar',
        'Auto-onderdelenwinkel Zagros',
        '1997',
        '2007',
        false,
        '1997 – 2007',
        ['Zijn eigen winkel in auto-onderdelen, met twee medewerkers'],
        'Erbil (Irak)',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Van juli 2015 tot augustus 2016 heeft hij het inburgeringstraject gevolgd en de taalles afgerond.',
      },
    ],
    education: [edu('secondary', 'Middelbare school (12 jaar), Erbil, 1995', { endYear: 1995 })],
    courses: [named('Cursus autoverkoop en financiering', 'Cursus autoverkoop en financiering (2020)')],
    certifications: [],
    languages: [
      lang('ku', 'native', 'Koerdisch (Sorani) – moedertaal'),
      lang('ar', 'B2', 'Arabisch – goed'),
      lang('de', 'B2', 'Duits – goed'),
      lang('nl', 'B1', 'Nederlands – redelijk (spreken gaat goed, schrijven moeilijker)'),
      lang('tr', 'A2', 'Turks – basis'),
    ],
    skills: ['Klantgericht en eerlijk', 'Een echte teamspeler', 'Technische kennis van auto’s', 'Rijbewijs B en C'],
    clientBase: null,
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'nl-h39-17-franse-grensarbeider-account-manager-vloeren-cdi-alternance-kortrijk',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Drieëndertighonderd Zeventien',
    email: 'k3917.tourcoing@example.net',
    phone: '+33 6 12 48 73 90',
    contactLines: ['Tourcoing (Frankrijk) – werkt in Kortrijk', 'Grensarbeider (travailleur frontalier)'],
    headings: {
      contact: 'Coordonnées / Contact',
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleiding',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Fransman uit Tourcoing, sinds 2021 grensarbeider bij een Kortrijkse vloerenproducent. Ik verkoop in mijn ' +
        'eigen taal aan Franse klanten, maar werk in een Vlaams team en leer elke dag meer Nederlands. Mijn ' +
        'contracttypes staan erbij, zoals dat in Frankrijk gebruikelijk is.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Account manager Noord-Frankrijk', 'Leie Vloeren NV', '2021-05', null, true, '05/2021 – présent (CDI)', [
          'een 70-tal vloerleggers, tapijtwinkels en aannemers in de Hauts-de-France',
          'omzet 2025: 4,1 miljoen euro',
          'de zaakvoerders (gérants) beslissen zelf welke collecties ze nemen',
          'showroomdagen in Kortrijk voor Franse klanten',
        ]),
        lines: ['05/2021 – présent (CDI)   Account manager Noord-Frankrijk – Leie Vloeren NV, Kortrijk (België)'],
      },
      {
        ...job('Chargé d’affaires', 'Nordsols SAS', '2016-09', '2021-04', true, '09/2016 – 04/2021 (CDI)', [
          'portefeuille van 90 professionele klanten in de metropool Lille',
          'verkoop van vloeren en wandbekleding voor projecten',
        ]),
        lines: ['09/2016 – 04/2021 (CDI)   Chargé d’affaires – Nordsols SAS, Lille'],
      },
      {
        ...job(
          'Commercial sédentaire',
          'Fournitures Flandres SARL',
          '2014-09',
          '2016-08',
          true,
          '09/2014 – 08/2016 (CDD, puis CDI)',
          ['telefonische verkoop van kantoorbenodigdheden aan kleine bedrijven'],
        ),
        lines: ['09/2014 – 08/2016 (CDD, puis CDI)   Commercial sédentaire – Fournitures Flandres SARL, Roubaix'],
      },
      {
        ...job(
          'Commercial en alternance',
          'Carrelages du Nord SARL',
          '2012-09',
          '2014-06',
          true,
          '09/2012 – 06/2014 (alternance)',
          ['werk-studietraject tijdens het BTS: verkoop in de showroom en bij klanten thuis'],
        ),
        lines: [
          '09/2012 – 06/2014 (alternance)   Commercial en alternance – Carrelages du Nord SARL, Villeneuve-d’Ascq',
        ],
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'BTS NRC (Négociation et Relation Client), en alternance, Lycée du Nord, Tourcoing, 2012 – 2014',
        { field: 'Négociation et Relation Client', institution: 'Lycée du Nord', startYear: 2012, endYear: 2014 },
      ),
      edu('secondary', 'Baccalauréat STG, Lycée du Nord, Tourcoing, 2012', {
        institution: 'Lycée du Nord',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('fr', 'native', 'Frans – langue maternelle'),
      lang('nl', 'B1', 'Nederlands – B1 (avondlessen in Kortrijk)'),
      lang('en', 'B1', 'Engels – B1'),
    ],
    skills: [
      'Onderhandelen met zaakvoerders',
      'Relation client / relatiebeheer',
      'Prospectie in het veld',
      'Rijbewijs B',
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 4_100_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h39-18-slowaakse-planner-koeltransport-geen-sales-kosice-brno-venray',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieëndertighonderd Achttien',
    email: 'k3918.venray@example.com',
    phone: '06 41 39 18 27',
    contactLines: ['Venray'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Wanneer', 'Bedrijf', 'Wat'],
    },
    profile: [
      'Ik kom uit Košice (Slowakije), werkte vier jaar in Brno (Tsjechië) en woon sinds 2017 in Venray. Ik ben ' +
        'planner bij een koeltransporteur en zoek een functie als planner of teamleider planning. Een vrachtwagen ' +
        'die vaststaat op de A73 hoort bij mijn dag.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Planner koeltransport', 'Maasland Koeltransport B.V.', '2019-04', null, false, '04/2019 – súčasnosť', [
        'planning van 45 vrachtwagens naar Duitsland, Polen en Tsjechië',
        'contact met klanten over laadtijden en vertraging; de verkoop doet ons commercieel team',
        'ritten plannen in het transportmanagementsysteem',
      ]),
      job('Orderpicker', 'Distributiecentrum Venray', '2017-05', '2019-03', false, '05/2017 – 03/2019', [
        'via uitzendbureau, met reachtruck',
      ]),
      job('Disponent dopravy', 'Moravia Cargo s.r.o.', '2013-09', '2017-03', false, '09/2013 – 03/2017', [
        'transportplanning voor 20 vrachtwagens in Brno',
      ]),
      job('Skladník', 'Východná Logistika a.s.', '2010-07', '2013-08', false, '07/2010 – 08/2013', [
        'magazijnmedewerker in Košice',
      ]),
    ],
    education: [
      edu('secondary', 'Stredná odborná škola dopravná, Košice – maturita, 2006 – 2010', {
        institution: 'Stredná odborná škola dopravná',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('mbo 4', 'MBO 4 Logistiek teamleider (BBL), Gilde Opleidingen, Venray, 2020 – 2022', {
        field: 'Logistiek teamleider',
        institution: 'Gilde Opleidingen',
        startYear: 2020,
        endYear: 2022,
      }),
    ],
    courses: [],
    certifications: [named('Certificaat reachtruck', 'Certificaat reachtruck (2017)')],
    languages: [
      lang('sk', 'native', 'Slowaaks – moedertaal'),
      lang('cs', 'C1', 'Tsjechisch – vloeiend'),
      lang('nl', 'B1', 'Nederlands – B1'),
      lang('de', 'B1', 'Duits – redelijk (voor de chauffeurs)'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('hu', 'A2', 'Hongaars – basis (van mijn oma)'),
    ],
    skills: ['Stressbestendig', 'Transportmanagementsysteem (TMS), Excel', 'Rijtijden- en tachograafregels'],
    clientBase: null,
    competencies: ['organisation', 'stress_resistance'],
  },
  {
    id: 'nl-h39-19-vietnamese-starter-junior-accountmanager-pluimveestallen-breda',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieëndertighonderd Negentien',
    email: 'k3919.breda@example.com',
    phone: '06 19 39 44 81',
    contactLines: ['Breda', 'linkedin.example.com/in/k3919'],
    tagline: 'Junior accountmanager export Azië',
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Extra',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik kom uit Ho Chi Minhstad en studeerde International Business in Breda. Tijdens mijn studie werkte ik in ' +
        'de bediening van een restaurant. Sinds september 2025 ben ik junior accountmanager voor Vietnam en ' +
        'Thailand bij een producent van stalinrichting voor pluimvee. Communicatief en leergierig; ik schakel ' +
        'makkelijk tussen Vietnamees, Engels en Nederlands.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Junior accountmanager Vietnam en Thailand',
        'Breda Poultry Systems B.V.',
        '2025-09',
        null,
        true,
        'september 2025 – heden',
        [
          '12 integraties en grote pluimveebedrijven in Vietnam en Thailand, overgenomen van mijn voorganger',
          'Ik praat vooral met de eigenaren; zij nemen de beslissing over een nieuwe stal',
          'Offertes en opvolging samen met onze projectingenieurs',
          'Eerste eigen order in maart 2026: twee stallen voor 80.000 kippen',
        ],
        'Breda',
      ),
      job(
        'Afstudeerstagiair exportmarketing',
        'Zundert Seeds B.V.',
        '2025-02',
        '2025-06',
        false,
        '02/2025 – 06/2025',
        ['Marktonderzoek naar groentezaden in Vietnam, Cambodja en Laos'],
        'Zundert',
      ),
    ],
    education: [
      edu('hbo', 'Bachelor International Business, Avans Hogeschool, Breda, 2021 – 2025', {
        field: 'International Business',
        institution: 'Avans Hogeschool',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('secondary', 'Bằng tốt nghiệp THPT (middelbareschooldiploma), Trường THPT Gia Định, TP. Hồ Chí Minh, 2020', {
        institution: 'Trường THPT Gia Định',
        endYear: 2020,
      }),
    ],
    courses: [named('Foundation Year Nederlands en Engels', 'Foundation Year Nederlands en Engels (2020 – 2021)')],
    certifications: [],
    languages: [
      lang('vi', 'native', 'Vietnamees – moedertaal'),
      lang('en', 'C1', 'Engels – C1 (IELTS 7.5)'),
      lang('nl', 'B2', 'Nederlands – B2'),
      lang('th', 'A1', 'Thai – A1'),
    ],
    skills: ['Communicatief', 'Excel, HubSpot', 'Marktonderzoek en presentaties'],
    clientBase: { activeAccounts: 12, segment: 'international', decisionMakers: true },
    competencies: ['communication'],
  },
  {
    id: 'nl-h39-20-kosovaarse-vertegenwoordiger-bouwmaterialen-papieren-sollicitatieformulier-mechelen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieëndertighonderd Twintig',
    nameLine: 'SOLLICITATIEFORMULIER Rupelstreek Bouwhandel NV – Naam: Kandidaat Drieëndertighonderd Twintig',
    email: 'k3920.mechelen@example.net',
    phone: '0485 39 20 17',
    contactLines: ['2800 Mechelen'],
    afterContact: [
      { kind: 'heading', text: '1. Persoonlijke gegevens' },
      {
        kind: 'table',
        rows: [
          ['Geboortedatum', '09/06/1985'],
          ['Geboorteplaats', 'Prizren (Kosovo)'],
          ['Nationaliteit', 'Belg (sinds 2021)'],
          ['Rijbewijs', 'B en C'],
        ],
      },
    ],
    headings: {
      work: '2. Beroepservaring (begin bij de laatste werkgever)',
      education: '3. Opleidingen',
      certifications: '4. Attesten',
      languages: '5. Talenkennis (1 = basis, 2 = redelijk, 3 = goed, 4 = zeer goed, 5 = moedertaal)',
    },
    jobLabels: {
      period: 'In dienst – uit dienst',
      title: 'Functie',
      employer: 'Werkgever (naam en gemeente)',
      duties: 'Reden van vertrek',
    },
    profile: [],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Vertegenwoordiger',
        'Bouwmaterialen Dijlevallei NV',
        '2018-09',
        null,
        true,
        '1/09/2018 – nog in dienst',
        ['nog in dienst; ik zoek een grotere regio'],
        'Mechelen',
      ),
      job(
        'Magazijnier / toonbankbediende',
        'Bouwmaterialen Dijlevallei NV',
        '2015-03',
        '2018-08',
        true,
        '2/03/2015 – 31/08/2018',
        ['interne overstap naar de buitendienst'],
        'Mechelen',
      ),
      job(
        'Bauarbeiter',
        'Bauunternehmung Rheintal AG',
        '2008-03',
        '2014-11',
        false,
        'maart 2008 – november 2014 (elk jaar van maart tot november, seizoensvergunning)',
        ['einde van de seizoensvergunning; verhuis naar België na mijn huwelijk'],
        'Sankt Gallen (Zwitserland)',
      ),
      job(
        'Verkoper',
        'Market Arbëria',
        '2004',
        '2008',
        true,
        '2004 – 2008',
        ['werk in Zwitserland, beter loon'],
        'Prizren (Kosovo)',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: '2b. Omschrijving van uw huidige functie' },
      {
        kind: 'paragraph',
        text:
          'Ik bezoek een 110-tal aannemers, dakwerkers en bouwbedrijven in de provincie Antwerpen en in ' +
          'Vlaams-Brabant. Omzet op mijn klanten in 2025: ongeveer 6 miljoen euro. Meestal spreek ik met de ' +
          'zaakvoerder; hij beslist. Daarvoor stond ik aan de toonbank en hielp ik in het magazijn.',
      },
    ],
    education: [
      edu('secondary', 'Shkolla e mesme ekonomike (middelbare school, richting economie), Prizren, 2000 – 2004', {
        institution: 'Shkolla e mesme ekonomike',
        startYear: 2000,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [named('Attest heftruckchauffeur', 'Attest heftruckchauffeur (2015)')],
    languages: [
      lang('sq', 'native', 'Albanees: 5'),
      lang('de', 'C1', 'Duits: 4'),
      lang('nl', 'B2', 'Nederlands: 3'),
      lang('sr', 'B2', 'Servisch: 3'),
      lang('fr', 'B1', 'Frans: 2'),
      lang('en', 'A2', 'Engels: 1'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau (1 – 5)'],
        rows: [
          ['Albanees', '5'],
          ['Duits', '4'],
          ['Nederlands', '3'],
          ['Servisch', '3'],
          ['Frans', '2'],
          ['Engels', '1'],
        ],
      },
    ],
    skills: [],
    closing: [
      {
        kind: 'paragraph',
        text:
          'Gewenst brutoloon: bespreekbaar · Opzegtermijn: volgens de wet · Datum en handtekening: Mechelen, ' +
          '14/10/2026',
      },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 6_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'nl-h39-21-ghanese-accountmanager-kantoorsystemen-cv-door-schrijfbureau-almere',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieëndertighonderd Eenentwintig',
    email: 'k3921.almere@example.com',
    phone: '06 21 39 77 05',
    contactLines: ['Almere Buiten'],
    tagline: 'Resultaatgerichte accountmanager mkb | 15+ jaar B2B-verkoop in drie landen',
    afterContact: [
      { kind: 'heading', text: 'Kerncompetenties' },
      {
        kind: 'bullets',
        items: [
          'Relatiebeheer op directieniveau',
          'Onderhandelen en afsluiten',
          'Overtuigingskracht',
          'Consultative selling',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Professioneel profiel',
      work: 'Professionele ervaring',
      education: 'Opleiding',
      skills: 'Tools',
      languages: 'Talen',
    },
    profile: [
      'Gedreven en resultaatgerichte accountmanager met meer dan vijftien jaar ervaring in verkoop en accountmanagement in ' +
        'Ghana, het Verenigd Koninkrijk en Nederland. Bewezen trackrecord in het uitbouwen van mkb-portefeuilles en het ' +
        'binnenhalen van nieuwe klanten. Staat bekend om een warme, persoonlijke aanpak en een sterke focus op ' +
        'klanttevredenheid.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager MKB',
        'Flevo Kantoorsystemen B.V.',
        '2020-06',
        null,
        true,
        'juni 2020 – heden',
        [
          'Verantwoordelijk voor een portefeuille van 140 mkb-klanten in Flevoland en het Gooi',
          'Omzet 2025: € 2,3 miljoen (printers, IT-werkplekken en servicecontracten)',
          'Gesprekspartner: de directeur-eigenaar, die de beslissing neemt',
          'Realiseerde in 2025 118% van het target',
        ],
        'Almere',
      ),
      job(
        'Retail Sales Advisor',
        'Eastside Mobile Ltd',
        '2014-03',
        '2020-04',
        true,
        'maart 2014 – april 2020',
        [
          'Advies en verkoop van telefoons en abonnementen in een winkel in Stratford',
          'Beste verkoper van de winkel in 2017 en 2018',
        ],
        'Londen (VK)',
      ),
      job(
        'Sales Executive',
        'Gold Coast Telecom Ltd',
        '2009-01',
        '2013-12',
        true,
        'januari 2009 – december 2013',
        ['Zakelijke abonnementen en data-oplossingen voor 60 bedrijven in Accra en Tema'],
        'Accra (Ghana)',
      ),
    ],
    education: [
      edu('bsc', 'BSc Administration (Marketing), University of Ghana, Legon, 2004 – 2008', {
        field: 'Administration',
        institution: 'University of Ghana',
        startYear: 2004,
        endYear: 2008,
      }),
      edu('secondary', 'SSSCE (Senior Secondary School Certificate Examination), Accra Academy, 2003', {
        institution: 'Accra Academy',
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('tw', 'native', 'Twi – moedertaal'),
      lang('en', 'C2', 'Engels – C2'),
      lang('nl', 'B1', 'Nederlands – B1'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Twi – moedertaal', 'Ga – moedertaal', 'Engels – C2 (voertaal op school en werk)', 'Nederlands – B1'],
      },
    ],
    skills: ['Salesforce, Microsoft 365', 'Rijbewijs B'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Dit cv is opgesteld door CV-atelier Flevoland in opdracht van de kandidaat · cvatelier-flevoland.example.com',
      },
    ],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'persuasiveness', 'relationship_building', 'sales'],
  },
  {
    id: 'nl-h39-22-britse-business-developer-machinevertaald-cv-haarlem',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieëndertighonderd Tweeëntwintig',
    email: 'k3922.haarlem@example.org',
    phone: '+31 6 2239 5108',
    contactLines: ['Haarlem', 'VK-nummer: +44 7700 900392'],
    headings: {
      profile: 'Persoonlijke verklaring',
      work: 'Werkgeschiedenis',
      education: 'Onderwijs en kwalificaties',
      skills: 'Sleutelvaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Een zeer gemotiveerde en resultaatgedreven zakelijke ontwikkelingsmanager met meer dan 15 jaar ervaring in ' +
        'de B2B-verkoop in het Verenigd Koninkrijk en Nederland. Ik ben een teamspeler die ook zelfstandig kan ' +
        'werken, met een bewezen staat van dienst in het laten groeien van rekeningen en het winnen van nieuwe zaken.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Zakelijke ontwikkelingsmanager Benelux',
          'Spaarne Print Solutions B.V.',
          '2019-03',
          null,
          true,
          'Maart 2019 – Huidig',
          [
            'Beheren van een portefeuille van 55 rekeningen in Nederland en België',
            'Omzet van de portefeuille € 3,9 miljoen in 2025',
            'Onderhandelen over contracten met inkoopdirecteuren en marketingmanagers',
            'Winnen van nieuwe zaken via beurzen en LinkedIn',
          ],
        ),
        lines: ['Zakelijke ontwikkelingsmanager Benelux, Spaarne Print Solutions B.V., Haarlem | Maart 2019 – Huidig'],
      },
      {
        ...job('Rekeningbeheerder', 'Pennine Packaging Ltd', '2014-09', '2019-02', true, 'Sep 2014 – Feb 2019', [
          'Beheerde 80 rekeningen in Yorkshire en de Midlands',
          'Omzet £ 4,2 miljoen',
        ]),
        lines: ['Rekeningbeheerder, Pennine Packaging Ltd, Leeds | Sep 2014 – Feb 2019'],
      },
      {
        ...job(
          'Telesales Executive',
          'Yorkshire Energy Direct Ltd',
          '2010-09',
          '2014-08',
          true,
          'Sep 2010 – Aug 2014',
          ['Telefonische verkoop van energiecontracten aan kleine bedrijven'],
        ),
        lines: ['Telesales Executive, Yorkshire Energy Direct Ltd, Leeds | Sep 2010 – Aug 2014'],
      },
      {
        ...job('Barpersoneel', 'The Fox and Hound', '2007-10', '2010-06', false, 'Okt 2007 – Jun 2010'),
        lines: ['Barpersoneel, The Fox and Hound, Leeds | Okt 2007 – Jun 2010 (deeltijd tijdens de universiteit)'],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Bedrijfsstudies, University of Leeds, 2007 – 2010 (2:1)', {
        field: 'Bedrijfsstudies',
        institution: 'University of Leeds',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('secondary', 'A-niveaus: Economie (B), Wiskunde (C), Geschiedenis (C) – Harrogate Grammar School, 2007', {
        institution: 'Harrogate Grammar School',
        endYear: 2007,
      }),
      edu('lower secondary', 'GCSE’s: 9 inclusief Engels en Wiskunde – Harrogate Grammar School, 2005', {
        institution: 'Harrogate Grammar School',
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'native', 'Engels – Moedertaal'),
      lang('nl', 'B1', 'Nederlands – Gemiddeld (B1)'),
      lang('fr', 'A2', 'Frans – Basis (GCSE)'),
    ],
    skills: [
      'Relatiebeheer',
      'Nieuwe zakelijke ontwikkeling',
      'CRM (Salesforce, HubSpot)',
      'Presentatie- en communicatievaardigheden',
    ],
    closing: [{ kind: 'paragraph', text: 'Referenties beschikbaar op aanvraag.' }],
    clientBase: { activeAccounts: 55, annualRevenueEur: 3_900_000, segment: 'international' },
    competencies: ['communication', 'negotiation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'nl-h39-23-syrisch-armeense-vertegenwoordiger-juwelen-aleppo-beiroet-hasselt',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Drieëndertighonderd Drieëntwintig',
    email: 'k3923.hasselt@example.com',
    phone: '0496 23 39 84',
    contactLines: ['3500 Hasselt', 'In België sinds 2019'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Loopbaan in drie landen',
      education: 'Opleiding',
      courses: 'Opleidingen in België',
      skills: 'Sterktes',
      languages: 'Talen',
    },
    profile: [
      'Armeniër, geboren in Aleppo (Syrië). Goudsmid van beroep; ik werkte in drie landen: als goudsmid in ' +
        'Aleppo, als verkoper in een juwelierszaak in Beiroet en sinds 2019 als vertegenwoordiger in België. Ik ' +
        'ken het vak van de werkbank tot de klant.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Vertegenwoordiger juwelen en uurwerken',
        'Limburg Bijoux Distributie BV',
        '2019-05',
        null,
        true,
        'sinds mei 2019',
        [
          'een 85-tal juweliers in Vlaanderen en in Nederlands Limburg',
          'omzet 2025 op mijn klanten: 3,2 miljoen euro',
          'de juweliers zijn meestal eigenaar en beslissen zelf welke collecties ze nemen',
          'herstellingen en aanpassingen bespreek ik met onze eigen goudsmid',
        ],
        'Hasselt',
      ),
      job(
        'Verkoper',
        'Bijouterie Cèdre',
        '2013',
        '2018',
        true,
        'begin 2013 – eind 2018',
        ['verkoop van gouden juwelen aan particulieren en aan juweliers uit de Golfstaten'],
        'Bourj Hammoud, Beiroet (Libanon)',
      ),
      job(
        'Goudsmid',
        'Atelier Al-Telal',
        '2003',
        '2012',
        false,
        '2003 – 2012 (tot de oorlog)',
        ['maken en herstellen van gouden juwelen'],
        'Aleppo (Syrië)',
      ),
    ],
    education: [
      edu('secondary', 'Armeense middelbare school, Aleppo – Syrisch baccalaureaat, 2002', {
        institution: 'Armeense middelbare school',
        endYear: 2002,
      }),
    ],
    courses: [named('Basiscursus diamantgradering', 'Basiscursus diamantgradering, Antwerpen (2020)')],
    certifications: [],
    languages: [
      lang('hy', 'native', 'Armeens (West-Armeens) – moedertaal'),
      lang('ar', 'native', 'Arabisch – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
      lang('nl', 'B1', 'Nederlands – redelijk'),
      lang('tr', 'A2', 'Turks – basis'),
    ],
    skills: ['Tactvol en geduldig', 'Kennis van goud, edelstenen en uurwerken', 'Rijbewijs B'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 3_200_000, segment: 'international', decisionMakers: true },
    competencies: ['tact_assertiveness'],
  },
  {
    id: 'nl-h39-24-filipijnse-klantenservice-inschrijfformulier-uitzendbureau-zwolle',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieëndertighonderd Vierentwintig',
    nameLine:
      'Inschrijfformulier – Kandidaat Drieëndertighonderd Vierentwintig (ingevuld door de intercedent tijdens de intake)',
    email: 'k3924.zwolle@example.org',
    phone: '06 24 39 51 62',
    contactLines: ['Zwolle'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Gewenst werk', 'klantenservice, administratie of verkoop binnendienst'],
          ['Uren', '32 – 40 uur'],
          ['Vervoer', 'fiets en OV'],
          ['Beschikbaar', 'per 1 december 2026'],
          ['Intake', '15-10-2026, intercedent Referent Twee'],
        ],
      },
    ],
    headings: {
      profile: 'Opmerkingen intercedent',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Competenties',
      languages: 'Talen',
      workTable: ['Van – tot', 'Werkgever', 'Functie'],
    },
    profile: [
      'Kandidaat komt uit Cebu (Filipijnen), werkte vier jaar in Dubai en kwam in 2021 als au pair naar Nederland. ' +
        'Sinds 2023 werkt zij in de klantenservice van een webshop. Spreekt goed Engels, Nederlands nog op ' +
        'A2-niveau. Vriendelijk en rustig aan de telefoon. Wil graag terug naar de verkoop.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Medewerker klantenservice', 'Zwolle Webshop Services B.V.', '2023-01', null, false, '01-2023 – heden', [
        'e-mail, chat en telefoon in het Engels en Nederlands voor een webshop in sportkleding',
      ]),
      job('Cashier', 'Gulf Star Hypermarket LLC', '2017-06', '2021-05', false, '06-2017 – 05-2021', [
        'kassa in een hypermarkt in Dubai (VAE)',
      ]),
      job('Saleslady', 'Cebu Metro Department Store', '2013-04', '2017-03', true, '04-2013 – 03-2017', [
        'verkoop op de afdeling schoenen en tassen; beste verkoopster van de afdeling in 2016',
      ]),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Overig: juni 2021 – juni 2022 au pair bij een gastgezin in Zwolle (culturele uitwisseling).',
      },
    ],
    education: [
      edu(
        'bachelor',
        'Bachelor of Science in Business Administration (BSBA), major in Marketing – University of Cebu, Cebu City, ' +
          '2009 – 2013',
        { field: 'Business Administration', institution: 'University of Cebu', startYear: 2009, endYear: 2013 },
      ),
      edu('high school', 'High School Diploma, Cebu City, 2009', { endYear: 2009 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('tl', 'native', 'Filipino (Tagalog)'),
      lang('en', 'C1', 'Engels'),
      lang('nl', 'A2', 'Nederlands'),
      lang('ar', 'A1', 'Arabisch'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau'],
        rows: [
          ['Cebuano', 'moedertaal'],
          ['Filipino (Tagalog)', 'moedertaal'],
          ['Engels', 'vloeiend'],
          ['Nederlands', 'A2'],
          ['Arabisch', 'A1'],
        ],
      },
    ],
    skills: ['Klantgericht', 'Stressbestendig', 'Zendesk, Excel'],
    clientBase: null,
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h39-25-outplacement-cv-grenswerker-key-accountmanager-duitsland-kerkrade',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drieëndertighonderd Vijfentwintig',
    nameLine: 'Curriculum vitae – de heer Kandidaat Drieëndertighonderd Vijfentwintig',
    email: 'k3925.kerkrade@example.net',
    phone: '045 - 539 25 81',
    contactLines: ['Kerkrade'],
    tagline: 'Key accountmanager industrie · Duitsland en Benelux · beschikbaar per 1 december 2026',
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'Opgesteld door Loopbaancentrum Parkstad in het kader van een outplacementtraject na een reorganisatie bij ' +
          'de laatste werkgever. Loopbaanadviseur: Referent Drie (referent.drie39@example.org).',
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'De heer Kandidaat Drieëndertighonderd Vijfentwintig (59) is een ervaren key accountmanager uit Parkstad, die ' +
        'zijn hele loopbaan over de grens heeft gewerkt: in Luxemburg, in Aken en de laatste vijftien jaar vanuit ' +
        'Kerkrade voor Duitse industriële klanten. Hij is ondernemend, sterk in netwerken en onderhandelt op ' +
        'directieniveau. Door een reorganisatie verviel zijn functie per juni 2026.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key accountmanager Duitsland',
        'Parkstad Kunststoffen B.V.',
        '2011',
        '2026-06',
        true,
        '2011 – juni 2026',
        [
          '28 industriële klanten in Nordrhein-Westfalen, Rheinland-Pfalz en Hessen (automotive en verpakking)',
          'omzet 2025: € 14 miljoen',
          'jaarcontracten met de Einkaufsleiter en technisch directeuren, die over de leverancier beslissen',
          'functie vervallen door reorganisatie',
        ],
        'Kerkrade',
      ),
      job(
        'Gebietsverkaufsleiter',
        'Aachener Dichtungstechnik GmbH',
        '2001',
        '2010',
        true,
        '2001 – 2010',
        ['verkoop van afdichtingen aan machinebouwers in de regio Aken – Keulen – Düsseldorf'],
        'Aachen (Duitsland)',
      ),
      job(
        'Assistant commercial',
        'Lux Industrial Supplies S.à r.l.',
        '1995',
        '2000',
        false,
        '1995 – 2000',
        ['orderverwerking en offertes voor de vertegenwoordigers; geen eigen klanten'],
        'Luxemburg-Stad',
      ),
      job(
        'Technisch tekenaar',
        'Ingenieursbureau Heuvelland',
        '1990',
        '1995',
        false,
        '1990 – 1995',
        undefined,
        'Heerlen',
      ),
    ],
    education: [
      edu('mbo 4', 'MTS Werktuigbouwkunde, Heerlen, 1986 – 1990', {
        field: 'Werktuigbouwkunde',
        startYear: 1986,
        endYear: 1990,
      }),
      edu('hbo', 'HBO Bedrijfskunde (deeltijd), Hogeschool Zuyd, Heerlen, 1996 – 2000', {
        field: 'Bedrijfskunde',
        institution: 'Hogeschool Zuyd',
        startYear: 1996,
        endYear: 2000,
      }),
    ],
    courses: [named('Verhandlungsführung im Vertrieb', 'Verhandlungsführung im Vertrieb, IHK Aachen (2008)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('li', 'native', 'Limburgs (Kerkraads) – moedertaal'),
      lang('de', 'C2', 'Duits – C2 (dagelijkse werktaal)'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Ondernemend', 'Netwerken in de Duitse industrie', 'Onderhandelen op directieniveau', 'SAP, Salesforce'],
    closing: [
      { kind: 'paragraph', text: 'Referenties: Referent Drie, loopbaanadviseur; verdere referenties op verzoek.' },
    ],
    clientBase: { activeAccounts: 28, annualRevenueEur: 14_000_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h39-26-chinese-vertegenwoordiger-kleding-qingtian-prato-antwerpen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Drieëndertighonderd Zesentwintig',
    email: 'k3926.antwerpen@example.org',
    phone: null,
    contactLines: ['2060 Antwerpen', 'Liefst contact via e-mail'],
    headings: {
      profile: 'Persoonlijke informatie',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Geboren in Qingtian (Zhejiang, China). Sinds 2010 in Europa: eerst vier jaar naaister en vijf jaar ' +
        'verkoopster in de groothandel in Prato (Italië), sinds 2019 vertegenwoordiger in Antwerpen. Mijn cv is ' +
        'vertaald uit het Chinees; de data staan nog in de Chinese vorm.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Vertegenwoordiger', 'Euro-Asia Textiles BV', '2019-05', null, true, '2019年5月 – 至今', [
          'Een 60-tal kledingwinkels en marktkramers in België en Nederland',
          'Omzet 2025 ongeveer 2,2 miljoen euro',
          'De winkeliers kopen zelf in en beslissen zelf',
          'Nieuwe collecties tonen in de showroom en bij de klanten',
        ]),
        lines: ['2019年5月 – 至今: Vertegenwoordiger, Euro-Asia Textiles BV (Antwerpen)'],
      },
      {
        ...job('Verkoopster', 'Pronto Moda Stella Srl', '2014-03', '2019-04', true, '2014年3月 – 2019年4月', [
          'Verkoop in de groothandelsshowroom aan winkeliers uit heel Europa',
        ]),
        lines: ['2014年3月 – 2019年4月: Verkoopster, Pronto Moda Stella Srl (Prato, Italië)'],
      },
      {
        ...job('Naaister', 'Confezioni Bisenzio Srl', '2010-06', '2014-02', false, '2010年6月 – 2014年2月', [
          'Naaiatelier, stukwerk',
        ]),
        lines: ['2010年6月 – 2014年2月: Naaister, Confezioni Bisenzio Srl (Prato, Italië)'],
      },
    ],
    education: [
      edu('vocational', '中专 (zhongzhuan, middelbare beroepsopleiding) Kledingontwerp, Lishui, 2005 – 2008', {
        field: 'Kledingontwerp',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('zh', 'native', 'Chinees (Mandarijn)'),
      lang('it', 'B2', 'Italiaans'),
      lang('nl', 'A2', 'Nederlands'),
      lang('fr', 'A2', 'Frans'),
      lang('en', 'A2', 'Engels'),
    ],
    languagesText: [
      'Chinees (Mandarijn) en het dialect van Qingtian: moedertaal. Italiaans: goed. Nederlands: A2. Frans en ' +
        'Engels: basis.',
    ],
    skills: ['Kennis van stoffen en confectie', 'Bestellingen en prijzen via WeChat en WhatsApp', 'Rijbewijs B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 2_200_000, segment: 'international', decisionMakers: true },
    competencies: [],
  },
];
