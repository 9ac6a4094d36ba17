import { join } from 'node:path';
import { STAGES } from '../../applications/entities/application.entity';
import { projectRoot } from '../../mail/project-root';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { searchView } from './search.view';

const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));

const item = (n: number) => ({
  candidate: { id: `c-${n}`, name: `Kandidaat ${n}`, email: `k${n}@example.com` },
  employer: n % 2 ? 'Van Dijk BV' : null,
});

describe('searchView', () => {
  it('shows each candidate with their page, employer and latest application', () => {
    const appliedAt = new Date('2026-11-01T09:00:00Z');
    const model = searchView({
      q: 'dijk',
      page: 1,
      total: 1,
      items: [
        {
          ...item(1),
          latestApplication: { vacancyId: 'v', vacancyTitle: 'Accountmanager', stage: 'screening', appliedAt },
        },
      ],
    });
    expect(model.rows).toEqual([
      {
        name: 'Kandidaat 1',
        email: 'k1@example.com',
        href: '/recruiter/candidates/c-1',
        employer: 'Van Dijk BV',
        application: { vacancyTitle: 'Accountmanager', stageKey: 'stage.screening', appliedAt },
      },
    ]);
    expect(model).toMatchObject({ searched: true, from: 1, to: 1, previousHref: undefined, nextHref: undefined });
  });

  it('links to the pages beside, keeping the search', () => {
    const middle = searchView({ q: 'a&b', page: 2, total: 60, items: Array.from({ length: 25 }, (_, i) => item(i)) });
    expect(middle).toMatchObject({
      from: 26,
      to: 50,
      previousHref: '/recruiter/search?q=a%26b&page=1',
      nextHref: '/recruiter/search?q=a%26b&page=3',
    });
    const last = searchView({ q: 'a', page: 3, total: 60, items: Array.from({ length: 10 }, (_, i) => item(i)) });
    expect(last).toMatchObject({ from: 51, to: 60, nextHref: undefined });
  });

  it('shows nothing searched for an empty query, and a page past the end as empty', () => {
    expect(searchView({ q: '', page: 1, total: 0, items: [] })).toMatchObject({ searched: false, from: 0, to: 0 });
    expect(searchView({ q: 'x', page: 9, total: 3, items: [] }).nextHref).toBeUndefined();
  });

  it('has words in every language for every stage it can name', () => {
    for (const language of LANGUAGES) {
      expect(STAGES.filter((stage) => !catalogue.has(`stage.${stage}`, language))).toEqual([]);
    }
  });
});
