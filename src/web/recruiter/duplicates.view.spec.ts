import { join } from 'node:path';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import type { DuplicateProposal } from '../../duplicates/duplicates.service';
import { projectRoot } from '../../mail/project-root';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { duplicatesNoticeView, duplicatesView, REASON_KEYS } from './duplicates.view';

const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));

function person(id: string, fields: Partial<Candidate> = {}): Candidate {
  return {
    id,
    name: `Kandidaat ${id}`,
    email: `${id}@example.com`,
    phone: null,
    location: null,
    language: 'nl',
    consentPurpose: null,
    consentAt: null,
    source: null,
    phoneKey: null,
    nameKey: null,
    mergedIntoId: null,
    erasedAt: null,
    createdAt: new Date('2026-11-01T09:00:00Z'),
    updatedAt: new Date('2026-11-01T09:00:00Z'),
    facts: [],
    ...fields,
  };
}

const proposals: DuplicateProposal[] = [
  { candidate: person('b', { phone: '+31 6 1234 5678', location: 'Utrecht' }), reasons: ['same_phone'] },
  { candidate: person('c'), reasons: ['same_name_and_employer', 'same_name_and_city'] },
];

describe('duplicatesView', () => {
  it('lists each proposal with its reasons, a compare link, the form to mark it apart, and the shortcut on the first', () => {
    const model = duplicatesView({ candidate: person('a'), proposals });
    expect(model.candidate).toEqual({
      id: 'a',
      name: 'Kandidaat a',
      email: 'a@example.com',
      href: '/recruiter/candidates/a',
    });
    expect(model.proposals).toEqual([
      {
        id: 'b',
        name: 'Kandidaat b',
        email: 'b@example.com',
        phone: '+31 6 1234 5678',
        location: 'Utrecht',
        reasonKeys: ['duplicates.reason.samePhone'],
        compareHref: '/recruiter/candidates/a/merge/b',
        notDuplicateAction: '/recruiter/candidates/a/not-duplicate/b',
        shortcut: 'm',
      },
      expect.objectContaining({
        id: 'c',
        reasonKeys: ['duplicates.reason.sameNameAndEmployer', 'duplicates.reason.sameNameAndCity'],
      }),
    ]);
    expect(model.proposals[1].shortcut).toBeUndefined();
    expect(model.mergedInto).toBeUndefined();
    expect(model.notice).toBeUndefined();
  });

  it('says where a merged candidate went, and that a pair was marked apart', () => {
    const model = duplicatesView(
      { candidate: person('b', { mergedIntoId: 'a' }), proposals: [], mergedInto: person('a') },
      { marked: true },
    );
    expect(model.mergedInto).toEqual({
      name: 'Kandidaat a',
      href: '/recruiter/candidates/a',
      duplicatesHref: '/recruiter/candidates/a/duplicates',
    });
    expect(model.notice).toEqual({ key: 'duplicates.marked' });
  });
});

describe('duplicatesNoticeView', () => {
  it('says nothing without proposals', () => {
    expect(duplicatesNoticeView(person('a'), [])).toBeUndefined();
  });

  it('names the first three proposals with their reasons and counts the rest', () => {
    const many = [
      ...proposals,
      ...['d', 'e', 'f'].map((id) => ({ candidate: person(id), reasons: ['same_phone' as const] })),
    ];
    const notice = duplicatesNoticeView(person('a'), many)!;
    expect(notice.items).toEqual([
      {
        name: 'Kandidaat b',
        reasonKeys: ['duplicates.reason.samePhone'],
        compareHref: '/recruiter/candidates/a/merge/b',
      },
      expect.objectContaining({ name: 'Kandidaat c' }),
      expect.objectContaining({ name: 'Kandidaat d' }),
    ]);
    expect(notice.more).toBe(2);
    expect(notice.listHref).toBe('/recruiter/candidates/a/duplicates');
  });
});

describe('the keys the duplicates views hand out', () => {
  it('are all in the catalogue, in every language', () => {
    const keys = [...Object.values(REASON_KEYS), 'duplicates.marked', 'duplicates.shortcut.compare'];
    for (const language of LANGUAGES) {
      expect({ language, missing: keys.filter((key) => !catalogue.has(key, language)) }).toEqual({
        language,
        missing: [],
      });
    }
  });
});
