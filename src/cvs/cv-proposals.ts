import { FactData, FactKind } from '../candidates/entities/candidate-fact.entity';
import { validateFactData } from '../candidates/fact-validation';
import { KnownFact } from '../candidates/known-fact';
import type { NewFact } from '../candidates/candidates.repository';
import { DomainError } from '../common/errors/domain-error';
import type { ProposedFact } from '../cv-reading/types';

const EVIDENCE_LIMIT = 1000;

export interface Proposals {
  facts: NewFact[];
  /** Proposals left out, and why: a shape the fact model refuses, or a fact already held (a duplicate). */
  skipped: { kind: FactKind; reason: string; duplicate: boolean }[];
}

/**
 * Turns what the reader proposes into facts to store: each checked against its
 * kind's shape like any fact a person enters, with the CV's words it rests on;
 * none that repeats a fact the candidate already has.
 */
export function proposalsToFacts(
  cvId: string,
  text: string,
  proposed: readonly (Pick<ProposedFact, 'kind' | 'data'> & Partial<ProposedFact>)[],
  held: readonly KnownFact[],
): Proposals {
  const facts: NewFact[] = [];
  const skipped: Proposals['skipped'] = [];
  const seen = new Set(held.map((fact) => fingerprint(fact.kind, fact.data)));
  for (const proposal of proposed) {
    let data: FactData;
    try {
      data = validateFactData(proposal.kind, proposal.data);
    } catch (error) {
      const reason = error instanceof DomainError ? error.message : String(error);
      skipped.push({ kind: proposal.kind, reason, duplicate: false });
      continue;
    }
    const key = fingerprint(proposal.kind, data);
    if (seen.has(key)) {
      skipped.push({ kind: proposal.kind, reason: 'the candidate already has this fact', duplicate: true });
      continue;
    }
    seen.add(key);
    const span = proposal.span && validSpan(proposal.span, text.length) ? proposal.span : null;
    facts.push({
      kind: proposal.kind,
      source: 'cv',
      data,
      confirmedBy: null,
      provenance: {
        cvId,
        spanStart: span?.start ?? null,
        spanEnd: span?.end ?? null,
        evidence: span ? excerpt(text.slice(span.start, span.end)) : null,
        confidence: proposal.confidence === undefined ? null : clamp(proposal.confidence),
      },
    });
  }
  return { facts, skipped };
}

/** The same kind and values, whatever the key order and letter case. */
export function fingerprint(kind: FactKind, data: FactData): string {
  const values = Object.keys(data)
    .filter((key) => data[key] !== null && data[key] !== undefined && key !== 'evidence')
    .sort()
    .map((key) => `${key}=${String(data[key]).toLowerCase()}`);
  return `${kind}|${values.join('|')}`;
}

function validSpan(span: { start: number; end: number }, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end > span.start &&
    span.end <= length
  );
}

function excerpt(words: string): string {
  const single = words.replace(/\s+/g, ' ').trim();
  return single.length <= EVIDENCE_LIMIT ? single : `${single.slice(0, EVIDENCE_LIMIT - 1)}…`;
}

function clamp(confidence: number): number {
  return Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0;
}
