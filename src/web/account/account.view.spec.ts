import { passwordView, safeNext, settingsView, signInView } from './account.view';

describe('safeNext', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNext('/settings?tab=1')).toBe('/settings?tab=1');
    expect(safeNext('/')).toBe('/');
  });

  it.each([
    ['//evil.example'],
    ['/\\evil.example'],
    ['https://evil.example'],
    ['evil'],
    ['/a\nb'],
    [''],
    [42],
    [undefined],
  ])('refuses %p', (next) => {
    expect(safeNext(next)).toBeUndefined();
  });
});

describe('signInView', () => {
  it('keeps the e-mail typed, never a password, and marks the bad fields', () => {
    const model = signInView({
      email: 'someone@example.com',
      next: '/settings',
      errors: [{ field: 'password', messages: ['password must be longer than or equal to 1 characters'] }],
    });
    expect(model).toEqual({
      email: 'someone@example.com',
      next: '/settings',
      message: undefined,
      notice: undefined,
      emailError: undefined,
      passwordError: 'errors.field.signIn.password',
    });
  });

  it('shows a service message with its values, and drops an unsafe next', () => {
    const model = signInView({
      email: ['not', 'a', 'string'],
      next: '//evil.example',
      message: { key: 'errors.TOO_MANY_LOGIN_ATTEMPTS', values: { minutes: 3 }, status: 429 },
    });
    expect(model.email).toBe('');
    expect(model.next).toBe('');
    expect(model.message).toEqual({ key: 'errors.TOO_MANY_LOGIN_ATTEMPTS', values: { minutes: 3 } });
  });

  it('says so after signing out', () => {
    expect(signInView({ signedOut: true }).notice).toEqual({ key: 'signIn.signedOut' });
  });
});

describe('passwordView and settingsView', () => {
  it('marks the password fields a service or the form named', () => {
    expect(passwordView({ errors: [{ field: 'newPassword', messages: [] }] })).toEqual({
      message: undefined,
      notice: undefined,
      currentPasswordError: undefined,
      newPasswordError: 'errors.field.password.newPassword',
    });
    expect(passwordView({ changed: true }).notice).toEqual({ key: 'password.changed' });
  });

  it('lists the three languages with the user’s own selected', () => {
    const model = settingsView({ email: 'a@b.nl', language: 'et' });
    expect(model.languages).toEqual([
      { value: 'nl', labelKey: 'language.nl', selected: false },
      { value: 'et', labelKey: 'language.et', selected: true },
      { value: 'en', labelKey: 'language.en', selected: false },
    ]);
    expect(model.notice).toBeUndefined();
    expect(settingsView({ email: 'a@b.nl', language: 'et', saved: true }).notice).toEqual({ key: 'settings.saved' });
  });
});
