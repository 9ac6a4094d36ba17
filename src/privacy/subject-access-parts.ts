import { Injectable } from '@nestjs/common';

/** Whose records a part gathers: the person (and the records merged into theirs) and their applications. */
export interface SubjectIds {
  candidateIds: string[];
  applicationIds: string[];
}

export type SubjectAccessPart = (subject: SubjectIds) => Promise<object[]>;

/**
 * Tables a feature keeps to itself, whose rows about a person it hands to
 * the subject-access archive: registered by that feature when its module
 * starts (the equal-opportunity answers, which only src/fairness reads), so
 * that the archive never reads them itself.
 */
@Injectable()
export class SubjectAccessParts {
  private readonly parts = new Map<string, SubjectAccessPart>();
  private readonly left = new Map<string, string>();

  contribute(table: string, part: SubjectAccessPart): void {
    if (this.parts.has(table)) throw new Error(`The table ${table} is in the subject-access archive already`);
    this.parts.set(table, part);
  }

  /**
   * A table about people that the archive leaves out, and why (said by the feature that owns it): the test
   * that walks the schema for tables about a candidate accepts it only with a reason.
   */
  leaveOut(table: string, reason: string): void {
    this.left.set(table, reason);
  }

  /** The tables left out, with their reasons. */
  get leftOut(): Record<string, string> {
    return Object.fromEntries(this.left);
  }

  /** The tables contributed. */
  get tables(): string[] {
    return [...this.parts.keys()].sort();
  }

  async gather(subject: SubjectIds): Promise<Record<string, object[]>> {
    const out: Record<string, object[]> = {};
    for (const [table, part] of this.parts) out[table] = await part(subject);
    return out;
  }
}
