import { Role } from '../../common/auth/role';
import { User } from '../../users/entities/user.entity';
import { rolesOf, userNotice, usersHref, usersView } from './users.view';

function user(id: string, roles: Role[], extra: Partial<User> = {}): User {
  return Object.assign(new User(), {
    id,
    email: `${id}@example.com`,
    name: `<b>${id}</b>`,
    active: true,
    lastLoginAt: null,
    roleRows: roles.map((role) => ({ userId: id, role })),
    ...extra,
  });
}

describe('the users’ view', () => {
  it('lists each user with their roles, state, invitation (open or expired) and their own row marked', () => {
    const model = usersView(
      {
        users: [user('a', [Role.Admin]), user('b', [Role.Recruiter], { active: false }), user('c', [Role.Interviewer])],
        total: 3,
        invited: new Map([
          ['b', 'open'],
          ['c', 'expired'],
        ]),
      },
      1,
      'a',
    );
    expect(model.rows[0]).toMatchObject({ name: '<b>a</b>', roleKeys: ['role.admin'], active: true, self: true });
    expect(model.rows[0]).toMatchObject({ invited: false, invitationExpired: false });
    expect(model.rows[1]).toMatchObject({ active: false, invited: true, invitationExpired: false, self: false });
    expect(model.rows[2]).toMatchObject({ invited: true, invitationExpired: true });
    expect(model.rows[1].roles.filter((role) => role.checked).map((role) => role.value)).toEqual(['recruiter']);
    expect(model).toMatchObject({ total: 3, from: 1, to: 3, previousHref: undefined, nextHref: undefined });
  });

  it('pages by fifty, and keeps what was typed in the invitation with its bad fields', () => {
    const model = usersView({ users: [user('a', [Role.Admin])], total: 120, invited: new Map() }, 2, 'x', {
      typed: { name: 'Ann', email: 'nope', roles: ['interviewer'], language: 'et' },
      errors: [{ field: 'email', messages: ['bad'] }],
      message: { key: 'errors.EMAIL_TAKEN', values: { code: 'EMAIL_TAKEN' }, status: 409 },
    });
    expect(model).toMatchObject({ from: 51, to: 51, previousHref: '/admin', nextHref: '/admin?page=3' });
    expect(model.invite).toMatchObject({ name: 'Ann', email: 'nope', emailError: 'errors.field.invite.email' });
    expect(model.invite.nameError).toBeUndefined();
    expect(model.invite.roles.find((role) => role.checked)?.value).toBe('interviewer');
    expect(model.invite.languages.find((language) => language.selected)?.value).toBe('et');
    expect(model.message).toEqual({ key: 'errors.EMAIL_TAKEN', values: { code: 'EMAIL_TAKEN' } });
  });

  it('names notices by key only for those it knows, and reads one or many roles', () => {
    expect(userNotice('deactivated')).toEqual({ key: 'admin.users.done.deactivated' });
    expect(userNotice('<script>')).toBeUndefined();
    expect(usersHref(1, 'roles')).toBe('/admin?done=roles');
    expect(rolesOf('admin')).toEqual(['admin']);
    expect(rolesOf(['admin', 'recruiter'])).toEqual(['admin', 'recruiter']);
    expect(rolesOf(undefined)).toEqual([]);
  });
});
