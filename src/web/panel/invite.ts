import type { Interview } from '../../interviews/entities/interview.entity';
import { interviewCalendar } from '../../mail/calendar';
import { mailbox } from '../../mail/mail-time';

/**
 * The interview's invitation as the invitation mail carries it (the same UID and SEQUENCE, so a
 * calendar that has the mail's event updates it rather than adding a second), for the reader alone.
 */
export function inviteCalendar(
  interview: Interview,
  words: { summary: string; vacancyTitle: string; roundName: string },
  reader: { name: string; email: string },
  from: string,
  now: Date,
): string {
  const organizer = mailbox(from);
  const cancelled = interview.status === 'cancelled';
  return interviewCalendar({
    uid: `interview-${interview.id}@sift`,
    sequence: interview.sequence,
    method: cancelled ? 'CANCEL' : 'REQUEST',
    start: interview.startsAt,
    durationMinutes: interview.durationMinutes,
    summary: words.summary,
    description: [words.vacancyTitle, words.roundName, interview.meetingUrl, interview.cancelReason]
      .filter(Boolean)
      .join('\n'),
    location: interview.location ?? interview.meetingUrl,
    url: interview.meetingUrl,
    organizer: { name: organizer.name, email: organizer.address },
    attendees: [reader],
    stamp: now,
  });
}
