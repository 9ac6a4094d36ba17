import fc from 'fast-check';
import {
  criteriaArb,
  factsArb,
  languageArb,
  LEVEL_CODES,
  referenceDateArb,
  workFactArb,
} from '../../test/support/scoring-arbitraries';
import { parseEducationLevel } from './education-scale';
import { CandidateFacts, Criteria } from './profile';
import { compileProfile, ScoreResult, scoreCandidate } from './score';

const score = (criteria: Criteria, facts: CandidateFacts, reference: string, language = 'en' as const): ScoreResult =>
  scoreCandidate(compileProfile(criteria, language), facts, reference);

const units = (points: number) => Math.round(points * 100);
const runs = { numRuns: 400 };

describe('the scoring engine, for any profile and any facts', () => {
  it('keeps the score within 0–100 and the breakdown adding up to it exactly', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, referenceDateArb, languageArb, (criteria, facts, reference, language) => {
        const result = scoreCandidate(compileProfile(criteria, language), facts, reference);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        const earned = result.breakdown.reduce((sum, part) => sum + units(part.earned), 0);
        expect(earned).toBe(units(result.score));
        const possible = result.breakdown.reduce((sum, part) => sum + units(part.possible), 0);
        const anyWeight = result.breakdown.some((part) => part.weight > 0);
        expect(possible).toBe(anyWeight ? 10_000 : 0);
        for (const part of result.breakdown) {
          expect(part.earned).toBeLessThanOrEqual(part.possible);
          if (part.status === 'unknown') expect(part.earned).toBe(0);
          expect(part.explanation.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('makes anyone with a failed knock-out ineligible, and only them', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, referenceDateArb, (criteria, facts, reference) => {
        const result = score(criteria, facts, reference);
        const failed = result.breakdown.filter((part) => part.knockout && part.meetsBar === false);
        expect(result.failedKnockouts.map((note) => note.criterion)).toEqual(failed.map((part) => part.criterion));
        expect(result.eligible).toBe(failed.length === 0);
      }),
      runs,
    );
  });

  it('never lowers the score for more sales experience', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, workFactArb, referenceDateArb, (criteria, facts, job, reference) => {
        const before = score(criteria, facts, reference);
        const salesJob = { ...job, data: { ...job.data, salesRole: true } };
        const more = { ...facts, work: [...(facts.work ?? []), salesJob] };
        expect(score(criteria, more, reference).score).toBeGreaterThanOrEqual(before.score);
        const longer = {
          ...facts,
          work: (facts.work ?? []).map((fact) => ({ ...fact, data: { ...fact.data, end: null } })),
        };
        expect(score(criteria, longer, reference).score).toBeGreaterThanOrEqual(before.score);
      }),
      runs,
    );
  });

  it('never lowers the score for a higher education level', () => {
    fc.assert(
      fc.property(
        criteriaArb,
        factsArb,
        fc.nat(),
        fc.constantFrom(...LEVEL_CODES),
        referenceDateArb,
        (criteria, facts, pick, level, reference) => {
          const education = facts.education ?? [];
          const before = score(criteria, facts, reference).score;
          // Adding an entry at any level, or raising one entry, never costs points.
          const added = { ...facts, education: [...education, { confirmed: true, data: { level } }] };
          expect(score(criteria, added, reference).score).toBeGreaterThanOrEqual(before);
          if (education.length === 0) return;
          const index = pick % education.length;
          const current = parseEducationLevel(education[index].data.level)!;
          if (parseEducationLevel(level)!.rank <= current.rank) return;
          const raised = education.map((fact, i) => (i === index ? { ...fact, data: { ...fact.data, level } } : fact));
          expect(score(criteria, { ...facts, education: raised }, reference).score).toBeGreaterThanOrEqual(before);
        },
      ),
      runs,
    );
  });

  it('gives the same result whatever order the criteria and their items are listed in', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, referenceDateArb, fc.nat(), (criteria, facts, reference, seed) => {
        const shuffled = shuffleCriteria(criteria, seed);
        expect(score(shuffled, facts, reference)).toEqual(score(criteria, facts, reference));
      }),
      runs,
    );
  });

  it('gives the same score whatever order the facts come in, and the same result every time', () => {
    fc.assert(
      fc.property(criteriaArb, factsArb, referenceDateArb, fc.nat(), (criteria, facts, reference, seed) => {
        const first = score(criteria, facts, reference);
        expect(score(criteria, facts, reference)).toEqual(first);
        const reversed = Object.fromEntries(
          Object.entries(facts).map(([kind, list]) => [kind, rotate([...(list as unknown[])].reverse(), seed)]),
        ) as CandidateFacts;
        const again = score(criteria, reversed, reference);
        expect(again.score).toBe(first.score);
        expect(again.eligible).toBe(first.eligible);
        expect(again.breakdown.map((part) => part.earned)).toEqual(first.breakdown.map((part) => part.earned));
      }),
      runs,
    );
  });
});

function rotate<T>(list: T[], by: number): T[] {
  if (list.length === 0) return list;
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

function shuffleCriteria(criteria: Criteria, seed: number): Criteria {
  const entries = rotate(Object.entries(criteria).reverse(), seed);
  const shuffled = Object.fromEntries(
    entries.map(([kind, criterion]) => {
      const copy = { ...criterion } as Record<string, unknown>;
      for (const key of ['items', 'topics', 'required', 'preferred', 'preferredFields', 'industries']) {
        if (Array.isArray(copy[key])) copy[key] = rotate([...(copy[key] as unknown[])].reverse(), seed);
      }
      return [kind, copy];
    }),
  );
  return shuffled as Criteria;
}
