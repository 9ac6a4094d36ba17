import { readyForDecisionAt, waitsOnDecision } from './decision-waiting';

const at = (hour: number) => new Date(Date.UTC(2026, 11, 1, hour));

describe('a decision asked for', () => {
  it('waits once the last round is decided, and not before', () => {
    const facts = { hasRounds: true, arrivedAt: at(9), roundDecidedAt: null, lastDecisionAt: null };
    expect(waitsOnDecision(facts)).toBe(false);
    expect(waitsOnDecision({ ...facts, roundDecidedAt: at(11) })).toBe(true);
    expect(readyForDecisionAt({ ...facts, roundDecidedAt: at(11) })).toEqual(at(11));
  });

  it('counts a decision that brought it to the last round as made before, and a hold since as the answer', () => {
    const advancedHere = { hasRounds: true, arrivedAt: at(9), roundDecidedAt: at(11), lastDecisionAt: at(9) };
    expect(waitsOnDecision(advancedHere)).toBe(true);
    expect(waitsOnDecision({ ...advancedHere, lastDecisionAt: at(12) })).toBe(false);
  });

  it('asks again when it comes back to the round after the decision, from its arrival', () => {
    const back = { hasRounds: true, arrivedAt: at(14), roundDecidedAt: at(11), lastDecisionAt: at(12) };
    expect(readyForDecisionAt(back)).toEqual(at(14));
    expect(waitsOnDecision(back)).toBe(true);
  });

  it('without an interview plan, waits from a recruiter’s move to screening until a decision', () => {
    const moved = { hasRounds: false, arrivedAt: at(9), roundDecidedAt: null, lastDecisionAt: null };
    expect(waitsOnDecision(moved)).toBe(true);
    expect(waitsOnDecision({ ...moved, lastDecisionAt: at(10) })).toBe(false);
    // Brought there by a decision: that was the manager's own say.
    expect(waitsOnDecision({ ...moved, lastDecisionAt: at(9) })).toBe(false);
    expect(waitsOnDecision({ ...moved, arrivedAt: null })).toBe(false);
  });
});
