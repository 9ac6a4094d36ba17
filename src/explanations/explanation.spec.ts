import type { Language } from '../users/entities/user.entity';
import { CandidateFacts, Criteria } from '../scoring/profile';
import { compileProfile, ScoreResult, scoreCandidate } from '../scoring/score';
import { ExplanationCatalogue } from './explanation-catalogue';
import { explain, ExplanationSource, MoveRecord } from './explanation';

const catalogue = ExplanationCatalogue.load();
const REFERENCE = '2026-11-23';
const ROUNDS = [
  { id: 'r1', name: 'Eerste gesprek' },
  { id: 'r2', name: 'Eindgesprek' },
];

const CRITERIA: Criteria = {
  education: { weight: 20, knockout: true, minimumLevel: 'bachelor', preferredLevel: 'master' },
  salesExperience: { weight: 30, minimumYears: 0, targetYears: 4 },
  languages: { weight: 0, knockout: true, items: [{ language: 'et', level: 'B2' }] },
  courses: { weight: 10, topics: ['negotiation'] },
};

/** Scored in Dutch, as a Dutch vacancy's profile would be: the explanation speaks the candidate's language anyway. */
function screened(facts: CandidateFacts): ScoreResult {
  return scoreCandidate(compileProfile(CRITERIA, 'nl'), facts, REFERENCE);
}

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));
const move = (fields: Partial<MoveRecord>): MoveRecord => ({
  at: at(1),
  fromStage: 'applied',
  fromRoundId: null,
  toStage: 'screening',
  toRoundId: null,
  decision: null,
  byPerson: true,
  ...fields,
});

function source(fields: Partial<ExplanationSource> = {}): ExplanationSource {
  return {
    applicationId: 'a1',
    language: 'en',
    vacancyTitle: 'Accountmanager B',
    rounds: ROUNDS,
    screening: null,
    screenedAt: null,
    profileVersion: null,
    engineVersion: null,
    moves: [move({ fromStage: null, toStage: 'applied' })],
    roundOutcomes: [],
    ...fields,
  };
}

const explained = (fields: Partial<ExplanationSource> = {}, language: Language = 'en') =>
  explain(source({ language, ...fields }), catalogue.in(language));

describe('explain', () => {
  const strong = screened({
    education: [{ id: 'e1', confirmed: true, data: { level: 'bachelor' } }],
    work: [{ id: 'w1', confirmed: false, data: { start: '2020-01-01', end: '2022-01-01', salesRole: true } }],
  });

  it('says how each criterion came out, in the candidate’s words, with its points and whether it is a requirement', () => {
    const { criteria, summary } = explained({ screening: strong, screenedAt: at(2), profileVersion: 3 });
    expect(summary).toBe(
      'Your application scored 48.4 out of 100 points. Whether it meets every requirement of this vacancy could not ' +
        'be told yet, because some information was missing.',
    );
    expect(criteria).toEqual([
      {
        criterion: 'education',
        name: 'Education',
        outcome: 'partial',
        requirement: 'met',
        earned: 23.33,
        possible: 33.33,
        sentence:
          'Here you meet part of what the vacancy asks for. This earned 23.3 of the 33.3 points it carries. ' +
          'It is a requirement for this vacancy, and you meet it.',
      },
      {
        criterion: 'salesExperience',
        name: 'Sales experience',
        outcome: 'partial',
        requirement: null,
        earned: 25.03,
        possible: 50,
        sentence:
          'Here you meet part of what the vacancy asks for. This earned 25 of the 50 points it carries. ' +
          'Part of this rests on information that a recruiter had not yet checked.',
      },
      {
        criterion: 'languages',
        name: 'Languages',
        outcome: 'unknown',
        requirement: 'open',
        earned: 0,
        possible: 0,
        sentence:
          'This is a requirement only: it carries no points. It is a requirement for this vacancy; from the ' +
          'information we had, we could not tell whether you meet it.',
      },
      {
        criterion: 'courses',
        name: 'Courses',
        outcome: 'unknown',
        requirement: null,
        earned: 0,
        possible: 16.67,
        sentence: 'We did not have the information to judge this, so it earned no points.',
      },
    ]);
  });

  it('names a failed requirement, and leaves out the sentences and fact ids of the profile’s language', () => {
    const weak = screened({
      education: [{ id: 'fact-secret-1', confirmed: true, data: { level: 'vocational' } }],
      languages: [{ id: 'fact-secret-2', confirmed: true, data: { language: 'et', level: 'C1' } }],
    });
    const explanation = explained({ screening: weak, screenedAt: at(2), profileVersion: 1 }, 'et');
    expect(explanation.summary).toBe(
      'Teie avaldus sai 0 punkti 100 võimalikust, kuid ei vasta kõigile selle ametikoha nõuetele.',
    );
    expect(explanation.criteria[0]).toMatchObject({
      name: 'Haridus',
      outcome: 'not_met',
      requirement: 'not_met',
      sentence:
        'See, mida me Teie kohta selles osas teame, ei vasta sellele, mida ametikoht eeldab. Selle eest saite ' +
        '0 punkti 33,3 võimalikust. See on selle ametikoha nõue ja Te ei vasta sellele.',
    });
    expect(explanation.criteria[2]).toMatchObject({ name: 'Keeleoskus', outcome: 'met', requirement: 'met' });
    const text = JSON.stringify(explanation);
    expect(text).not.toContain('fact-secret');
    for (const line of weak.breakdown) expect(text).not.toContain(line.explanation);
  });

  it('sums up every case of the screening, in each language', () => {
    const met = screened({
      education: [{ confirmed: true, data: { level: 'master' } }],
      work: [{ confirmed: true, data: { start: '2015-01-01', end: '2022-01-01', salesRole: true } }],
      languages: [{ confirmed: true, data: { language: 'et', level: 'native' } }],
      courses: [{ confirmed: true, data: { name: 'Onderhandelen', topic: 'negotiation' } }],
    });
    const noRequirements = scoreCandidate(
      compileProfile({ courses: { weight: 1, topics: ['PR'] } }, 'en'),
      {},
      REFERENCE,
    );
    expect(explained({ screening: met }).summary).toBe(
      'Your application scored 100 out of 100 points and meets every requirement of this vacancy.',
    );
    expect(explained({ screening: met }, 'nl').summary).toBe(
      'Je sollicitatie kreeg 100 van de 100 punten en voldoet aan alle eisen van deze vacature.',
    );
    expect(explained({ screening: noRequirements }, 'nl').summary).toBe('Je sollicitatie kreeg 0 van de 100 punten.');
    const none = explained({}, 'et');
    expect(none.summary).toBe('Teie avaldust ei ole veel hinnatud.');
    expect(none.criteria).toEqual([]);
    expect(none.provenance).toEqual({ profileVersion: null, engineVersion: null, scoredAt: null });
  });

  it('keeps the provenance of the stored score: null engine version for a score from before it was kept', () => {
    expect(explained({ screening: strong, screenedAt: at(2), profileVersion: 2, engineVersion: 1 }).provenance).toEqual(
      {
        profileVersion: 2,
        engineVersion: 1,
        scoredAt: at(2),
      },
    );
    expect(explained({ screening: strong, screenedAt: at(2), profileVersion: 2 }).provenance.engineVersion).toBeNull();
  });

  it('tells each step and who took it: a person, the system by the vacancy’s rules, or the interview panel', () => {
    const { decisions } = explained({
      moves: [
        move({ at: at(1), fromStage: null, toStage: 'applied', byPerson: false }),
        move({ at: at(2), toStage: 'screening', decision: 'advance' }),
        move({ at: at(3), fromStage: 'screening', toStage: 'interview', toRoundId: 'r1' }),
        move({
          at: at(5),
          fromStage: 'interview',
          fromRoundId: 'r1',
          toStage: 'interview',
          toRoundId: 'r2',
          byPerson: false,
        }),
        move({
          at: at(6),
          fromStage: 'interview',
          fromRoundId: 'r2',
          toStage: 'interview',
          toRoundId: 'r2',
          decision: 'hold',
        }),
        move({ at: at(7), fromStage: 'interview', fromRoundId: 'r2', toStage: 'offer', decision: 'advance' }),
        move({ at: at(8), fromStage: 'offer', toStage: 'hired' }),
      ],
      // Decided at the very moment of the move it led to: it comes first.
      roundOutcomes: [{ roundId: 'r1', decision: 'pass', at: at(5) }],
    });
    expect(decisions.map(({ what, by, stage, round }) => [what, by, stage, round])).toEqual([
      ['received', null, 'applied', null],
      ['advanced', 'person', 'screening', null],
      ['moved', 'person', 'interview', 'Eerste gesprek'],
      ['round_passed', 'panel', 'interview', 'Eerste gesprek'],
      ['moved', 'system', 'interview', 'Eindgesprek'],
      ['held', 'person', 'interview', 'Eindgesprek'],
      ['advanced', 'person', 'offer', null],
      ['moved', 'person', 'hired', null],
    ]);
    expect(decisions.map((decision) => decision.sentence)).toEqual([
      'We received your application.',
      'The hiring team decided to take your application further, into screening.',
      'The hiring team moved your application on to the interview round “Eerste gesprek”.',
      'The panel of the interview round “Eerste gesprek” assessed you, and you passed this round.',
      'After the previous interview round, your application moved on automatically to the interview round “Eindgesprek”.',
      'The hiring team decided to keep your application at its current step for now.',
      'The hiring team decided to make you an offer.',
      'The hiring team recorded that you were hired.',
    ]);
    expect(decisions.map((decision) => decision.at)).toEqual([at(1), at(2), at(3), at(5), at(5), at(6), at(7), at(8)]);
  });

  it('tells a rejection by a knock-out, by a round, and by a person apart, and never a reason', () => {
    const rejection = (fields: Partial<MoveRecord>, language: Language = 'en') =>
      explained({ moves: [move({ toStage: 'rejected', ...fields })] }, language).decisions[0];
    expect(rejection({ byPerson: false })).toMatchObject({
      what: 'rejected',
      by: 'system',
      sentence:
        'Your application was stopped automatically, because it does not meet every requirement of this vacancy.',
    });
    expect(rejection({ fromStage: 'interview', fromRoundId: 'r2', byPerson: false }, 'nl')).toMatchObject({
      what: 'rejected',
      by: 'system',
      round: 'Eindgesprek',
      sentence: 'Omdat je de gespreksronde ‘Eindgesprek’ niet hebt gehaald, is je sollicitatie automatisch gestopt.',
    });
    expect(rejection({ fromStage: 'screening', decision: 'reject' }, 'et')).toMatchObject({
      what: 'rejected',
      by: 'person',
      sentence: 'Värbamismeeskond otsustas Teie avaldusega edasi mitte minna.',
    });
    expect(rejection({ fromStage: 'offer' })).toMatchObject({ by: 'person', what: 'rejected' });
    expect(explained({ moves: [move({ toStage: 'withdrawn' })] }).decisions[0]).toMatchObject({
      what: 'withdrawn',
      sentence: 'Your application was withdrawn.',
    });
  });

  it('says a round the panel did not pass, and names a round no longer in the plan plainly', () => {
    const { decisions } = explained(
      { moves: [], roundOutcomes: [{ roundId: 'gone', decision: 'fail', at: at(4) }] },
      'et',
    );
    expect(decisions).toEqual([
      {
        at: at(4),
        what: 'round_not_passed',
        by: 'panel',
        stage: 'interview',
        round: 'Vestlus',
        sentence: 'Vestlusvooru „Vestlus“ komisjon hindas Teid ja Te ei läbinud seda vooru.',
      },
    ]);
  });

  it('has a sentence for every step in every language, with every placeholder filled', () => {
    const stages = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
    const moves: MoveRecord[] = [];
    for (const toStage of stages) {
      for (const fromStage of ['applied', 'screening', 'interview'] as const) {
        for (const decision of [null, 'advance', 'hold', 'reject'] as const) {
          for (const byPerson of [true, false]) {
            moves.push(move({ fromStage, fromRoundId: 'r1', toStage, toRoundId: 'r2', decision, byPerson }));
          }
        }
      }
    }
    for (const language of ['nl', 'et', 'en'] as const) {
      const explanation = explained(
        {
          screening: strong,
          moves,
          roundOutcomes: [
            { roundId: 'r1', decision: 'pass', at: at(1) },
            { roundId: 'r2', decision: 'fail', at: at(1) },
          ],
        },
        language,
      );
      const sentences = [
        explanation.summary,
        ...[...explanation.criteria, ...explanation.decisions].map((one) => one.sentence),
      ];
      for (const sentence of sentences)
        expect({ language, sentence }).toEqual({ language, sentence: expect.not.stringMatching(/[{}]|^$/) });
    }
  });
});
