import { erasureReason, isTalentPoolConsent, retentionCutoffs, verdictOn } from './retention-policy';

const SETTINGS = { monthsAfterClose: 12, talentPoolMonths: 24 };
const candidate = {
  id: 'c1',
  name: 'Eline Bakker',
  createdAt: new Date('2024-03-10T09:00:00Z'),
  lastClosedAt: new Date('2025-01-31T12:00:00Z') as Date | null,
  consentPurpose: null as string | null,
  consentAt: null as Date | null,
};

describe('the retention policy', () => {
  it('knows a talent-pool consent by its exact purpose only, in any case', () => {
    expect(isTalentPoolConsent('talent_pool')).toBe(true);
    expect(isTalentPoolConsent(' Talent_Pool ')).toBe(true);
    expect(isTalentPoolConsent('Talent pool, kept 24 months')).toBe(false);
    expect(isTalentPoolConsent('no talent_pool please')).toBe(false);
    expect(isTalentPoolConsent(null)).toBe(false);
  });

  it('counts the cut-offs in calendar months back from now, and has none when off', () => {
    const now = new Date('2026-03-31T03:00:00Z');
    expect(retentionCutoffs(SETTINGS, now)).toEqual({
      closedBefore: new Date('2025-03-31T03:00:00Z'),
      talentPoolSince: new Date('2024-03-31T03:00:00Z'),
    });
    // February has no 31st: its last day.
    expect(retentionCutoffs({ monthsAfterClose: 1, talentPoolMonths: 1 }, now)!.closedBefore).toEqual(
      new Date('2026-02-28T03:00:00Z'),
    );
    expect(retentionCutoffs({ monthsAfterClose: null, talentPoolMonths: 24 }, now)).toBeNull();
  });

  it('makes a candidate due the period after their last application closed, or after they were added', () => {
    expect(verdictOn(candidate, SETTINGS)).toEqual({
      rule: 'closedApplications',
      dueSince: new Date('2026-01-31T12:00:00Z'),
      talentPoolEndedAt: null,
    });
    expect(verdictOn({ ...candidate, lastClosedAt: null }, SETTINGS)).toEqual({
      rule: 'neverApplied',
      dueSince: new Date('2025-03-10T09:00:00Z'),
      talentPoolEndedAt: null,
    });
  });

  it('keeps a candidate until a later-ending talent-pool consent ends, and ignores one that ended first', () => {
    const later = { ...candidate, consentPurpose: 'talent_pool', consentAt: new Date('2024-06-01T08:00:00Z') };
    expect(verdictOn(later, SETTINGS)).toEqual({
      rule: 'closedApplications',
      dueSince: new Date('2026-06-01T08:00:00Z'),
      talentPoolEndedAt: new Date('2026-06-01T08:00:00Z'),
    });
    const earlier = { ...later, consentAt: new Date('2022-06-01T08:00:00Z') };
    expect(verdictOn(earlier, SETTINGS).dueSince).toEqual(new Date('2026-01-31T12:00:00Z'));
    const prose = { ...later, consentPurpose: 'Talent pool' };
    expect(verdictOn(prose, SETTINGS).talentPoolEndedAt).toBeNull();
  });

  it('writes the reason an erasure records, with the rule and its dates', () => {
    expect(erasureReason(candidate, SETTINGS)).toBe(
      'Retention policy (RETENTION_MONTHS_AFTER_CLOSE=12): last application closed on 2025-01-31, over 12 months ago',
    );
    expect(
      erasureReason(
        {
          ...candidate,
          lastClosedAt: null,
          consentPurpose: 'talent_pool',
          consentAt: new Date('2023-01-05T00:00:00Z'),
        },
        SETTINGS,
      ),
    ).toBe(
      'Retention policy (RETENTION_MONTHS_AFTER_CLOSE=12): added on 2024-03-10 and never applied, over 12 months ago; ' +
        'talent-pool consent ended on 2025-01-05',
    );
  });
});
