import { mayReadScorecard, sealedFrom } from './scorecard-visibility';

describe('scorecard visibility', () => {
  const member = { onPanel: true, owner: false };
  const owner = { onPanel: false, owner: true };
  const ownerOnPanel = { onPanel: true, owner: true };

  it.each([
    [member, null, true],
    [member, 'draft', true],
    [member, 'submitted', false],
    [ownerOnPanel, null, true],
    [ownerOnPanel, 'draft', true],
    [ownerOnPanel, 'submitted', false],
    [owner, null, false],
  ] as const)('%j with own scorecard %s: sealed %s', (standing, own, sealed) => {
    expect(sealedFrom(standing, own)).toBe(sealed);
  });

  it('lets the author read their own scorecard, draft or not, sealed or not', () => {
    expect(mayReadScorecard({ interviewerId: 'me', status: 'draft' }, 'me', true)).toBe('yes');
    expect(mayReadScorecard({ interviewerId: 'me', status: 'submitted' }, 'me', true)).toBe('yes');
  });

  it("hides another's draft from everyone, and seals another's submitted scorecard", () => {
    expect(mayReadScorecard({ interviewerId: 'other', status: 'draft' }, 'me', false)).toBe('not_found');
    expect(mayReadScorecard({ interviewerId: 'other', status: 'submitted' }, 'me', true)).toBe('sealed');
    expect(mayReadScorecard({ interviewerId: 'other', status: 'submitted' }, 'me', false)).toBe('yes');
  });
});
