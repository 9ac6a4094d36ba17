import { judgeMove, movesFrom, nextPosition, Position } from './pipeline';

const rounds = ['r1', 'r2'];
const at = (stage: Position['stage'], roundId: string | null = null): Position => ({ stage, roundId });
const plain = { override: false, reason: null };

describe('the pipeline', () => {
  it('walks applied, screening, every round in order, offer, hired', () => {
    const path = [at('applied')];
    for (let step = nextPosition(path[0], rounds); step; step = nextPosition(step, rounds)) path.push(step);
    expect(path).toEqual([
      at('applied'),
      at('screening'),
      at('interview', 'r1'),
      at('interview', 'r2'),
      at('offer'),
      at('hired'),
    ]);
    expect(nextPosition(at('screening'), [])).toEqual(at('offer'));
  });

  it('allows the next step and an exit with a reason, nothing else without an override', () => {
    expect(judgeMove(at('interview', 'r1'), at('interview', 'r2'), rounds, plain)).toEqual({
      allowed: true,
      override: false,
    });
    expect(judgeMove(at('screening'), at('offer'), rounds, plain)).toEqual({
      allowed: false,
      reason: 'needs_override',
    });
    expect(judgeMove(at('screening'), at('offer'), rounds, { override: true, reason: null })).toEqual({
      allowed: false,
      reason: 'needs_reason',
    });
    expect(judgeMove(at('screening'), at('offer'), rounds, { override: true, reason: 'Internal move' })).toEqual({
      allowed: true,
      override: true,
    });
    expect(judgeMove(at('applied'), at('rejected'), rounds, plain)).toEqual({ allowed: false, reason: 'needs_reason' });
    expect(judgeMove(at('applied'), at('rejected'), rounds, { override: false, reason: 'No permit' })).toEqual({
      allowed: true,
      override: false,
    });
  });

  it('keeps final stages final, except a reconsidered rejection by override; nothing leaves hired', () => {
    expect(judgeMove(at('rejected'), at('screening'), rounds, plain)).toEqual({ allowed: false, reason: 'final' });
    expect(judgeMove(at('rejected'), at('screening'), rounds, { override: true, reason: 'Reconsidered' })).toEqual({
      allowed: true,
      override: true,
    });
    expect(judgeMove(at('hired'), at('withdrawn'), rounds, { override: true, reason: 'x' })).toEqual({
      allowed: false,
      reason: 'final',
    });
    expect(movesFrom(at('withdrawn'), rounds)).toEqual([]);
  });

  it('refuses a round that is not in the plan, and a move to where it already is', () => {
    expect(judgeMove(at('screening'), at('interview', 'r9'), rounds, { override: true, reason: 'x' })).toEqual({
      allowed: false,
      reason: 'unknown_round',
    });
    expect(judgeMove(at('offer'), at('offer'), rounds, plain)).toEqual({ allowed: false, reason: 'same' });
  });
});
