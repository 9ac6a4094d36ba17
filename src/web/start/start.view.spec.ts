import { Role } from '../../common/auth/role';
import { startPagesOf, startPathFor } from './start-pages';
import { startView } from './start.view';

describe('start pages', () => {
  it('takes a person to the start page of their daily work first', () => {
    expect(startPathFor([Role.Admin, Role.Recruiter])).toBe('/recruiter');
    expect(startPathFor([Role.Interviewer, Role.HiringManager])).toBe('/manager');
    expect(startPathFor([Role.Interviewer])).toBe('/panel');
    expect(startPathFor([Role.Admin])).toBe('/admin');
    expect(startPathFor([])).toBe('/settings');
  });

  it('names the user and the role, says what is coming, and links the other roles’ pages', () => {
    const user = { name: 'Mari Tamm', roles: [Role.Admin, Role.Recruiter] };
    expect(startView(user, Role.Recruiter, startPagesOf(user.roles))).toEqual({
      name: 'Mari Tamm',
      role: Role.Recruiter,
      roleKey: 'role.recruiter',
      comingKey: 'start.coming.recruiter',
      apiDocs: undefined,
      otherRoles: [{ href: '/admin', labelKey: 'nav.admin' }],
    });
  });

  it('links the API documentation for admins only', () => {
    const admin = { name: 'A', roles: [Role.Admin] };
    expect(startView(admin, Role.Admin, startPagesOf(admin.roles)).apiDocs).toBe('/docs');
    expect(startView(admin, Role.Interviewer, []).apiDocs).toBeUndefined();
  });
});
