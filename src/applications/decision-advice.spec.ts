import { adviceBreach, describeBreach } from './decision-advice';

const ahead = { position: { stage: 'interview' as const, roundId: 'r1' }, shortlistScore: 5000 };

describe('adviceBreach', () => {
  it('asks a reason to advance a knocked-out application, naming the knock-outs', () => {
    const breach = adviceBreach('advance', {
      standing: 'knocked_out',
      failedKnockouts: ['education'],
      lowerRankedAhead: null,
    });
    expect(breach).toEqual({ kind: 'knocked_out', knockouts: ['education'] });
    expect(describeBreach('advance', breach!)).toContain('failed education');
  });

  it('lets a ranked application advance, even past a lower-ranked one', () => {
    expect(adviceBreach('advance', { standing: 'ranked', failedKnockouts: [], lowerRankedAhead: ahead })).toBeNull();
  });

  it('asks a reason to hold or reject one ranked above an application further along', () => {
    for (const decision of ['hold', 'reject'] as const) {
      const breach = adviceBreach(decision, { standing: 'ranked', failedKnockouts: [], lowerRankedAhead: ahead });
      expect(breach).toEqual({ kind: 'passed_over', ahead: ahead.position, aheadScore: 5000 });
      expect(describeBreach(decision, breach!)).toContain('interview round r1');
    }
  });

  it('follows the advice when nobody ranked lower is further along', () => {
    expect(adviceBreach('reject', { standing: 'ranked', failedKnockouts: [], lowerRankedAhead: null })).toBeNull();
    expect(
      adviceBreach('hold', { standing: 'knocked_out', failedKnockouts: ['x'], lowerRankedAhead: null }),
    ).toBeNull();
  });
});
