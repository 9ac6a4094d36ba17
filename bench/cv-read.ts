/**
 * The CV reader on text alone: CPU time per CV for readCv over the plain-text
 * renderings of the labelled corpus (test/fixtures/cvs/<set>/text), against a
 * floor measured in the same run: the same texts split into lines and
 * normalised, which every reading does first.
 *
 *   npm run bench:cv-read                  # SETS=held-out-20,held-out-21,held-out-22,held-out-23 ROUNDS=5
 *
 * Text extraction is not included: bench:cv measures files from upload to facts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCvUncalibrated } from '../src/cv-reading/read-cv';
import { splitLines } from '../src/cv-reading/lines';
import { FIXTURES } from '../test/support/cv-corpus/sets';

const SETS = (process.env.SETS ?? 'held-out-20,held-out-21,held-out-22,held-out-23').split(',');
const ROUNDS = Number(process.env.ROUNDS ?? 5);

function cpuMsPer(texts: string[], work: (text: string) => unknown): number {
  const start = process.cpuUsage();
  for (let round = 0; round < ROUNDS; round++) for (const text of texts) work(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / (texts.length * ROUNDS);
}

const texts = SETS.flatMap((set) => {
  const dir = join(FIXTURES, set, 'text');
  return readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
});
// One round first, so that both are measured with the patterns compiled and the code warm.
for (const text of texts) readCvUncalibrated(text, { referenceDate: '2026-11-01' });
const floor = cpuMsPer(texts, (text) => splitLines(text));
const read = cpuMsPer(texts, (text) => readCvUncalibrated(text, { referenceDate: '2026-11-01' }));
process.stdout.write(
  `${texts.length} CV texts (${SETS.join(', ')}), ${ROUNDS} rounds\n` +
    `| step | CPU ms per CV |\n| --- | ---: |\n| split into lines (floor) | ${floor.toFixed(2)} |\n` +
    `| readCv | ${read.toFixed(2)} |\n\nreadCv costs ${(read / floor).toFixed(1)}× the floor; ` +
    `${(1000 / read).toFixed(0)} CV texts per CPU second.\n`,
);
