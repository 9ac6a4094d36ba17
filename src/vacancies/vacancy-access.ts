import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { Vacancy } from './entities/vacancy.entity';

/** Who may see a vacancy: recruiters and admins see all; a hiring manager only their own. */
export function seesAllVacancies(user: AuthenticatedUser): boolean {
  return user.roles.includes(Role.Recruiter) || user.roles.includes(Role.Admin);
}

export function maySee(vacancy: Vacancy, viewer: AuthenticatedUser): boolean {
  if (seesAllVacancies(viewer)) return true;
  return vacancy.members.some((member) => member.userId === viewer.id && member.role === 'hiring_manager');
}
