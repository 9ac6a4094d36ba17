import type { ShortlistLeniencyDto } from '../../applications/dto/shortlist-leniency.dto';
import { leniencyToggle, leniencyView } from './leniency.view';

const VACANCY = { id: '11111111-1111-4111-8111-111111111111', title: 'Accountmanager B' };

const item = (id: string, ranked: number, other: number): ShortlistLeniencyDto['items'][number] => ({
  applicationId: id,
  candidate: { id: `c-${id}`, name: `Kandidaat ${id}` },
  stage: 'interview',
  ranked: { position: ranked, shortlistScore: 68.67, interviewScore: 66.67 },
  other: { position: other, shortlistScore: 61.05, interviewScore: 47.62 },
  moved: ranked - other,
});

describe('leniencyView', () => {
  it('shows each application’s place and score both ways, and how far it moves in words', () => {
    const data: ShortlistLeniencyDto = {
      vacancyId: VACANCY.id,
      ranksBy: 'as_rated',
      other: 'calibrated',
      total: 3,
      changed: 2,
      items: [item('p', 1, 3), item('r', 2, 2), item('q', 3, 1)],
    };
    const model = leniencyView(data, VACANCY);
    expect(model).toMatchObject({
      headingKey: 'manager.leniency.heading.calibrated',
      ranksByKey: 'manager.leniency.ranksBy.as_rated',
      otherColumnKey: 'manager.leniency.column.calibrated',
      shortlistHref: `/manager/vacancies/${VACANCY.id}/shortlist`,
      total: 3,
      changed: 2,
      shown: 3,
      more: false,
    });
    expect(model.rows.map((row) => [row.name, row.movedKey, row.places])).toEqual([
      ['Kandidaat p', 'manager.leniency.moved.down', 2],
      ['Kandidaat r', 'manager.leniency.moved.same', 0],
      ['Kandidaat q', 'manager.leniency.moved.up', 2],
    ]);
    expect(model.rows[0]).toMatchObject({
      stageKey: 'stage.interview',
      ranked: { position: 1, score: 68.67, interviewScore: 66.67 },
      other: { position: 3, score: 61.05, interviewScore: 47.62 },
    });
  });

  it('says when only the first of many are shown, and names the variant the vacancy ranks by', () => {
    const data: ShortlistLeniencyDto = {
      vacancyId: VACANCY.id,
      ranksBy: 'calibrated',
      other: 'as_rated',
      total: 80,
      changed: 10,
      items: [item('p', 1, 1)],
    };
    expect(leniencyView(data, VACANCY)).toMatchObject({
      headingKey: 'manager.leniency.heading.as_rated',
      ranksByKey: 'manager.leniency.ranksBy.calibrated',
      shown: 1,
      more: true,
    });
  });

  it('offers the other variant from the shortlist', () => {
    expect(leniencyToggle(VACANCY.id, false)).toEqual({
      href: `/manager/vacancies/${VACANCY.id}/shortlist/leniency`,
      labelKey: 'manager.shortlist.leniency.calibrated',
    });
    expect(leniencyToggle(VACANCY.id, true).labelKey).toBe('manager.shortlist.leniency.asRated');
  });
});
