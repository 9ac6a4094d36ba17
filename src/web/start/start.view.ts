import { Role } from '../../common/auth/role';

export interface StartModel {
  name: string;
  role: Role;
  roleKey: string;
  comingKey: string;
  /** Admins get the API documentation. */
  apiDocs?: string;
  otherRoles: { href: string; labelKey: string }[];
}

/** A role's start page until its own pages are built: who you are, and what is coming for the role. */
export function startView(
  user: { name: string; roles: Role[] },
  role: Role,
  others: { path: string; labelKey: string; role: Role }[],
): StartModel {
  return {
    name: user.name,
    role,
    roleKey: `role.${role}`,
    comingKey: `start.coming.${role}`,
    apiDocs: role === Role.Admin ? '/docs' : undefined,
    otherRoles: others.filter((page) => page.role !== role).map(({ path, labelKey }) => ({ href: path, labelKey })),
  };
}
