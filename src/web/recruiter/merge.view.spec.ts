import { join } from 'node:path';
import type { MergePreview } from '../../duplicates/duplicates.service';
import { differingFields } from '../../duplicates/merge-fields';
import { projectRoot } from '../../mail/project-root';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { mergeView } from './merge.view';

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

function preview(overrides: Partial<MergePreview> = {}): MergePreview {
  const summary = { applications: [], factCount: 0, cvs: [] };
  const survivor = Object.assign(person('a', { phone: '+31 6 1234 5678' }), {
    summary: {
      applications: [
        {
          id: 'x',
          vacancyId: 'v',
          vacancyTitle: 'Accountmanager B',
          stage: 'interview',
          appliedAt: new Date('2026-11-02T10:00:00Z'),
        },
      ],
      factCount: 4,
      cvs: [{ id: 'cv', fileName: 'cv.pdf', format: 'pdf', createdAt: new Date('2026-11-02T10:00:00Z') }],
    },
  });
  const other = Object.assign(
    person('b', {
      phone: '06-12345678',
      location: 'Utrecht',
      consentPurpose: 'Werving',
      consentAt: new Date('2026-10-01T00:00:00Z'),
    }),
    { summary },
  );
  return { survivor, other, differing: differingFields(survivor, other), sharedVacancies: [], ...overrides };
}

describe('mergeView', () => {
  it('offers a choice where the two differ, preset as the merge would decide unasked', () => {
    const model = mergeView(preview());
    const field = (name: string) => model.fields.find((choice) => choice.field === name)!;
    expect(model.fields.map((choice) => choice.field)).toEqual([
      'name',
      'email',
      'phone',
      'location',
      'language',
      'source',
      'consent',
    ]);
    expect(field('email')).toMatchObject({ differs: true, keepOther: false, other: { text: 'b@example.com' } });
    // The survivor has no city nor consent: the other's are taken unless the recruiter says otherwise.
    expect(field('location')).toMatchObject({ differs: true, keepOther: true, survivor: { empty: true } });
    expect(field('consent')).toMatchObject({
      keepOther: true,
      other: { text: 'Werving', at: new Date('2026-10-01T00:00:00Z') },
    });
    expect(field('language')).toMatchObject({ differs: false, survivor: { key: 'language.nl' } });
    expect(field('source')).toMatchObject({ differs: false, survivor: { empty: true } });
  });

  it('keeps the recruiter’s choices and message, and lays out what each holds', () => {
    const message = { key: 'errors.MERGE_SAME_VACANCY', values: {}, status: 409 };
    const model = mergeView(preview(), { choices: { email: 'other', location: 'survivor' }, message });
    expect(model.fields.find((choice) => choice.field === 'email')!.keepOther).toBe(true);
    expect(model.fields.find((choice) => choice.field === 'location')!.keepOther).toBe(false);
    expect(model.message).toBe(message);
    expect(model.survivor).toEqual({
      id: 'a',
      name: 'Kandidaat a',
      email: 'a@example.com',
      href: '/recruiter/candidates/a',
      applications: [
        { vacancyTitle: 'Accountmanager B', stageKey: 'stage.interview', appliedAt: new Date('2026-11-02T10:00:00Z') },
      ],
      factCount: 4,
      cvs: [{ fileName: 'cv.pdf', format: 'pdf', createdAt: new Date('2026-11-02T10:00:00Z') }],
    });
    expect(model.action).toBe('/recruiter/candidates/a/merge/b');
    expect(model.swapHref).toBe('/recruiter/candidates/b/merge/a');
    expect(model.backHref).toBe('/recruiter/candidates/a/duplicates');
    expect(model.blockedBy).toEqual([]);
  });

  it('names the vacancies that block the merge', () => {
    const model = mergeView(preview({ sharedVacancies: [{ id: 'v', title: 'Accountmanager B' }] }));
    expect(model.blockedBy).toEqual([{ title: 'Accountmanager B' }]);
  });

  it('hands out only keys the catalogue has', () => {
    const model = mergeView(preview());
    const keys = [
      ...model.fields.map((choice) => choice.labelKey),
      ...model.fields.flatMap((choice) => [choice.survivor.key, choice.other.key]).filter(Boolean),
      ...model.survivor.applications.map((application) => application.stageKey),
      'errors.MERGE_SAME_VACANCY',
      'errors.CANDIDATE_ALREADY_MERGED',
      'errors.MERGE_WITH_ITSELF',
      'duplicates.merge.badChoice',
    ] as string[];
    for (const language of LANGUAGES) {
      expect({ language, missing: keys.filter((key) => !catalogue.has(key, language)) }).toEqual({
        language,
        missing: [],
      });
    }
  });
});
