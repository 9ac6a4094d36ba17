/**
 * Regenerates the reader's calibration table from the tuned sets of the
 * corpus (sets.ts), read from their text/ files, never from the unseen sets:
 *
 *   npx ts-node --transpile-only test/support/cv-corpus/calibrate.ts
 *
 * Run it after a change to the reader; test/cv-corpus.spec.ts fails while the
 * table in src/cv-reading/calibration.ts is stale.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { readCvUncalibrated } from '../../../src/cv-reading/read-cv';
import { fitCalibration, tableSource } from './calibration-fit';
import { Judged, scoreFile } from './evaluate';
import { SETS, setDir } from './sets';
import { ExpectedCv } from './types';

export const TUNED_DIRS = SETS.filter((set) => set.tuned).map(setDir);
const TARGET = join(__dirname, '..', '..', '..', 'src', 'cv-reading', 'calibration.ts');

/** Every proposal of the tuned corpus, with its raw confidence, judged right or not. */
export function tunedJudged(): Judged[] {
  return TUNED_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.expected.json'))
      .sort()
      .flatMap((name) => {
        const cv = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ExpectedCv;
        const text = readFileSync(join(dir, 'text', `${cv.id}.txt`), 'utf8');
        return scoreFile(cv, readCvUncalibrated(text, { referenceDate: cv.referenceDate })).judged;
      }),
  );
}

async function main(): Promise<void> {
  const source = readFileSync(TARGET, 'utf8');
  const begin = source.indexOf('// calibration:begin\n');
  const end = source.indexOf('// calibration:end');
  if (begin < 0 || end < begin) throw new Error('calibration.ts has lost its calibration:begin/end markers');
  const head = source.slice(0, begin + '// calibration:begin\n'.length);
  const written = `${head}${tableSource(fitCalibration(tunedJudged()))}\n${source.slice(end)}`;
  const options = { ...(await resolveConfig(TARGET)), filepath: TARGET };
  writeFileSync(TARGET, await format(written, options));
  process.stdout.write('calibration table written to src/cv-reading/calibration.ts\n');
}

if (require.main === module) void main();
