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
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCv } from '../src/cv-reading/read-cv';
import { CvTextExtractor } from '../src/cvs/files/cv-text-extractor';
import { extractCvText } from '../src/cvs/files/extract-text';
import type { CvLimits } from '../src/cvs/files/types';
import { Field, FileScore, formatTable, scoreFile, totals } from './support/cv-corpus/evaluate';
import { ExpectedCv } from './support/cv-corpus/types';

const DIR = join(__dirname, 'fixtures', 'cvs');
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

const corpus: ExpectedCv[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.expected.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as ExpectedCv);

type TextOf = (expected: ExpectedCv) => Promise<string>;

/** How a CV's text is obtained, and how to let go of what that needed. */
async function textSource(): Promise<{ textOf: TextOf; close: () => Promise<void> }> {
  if (INPUT === 'text') {
    const textOf: TextOf = async (cv) => readFileSync(join(DIR, 'text', `${cv.id}.txt`), 'utf8');
    return { textOf, close: async () => undefined };
  }
  if (INPUT === 'in-thread') {
    const textOf: TextOf = async (cv) => (await extractCvText(readFileSync(join(DIR, cv.file)), cv.file, LIMITS)).text;
    return { textOf, close: async () => undefined };
  }
  const extractor = new CvTextExtractor(LIMITS);
  const textOf: TextOf = async (cv) => (await extractor.extract(readFileSync(join(DIR, cv.file)), cv.file)).text;
  return { textOf, close: () => extractor.close() };
}

describe(`CV corpus (${corpus.length} CVs, input: ${INPUT})`, () => {
  const scores: FileScore[] = [];
  const failures: string[] = [];
  let close: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const source = await textSource();
    close = source.close;
    for (const cv of corpus) {
      try {
        const text = await source.textOf(cv);
        scores.push(scoreFile(cv, readCv(text, { referenceDate: cv.referenceDate })));
      } catch (error) {
        failures.push(`${cv.file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }, 120_000);

  afterAll(async () => {
    await close();
    const rows = totals(scores);
    const lines = ['', formatTable(rows, `CV corpus: ${scores.length} of ${corpus.length} CVs read (input: ${INPUT})`)];
    if (failures.length) lines.push('', 'Not read:', ...failures.map((f) => `  ${f}`));
    if (process.env.CV_CORPUS_VERBOSE === '1') {
      for (const score of scores) {
        if (score.misses.length) lines.push('', `${score.id}:`, ...score.misses.map((m) => `  ${m}`));
      }
    }
    // Straight to stdout: Jest's console wraps every line in a stack-trace frame.
    process.stdout.write(`${lines.join('\n')}\n\n`);
  });

  it('reads every CV of the corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(33);
    expect(failures).toEqual([]);
  });

  it.each(GOALS)('%s: precision and recall at least %d', (field, goal) => {
    const row = totals(scores).find((r) => r.field === field)!;
    expect(row.precision).toBeGreaterThanOrEqual(goal);
    expect(row.recall).toBeGreaterThanOrEqual(goal);
  });
});
