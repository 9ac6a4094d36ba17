import { aliasCode, aliasOf, MASK, maskIdentity } from './blind-identity';

const person = { name: 'Liis Tamm-Kask', email: 'liis.tamm@example.ee', phone: '+372 5123 4567', location: 'Tartu' };

describe('blind identity', () => {
  it('gives each candidate a stable alias of five letters and digits, telling nothing of them', () => {
    const id = '01935c40-0000-7000-8000-000000000001';
    expect(aliasCode(id)).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(aliasCode(id)).toBe(aliasCode(id));
    expect(aliasCode(id)).not.toBe(aliasCode('01935c40-0000-7000-8000-000000000002'));
    expect(aliasOf(id)).toBe(`Applicant ${aliasCode(id)}`);
  });

  it('masks the name and its parts, contact details, web addresses and labelled personal lines in a CV', () => {
    const cv = [
      'LIIS TAMM-KASK',
      'liis.tamm@example.ee | +372 5123 4567 | linkedin.com/in/liistamm',
      'Sünniaeg: 12.03.1988',
      'Nationality: Estonian',
      'Perekonnaseis – abielus',
      'Aadress: Riia 12, Tartu',
      'Work',
      '2015 - 2021 Accountmanager, Baltic Logistics OÜ, Tartu',
      'Liis led 40 accounts; reference: Tamm (manager).',
    ].join('\n');
    const masked = maskIdentity(cv, person);
    for (const secret of [
      'Liis',
      'LIIS',
      'TAMM',
      'Tamm',
      'Kask',
      'example.ee',
      '5123',
      'linkedin',
      '1988',
      'Estonian',
      'abielus',
      'Riia',
      'Tartu',
    ]) {
      expect({ secret, found: masked.includes(secret) }).toEqual({ secret, found: false });
    }
    expect(masked).toContain('2015 - 2021 Accountmanager, Baltic Logistics OÜ');
    expect(masked).toContain('led 40 accounts');
    expect(masked).toContain(`Sünniaeg: ${MASK}`);
    expect(masked.split('\n')).toHaveLength(9);
  });

  it('masks words that say her gender, and leaves the words that only look like them', () => {
    const text = 'Mrs. Smith said she led her team; mevrouw De Wit: haar klanten. Heritage, shell, their, zij.';
    const masked = maskIdentity(text, person);
    expect(masked).not.toMatch(/\b(Mrs|she|her|mevrouw|haar)\b/i);
    expect(masked).toContain('Heritage, shell, their, zij.');
  });

  it('leaves text without personal details as it is', () => {
    const text = 'Grew revenue from 1.2 to 2.9 million between 2011 and 2019, 35 key accounts.';
    expect(maskIdentity(text, person)).toBe(text);
  });
});
