/**
 * Scoring speed: 100,000 generated candidates against one profile, and
 * against the Accountmanager A/B/C family, in one process on one core.
 *
 *   npm run bench:scoring                  # CANDIDATES=100000 ROUNDS=3
 *
 * An evaluation is one candidate scored against one profile, with its full
 * breakdown and sentences; a family fit is three. The baseline, run in the
 * same process on the same candidates, is a JSON round trip of each
 * candidate's facts: a fixed amount of work to hold the figures against on a
 * noisy machine. Speed is timed over whole, untouched passes. Memory is
 * measured in one more pass per task: the heap after a forced collection,
 * every 10,000 candidates; flat means it does not grow with the count.
 */
import { TEMPLATES } from '../src/role-profiles/templates';
import { fitFamily } from '../src/scoring/family-fit';
import { CandidateFacts } from '../src/scoring/profile';
import { compileProfile, scoreCandidate } from '../src/scoring/score';
import { generateCandidates } from './support/generated-facts';

const COUNT = Number(process.env.CANDIDATES ?? 100_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SAMPLE_EVERY = 10_000;
const REFERENCE = '2026-11-23';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:scoring does)');

/** Seconds for one untouched pass of `work` over every candidate. */
function timePass(candidates: CandidateFacts[], work: (facts: CandidateFacts) => number): number {
  let checksum = 0;
  const started = process.hrtime.bigint();
  for (let index = 0; index < candidates.length; index++) checksum += work(candidates[index]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (Number.isNaN(checksum)) throw new Error('a score was not a number');
  return seconds;
}

/** The heap after a forced collection, before the pass and after every 10,000 candidates. */
function heapDuringPass(candidates: CandidateFacts[], work: (facts: CandidateFacts) => number): number[] {
  gc!();
  const samples = [process.memoryUsage().heapUsed];
  for (let from = 0; from < candidates.length; from += SAMPLE_EVERY) {
    for (let index = from; index < Math.min(candidates.length, from + SAMPLE_EVERY); index++) work(candidates[index]);
    gc!();
    samples.push(process.memoryUsage().heapUsed);
  }
  return samples;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function main(): void {
  const single = TEMPLATES.find((template) => template.key === 'key-account-manager')!;
  const profile = compileProfile(single.criteria, single.language);
  const family = TEMPLATES.filter((template) => template.family === 'Accountmanager').map((template) => ({
    level: template.level!,
    profile: compileProfile(template.criteria, template.language),
  }));
  const generated = performance.now();
  const candidates = generateCandidates(COUNT);
  console.log(`generated ${COUNT} candidates in ${Math.round(performance.now() - generated)} ms`);

  const tasks = {
    baseline: (facts: CandidateFacts) => JSON.stringify(JSON.parse(JSON.stringify(facts))).length,
    profile: (facts: CandidateFacts) => scoreCandidate(profile, facts, REFERENCE).score,
    family: (facts: CandidateFacts) => fitFamily(family, facts, REFERENCE, 'nl').levels.length,
  };
  const names = Object.keys(tasks) as (keyof typeof tasks)[];
  const seconds: Record<keyof typeof tasks, number[]> = { baseline: [], profile: [], family: [] };
  // One pass each lets the JIT settle; then the tasks alternate so noise hits them alike.
  for (const name of names) timePass(candidates, tasks[name]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) seconds[name].push(timePass(candidates, tasks[name]));
  }
  const heapGrowth = { profile: 0, family: 0 };
  for (const name of ['profile', 'family'] as const) {
    const samples = heapDuringPass(candidates, tasks[name]);
    heapGrowth[name] = Math.max(...samples) - samples[0];
  }

  const baseline = median(seconds.baseline);
  const rows = [
    ['one profile (key account manager)', COUNT, median(seconds.profile)],
    ['A/B/C family (3 profiles each)', COUNT * 3, median(seconds.family)],
  ] as const;
  console.log(`\nNode ${process.version}, ${COUNT} candidates, median of ${ROUNDS} rounds`);
  console.log(
    `baseline (JSON round trip of the facts): ${Math.round(COUNT / baseline).toLocaleString('en')} candidates/s`,
  );
  for (const [name, evaluations, time] of rows) {
    const perSecond = Math.round(evaluations / time).toLocaleString('en');
    console.log(
      `${name}: ${perSecond} evaluations/s, ${(time * 1000).toFixed(0)} ms for ${COUNT} candidates, ` +
        `${(time / baseline).toFixed(2)}× the baseline's time`,
    );
  }
  for (const name of ['profile', 'family'] as const) {
    console.log(
      `heap growth over a pass (${name}), sampled every ${SAMPLE_EVERY}: ${(heapGrowth[name] / 1024).toFixed(0)} KB`,
    );
  }
  console.log(`heap holding the ${COUNT} candidates: ${mb(process.memoryUsage().heapUsed)} MB`);
}

main();
