import { Injectable } from '@nestjs/common';
import { RoleProfile } from '../role-profiles/entities/role-profile.entity';
import { RoleProfileVersion } from '../role-profiles/entities/role-profile-version.entity';
import { RoleProfilesRepository } from '../role-profiles/role-profiles.repository';
import { compareLevels, FamilyLevel, fitFamily } from '../scoring/family-fit';
import { CandidateFacts, Criteria, ProfileLanguage } from '../scoring/profile';
import { kindsRead, ScoringInput, scoringInputOf } from '../scoring/provenance';
import { CompiledProfile, compileProfile, ScoreResult, scoreCandidate } from '../scoring/score';

/** A vacancy's profile version, and its family's levels, compiled once for screening many applications. */
export interface PreparedScreening {
  profileId: string;
  profileVersion: number;
  language: ProfileLanguage;
  profile: CompiledProfile;
  /** The family's levels (the vacancy's own at its pinned version); empty when the profile has no family. */
  family: FamilyLevel[];
  /** The kinds of fact the profile and its family read: what each score's scoring input keeps. */
  kindsRead: ReadonlySet<keyof CandidateFacts>;
}

export interface ScreeningOutcome {
  result: ScoreResult;
  fitLevel: string | null;
  /** The reference date and the facts the profile and its family read, kept with the score. */
  input: ScoringInput;
}

/** Versions never change, so their compiled form is kept; a few hundred profiles at most. */
const CACHE_LIMIT = 500;

@Injectable()
export class ScreeningRunner {
  private readonly compiled = new Map<string, CompiledProfile>();

  constructor(private readonly profiles: RoleProfilesRepository) {}

  async prepare(profileId: string, versionNumber: number): Promise<PreparedScreening> {
    const profile = (await this.profiles.findById(profileId))!;
    const version = (await this.profiles.findVersion(profileId, versionNumber))!;
    const compiled = this.compile(profile, version);
    const family: FamilyLevel[] = [];
    if (profile.family) {
      const members = await this.profiles.activeFamilyMembers(profile.family, profile.templateKey !== null);
      for (const member of members) {
        if (member.id === profile.id) continue;
        const current = (await this.profiles.findVersion(member.id, member.currentVersion))!;
        family.push({ level: member.level ?? member.name, profile: this.compile(member, current) });
      }
      family.push({ level: profile.level ?? profile.name, profile: compiled });
      family.sort((a, b) => compareLevels(a.level, b.level));
    }
    const levels = family.length > 1 ? family : [];
    return {
      profileId,
      profileVersion: versionNumber,
      language: profile.language,
      profile: compiled,
      family: levels,
      kindsRead: kindsRead([compiled, ...levels.map((level) => level.profile)]),
    };
  }

  screen(prepared: PreparedScreening, facts: CandidateFacts, referenceDate: string): ScreeningOutcome {
    const result = scoreCandidate(prepared.profile, facts, referenceDate);
    const fitLevel = prepared.family.length
      ? fitFamily(prepared.family, facts, referenceDate, prepared.language).fitLevel
      : null;
    return { result, fitLevel, input: scoringInputOf(prepared.kindsRead, facts, referenceDate) };
  }

  /** Marks the version used the first time it screens an application: from then on it never changes. */
  markUsed(prepared: PreparedScreening): Promise<void> {
    return this.profiles.markVersionUsed(prepared.profileId, prepared.profileVersion);
  }

  private compile(profile: RoleProfile, version: RoleProfileVersion): CompiledProfile {
    let compiled = this.compiled.get(version.id);
    if (!compiled) {
      if (this.compiled.size >= CACHE_LIMIT) this.compiled.clear();
      compiled = compileProfile(version.criteria as Criteria, profile.language);
      this.compiled.set(version.id, compiled);
    }
    return compiled;
  }
}
