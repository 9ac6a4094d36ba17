import { INVITATION_STATUS, invitationView, stateOfError } from './invitation.view';

describe('the invitation’s view', () => {
  it('shows the form only while the link is open, and says why when it is not', () => {
    expect(invitationView({ state: 'open', email: 'a@example.com', action: '/invitation/t' })).toMatchObject({
      open: true,
      email: 'a@example.com',
      stateKey: undefined,
    });
    expect(invitationView({ state: 'used', action: '/invitation/t' })).toMatchObject({
      open: false,
      stateKey: 'admin.invitation.state.used',
    });
    expect(INVITATION_STATUS).toEqual({ open: 200, used: 410, expired: 410, unknown: 404 });
  });

  it('marks a bad password, and knows the codes of a closed link', () => {
    const model = invitationView({
      state: 'open',
      action: '/invitation/t',
      errors: [{ field: 'password', messages: ['short'] }],
    });
    expect(model.passwordError).toBe('errors.field.invitation.password');
    expect(stateOfError('INVITATION_EXPIRED')).toBe('expired');
    expect(stateOfError('INVITATION_USED')).toBe('used');
    expect(stateOfError('PASSWORD_TOO_COMMON')).toBeUndefined();
  });
});
