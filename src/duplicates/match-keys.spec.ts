import { nameKey, phoneKey, sameText } from './match-keys';

describe('match keys', () => {
  it('reads one phone number written in several ways as one key', () => {
    const key = phoneKey('+31 6 1234 5678');
    expect(key).toBe('+31612345678');
    expect(phoneKey('0031 (0)6-12345678')).toBe(key);
    expect(phoneKey('06 12 34 56 78', 'nl')).toBe(key);
    expect(phoneKey('+372 5123 4567')).toBe(phoneKey('5123 4567', 'et'));
  });

  it('keeps the digits of a number it cannot read, and none of a number too short to name anyone', () => {
    expect(phoneKey('06 12 34 56 78', 'en')).toBe('0612345678');
    expect(phoneKey('12-34')).toBeNull();
    expect(phoneKey('')).toBeNull();
    expect(phoneKey(null)).toBeNull();
  });

  it('sets case, accents, punctuation and spacing aside in names', () => {
    expect(nameKey('  José  VAN der Berg ')).toBe('jose van der berg');
    expect(nameKey('Jüri Õunapuu')).toBe(nameKey('juri ounapuu'));
    expect(nameKey('Anne-Marie')).toBe('anne marie');
    expect(nameKey('   ')).toBeNull();
    expect(nameKey('Jan Jansen')).not.toBe(nameKey('Jan Janssen'));
  });

  it('compares cities and employers the same way, never matching two empty values', () => {
    expect(sameText('Den Haag', ' den  haag')).toBe(true);
    expect(sameText('Pärnu', 'Parnu')).toBe(true);
    expect(sameText('Utrecht', 'Amsterdam')).toBe(false);
    expect(sameText(null, null)).toBe(false);
    expect(sameText('', '')).toBe(false);
  });
});
