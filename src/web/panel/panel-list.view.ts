import type { PanelSeatRow } from '../../interviews/interviews.repository';
import { interviewHref } from './interview.view';

/** A scorecard is overdue a day after its interview ended, when Sift sends its reminder. */
export const OVERDUE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface SeatModel {
  href: string;
  icsHref: string;
  candidateName: string;
  vacancyTitle: string;
  roundName: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  overdue: boolean;
  cancelled: boolean;
  statusKey: string;
}

/**
 * The interviewer's interviews in three lists: upcoming (soonest first), waiting for their
 * scorecard (overdue first, then the oldest), and done (their scorecard in, or cancelled; newest first).
 */
export function panelListView(rows: readonly PanelSeatRow[], now: Date) {
  const upcoming: SeatModel[] = [];
  const waiting: SeatModel[] = [];
  const done: SeatModel[] = [];
  for (const row of rows) {
    const { interview } = row;
    const ends = interview.startsAt.getTime() + interview.durationMinutes * 60_000;
    const cancelled = interview.status === 'cancelled';
    const submitted = row.scorecardStatus === 'submitted';
    const seat: SeatModel = {
      href: interviewHref(interview.id),
      icsHref: `${interviewHref(interview.id)}/invite.ics`,
      candidateName: row.candidateName,
      vacancyTitle: row.vacancyTitle,
      roundName: row.roundName,
      startsAt: interview.startsAt,
      durationMinutes: interview.durationMinutes,
      location: interview.location,
      meetingUrl: interview.meetingUrl,
      overdue: !cancelled && !submitted && now.getTime() > ends + OVERDUE_AFTER_MS,
      cancelled,
      statusKey: cancelled
        ? 'panel.status.cancelled'
        : submitted
          ? 'panel.status.submitted'
          : row.scorecardStatus === 'draft'
            ? 'panel.status.draft'
            : 'panel.status.open',
    };
    if (cancelled || submitted) done.push(seat);
    else if (interview.startsAt.getTime() > now.getTime()) upcoming.push(seat);
    else waiting.push(seat);
  }
  const at = (seat: SeatModel) => seat.startsAt.getTime();
  upcoming.sort((a, b) => at(a) - at(b));
  waiting.sort((a, b) => Number(b.overdue) - Number(a.overdue) || at(a) - at(b));
  done.sort((a, b) => at(b) - at(a));
  return { upcoming, waiting, done };
}

export type PanelListModel = ReturnType<typeof panelListView>;
