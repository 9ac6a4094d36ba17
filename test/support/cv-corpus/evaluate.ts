/**
 * Scores what the CV reader proposes against a corpus CV's expected facts,
 * field by field, as counts that add up over the corpus into precision and
 * recall.
 */
import type { CvReading, ProposedFact } from '../../../src/cv-reading/types';
import { parseEducationLevel } from '../../../src/scoring/education-scale';
import { salesExperience } from '../../../src/scoring/sales-experience';
import { holdsName } from '../../../src/scoring/text';
import { samePhone, sameText, similarName, similarity } from './compare';
import { CorpusLanguage, CvFileFormat, ExpectedCv, ExpectedWork } from './types';
import { day } from '../../../src/imports/json-resume';

export const FIELDS = [
  'email',
  'name',
  'phone',
  'language',
  'education level',
  'work entries',
  'sales role',
  'years in sales',
  'client base',
  'competencies',
  'certifications',
  'languages',
  'courses',
] as const;
export type Field = (typeof FIELDS)[number];

/** Matches among the proposals, proposals made, facts expected. */
export interface Count {
  matched: number;
  proposed: number;
  expected: number;
}

/** One proposal with the confidence the reader gave it, and whether it was right. */
export interface Judged {
  field: Field;
  confidence: number;
  right: boolean;
}

export interface FileScore {
  id: string;
  language: CorpusLanguage;
  format: CvFileFormat;
  counts: Record<Field, Count>;
  /** Every proposal that carries a confidence, judged: the input of the calibration table. */
  judged: Judged[];
  /** What was missed or wrongly proposed, one line each, for debugging. */
  misses: string[];
}

/** Years in sales within this of the expected figure count as right. */
export const YEARS_TOLERANCE = 0.5;

const count = (matched: number, proposed: number, expected: number): Count => ({ matched, proposed, expected });

export function scoreFile(expected: ExpectedCv, reading: CvReading): FileScore {
  const misses: string[] = [];
  const miss = (field: Field, text: string) => misses.push(`${field}: ${text}`);
  const proposals = (kind: ProposedFact['kind']) => reading.facts.filter((f) => f.kind === kind);
  const facts = (kind: ProposedFact['kind']) => proposals(kind).map((f) => f.data);
  const judged: Judged[] = [];
  const judge = (field: Field, confidence: number | undefined, right: boolean) => {
    if (confidence !== undefined) judged.push({ field, confidence, right });
  };
  /** Each proposal of a bag judged by whether the matching used it. */
  const judgeBag = (field: Field, confidences: number[], used: Set<number>) =>
    confidences.forEach((confidence, index) => judge(field, confidence, used.has(index)));

  const single = (
    field: Field,
    want: string | null,
    got: string | undefined,
    same: (a: string, b: string) => boolean,
    confidence?: number,
  ) => {
    const ok = want !== null && got !== undefined && same(want, got);
    if (got !== undefined) judge(field, confidence, ok);
    if (!ok && (want !== null || got !== undefined)) miss(field, `expected ${want}, proposed ${got}`);
    return count(ok ? 1 : 0, got === undefined ? 0 : 1, want === null ? 0 : 1);
  };
  const counts = {} as Record<Field, Count>;
  const { email, name, phone } = reading.contact;
  counts.email = single('email', expected.contact.email, email?.value, sameText, email?.confidence);
  counts.name = single('name', expected.contact.name, name?.value, sameText, name?.confidence);
  counts.phone = single('phone', expected.contact.phone, phone?.value, samePhone, phone?.confidence);
  counts.language = single('language', expected.language, reading.language ?? undefined, (a, b) => a === b);

  const wantRanks = expected.education.map((e) => rankOf(e.level));
  const gotLevels = facts('education').map((d) => String(d.level ?? ''));
  const education = matchBagsUsing(
    'education level',
    wantRanks,
    gotLevels.map(rankOf),
    (a, b) => a !== undefined && a === b,
    miss,
    expected.education.map((e) => e.level),
    gotLevels,
  );
  counts['education level'] = education.count;
  judgeBag(
    'education level',
    proposals('education').map((f) => f.confidence),
    education.used,
  );

  // A career break, volunteering or a side seat is shown in the history, marked; the expected jobs leave it out.
  const work = facts('work').filter((d) => d.nonJob === undefined);
  const pairs = matchWork(expected.work, work);
  counts['work entries'] = count(pairs.size, work.length, expected.work.length);
  expected.work.forEach((job, index) => {
    if (!pairs.has(index)) miss('work entries', `missed ${job.title} from ${job.start}`);
  });
  const matchedProposals = new Set(pairs.values());
  judgeBag(
    'work entries',
    proposals('work').map((f) => f.confidence),
    matchedProposals,
  );
  work.forEach((d, index) => {
    if (!matchedProposals.has(index)) miss('work entries', `extra ${String(d.title)} from ${String(d.start)}`);
  });

  let salesRight = 0;
  let proposedSales = 0;
  for (const [wantIndex, gotIndex] of pairs) {
    const want = expected.work[wantIndex].salesRole;
    const got = work[gotIndex].salesRole;
    judge('sales role', proposals('work')[gotIndex].salesRoleConfidence, got === want);
    if (got === true) proposedSales += 1;
    if (got === true && want) salesRight += 1;
    if (got !== want) miss('sales role', `${expected.work[wantIndex].title}: expected ${want}, proposed ${got}`);
  }
  const trueSales = expected.work.filter((job) => job.salesRole).length;
  counts['sales role'] = count(salesRight, proposedSales, trueSales);

  const wantYears = expectedSalesYears(expected.work, expected.referenceDate);
  const gotYears = proposedSalesYears(work, expected.referenceDate);
  const yearsRight = gotYears !== null && Math.abs(gotYears - wantYears) <= YEARS_TOLERANCE;
  if (!yearsRight)
    miss('years in sales', `expected ${wantYears.toFixed(2)}, got ${gotYears?.toFixed(2) ?? 'an error'}`);
  counts['years in sales'] = count(yearsRight ? 1 : 0, 1, 1);

  counts['client base'] = scoreClientBase(expected, facts('client_base'), miss);
  for (const proposal of proposals('client_base')) {
    judge('client base', proposal.confidence, clientBaseAgrees(expected, proposal.data));
  }

  const wantCodes = expected.competencies;
  const gotCodes = [...new Set(facts('competency').map((d) => String(d.code)))];
  const competencies = matchBagsUsing('competencies', wantCodes, gotCodes, (a, b) => a === b, miss);
  counts.competencies = competencies.count;
  const codeConfidence = (code: string) =>
    Math.max(
      ...proposals('competency')
        .filter((f) => String(f.data.code) === code)
        .map((f) => f.confidence),
    );
  judgeBag('competencies', gotCodes.map(codeConfidence), competencies.used);

  const gotCerts = facts('certification').map((d) => String(d.name ?? ''));
  const certifications = matchBagsUsing(
    'certifications',
    expected.certifications,
    gotCerts,
    (want, got) => holdsName(got, want) || holdsName(want, got),
    miss,
  );
  counts.certifications = certifications.count;
  judgeBag(
    'certifications',
    proposals('certification').map((f) => f.confidence),
    certifications.used,
  );

  const key = (l: Record<string, unknown>) => `${String(l.language)}:${String(l.level)}`;
  const languages = matchBagsUsing(
    'languages',
    expected.languages.map((l) => key({ ...l })),
    facts('language').map(key),
    (a, b) => a === b,
    miss,
  );
  counts.languages = languages.count;
  judgeBag(
    'languages',
    proposals('language').map((f) => f.confidence),
    languages.used,
  );

  const gotCourses = facts('course').map((d) => String(d.name ?? ''));
  const courses = matchBagsUsing('courses', expected.courses, gotCourses, similarName, miss);
  counts.courses = courses.count;
  judgeBag(
    'courses',
    proposals('course').map((f) => f.confidence),
    courses.used,
  );

  const format = expected.file.slice(expected.file.lastIndexOf('.') + 1) as CvFileFormat;
  return { id: expected.id, language: expected.language, format, counts, judged, misses };
}

/**
 * One-to-one matches between two bags, greedily in expected order; every
 * unmatched item on either side is a miss.
 */
export function matchBags<W, G>(
  field: Field,
  wanted: W[],
  got: G[],
  same: (want: W, got: G) => boolean,
  miss: (field: Field, text: string) => void,
  wantedLabels: unknown[] = wanted,
  gotLabels: unknown[] = got,
): Count {
  return matchBagsUsing(field, wanted, got, same, miss, wantedLabels, gotLabels).count;
}

/** matchBags, with the indices of the proposals that found a match. */
function matchBagsUsing<W, G>(
  field: Field,
  wanted: W[],
  got: G[],
  same: (want: W, got: G) => boolean,
  miss: (field: Field, text: string) => void,
  wantedLabels: unknown[] = wanted,
  gotLabels: unknown[] = got,
): { count: Count; used: Set<number> } {
  const used = new Set<number>();
  let matched = 0;
  wanted.forEach((want, i) => {
    const at = got.findIndex((g, j) => !used.has(j) && same(want, g));
    if (at < 0) miss(field, `missed ${String(wantedLabels[i])}`);
    else {
      used.add(at);
      matched += 1;
    }
  });
  got.forEach((_g, j) => {
    if (!used.has(j)) miss(field, `extra ${String(gotLabels[j])}`);
  });
  return { count: count(matched, got.length, wanted.length), used };
}

function rankOf(level: string): number | undefined {
  return parseEducationLevel(level)?.rank;
}

/** Expected job index → proposed job index: same start month (or year, when only a year is written) and a like title. */
export function matchWork(wanted: ExpectedWork[], got: Record<string, unknown>[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  wanted.forEach((job, i) => {
    let best = -1;
    let bestScore = 0;
    got.forEach((d, j) => {
      if (used.has(j) || typeof d.start !== 'string' || !d.start.startsWith(job.start)) return;
      const score = similarity(job.title, String(d.title ?? ''));
      if (score >= 0.5 && score > bestScore) [best, bestScore] = [j, score];
    });
    if (best >= 0) {
      pairs.set(i, best);
      used.add(best);
    }
  });
  return pairs;
}

function scoreClientBase(
  expected: ExpectedCv,
  proposals: Record<string, unknown>[],
  miss: (field: Field, text: string) => void,
): Count {
  const KEYS = ['activeAccounts', 'annualRevenueEur', 'segment', 'decisionMakers'] as const;
  // Several proposals merge; the first to give a key wins, as a recruiter would read the first statement.
  const got: Record<string, unknown> = {};
  for (const data of proposals) for (const k of KEYS) if (data[k] !== undefined && !(k in got)) got[k] = data[k];
  const want: Record<string, unknown> = { ...expected.clientBase };
  let matched = 0;
  for (const k of KEYS) {
    const w = want[k];
    const g = got[k];
    if (w === undefined && g === undefined) continue;
    const ok =
      w !== undefined && (typeof w === 'number' && typeof g === 'number' ? Math.abs(w - g) <= 0.01 * w : w === g);
    if (ok) matched += 1;
    else miss('client base', `${k}: expected ${String(w)}, proposed ${String(g)}`);
  }
  const present = (o: Record<string, unknown>) => KEYS.filter((k) => o[k] !== undefined).length;
  return count(matched, present(got), present(want));
}

/** A client-base proposal is right when every key it gives is the expected one. */
function clientBaseAgrees(expected: ExpectedCv, data: Record<string, unknown>): boolean {
  const want: Record<string, unknown> = { ...expected.clientBase };
  const keys = ['activeAccounts', 'annualRevenueEur', 'segment', 'decisionMakers'].filter((k) => data[k] !== undefined);
  return (
    keys.length > 0 &&
    keys.every((k) => {
      const [w, g] = [want[k], data[k]];
      return typeof w === 'number' && typeof g === 'number' ? Math.abs(w - g) <= 0.01 * w : w === g;
    })
  );
}

export function expectedSalesYears(work: ExpectedWork[], referenceDate: string): number {
  const jobs = work.map((job) => ({
    start: day(job.start, false),
    end: job.end === null ? null : day(job.end, true),
    salesRole: job.salesRole,
  }));
  return salesExperience(jobs, referenceDate).years;
}

/** Years in sales from the proposed work facts, or null when their dates are not ISO days. */
export function proposedSalesYears(work: Record<string, unknown>[], referenceDate: string): number | null {
  const jobs = work.map((d) => ({
    start: String(d.start),
    end: d.end === null || d.end === undefined ? null : String(d.end),
    salesRole: typeof d.salesRole === 'boolean' ? d.salesRole : undefined,
  }));
  try {
    return salesExperience(jobs, referenceDate).years;
  } catch {
    return null;
  }
}

export interface FieldTotal extends Count {
  field: Field;
  precision: number;
  recall: number;
}

/** Corpus totals per field. With nothing proposed (or expected), precision (or recall) is 1: nothing was wrong. */
export function totals(files: FileScore[]): FieldTotal[] {
  return FIELDS.map((field) => {
    const sum = files.reduce(
      (acc, f) => {
        const c = f.counts[field];
        return count(acc.matched + c.matched, acc.proposed + c.proposed, acc.expected + c.expected);
      },
      count(0, 0, 0),
    );
    return {
      field,
      ...sum,
      precision: sum.proposed ? sum.matched / sum.proposed : 1,
      recall: sum.expected ? sum.matched / sum.expected : 1,
    };
  });
}

export function formatTable(rows: FieldTotal[], title: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = rows.map(
    (r) =>
      `| ${r.field.padEnd(15)} | ${pct(r.precision).padStart(9)} | ${pct(r.recall).padStart(6)} | ` +
      `${String(r.matched).padStart(7)} | ${String(r.proposed).padStart(8)} | ${String(r.expected).padStart(8)} |`,
  );
  return [
    title,
    '| field           | precision | recall | matched | proposed | expected |',
    '| --------------- | --------- | ------ | ------- | -------- | -------- |',
    ...lines,
  ].join('\n');
}
