import { Injectable } from '@nestjs/common';
import { CandidateNotFoundError } from '../candidates/candidates.errors';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { validateFactData } from '../candidates/fact-validation';
import { DomainError, FieldError, ValidationFailedError } from '../common/errors/domain-error';
import { criteriaProblems } from '../role-profiles/criteria-rules';
import { RoleProfile } from '../role-profiles/entities/role-profile.entity';
import { RoleProfileVersion } from '../role-profiles/entities/role-profile-version.entity';
import {
  FamilyNotFoundError,
  RoleProfileNotFoundError,
  RoleProfileVersionNotFoundError,
} from '../role-profiles/role-profiles.errors';
import { RoleProfilesRepository } from '../role-profiles/role-profiles.repository';
import { compareLevels, FamilyFit, fitFamily } from '../scoring/family-fit';
import { CandidateFacts, Criteria } from '../scoring/profile';
import { compileProfile, SCORING_RULES_VERSION, ScoreResult, scoreCandidate } from '../scoring/score';
import { candidateFactsOf } from './candidate-facts';
import { WhatIfDto, WhatIfFactDto } from './dto/what-if.dto';
import { CriteriaDto } from '../role-profiles/dto/criteria.dto';
import { FamilyLevelTakenTwiceError } from './screening.errors';

export interface ScoredProfile {
  id: string | null;
  name: string | null;
  family: string | null;
  level: string | null;
  version: number | null;
  language: RoleProfile['language'];
}

export type WhatIfOutcome =
  | { referenceDate: string; rulesVersion: number; profile: ScoredProfile; result: ScoreResult }
  | ({ referenceDate: string; rulesVersion: number; family: string } & Omit<FamilyFit<ScoredProfile>, 'levels'> & {
        levels: { level: string; profile: ScoredProfile; result: ScoreResult }[];
      });

/**
 * Scores facts against a profile, a family or criteria on the spot, for a
 * recruiter trying weights out. Reads, never writes: a what-if does not mark
 * a profile version as used.
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly profiles: RoleProfilesRepository,
    private readonly candidates: CandidatesRepository,
  ) {}

  async whatIf(input: WhatIfDto, today = new Date()): Promise<WhatIfOutcome> {
    checkChoices(input);
    const referenceDate = input.referenceDate ?? today.toISOString().slice(0, 10);
    const facts = input.facts ? inlineFacts(input.facts) : await this.storedFacts(input.candidateId!);
    const base = { referenceDate, rulesVersion: SCORING_RULES_VERSION };
    if (input.family !== undefined) return { ...base, ...(await this.fitToFamily(input.family, facts, referenceDate)) };
    if (input.criteria) {
      const problems = criteriaProblems(input.criteria);
      if (problems.length) throw new ValidationFailedError(problems);
      const language = input.language ?? 'en';
      const profile = { id: null, name: null, family: null, level: null, version: null, language };
      return {
        ...base,
        profile,
        result: scoreCandidate(compileProfile(input.criteria, language), facts, referenceDate),
      };
    }
    const { profile, version } = await this.profileVersion(input.profileId!, input.version);
    const result = scoreCandidate(compileProfile(version.criteria as Criteria, profile.language), facts, referenceDate);
    return { ...base, profile: describe(profile, version), result };
  }

  /**
   * Draft criteria scored against many stored candidates at once, one read
   * for all their facts: the what-if of a vacancy's whole top of the list.
   * Candidates not found score on no facts.
   */
  async whatIfMany(
    criteria: CriteriaDto,
    language: RoleProfile['language'],
    candidateIds: string[],
    today = new Date(),
  ): Promise<{ referenceDate: string; results: Map<string, ScoreResult> }> {
    const problems = criteriaProblems(criteria);
    if (problems.length) throw new ValidationFailedError(problems);
    const referenceDate = today.toISOString().slice(0, 10);
    const profile = compileProfile(criteria as Criteria, language);
    const facts = await this.candidates.factsOfMany([...new Set(candidateIds)]);
    const results = new Map(
      candidateIds.map((id) => [id, scoreCandidate(profile, candidateFactsOf(facts.get(id) ?? []), referenceDate)]),
    );
    return { referenceDate, results };
  }

  private async storedFacts(candidateId: string): Promise<CandidateFacts> {
    const candidate = await this.candidates.findById(candidateId);
    if (!candidate) throw new CandidateNotFoundError(candidateId);
    return candidateFactsOf(await this.candidates.factsOf(candidateId));
  }

  private async profileVersion(profileId: string, wanted: number | undefined) {
    const profile = await this.profiles.findById(profileId);
    if (!profile) throw new RoleProfileNotFoundError(profileId);
    const number = wanted ?? profile.currentVersion;
    const version = await this.profiles.findVersion(profileId, number);
    if (!version) throw new RoleProfileVersionNotFoundError(profileId, number);
    return { profile, version };
  }

  private async fitToFamily(family: string, facts: CandidateFacts, referenceDate: string) {
    let members = await this.profiles.activeFamilyMembers(family);
    if (members.length === 0) members = await this.profiles.activeFamilyMembers(family, true);
    if (members.length === 0) throw new FamilyNotFoundError(family);
    const levelOf = (profile: RoleProfile) => profile.level ?? profile.name;
    const seen = new Map<string, RoleProfile>();
    for (const profile of members) {
      const taken = seen.get(levelOf(profile));
      if (taken) throw new FamilyLevelTakenTwiceError(family, levelOf(profile), [taken.id, profile.id]);
      seen.set(levelOf(profile), profile);
    }
    members.sort((a, b) => compareLevels(levelOf(a), levelOf(b)));
    const levels = await Promise.all(
      members.map(async (profile) => {
        const version = (await this.profiles.findVersion(profile.id, profile.currentVersion))!;
        return {
          level: levelOf(profile),
          profile: compileProfile(version.criteria as Criteria, profile.language),
          ref: describe(profile, version),
        };
      }),
    );
    // The family speaks the language of its lowest level; a family mixing languages is unusual.
    const fit = fitFamily(levels, facts, referenceDate, members[0].language);
    return {
      family,
      fitLevel: fit.fitLevel,
      summary: fit.summary,
      levels: fit.levels.map(({ level, ref, result }) => ({ level, profile: ref!, result })),
    };
  }
}

function describe(profile: RoleProfile, version: RoleProfileVersion): ScoredProfile {
  return {
    id: profile.id,
    name: profile.name,
    family: profile.family,
    level: profile.level,
    version: version.version,
    language: profile.language,
  };
}

/** Exactly one thing to score against and one candidate; version and language only where they mean something. */
function checkChoices(input: WhatIfDto): void {
  const problems: FieldError[] = [];
  const targets = (['profileId', 'family', 'criteria'] as const).filter((key) => input[key] !== undefined);
  if (targets.length !== 1) {
    problems.push({
      field: targets.length ? targets.join(', ') : '(body)',
      messages: ['give exactly one of profileId, family or criteria to score against'],
    });
  }
  const whom = (['candidateId', 'facts'] as const).filter((key) => input[key] !== undefined);
  if (whom.length !== 1) {
    problems.push({
      field: whom.length ? whom.join(', ') : '(body)',
      messages: ['give exactly one of candidateId or facts to score'],
    });
  }
  if (input.version !== undefined && input.profileId === undefined) {
    problems.push({ field: 'version', messages: ['version goes with profileId'] });
  }
  if (input.language !== undefined && input.criteria === undefined) {
    problems.push({ field: 'language', messages: ['language goes with criteria; a profile has its own'] });
  }
  if (problems.length) throw new ValidationFailedError(mergeByField(problems));
}

function mergeByField(problems: FieldError[]): FieldError[] {
  const merged = new Map<string, string[]>();
  for (const { field, messages } of problems) merged.set(field, [...(merged.get(field) ?? []), ...messages]);
  return [...merged].map(([field, messages]) => ({ field, messages }));
}

/** Checks every fact on its kind's shape and names each bad field by its place in the list. */
function inlineFacts(facts: WhatIfFactDto[]): CandidateFacts {
  const problems: FieldError[] = [];
  const valid = facts.flatMap((fact, index) => {
    try {
      return [{ kind: fact.kind, data: validateFactData(fact.kind, fact.data), confirmed: fact.confirmed ?? false }];
    } catch (error) {
      if (!(error instanceof DomainError) || !error.extras.errors) throw error;
      problems.push(
        ...error.extras.errors.map((problem) => ({ ...problem, field: `facts[${index}].${problem.field}` })),
      );
      return [];
    }
  });
  if (problems.length) throw new ValidationFailedError(problems);
  return candidateFactsOf(valid);
}
