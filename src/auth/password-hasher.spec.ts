import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('verifies the right password and refuses others', async () => {
    const hash = await hasher.hash('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    expect(await hasher.verify('correct horse battery staple', hash)).toBe(true);
    expect(await hasher.verify('correct horse battery stapl', hash)).toBe(false);
    expect(await hasher.verify('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
  });

  it('treats visually identical Unicode forms as the same password', async () => {
    const hash = await hasher.hash('Kõrgharidus\u00e9');
    expect(await hasher.verify('Ko\u0303rgharidus\u0065\u0301', hash)).toBe(true);
  });

  it('refuses a stored value that is not one of its hashes', async () => {
    expect(await hasher.verify('x', 'plain-text')).toBe(false);
    expect(await hasher.verify('x', 'bcrypt$abc')).toBe(false);
  });

  it('spends time on unknown accounts too', async () => {
    expect(await hasher.verifyDecoy('anything')).toBe(false);
  });
});
