import { Criteria } from './profile';
import { proxyMessage, proxyWarnings } from './protected-proxies';

const base: Criteria = {
  education: { weight: 20, minimumLevel: 'hbo', preferredFields: ['economics', 'business administration'] },
  salesExperience: { weight: 25, minimumYears: 2, targetYears: 5, industries: ['logistics', 'energy'] },
  languages: { weight: 10, items: [{ language: 'nl', level: 'C1' }] },
};

describe('criteria that stand in for protected traits', () => {
  it('finds nothing in an ordinary account manager profile, nor in words that only look alike', () => {
    expect(proxyWarnings(base)).toEqual([]);
    const lookalikes = proxyWarnings({
      ...base,
      courses: { weight: 5, topics: ['youth marketing', 'management', 'key account management', 'Manila office'] },
      certifications: { weight: 5, preferred: ['CFA', 'Nationale Hypotheekgarantie', 'native app development'] },
    });
    expect(lookalikes).toEqual([]);
  });

  it('warns of a native speaker asked for, naming the language and the level to ask instead', () => {
    const [warning] = proxyWarnings({
      ...base,
      languages: { weight: 10, items: [{ language: 'et', level: 'native' }] },
    });
    expect(warning).toEqual({
      field: 'languages.items[0].level',
      trait: 'national_origin',
      code: 'native_speaker',
      term: 'et',
    });
    expect(proxyMessage(warning)).toContain('native speaker of et');
    expect(proxyMessage(warning)).toContain('C2');
  });

  it.each([
    ['courses.topics', 'max. leeftijd 35', 'age_limit', 'age'],
    ['courses.topics', 'younger than 30', 'age_limit', 'age'],
    ['courses.topics', 'vanus kuni 40', 'age_limit', 'age'],
    ['courses.topics', 'sündinud pärast 1995', 'age_limit', 'age'],
    ['education.preferredFields', 'recent graduate (within 3 years)', 'graduation_recency', 'age'],
    ['education.preferredFields', 'pas afgestudeerd', 'graduation_recency', 'age'],
    ['certifications.required', 'Dutch nationality', 'nationality', 'national_origin'],
    ['certifications.required', 'Eesti kodakondsus', 'nationality', 'national_origin'],
    ['certifications.required', 'EU citizenship', 'nationality', 'national_origin'],
    ['salesExperience.industries', 'female-led teams only: female', 'sex', 'sex'],
    ['courses.topics', 'ongehuwd', 'family_status', 'family_status'],
  ])('warns of %s "%s" (%s)', (path, text, code, trait) => {
    const [kind, key] = path.split('.');
    const criteria = JSON.parse(JSON.stringify(base)) as Record<string, Record<string, unknown>>;
    criteria[kind] = { weight: 5, ...(criteria[kind] ?? {}), [key]: [text] };
    if (kind === 'salesExperience') Object.assign(criteria[kind], { minimumYears: 2, targetYears: 5 });
    const warnings = proxyWarnings(criteria as Criteria);
    expect(warnings).toEqual([{ field: `${path}[0]`, trait, code, term: text }]);
    expect(proxyMessage(warnings[0])).toContain(text);
  });
});
