/**
 * How well CV intake reads the labelled corpus in test/fixtures/cvs: each
 * file through the text extractor and the reader, scored field by field
 * against its expected facts, with precision and recall over the corpus.
 *
 *   npx jest test/cv-corpus.spec.ts                       # files through CvTextExtractor
 *   CV_CORPUS_INPUT=in-thread npx jest test/cv-corpus.spec.ts   # extractCvText, no worker
 *     (in-thread, pdf-parse needs NODE_OPTIONS=--experimental-vm-modules under Jest)
 *   CV_CORPUS_INPUT=text npx jest test/cv-corpus.spec.ts  # text/<id>.txt, no extraction
 *   CV_CORPUS_VERBOSE=1 …                                  # also every miss, per file
 *
 * The sets (support/cv-corpus/sets.ts) were written one after another, each
 * by someone who had not read the reader: the first 39 CVs, then held-out/,
 * held-out-2/, held-out-3/ (12 each), held-out-4/ (18, with Europass and
 * LinkedIn layouts), held-out-5/ (30), held-out-6/ (45), held-out-7/ (69),
 * held-out-8/ to held-out-11/ (102 each), held-out-12/ to held-out-43/ (78 each).
 * Each is measured once unseen; the ones since used to make the reader more
 * general are the tuned corpus, where the goals are asserted and the
 * confidence calibrated. The others (held-out-3/, held-out-22/, held-out-25/,
 * held-out-26/, held-out-28/, held-out-31/ to held-out-35/, held-out-38/ to
 * held-out-40/, held-out-42/ and held-out-43/) have never been tuned on: their tables,
 * printed but not asserted, are the honest figure for CVs the reader has not
 * seen, and they stay at least a third of the corpus. Both the tuned corpus
 * and the unseen sets are also shown per language and per format, and with
 * how often each confidence bucket's proposals were right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALIBRATION, calibrateReading } from '../src/cv-reading/calibration';
import { readCvUncalibrated } from '../src/cv-reading/read-cv';
import { CvTextExtractor } from '../src/cvs/files/cv-text-extractor';
import { extractCvText } from '../src/cvs/files/extract-text';
import type { CvLimits } from '../src/cvs/files/types';
import { Field, FileScore, formatTable, scoreFile, totals } from './support/cv-corpus/evaluate';
import { fitCalibration } from './support/cv-corpus/calibration-fit';
import { formatBreakdown, formatCalibration, formatReliability } from './support/cv-corpus/report';
import { SETS, setDir, setTitle } from './support/cv-corpus/sets';
import { ExpectedCv } from './support/cv-corpus/types';

const LIMITS: CvLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 30,
  maxUncompressedBytes: 50 * 1024 * 1024,
  parseTimeoutMs: 20_000,
};
const INPUT = process.env.CV_CORPUS_INPUT ?? 'files';

/** Precision and recall each must reach. */
const GOALS: [Field, number][] = [
  ['email', 0.9],
  ['education level', 0.9],
  ['years in sales', 0.9],
  ['sales role', 0.8],
  ['competencies', 0.8],
];

function readCorpus(dir: string): ExpectedCv[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ExpectedCv);
}

/** Every set's CVs, as their expected facts. */
const sets = SETS.map((set) => ({ ...set, dir: setDir(set), title: setTitle(set), cvs: readCorpus(setDir(set)) }));
const tunedSets = sets.filter((set) => set.tuned);
const unseenSets = sets.filter((set) => !set.tuned);
const count = (of: typeof sets) => of.reduce((sum, set) => sum + set.cvs.length, 0);
const names = (of: typeof sets) => of.map((set) => set.title).join(', ');

type TextOf = (expected: ExpectedCv, dir: string) => Promise<string>;

/** How a CV's text is obtained, and how to let go of what that needed. */
async function textSource(): Promise<{ textOf: TextOf; close: () => Promise<void> }> {
  if (INPUT === 'text') {
    const textOf: TextOf = async (cv, dir) => readFileSync(join(dir, 'text', `${cv.id}.txt`), 'utf8');
    return { textOf, close: async () => undefined };
  }
  if (INPUT === 'in-thread') {
    const textOf: TextOf = async (cv, dir) =>
      (await extractCvText(readFileSync(join(dir, cv.file)), cv.file, LIMITS)).text;
    return { textOf, close: async () => undefined };
  }
  const extractor = new CvTextExtractor(LIMITS);
  const textOf: TextOf = async (cv, dir) => (await extractor.extract(readFileSync(join(dir, cv.file)), cv.file)).text;
  return { textOf, close: () => extractor.close() };
}

/** Every CV of a set read and scored; the ones that could not be read, with why. */
async function scoreSet(
  cvs: ExpectedCv[],
  dir: string,
  textOf: TextOf,
): Promise<{ scores: FileScore[]; raw: FileScore[]; failures: string[] }> {
  const scores: FileScore[] = [];
  const raw: FileScore[] = [];
  const failures: string[] = [];
  for (const cv of cvs) {
    try {
      const text = await textOf(cv, dir);
      // What readCv gives, and the same reading before calibration: what the calibration is fitted and judged on.
      const uncalibrated = readCvUncalibrated(text, { referenceDate: cv.referenceDate });
      scores.push(scoreFile(cv, calibrateReading(uncalibrated)));
      raw.push(scoreFile(cv, uncalibrated));
    } catch (error) {
      failures.push(`${cv.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { scores, raw, failures };
}

/** A set's table, what could not be read and, when verbose, every miss per file. */
function report(title: string, total: number, scores: FileScore[], failures: string[]): string[] {
  const lines = ['', formatTable(totals(scores), `${title}: ${scores.length} of ${total} CVs read (input: ${INPUT})`)];
  if (failures.length) lines.push('', 'Not read:', ...failures.map((f) => `  ${f}`));
  if (process.env.CV_CORPUS_VERBOSE === '1') {
    for (const score of scores) {
      if (score.misses.length) lines.push('', `${score.id}:`, ...score.misses.map((m) => `  ${m}`));
    }
  }
  return lines;
}

describe(`CV corpus (${count(tunedSets)} tuned CVs, ${count(unseenSets)} unseen; input: ${INPUT})`, () => {
  type SetRead = { scores: FileScore[]; raw: FileScore[]; failures: string[] };
  const read = new Map<string, SetRead>();
  let close: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const source = await textSource();
    close = source.close;
    for (const set of sets) read.set(set.folder, await scoreSet(set.cvs, set.dir, source.textOf));
    // About 80 s alone; the same in a full test run on two cores shared with other suites took past 120 s.
    // How fast files are read is measured by bench:cv, not here.
  }, 400_000);

  const readOf = (of: typeof sets) => of.map((set) => read.get(set.folder)!);
  const tuned = () => readOf(tunedSets).flatMap((r) => r.scores);
  const unseen = () => readOf(unseenSets).flatMap((r) => r.scores);
  const tunedRaw = () => readOf(tunedSets).flatMap((r) => r.raw);
  const unseenRaw = () => readOf(unseenSets).flatMap((r) => r.raw);

  afterAll(async () => {
    await close();
    const lines = sets.flatMap((set) => {
      const { scores, failures } = read.get(set.folder)!;
      return report(`${set.title} (${set.tuned ? 'tuned on' : 'never tuned on'})`, set.cvs.length, scores, failures);
    });
    lines.push(
      ...report(`tuned corpus: ${names(tunedSets)} (asserted)`, count(tunedSets), tuned(), []),
      ...report(`unseen sets: ${names(unseenSets)}`, count(unseenSets), unseen(), []),
    );
    for (const [name, files] of [
      ['tuned corpus', tuned()],
      ['unseen sets', unseen()],
    ] as const) {
      lines.push('', formatBreakdown(files, 'language', `${name}, per language (input: ${INPUT})`));
      lines.push('', formatBreakdown(files, 'format', `${name}, per format (input: ${INPUT})`));
      lines.push('', formatCalibration(files, `${name}: share of proposals right, per confidence (input: ${INPUT})`));
    }
    for (const [name, files] of [
      ['tuned corpus, raw confidence', tunedRaw()],
      ['tuned corpus, calibrated', tuned()],
      ['unseen sets, raw confidence', unseenRaw()],
      ['unseen sets, calibrated', unseen()],
    ] as const) {
      lines.push('', formatReliability(files, `${name}: stated confidence against share right (input: ${INPUT})`));
    }
    // Straight to stdout: Jest's console wraps every line in a stack-trace frame.
    process.stdout.write(`${lines.join('\n')}\n\n`);
  });

  it('reads every CV of the corpus', () => {
    expect(count(tunedSets)).toBeGreaterThanOrEqual(60);
    // A third of the corpus stays unseen.
    expect(count(unseenSets) * 3).toBeGreaterThanOrEqual(count(sets));
    expect([...read.values()].flatMap((r) => r.failures)).toEqual([]);
  });

  // The table is fitted on the text/ files; extracted text may differ by a space, so only that input checks it.
  if (INPUT === 'text') {
    it('holds the calibration table that the tuned corpus gives (else run test/support/cv-corpus/calibrate.ts)', () => {
      expect(fitCalibration(tunedRaw().flatMap((f) => f.judged))).toEqual(CALIBRATION);
    });
  }

  it.each(GOALS)('%s: precision and recall at least %d over the tuned corpus', (field, goal) => {
    const row = totals(tuned()).find((r) => r.field === field)!;
    expect(row.precision).toBeGreaterThanOrEqual(goal);
    expect(row.recall).toBeGreaterThanOrEqual(goal);
  });
});
