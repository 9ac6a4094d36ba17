import { join } from 'node:path';
import type { Explanation } from '../../explanations/explanation';
import { projectRoot } from '../../mail/project-root';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { explanationView } from './explanation.view';

const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));

const explanation: Explanation = {
  applicationId: 'a1',
  language: 'et',
  vacancyTitle: 'Accountmanager B',
  summary: 'Teie avaldus sai 48,4 punkti 100 võimalikust.',
  criteria: [
    {
      criterion: 'education',
      name: 'Haridus',
      outcome: 'partial',
      requirement: 'not_met',
      earned: 0,
      possible: 33.33,
      sentence: 'See on selle ametikoha nõue ja Te ei vasta sellele.',
    },
    {
      criterion: 'courses',
      name: 'Kursused',
      outcome: 'met',
      requirement: null,
      earned: 10,
      possible: 10,
      sentence: 'Selles osas vastate täielikult sellele, mida ametikoht eeldab.',
    },
  ],
  decisions: [
    {
      at: new Date('2026-11-02T09:00:00Z'),
      what: 'received',
      by: null,
      stage: 'applied',
      round: null,
      sentence: 'Saime Teie avalduse kätte.',
    },
    {
      at: new Date('2026-11-03T09:00:00Z'),
      what: 'round_passed',
      by: 'panel',
      stage: 'interview',
      round: 'Eerste gesprek',
      sentence: 'Vestlusvooru „Eerste gesprek“ komisjon hindas Teid ja Te läbisite selle vooru.',
    },
  ],
  provenance: { profileVersion: 2, engineVersion: null, scoredAt: new Date('2026-11-02T09:00:00Z') },
};

describe('explanationView', () => {
  it('lays the explanation out in the candidate’s language, with the way back to the candidate', () => {
    const model = explanationView('c1', explanation);
    expect(model).toMatchObject({
      language: 'et',
      languageKey: 'explanation.language.et',
      backHref: '/recruiter/candidates/c1?application=a1',
      vacancyTitle: 'Accountmanager B',
      summary: explanation.summary,
      record: { scoredAt: explanation.provenance.scoredAt, profileVersion: 2, engineVersion: null },
    });
    expect(model.criteria).toEqual([
      {
        name: 'Haridus',
        status: 'not_met',
        statusKey: 'explanation.status.partial',
        requirement: true,
        sentence: explanation.criteria[0].sentence,
      },
      {
        name: 'Kursused',
        status: 'met',
        statusKey: 'explanation.status.met',
        requirement: false,
        sentence: explanation.criteria[1].sentence,
      },
    ]);
    expect(model.decisions).toEqual([
      {
        at: explanation.decisions[0].at,
        iso: '2026-11-02T09:00:00.000Z',
        byKey: undefined,
        sentence: 'Saime Teie avalduse kätte.',
      },
      {
        at: explanation.decisions[1].at,
        iso: '2026-11-03T09:00:00.000Z',
        byKey: 'explanation.by.panel',
        sentence: explanation.decisions[1].sentence,
      },
    ]);
  });

  it('has no record of a score before screening', () => {
    const none = { ...explanation, provenance: { profileVersion: null, engineVersion: null, scoredAt: null } };
    expect(explanationView('c1', none).record).toBeUndefined();
  });

  it('hands the template only keys the catalogue has, in every language', () => {
    const keys = ['met', 'partial', 'not_met', 'unknown'].map((outcome) => `explanation.status.${outcome}`);
    for (const language of LANGUAGES) {
      const model = explanationView('c1', { ...explanation, language });
      keys.push(model.languageKey);
    }
    keys.push(...(['person', 'system', 'panel'] as const).map((by) => `explanation.by.${by}`));
    for (const language of LANGUAGES) {
      expect({ language, missing: keys.filter((key) => !catalogue.has(key, language)) }).toEqual({
        language,
        missing: [],
      });
    }
  });
});
