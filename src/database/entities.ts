import { CandidateFact } from '../candidates/entities/candidate-fact.entity';
import { Candidate } from '../candidates/entities/candidate.entity';
import { RoleProfileVersion } from '../role-profiles/entities/role-profile-version.entity';
import { RoleProfile } from '../role-profiles/entities/role-profile.entity';
import { User } from '../users/entities/user.entity';
import { UserRole } from '../users/entities/user-role.entity';

/** Every entity, listed once so the app, the CLI and the tests agree. */
export const entities = [User, UserRole, RoleProfile, RoleProfileVersion, Candidate, CandidateFact];
