import { fingerprint, proposalsToFacts } from './cv-proposals';

const text = 'Accountmanager — Van Dijk BV\n2019 – heden\nPortefeuille van 40 klanten';

describe('proposalsToFacts', () => {
  it('keeps a valid proposal with its span, the words it rests on and its confidence', () => {
    const { facts, skipped } = proposalsToFacts(
      'cv-1',
      text,
      [
        {
          kind: 'work',
          data: { title: 'Accountmanager', employer: 'Van Dijk BV', start: '2019-01-01', end: null, salesRole: true },
          span: { start: 0, end: 41 },
          confidence: 0.9,
        },
      ],
      [],
    );
    expect(skipped).toEqual([]);
    expect(facts).toEqual([
      {
        kind: 'work',
        source: 'cv',
        confirmedBy: null,
        data: { title: 'Accountmanager', employer: 'Van Dijk BV', start: '2019-01-01', end: null, salesRole: true },
        provenance: {
          cvId: 'cv-1',
          spanStart: 0,
          spanEnd: 41,
          evidence: 'Accountmanager — Van Dijk BV 2019 – heden',
          confidence: 0.9,
        },
      },
    ]);
  });

  it('leaves out what the fact model refuses, and says why', () => {
    const { facts, skipped } = proposalsToFacts(
      'cv-1',
      text,
      [
        { kind: 'work', data: { title: 'Accountmanager', start: '2019' }, span: { start: 0, end: 5 }, confidence: 1 },
        { kind: 'education', data: { level: 'wizard school' }, span: { start: 0, end: 5 }, confidence: 1 },
      ],
      [],
    );
    expect(facts).toEqual([]);
    expect(skipped.map((skip) => skip.kind)).toEqual(['work', 'education']);
    expect(skipped[0].reason).toContain('data.start');
    expect(skipped[1].reason).toContain('data.level');
  });

  it('proposes nothing the candidate already has, nor the same thing twice', () => {
    const clientBase = { activeAccounts: 40 };
    const { facts, skipped } = proposalsToFacts(
      'cv-1',
      text,
      [
        { kind: 'client_base', data: clientBase, span: { start: 43, end: 70 }, confidence: 0.8 },
        { kind: 'language', data: { language: 'nl', level: 'native' }, span: { start: 0, end: 3 }, confidence: 0.7 },
        { kind: 'language', data: { level: 'native', language: 'nl' }, span: { start: 0, end: 3 }, confidence: 0.7 },
      ],
      [{ kind: 'client_base', data: { activeAccounts: 40 }, confirmed: true }],
    );
    expect(facts.map((fact) => fact.kind)).toEqual(['language']);
    expect(skipped.map((skip) => skip.reason)).toEqual([
      'the candidate already has this fact',
      'the candidate already has this fact',
    ]);
  });

  it('drops a span outside the text and bounds the confidence', () => {
    const { facts } = proposalsToFacts(
      'cv-1',
      text,
      [{ kind: 'certification', data: { name: 'CFP' }, span: { start: 10, end: 9999 }, confidence: 7 }],
      [],
    );
    expect(facts[0].provenance).toEqual({
      cvId: 'cv-1',
      spanStart: null,
      spanEnd: null,
      evidence: null,
      confidence: 1,
    });
  });

  it('fingerprints facts whatever the key order, case, or evidence sentence', () => {
    expect(fingerprint('competency', { code: 'negotiation', level: 3, evidence: 'a' })).toBe(
      fingerprint('competency', { level: 3, evidence: 'b', code: 'Negotiation' }),
    );
    expect(fingerprint('competency', { code: 'negotiation', level: 3 })).not.toBe(
      fingerprint('competency', { code: 'negotiation', level: 4 }),
    );
  });
});
