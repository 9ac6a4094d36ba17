import { join } from 'node:path';
import { projectRoot } from '../../mail/project-root';
import type { RetentionDue } from '../../privacy/retention/retention.service';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { retentionHref, retentionView } from './retention.view';

const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));

const POLICY = {
  monthsAfterClose: 12,
  talentPoolMonths: 1,
  talentPoolPurpose: 'talent_pool',
  closedBefore: new Date('2025-12-07T03:00:00Z'),
  talentPoolSince: new Date('2026-11-07T03:00:00Z'),
};
const ROW = {
  id: 'c1',
  name: 'Eline Bakker',
  createdAt: new Date('2024-01-02T10:00:00Z'),
  lastClosedAt: null,
  consentPurpose: 'talent_pool',
  consentAt: new Date('2024-02-01T10:00:00Z'),
  rule: 'neverApplied' as const,
  dueSince: new Date('2025-01-02T10:00:00Z'),
  talentPoolEndedAt: new Date('2024-03-01T10:00:00Z'),
  talentPool: true,
};
const HOLD = {
  id: 'h1',
  reason: 'Claim filed with the court',
  candidateId: null,
  vacancyId: 'v1',
  vacancyTitle: 'Accountmanager B',
  placedAt: new Date('2026-11-01T10:00:00Z'),
};

function data(total: number, heldTotal: number): RetentionDue {
  return {
    policy: POLICY,
    due: { rows: [ROW], total },
    held: { rows: [{ ...ROW, id: 'c2', rule: 'closedApplications', holds: [HOLD] }], total: heldTotal },
  };
}

describe('the retention page, as the admin reads it', () => {
  it('names every word it shows in nl, et and en', () => {
    const model = retentionView(data(1, 1), 1, 1);
    const keys = [
      model.policy.months!.key,
      model.policy.talentPool.key,
      ...[...model.due.rows, ...model.held.rows].map((row) => row.ruleKey),
      ...model.held.rows.flatMap((row) => row.holds.map((hold) => hold.scopeKey)),
    ];
    expect(keys).toEqual([
      'privacy.duration.months',
      'privacy.duration.month',
      'privacy.due.rule.neverApplied',
      'privacy.due.rule.closedApplications',
      'privacy.due.hold.vacancy',
    ]);
    for (const language of LANGUAGES) {
      expect({ language, missing: keys.filter((key) => !catalogue.has(key, language)) }).toEqual({
        language,
        missing: [],
      });
    }
  });

  it('shows each candidate with why, their consent and the hold, linked to their pages', () => {
    const model = retentionView(data(1, 1), 1, 1);
    expect(model.due.rows[0]).toEqual({
      candidateId: 'c1',
      name: 'Eline Bakker',
      href: '/recruiter/candidates/c1',
      ruleKey: 'privacy.due.rule.neverApplied',
      lastClosedAt: null,
      addedAt: ROW.createdAt,
      consent: { purpose: 'talent_pool', givenAt: ROW.consentAt, talentPoolEndedAt: ROW.talentPoolEndedAt },
      dueSince: ROW.dueSince,
    });
    expect(model.held.rows[0].holds).toEqual([
      {
        scopeKey: 'privacy.due.hold.vacancy',
        vacancy: { title: 'Accountmanager B', href: '/recruiter/vacancies/v1/board' },
        reason: 'Claim filed with the court',
        placedAt: HOLD.placedAt,
      },
    ]);
  });

  it('pages each list on its own, keeping the other list where it is', () => {
    const model = retentionView(data(120, 60), 2, 1);
    expect(model.due).toMatchObject({
      from: 51,
      previousHref: '/admin/privacy/retention',
      nextHref: '/admin/privacy/retention?page=3',
    });
    expect(model.held).toMatchObject({
      previousHref: undefined,
      nextHref: '/admin/privacy/retention?page=2&heldPage=2',
    });
    expect(retentionHref(1, 3)).toBe('/admin/privacy/retention?heldPage=3');
  });

  it('says when the policy is off', () => {
    const model = retentionView(
      { ...data(0, 0), policy: { ...POLICY, monthsAfterClose: null, closedBefore: null } },
      1,
      1,
    );
    expect(model.off).toBe(true);
    expect(model.policy.months).toBeNull();
  });
});
