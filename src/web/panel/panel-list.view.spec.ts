import type { PanelSeatRow } from '../../interviews/interviews.repository';
import type { Interview } from '../../interviews/entities/interview.entity';
import { panelListView } from './panel-list.view';

const NOW = new Date('2026-12-06T10:00:00Z');
const HOUR = 3600 * 1000;

function seat(id: string, startsIn: number, fields: Partial<PanelSeatRow> = {}, status = 'scheduled'): PanelSeatRow {
  const interview = {
    id,
    status,
    startsAt: new Date(NOW.getTime() + startsIn * HOUR),
    durationMinutes: 60,
    location: 'Kamer 2',
    meetingUrl: null,
  } as unknown as Interview;
  return {
    interview,
    vacancyTitle: 'Accountmanager B',
    roundName: 'Eerste gesprek',
    candidateName: `Kandidaat ${id}`,
    scorecardId: null,
    scorecardStatus: null,
    ...fields,
  };
}

describe('the interviewer’s list of interviews', () => {
  it('puts upcoming ones soonest first, waiting ones overdue first, done ones newest first', () => {
    const model = panelListView(
      [
        seat('later', 48),
        seat('soon', 2),
        seat('yesterday', -20, { scorecardStatus: 'draft' }),
        seat('last-week', -170),
        seat('scored', -100, { scorecardStatus: 'submitted' }),
        seat('called-off', 10, {}, 'cancelled'),
      ],
      NOW,
    );
    expect(model.upcoming.map((one) => one.candidateName)).toEqual(['Kandidaat soon', 'Kandidaat later']);
    expect(model.waiting.map((one) => [one.candidateName, one.overdue, one.statusKey])).toEqual([
      ['Kandidaat last-week', true, 'panel.status.open'],
      ['Kandidaat yesterday', false, 'panel.status.draft'],
    ]);
    expect(model.done.map((one) => [one.candidateName, one.statusKey])).toEqual([
      ['Kandidaat called-off', 'panel.status.cancelled'],
      ['Kandidaat scored', 'panel.status.submitted'],
    ]);
  });

  it('links each to its page and its invitation', () => {
    const [one] = panelListView([seat('i1', 5)], NOW).upcoming;
    expect(one).toMatchObject({
      href: '/panel/interviews/i1',
      icsHref: '/panel/interviews/i1/invite.ics',
      location: 'Kamer 2',
    });
  });

  it('counts a scorecard overdue only a day after the interview ended', () => {
    const model = panelListView([seat('a', -24.5), seat('b', -25.5)], NOW);
    expect(model.waiting.map((one) => [one.candidateName, one.overdue])).toEqual([
      ['Kandidaat b', true],
      ['Kandidaat a', false],
    ]);
  });
});
