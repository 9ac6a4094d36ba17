import { normaliseText } from '../scoring/text';
import { splitLines } from './lines';
import { nonJobOf } from './non-jobs';
import { findSections } from './sections';
import { readWork } from './work';

const of = (text: string) => nonJobOf(normaliseText(text));

describe('entries that are no jobs', () => {
  it.each([
    ['Ouderschapsverlof', 'career_break'],
    ['Parental leave', 'career_break'],
    ['Lapsehoolduspuhkus', 'career_break'],
    ['Sabbatical: sailing', 'career_break'],
    ['Loopbaanonderbreking: mantelzorg', 'career_break'],
    ['Vrijwilligerswerk bij de voedselbank', 'volunteering'],
    ['Volunteer coordinator', 'volunteering'],
    ['Vabatahtlik töö Toidupangas', 'volunteering'],
  ])('%s', (text, want) => {
    expect(of(text)).toBe(want);
  });

  it.each(['Accountmanager', 'Key Account Manager', 'Müügijuht', 'Leave management consultant', 'Board sales lead'])(
    'takes %s for a job',
    (text) => {
      expect(of(text)).toBeUndefined();
    },
  );
});

describe('more service and travel', () => {
  it.each([
    ['Legerdienst (milicien)', 'service'],
    ['Nõukogude armee, 1988–1990', 'service'],
    ['Apr 2012 – Oct 2012: travelling in South America (Peru, Bolivia, Chile)', 'career_break'],
  ])('%s is no job', (text, kind) => {
    expect(nonJobOf(normaliseText(text))).toBe(kind);
  });
});

describe('a gap named as such', () => {
  it('takes "Vahe" and "Gap" for a break, not "Gap analysis"', () => {
    expect(nonJobOf(normaliseText('Vahe 10.2023 – 03.2024: pärast 12 aastat võtsin pool aastat vaba'))).toBe(
      'career_break',
    );
    expect(nonJobOf(normaliseText('Gap 2019 – 2020: caring for my father'))).toBe('career_break');
    expect(nonJobOf(normaliseText('Gap Analysis Consultant'))).toBeUndefined();
  });
});

it('takes full-time study between jobs for a break, not a job', () => {
  expect(nonJobOf(normaliseText('full-time student at University College Cork'))).toBe('career_break');
});

it('takes a student company for no job, and a rehabilitation centre for an employer like any other', () => {
  expect(nonJobOf(normaliseText('Tudengifirma „Tasku“ (2023–2024): topsikaante müük'))).toBe('volunteering');
  expect(nonJobOf(normaliseText('Fysiotherapeut, Revalidatiecentrum Maasland, Oss'))).toBeUndefined();
});

describe('gaps told in a few words', () => {
  it.each([
    'time out for treatment for breast cancer',
    'ruim een jaar afwezig door ziekte',
    'langdurig ziek',
    'na een burn-out hersteld en me georiënteerd op een zelfstandige loopbaan',
    'haigusleht ja taastumine',
    'zeven maanden gereisd door Zuid-Amerika',
    'reisisin üheksa kuud seljakotiga Aasias',
    'thru-hiked the Continental Divide Trail',
    'tijdskrediet 4/5 met motief zorg',
    'twee jaar thuis voor de zorg van onze dochter',
    'kolimine Eestisse',
    'ben ik voltijds teruggegaan naar school',
  ])('"%s" is a break', (text) => {
    expect(nonJobOf(normaliseText(text))).toBe('career_break');
  });

  it.each(['Verpleegkundige, Ziekenhuis Rivierenland', 'Objektijuht – Tartu Ehitus AS (koondamine)'])(
    '"%s" is a job',
    (text) => {
      expect(nonJobOf(normaliseText(text))).toBeUndefined();
    },
  );
});

it.each([
  ['lahkusin sõja tõttu Süüriast', 'career_break'],
  ['laid off while hotels were closed; used the time for an online course', 'career_break'],
  ['integration course and German course up to C1 (Volkshochschule Hamburg)', 'career_break'],
  ['Corps member, NYSC', 'service'],
  ['Mentor at a university start-up accelerator', 'volunteering'],
])('"%s" is no job', (text, kind) => {
  expect(nonJobOf(normaliseText(text))).toBe(kind);
});

describe('a seat named together with a working role', () => {
  const entries = (text: string) => {
    const lines = splitLines(text);
    return readWork(lines, findSections(lines)).map((entry) => [entry.title, entry.nonJob]);
  };

  it('keeps "Juhatuse liige ja müügijuht" a job beside another, and a bare seat a side position', () => {
    const text = (title: string) => `TÖÖKOGEMUS
märts 2015 – praegu
${title}, Kalda Matkad OÜ
2016 – praegu
Metsur, Kalda Metsatööd OÜ
`;
    expect(entries(text('Juhatuse liige ja müügijuht'))[0]).toEqual(['Juhatuse liige ja müügijuht', undefined]);
    expect(entries(text('Juhatuse liige'))[0]).toEqual(['Juhatuse liige', 'side_position']);
  });
});
