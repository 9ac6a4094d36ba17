/**
 * CV intake speed and memory: 1,000 generated two-page CVs (500 PDF, 500
 * DOCX) through CvTextExtractor with one worker thread, each text then read
 * by readCv in the same worker thread (as the server does), all in one process.
 *
 *   npm run bench:cv                       # CVS=1000 WINDOW=4 ROUNDS=3
 *
 * The baseline, in the same process on the same PDFs, is pdf-parse's own
 * getText() in the main thread: what reading the text costs before Sift's
 * layout handling, worker hand-over and reader. Rates are wall-clock; CPU
 * seconds (all threads) are shown beside them, since the worker and the
 * main thread can each keep a core busy. Memory: resident set sampled every
 * 50 ms, and the main thread's heap after a forced collection once 100 CVs
 * are done and again after all of them (the worker's heap is its own and
 * capped by the extractor).
 */
import { PDFParse } from 'pdf-parse';
import { CvTextExtractor } from '../src/cvs/files/cv-text-extractor';
import { CvLimits } from '../src/cvs/files/types';
import { scoreFile } from '../test/support/cv-corpus/evaluate';
import { generateCv, GeneratedCv } from './support/generated-cvs';

const COUNT = Number(process.env.CVS ?? 1000);
/** CVs handed to the extractor at once: enough that its thread never waits for the main thread. */
const WINDOW = Number(process.env.WINDOW ?? 4);
const LIMITS: CvLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 30,
  maxUncompressedBytes: 50 * 1024 * 1024,
  parseTimeoutMs: 20_000,
};
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const REFERENCE = '2026-11-01';
const GOAL_PDFS_PER_CORE_SECOND = 20;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:cv does)');

const MB = 1024 * 1024;
const peak = { intake: 0, baseline: 0 };
let phase: keyof typeof peak = 'intake';
const sample = () => (peak[phase] = Math.max(peak[phase], process.memoryUsage().rss));
const sampler = setInterval(sample, 50);
sampler.unref();

interface Timed {
  cvs: number;
  seconds: number;
  cpuSeconds: number;
}

interface Pass extends Timed {
  pages: Map<number, number>;
  emailRight: number;
  yearsRight: number;
  /** Main-thread heap after a collection, by CVs done. */
  heap: Map<number, number>;
  /** Resident set of the whole process at the same points. */
  rss: Map<number, number>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function heapAfterGc(): number {
  gc!();
  return process.memoryUsage().heapUsed;
}

/** Every CV through the extractor and the reader, WINDOW in flight, in order. */
async function intake(extractor: CvTextExtractor, cvs: GeneratedCv[], heapAt: number[] = []): Promise<Pass> {
  const pass: Pass = {
    cvs: cvs.length,
    seconds: 0,
    cpuSeconds: 0,
    pages: new Map(),
    emailRight: 0,
    yearsRight: 0,
    heap: new Map(),
    rss: new Map(),
  };
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  let next = 0;
  let done = 0;
  const inFlight = new Map<number, Promise<void>>();
  const start = (index: number) => {
    const cv = cvs[index];
    // As the server does it: the worker thread extracts the text and reads the facts.
    const work = extractor.extract(cv.bytes, cv.fileName, { referenceDate: REFERENCE }).then((extracted) => {
      const reading = extracted.reading!;
      if (extracted.pages !== null) pass.pages.set(extracted.pages, (pass.pages.get(extracted.pages) ?? 0) + 1);
      const score = scoreFile(cv.expected, reading).counts;
      pass.emailRight += score.email.matched;
      pass.yearsRight += score['years in sales'].matched;
      inFlight.delete(index);
      done += 1;
    });
    inFlight.set(index, work);
  };
  while (done < cvs.length) {
    while (next < cvs.length && inFlight.size < WINDOW) start(next++);
    await Promise.race(inFlight.values());
    const mark = heapAt.find((at) => done >= at && !pass.heap.has(at));
    if (mark !== undefined) {
      // Let what is in flight finish, so the figure is the heap between files.
      await Promise.all(inFlight.values());
      pass.heap.set(mark, heapAfterGc());
      pass.rss.set(mark, process.memoryUsage().rss);
    }
  }
  pass.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  pass.cpuSeconds = (used.user + used.system) / 1e6;
  return pass;
}

async function baseline(pdfs: GeneratedCv[]): Promise<Timed & { chars: number }> {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  let chars = 0;
  for (const cv of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(cv.bytes) });
    chars += (await parser.getText()).text.length;
    await parser.destroy();
    // pdf.js in the main thread settles by microtasks, which starve the timer: sample here too.
    sample();
  }
  const used = process.cpuUsage(cpu);
  return {
    cvs: pdfs.length,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: (used.user + used.system) / 1e6,
    chars,
  };
}

async function main(): Promise<void> {
  const generating = process.hrtime.bigint();
  const cvs: GeneratedCv[] = [];
  for (let index = 1; index <= COUNT; index++) cvs.push(await generateCv(index));
  const generated = Number(process.hrtime.bigint() - generating) / 1e9;
  const pdfs = cvs.filter((cv) => cv.format === 'pdf');
  const docxs = cvs.filter((cv) => cv.format === 'docx');
  const firstPdf = new PDFParse({ data: new Uint8Array(pdfs[0].bytes) });
  const firstPages = (await firstPdf.getText()).total;
  await firstPdf.destroy();
  if (firstPages !== 2) throw new Error(`the first PDF has ${firstPages} pages, not 2`);
  const size = (list: GeneratedCv[]) => list.reduce((sum, cv) => sum + cv.bytes.length, 0) / list.length / 1024;
  process.stderr.write(`generated ${COUNT} CVs in ${generated.toFixed(1)} s\n`);

  const extractor = new CvTextExtractor(LIMITS, { workers: 1 });
  // Warm-up: the worker's start, its module loading and the JIT are not what is measured.
  await intake(extractor, [...pdfs.slice(0, 10), ...docxs.slice(0, 10)]);
  const heapBefore = heapAfterGc();
  peak.intake = process.memoryUsage().rss;
  const marks = [...new Set([100, 500, COUNT].filter((n) => n <= COUNT))];
  const mixed = await intake(extractor, cvs, marks);
  const pdfRuns: Pass[] = [];
  const docxRuns: Pass[] = [];
  const rawRuns: Timed[] = [];
  // Alternating, so a noisy neighbour on the machine slows each kind of run about as much.
  for (let round = 0; round < ROUNDS; round++) {
    pdfRuns.push(await intake(extractor, pdfs));
    docxRuns.push(await intake(extractor, docxs));
    phase = 'baseline';
    rawRuns.push(await baseline(pdfs));
    phase = 'intake';
  }
  const heapAfterAll = heapAfterGc();
  await extractor.close();
  clearInterval(sampler);

  const kb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const pageCounts = [...mixed.pages].map(([pages, n]) => `${n} with ${pages}`).join(', ');
  const row = (task: string, runs: Timed[]) => {
    const wall = median(runs.map((r) => r.cvs / r.seconds));
    const cpu = median(runs.map((r) => r.cvs / r.cpuSeconds));
    const spread = runs.map((r) => (r.cvs / r.seconds).toFixed(0)).join(', ');
    return { text: `| ${task} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | ${spread} |`, wall, cpu };
  };
  const pdfRow = row('PDF only: extract + readCv (1 worker)', pdfRuns);
  const docxRow = row('DOCX only: extract + readCv (1 worker)', docxRuns);
  const rawRow = row('Baseline: pdf-parse `getText()` in the main thread', rawRuns);
  const mixedRow = row('Mixed, in index order (one pass)', [mixed]);
  const processed = 20 + COUNT * (1 + ROUNDS);
  const lines = [
    `Node ${process.versions.node}, ${COUNT} CVs (${pdfs.length} PDF, average ${size(pdfs).toFixed(1)} KB, ` +
      `pages: ${pageCounts}; ${docxs.length} DOCX, average ${size(docxs).toFixed(1)} KB), ` +
      `one extraction worker, ${WINDOW} CVs in flight, median of ${ROUNDS} alternating rounds:`,
    '',
    '| Task | CVs/s (wall) | CVs per CPU second (all threads) | Each round, CVs/s |',
    '| --- | --- | --- | --- |',
    mixedRow.text,
    pdfRow.text,
    docxRow.text,
    rawRow.text,
    '',
    `PDF intake vs. the baseline: ${(pdfRow.wall / rawRow.wall).toFixed(2)}× its speed by the clock, ` +
      `${(pdfRow.cpu / rawRow.cpu).toFixed(2)}× per CPU second. Goal, ${GOAL_PDFS_PER_CORE_SECOND} two-page ` +
      `PDFs per second per core: ${pdfRow.cpu.toFixed(1)} per CPU second ` +
      `(${pdfRow.cpu >= GOAL_PDFS_PER_CORE_SECOND ? 'met' : 'not met'}).`,
    '',
    `Memory: peak resident ${kb(peak.intake)} during intake, ${kb(peak.baseline)} during the baseline runs. ` +
      `Main-thread heap after a collection: ${kb(heapBefore)} before, ` +
      marks.map((n) => `${kb(mixed.heap.get(n)!)} after ${n}`).join(', ') +
      `, ${kb(heapAfterAll)} after all ${processed} CVs. Resident after 100: ${kb(mixed.rss.get(100)!)}, ` +
      `after ${COUNT}: ${kb(mixed.rss.get(COUNT)!)}. The ${COUNT} files ` +
      `(${kb(cvs.reduce((sum, cv) => sum + cv.bytes.length, 0))}) are held throughout.`,
    `Reader on the generated CVs (mixed pass): e-mail right ${mixed.emailRight}/${COUNT}, ` +
      `years in sales within 0.5 of the truth ${mixed.yearsRight}/${COUNT}.`,
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
