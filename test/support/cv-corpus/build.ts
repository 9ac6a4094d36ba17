/**
 * Writes the CV corpus: each set of sets.ts under test/fixtures/cvs (the first
 * set at the top, the others in their folders), as <id>.<pdf|docx|txt>, the
 * expected facts beside each as <id>.expected.json, and every CV's plain-text
 * rendering under text/<id>.txt.
 *
 *   npm run corpus:build
 *
 * Stops without writing when a source's expectation does not match its text.
 * CV_CORPUS_NOTES=1 also lists catalogue words found but not expected.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from './check';
import { composeBlocks, expectedOf, fileName } from './compose';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { renderText } from './render-text';
import { CORPUS } from './sources';
import { HELD_OUT } from './sources/held-out';
import { HELD_OUT_2 } from './sources/held-out-2';
import { HELD_OUT_3 } from './sources/held-out-3';
import { HELD_OUT_4 } from './sources/held-out-4';
import { HELD_OUT_5_EN } from './sources/held-out-5-en';
import { HELD_OUT_5_ET } from './sources/held-out-5-et';
import { HELD_OUT_5_NL } from './sources/held-out-5-nl';
import { HELD_OUT_6_EN } from './sources/held-out-6-en';
import { HELD_OUT_6_ET } from './sources/held-out-6-et';
import { HELD_OUT_6_NL } from './sources/held-out-6-nl';
import { HELD_OUT_7_EN } from './sources/held-out-7-en';
import { HELD_OUT_7_ET } from './sources/held-out-7-et';
import { HELD_OUT_7_NL } from './sources/held-out-7-nl';
import { HELD_OUT_8_EN } from './sources/held-out-8-en';
import { HELD_OUT_8_ET } from './sources/held-out-8-et';
import { HELD_OUT_8_NL } from './sources/held-out-8-nl';
import { HELD_OUT_9_EN } from './sources/held-out-9-en';
import { HELD_OUT_9_ET } from './sources/held-out-9-et';
import { HELD_OUT_9_NL } from './sources/held-out-9-nl';
import { HELD_OUT_10_EN } from './sources/held-out-10-en';
import { HELD_OUT_10_ET } from './sources/held-out-10-et';
import { HELD_OUT_10_NL } from './sources/held-out-10-nl';
import { HELD_OUT_11_EN } from './sources/held-out-11-en';
import { HELD_OUT_11_ET } from './sources/held-out-11-et';
import { HELD_OUT_11_NL } from './sources/held-out-11-nl';
import { HELD_OUT_12_EN } from './sources/held-out-12-en';
import { HELD_OUT_12_ET } from './sources/held-out-12-et';
import { HELD_OUT_12_NL } from './sources/held-out-12-nl';
import { HELD_OUT_13_EN } from './sources/held-out-13-en';
import { HELD_OUT_13_ET } from './sources/held-out-13-et';
import { HELD_OUT_13_NL } from './sources/held-out-13-nl';
import { HELD_OUT_14_EN } from './sources/held-out-14-en';
import { HELD_OUT_14_ET } from './sources/held-out-14-et';
import { HELD_OUT_14_NL } from './sources/held-out-14-nl';
import { HELD_OUT_15_EN } from './sources/held-out-15-en';
import { HELD_OUT_15_ET } from './sources/held-out-15-et';
import { HELD_OUT_15_NL } from './sources/held-out-15-nl';
import { HELD_OUT_16_EN } from './sources/held-out-16-en';
import { HELD_OUT_16_ET } from './sources/held-out-16-et';
import { HELD_OUT_16_NL } from './sources/held-out-16-nl';
import { HELD_OUT_17_EN } from './sources/held-out-17-en';
import { HELD_OUT_17_ET } from './sources/held-out-17-et';
import { HELD_OUT_17_NL } from './sources/held-out-17-nl';
import { HELD_OUT_18_EN } from './sources/held-out-18-en';
import { HELD_OUT_18_ET } from './sources/held-out-18-et';
import { HELD_OUT_18_NL } from './sources/held-out-18-nl';
import { HELD_OUT_19_EN } from './sources/held-out-19-en';
import { HELD_OUT_19_ET } from './sources/held-out-19-et';
import { HELD_OUT_19_NL } from './sources/held-out-19-nl';
import { HELD_OUT_20_EN } from './sources/held-out-20-en';
import { HELD_OUT_20_ET } from './sources/held-out-20-et';
import { HELD_OUT_20_NL } from './sources/held-out-20-nl';
import { HELD_OUT_21_EN } from './sources/held-out-21-en';
import { HELD_OUT_21_ET } from './sources/held-out-21-et';
import { HELD_OUT_21_NL } from './sources/held-out-21-nl';
import { HELD_OUT_22_EN } from './sources/held-out-22-en';
import { HELD_OUT_22_ET } from './sources/held-out-22-et';
import { HELD_OUT_22_NL } from './sources/held-out-22-nl';
import { HELD_OUT_23_EN } from './sources/held-out-23-en';
import { HELD_OUT_23_ET } from './sources/held-out-23-et';
import { HELD_OUT_23_NL } from './sources/held-out-23-nl';
import { HELD_OUT_24_EN } from './sources/held-out-24-en';
import { HELD_OUT_24_ET } from './sources/held-out-24-et';
import { HELD_OUT_24_NL } from './sources/held-out-24-nl';
import { HELD_OUT_25_EN } from './sources/held-out-25-en';
import { HELD_OUT_25_ET } from './sources/held-out-25-et';
import { HELD_OUT_25_NL } from './sources/held-out-25-nl';
import { HELD_OUT_26_EN } from './sources/held-out-26-en';
import { HELD_OUT_26_ET } from './sources/held-out-26-et';
import { HELD_OUT_26_NL } from './sources/held-out-26-nl';
import { HELD_OUT_27_EN } from './sources/held-out-27-en';
import { HELD_OUT_27_ET } from './sources/held-out-27-et';
import { HELD_OUT_27_NL } from './sources/held-out-27-nl';
import { HELD_OUT_28_EN } from './sources/held-out-28-en';
import { HELD_OUT_28_ET } from './sources/held-out-28-et';
import { HELD_OUT_28_NL } from './sources/held-out-28-nl';
import { HELD_OUT_29_EN } from './sources/held-out-29-en';
import { HELD_OUT_29_ET } from './sources/held-out-29-et';
import { HELD_OUT_29_NL } from './sources/held-out-29-nl';
import { HELD_OUT_30_EN } from './sources/held-out-30-en';
import { HELD_OUT_30_ET } from './sources/held-out-30-et';
import { HELD_OUT_30_NL } from './sources/held-out-30-nl';
import { HELD_OUT_31_EN } from './sources/held-out-31-en';
import { HELD_OUT_31_ET } from './sources/held-out-31-et';
import { HELD_OUT_31_NL } from './sources/held-out-31-nl';
import { HELD_OUT_32_EN } from './sources/held-out-32-en';
import { HELD_OUT_32_ET } from './sources/held-out-32-et';
import { HELD_OUT_32_NL } from './sources/held-out-32-nl';
import { HELD_OUT_33_EN } from './sources/held-out-33-en';
import { HELD_OUT_33_ET } from './sources/held-out-33-et';
import { HELD_OUT_33_NL } from './sources/held-out-33-nl';
import { HELD_OUT_34_EN } from './sources/held-out-34-en';
import { HELD_OUT_34_ET } from './sources/held-out-34-et';
import { HELD_OUT_34_NL } from './sources/held-out-34-nl';
import { HELD_OUT_35_EN } from './sources/held-out-35-en';
import { HELD_OUT_35_ET } from './sources/held-out-35-et';
import { HELD_OUT_35_NL } from './sources/held-out-35-nl';
import { HELD_OUT_36_EN } from './sources/held-out-36-en';
import { HELD_OUT_36_ET } from './sources/held-out-36-et';
import { HELD_OUT_36_NL } from './sources/held-out-36-nl';
import { HELD_OUT_37_EN } from './sources/held-out-37-en';
import { HELD_OUT_37_ET } from './sources/held-out-37-et';
import { HELD_OUT_37_NL } from './sources/held-out-37-nl';
import { HELD_OUT_38_EN } from './sources/held-out-38-en';
import { HELD_OUT_38_ET } from './sources/held-out-38-et';
import { HELD_OUT_38_NL } from './sources/held-out-38-nl';
import { HELD_OUT_39_EN } from './sources/held-out-39-en';
import { HELD_OUT_39_ET } from './sources/held-out-39-et';
import { HELD_OUT_39_NL } from './sources/held-out-39-nl';
import { HELD_OUT_40_EN } from './sources/held-out-40-en';
import { HELD_OUT_40_ET } from './sources/held-out-40-et';
import { HELD_OUT_40_NL } from './sources/held-out-40-nl';
import { HELD_OUT_41_EN } from './sources/held-out-41-en';
import { HELD_OUT_41_ET } from './sources/held-out-41-et';
import { HELD_OUT_41_NL } from './sources/held-out-41-nl';
import { HELD_OUT_42_EN } from './sources/held-out-42-en';
import { HELD_OUT_42_ET } from './sources/held-out-42-et';
import { HELD_OUT_42_NL } from './sources/held-out-42-nl';
import { HELD_OUT_43_EN } from './sources/held-out-43-en';
import { HELD_OUT_43_ET } from './sources/held-out-43-et';
import { HELD_OUT_43_NL } from './sources/held-out-43-nl';
import { SETS, setDir, setTitle } from './sets';
import { CvSource } from './types';

/** Each set's sources, by its folder. */
const SOURCES: Record<string, CvSource[]> = {
  '': CORPUS,
  'held-out': HELD_OUT,
  'held-out-2': HELD_OUT_2,
  'held-out-3': HELD_OUT_3,
  'held-out-4': HELD_OUT_4,
  'held-out-5': [...HELD_OUT_5_NL, ...HELD_OUT_5_ET, ...HELD_OUT_5_EN],
  'held-out-6': [...HELD_OUT_6_NL, ...HELD_OUT_6_ET, ...HELD_OUT_6_EN],
  'held-out-7': [...HELD_OUT_7_NL, ...HELD_OUT_7_ET, ...HELD_OUT_7_EN],
  'held-out-8': [...HELD_OUT_8_NL, ...HELD_OUT_8_ET, ...HELD_OUT_8_EN],
  'held-out-9': [...HELD_OUT_9_NL, ...HELD_OUT_9_ET, ...HELD_OUT_9_EN],
  'held-out-10': [...HELD_OUT_10_NL, ...HELD_OUT_10_ET, ...HELD_OUT_10_EN],
  'held-out-11': [...HELD_OUT_11_NL, ...HELD_OUT_11_ET, ...HELD_OUT_11_EN],
  'held-out-12': [...HELD_OUT_12_NL, ...HELD_OUT_12_ET, ...HELD_OUT_12_EN],
  'held-out-13': [...HELD_OUT_13_NL, ...HELD_OUT_13_ET, ...HELD_OUT_13_EN],
  'held-out-14': [...HELD_OUT_14_NL, ...HELD_OUT_14_ET, ...HELD_OUT_14_EN],
  'held-out-15': [...HELD_OUT_15_NL, ...HELD_OUT_15_ET, ...HELD_OUT_15_EN],
  'held-out-16': [...HELD_OUT_16_NL, ...HELD_OUT_16_ET, ...HELD_OUT_16_EN],
  'held-out-17': [...HELD_OUT_17_NL, ...HELD_OUT_17_ET, ...HELD_OUT_17_EN],
  'held-out-18': [...HELD_OUT_18_NL, ...HELD_OUT_18_ET, ...HELD_OUT_18_EN],
  'held-out-19': [...HELD_OUT_19_NL, ...HELD_OUT_19_ET, ...HELD_OUT_19_EN],
  'held-out-20': [...HELD_OUT_20_NL, ...HELD_OUT_20_ET, ...HELD_OUT_20_EN],
  'held-out-21': [...HELD_OUT_21_NL, ...HELD_OUT_21_ET, ...HELD_OUT_21_EN],
  'held-out-22': [...HELD_OUT_22_NL, ...HELD_OUT_22_ET, ...HELD_OUT_22_EN],
  'held-out-23': [...HELD_OUT_23_NL, ...HELD_OUT_23_ET, ...HELD_OUT_23_EN],
  'held-out-24': [...HELD_OUT_24_NL, ...HELD_OUT_24_ET, ...HELD_OUT_24_EN],
  'held-out-25': [...HELD_OUT_25_NL, ...HELD_OUT_25_ET, ...HELD_OUT_25_EN],
  'held-out-26': [...HELD_OUT_26_NL, ...HELD_OUT_26_ET, ...HELD_OUT_26_EN],
  'held-out-27': [...HELD_OUT_27_NL, ...HELD_OUT_27_ET, ...HELD_OUT_27_EN],
  'held-out-28': [...HELD_OUT_28_NL, ...HELD_OUT_28_ET, ...HELD_OUT_28_EN],
  'held-out-29': [...HELD_OUT_29_NL, ...HELD_OUT_29_ET, ...HELD_OUT_29_EN],
  'held-out-30': [...HELD_OUT_30_NL, ...HELD_OUT_30_ET, ...HELD_OUT_30_EN],
  'held-out-31': [...HELD_OUT_31_NL, ...HELD_OUT_31_ET, ...HELD_OUT_31_EN],
  'held-out-32': [...HELD_OUT_32_NL, ...HELD_OUT_32_ET, ...HELD_OUT_32_EN],
  'held-out-33': [...HELD_OUT_33_NL, ...HELD_OUT_33_ET, ...HELD_OUT_33_EN],
  'held-out-34': [...HELD_OUT_34_NL, ...HELD_OUT_34_ET, ...HELD_OUT_34_EN],
  'held-out-35': [...HELD_OUT_35_NL, ...HELD_OUT_35_ET, ...HELD_OUT_35_EN],
  'held-out-36': [...HELD_OUT_36_NL, ...HELD_OUT_36_ET, ...HELD_OUT_36_EN],
  'held-out-37': [...HELD_OUT_37_NL, ...HELD_OUT_37_ET, ...HELD_OUT_37_EN],
  'held-out-38': [...HELD_OUT_38_NL, ...HELD_OUT_38_ET, ...HELD_OUT_38_EN],
  'held-out-39': [...HELD_OUT_39_NL, ...HELD_OUT_39_ET, ...HELD_OUT_39_EN],
  'held-out-40': [...HELD_OUT_40_NL, ...HELD_OUT_40_ET, ...HELD_OUT_40_EN],
  'held-out-41': [...HELD_OUT_41_NL, ...HELD_OUT_41_ET, ...HELD_OUT_41_EN],
  'held-out-42': [...HELD_OUT_42_NL, ...HELD_OUT_42_ET, ...HELD_OUT_42_EN],
  'held-out-43': [...HELD_OUT_43_NL, ...HELD_OUT_43_ET, ...HELD_OUT_43_EN],
};

/** The file a source renders to, in its own format. */
export async function renderCv(source: CvSource): Promise<Buffer> {
  const blocks = composeBlocks(source);
  const title = `CV ${source.name}`;
  if (source.format === 'pdf') return renderPdf(blocks, { twoColumns: source.layout === 'two-column', title });
  if (source.format === 'docx') {
    const columns = source.layout === 'two-column' ? (source.docxColumns ?? 'table') : 'none';
    return renderDocx(blocks, { columns, title });
  }
  return Buffer.from(renderText(blocks), 'utf8');
}

async function main(): Promise<void> {
  const seen = { id: new Set<string>(), name: new Set<string>(), email: new Set<string>() };
  let failed = false;
  for (const source of SETS.flatMap((set) => SOURCES[set.folder])) {
    const text = renderText(composeBlocks(source));
    const { problems, notes } = checkSource(source, text);
    for (const [key, value] of [
      ['id', source.id],
      ['name', source.name],
      ['email', source.email],
    ] as const) {
      if (seen[key].has(value)) problems.push(`${key} ${value} used twice`);
      seen[key].add(value);
    }
    if (problems.length) failed = true;
    for (const problem of problems) process.stderr.write(`${source.id}: ${problem}\n`);
    if (process.env.CV_CORPUS_NOTES === '1') for (const note of notes) process.stdout.write(`${source.id}: ${note}\n`);
  }
  if (failed) {
    process.exitCode = 1;
    return;
  }
  for (const set of SETS) {
    const sources = SOURCES[set.folder];
    await writeSet(sources, setDir(set));
    process.stdout.write(`${setTitle(set)}: ${sources.length} CVs written\n${summary(sources)}\n`);
  }
}

/** Each CV's file, its expected facts and its plain-text rendering, under `dir`. */
async function writeSet(sources: CvSource[], dir: string): Promise<void> {
  mkdirSync(join(dir, 'text'), { recursive: true });
  for (const source of sources) {
    writeFileSync(join(dir, fileName(source)), await renderCv(source));
    writeFileSync(join(dir, `${source.id}.expected.json`), `${JSON.stringify(expectedOf(source), null, 2)}\n`);
    writeFileSync(join(dir, 'text', `${source.id}.txt`), renderText(composeBlocks(source)));
  }
}

function summary(sources: CvSource[]): string {
  const count = (key: (s: CvSource) => string) => {
    const counts = new Map<string, number>();
    for (const source of sources) counts.set(key(source), (counts.get(key(source)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  return [
    `languages: ${count((s) => s.language)}`,
    `formats: ${count((s) => s.format)}`,
    `layouts: ${count((s) => s.layout)}`,
  ].join('\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
