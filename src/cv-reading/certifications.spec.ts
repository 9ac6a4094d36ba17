import { readCertifications } from './certifications';
import { splitLines } from './lines';
import { findSections } from './sections';
import { bestUnits } from '../../test/support/time-budget';

const names = (text: string) => {
  const lines = splitLines(text);
  return readCertifications(lines, findSections(lines)).map((fact) => fact.data.name);
};

describe('certifications held or not', () => {
  it('takes a certificate valid until a date already past for one no longer held, and one still valid for held', () => {
    const lines = splitLines(
      'Site cards\n• Scaffold Inspection Card – valid until 03/2024\n• Forklift Operator Card – valid until 2027\n• Heftruckcertificaat, geldig tot 2022',
    );
    const held = readCertifications(lines, findSections(lines), '2025-06-01').map((fact) => fact.data.name);
    expect(held).toEqual(['Forklift Operator Card']);
  });

  it.each([
    ['Certifications\nCFA Level I candidate', 'en'],
    ['Certifications\nCFP (in progress)', 'en'],
    ['Certifications\nPMP – expected 2025', 'en'],
    ['Certificaten\nCFP (bezig)', 'nl'],
    ['Certificaten\nWft Vermogen – lopend', 'nl'],
    ['Certificaten\nRegister Beleggingsadviseur, in opleiding', 'nl'],
    ['Sertifikaadid\nCFA (omandamisel)', 'et'],
    ['Sertifikaadid\nProjektijuhtimise sertifikaat – pooleli', 'et'],
  ])('takes nothing not yet held: %s (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Certifications\nCFA Level I passed (2022)', 'CFA Level I'],
    ['Certifications\nCFA Level II candidate, Level I passed', 'CFA Level I'],
    ['Certificaten\nCFA niveau 2 behaald', 'CFA Level II'],
    ['Sertifikaadid\nCFA I taseme eksam sooritatud', 'CFA Level I'],
  ])('takes a level passed as held: %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('still takes a held certificate with its year', () => {
    const lines = splitLines('Certificaten\nCFP (2019)\nCFA charterholder');
    expect(readCertifications(lines, findSections(lines)).map((fact) => fact.data)).toEqual([
      { name: 'CFP', year: 2019 },
      { name: 'CFA' },
    ]);
  });
});

describe('certifications spelled out', () => {
  it.each([
    ['Certifications\nChartered Financial Analyst, CFA Institute (2018)', 'Chartered Financial Analyst (CFA)'],
    ['Certifications\nCertified Sales Professional – 2020', 'Certified Sales Professional (CSP)'],
    ['Profile\nProject Management Professional with ten years in IT sales.', 'Project Management Professional (PMP)'],
    ['Certificaten\nCertified Financial Planner (2017)', 'Certified Financial Planner (CFP)'],
    ['Sertifikaadid\nCertified Treasury Professional, 2021', 'Certified Treasury Professional (CTP)'],
    ['Certifications\nCertified Associate in Project Management', 'Certified Associate in Project Management (CAPM)'],
    ['Certifications\nFinancial Risk Manager (2020)', 'Financial Risk Manager (FRM)'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('takes one certificate for its name and acronym together', () => {
    expect(names('Certifications\nChartered Financial Analyst (CFA), 2018\nCFA charterholder')).toEqual([
      'Chartered Financial Analyst (CFA)',
    ]);
  });

  it('takes no look-alike words for a certificate', () => {
    expect(names('Profile\nI advise financial planners and project managers.')).toEqual([]);
    expect(names('Experience\nFinancial Risk Management team, Example Bank')).toEqual([]);
    expect(names('Experience\n2019 – present  Financial Risk Manager, Example Bank')).toEqual([]);
    expect(names('Werkervaring\n2019 – heden  Professional Scrum Master, Voorbeeld BV')).toEqual([]);
  });

  it('takes a spelled-out certificate not yet held as not held', () => {
    expect(names('Certifications\nChartered Financial Analyst – Level I candidate')).toEqual([]);
  });
});

describe('certification tables', () => {
  it.each([
    'Certifications\nCertificate | Issuer | Year\nCFP | FPSB | 2019',
    'Certificaten\nCertificaat | Uitgevende instantie | Jaar\nCFP | FPSB | 2019',
    'Sertifikaadid\nSertifikaat | Väljaandja | Aasta\nCFP | FPSB | 2019',
    'Certifications\nName\tIssued by\tDate\nCFP\tFPSB\t2019',
  ])('takes no header row for a certificate: %s', (text) => {
    expect(names(text)).toEqual(['CFP']);
  });

  it('keeps a row whose first cell is a real name', () => {
    const lines = splitLines('Certifications\nCertificate | Issuer | Year\nGoogle Ads Search | Google | 2021');
    expect(readCertifications(lines, findSections(lines)).map((fact) => fact.data)).toEqual([
      { name: 'Google Ads Search', year: 2021 },
    ]);
  });
});

describe('certificates as people list them', () => {
  it('judges each clause of a line, and sets the issuer after a dash apart', () => {
    expect(
      names(
        'Certifications\n• FIATA Diploma in Freight Forwarding (2018); APICS CSCP in progress, exam booked for March 2027',
      ),
    ).toEqual(['FIATA Diploma in Freight Forwarding']);
    expect(
      names('Certificates\n• MiFID II Investment Adviser Certification – Instituto de Formação Bancária (2018)'),
    ).toEqual(['MiFID II Investment Adviser Certification']);
  });

  it('takes a certificate under "Qualifications", where degrees stand too', () => {
    expect(names('QUALIFICATIONS\n• Certificate in Insurance (Cert CII), Chartered Insurance Institute, 2017')).toEqual(
      ['Certificate in Insurance (Cert CII)'],
    );
  });

  it('takes one being prepared for, or a course being followed, as not held', () => {
    expect(names('Profiil\nPraegu valmistun EFPA EFA sertifikaadi eksamiks.')).toEqual([]);
    expect(names('Op dit moment volg ik de opleiding Wft Inkomen; het examen staat gepland voor maart 2027.')).toEqual(
      [],
    );
  });
});

describe('several certificates on one line', () => {
  const data = (text: string) => {
    const lines = splitLines(text);
    return readCertifications(lines, findSections(lines)).map((fact) => fact.data);
  };

  it.each([
    ['Profile\nCFP (2019), CFA Level I candidate', [{ name: 'CFP', year: 2019 }]],
    ['Profiel\nCFP sinds 2018; bezig met CFA', [{ name: 'CFP', year: 2018 }]],
    ['Profiil\nCFA omandamisel, CFP aastast 2020', [{ name: 'CFP', year: 2020 }]],
    [
      'Certifications\nCFP (2019) · CFA Level I passed (2022)',
      [
        { name: 'CFP', year: 2019 },
        { name: 'CFA Level I', year: 2022 },
      ],
    ],
  ])('judges each on its own clause: %s', (text, expected) => {
    expect(data(text)).toEqual(expected);
  });

  it('reads a long line of certificates in a bounded time', async () => {
    const { units } = await bestUnits(() => {
      data(`Certifications\n${'CFA candidate, Chartered Financial Analyst, '.repeat(3)}`);
      data(`Profile\n${'Certified '.repeat(20_000)}`);
    }, 20);
    expect(units).toBeLessThan(20);
  });
});

describe('what stands beside a certificate', () => {
  it('takes no date line, no expiry and no issuer line for a certificate, and no lapsed one', () => {
    expect(
      names(
        'CERTIFICATIONS\n• NEBOSH General Certificate\nJune 2013 to Present\n• Food Safety Supervisor\nExpires Mar 2027\n' +
          '• Fortinet NSE 1\nFortinet · Verleend: feb 2021\n• Wft Vermogen (verlopen)',
      ),
    ).toEqual(['NEBOSH General Certificate', 'Food Safety Supervisor', 'Fortinet NSE 1']);
  });

  it('takes no course organiser in brackets under courses for a certificate held', () => {
    expect(names('COURSES\n• Public Sector Procurement Essentials (CIPS), 2021')).toEqual([]);
  });
});

describe('certificates planned, in preparation or lapsed', () => {
  it.each([
    'Certifications\nPMP, 2010 – 2018 (lapsed).',
    'Certificaten\nIn voorbereiding: PMP-certificering (examen voorjaar 2027).',
    'Sertifikaadid\n• PMP sertifikaat – eksam planeeritud 2027',
    'Sertifikaadid\nPMP – õpin, eksam 2027. aasta kevadel.',
  ])('%s is not held', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps a certificate held when another on its line is still in progress', () => {
    expect(names('Certifications\nPMP, 2016 (Green Belt in progress)')).toEqual(['PMP']);
  });
});

it('takes a qualification paused part-way for not held', () => {
  expect(names('Certifications\nACCA – 9 of 13 exams passed (studies paused)')).toEqual([]);
});
