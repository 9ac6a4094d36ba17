import { timeParameter } from '../../src/database/stored-time';
import { as, MadeUser, makeCandidate, makeSalesCandidate } from './factories';
import { TestApp } from './test-app';

const DAY = 86_400_000;
const MARCH = Date.parse('2026-03-01T00:00:00Z');

/** Day n of March 2026 (day 0 is 1 March), at 00:00 UTC plus the hours given. */
export const marchDay = (n: number, hours = 0) => new Date(MARCH + n * DAY + hours * 3_600_000);

/** A move over the API: a stage (and round), or a hiring manager's decision. */
export type JourneyStep = Record<string, unknown>;

/**
 * An application made over the API and moved step by step (a step with a
 * `decision` is posted by the hiring manager), then dated: `times` gives its
 * events their times in order, the first being the application date.
 */
export async function datedJourney(
  t: TestApp,
  people: { recruiter: MadeUser; manager: MadeUser },
  vacancy: { id: string },
  options: { source?: string; level?: string; name?: string },
  steps: JourneyStep[],
  times: Date[],
): Promise<string> {
  const candidate = options.level
    ? await makeSalesCandidate(t, people.recruiter.token, options.level, ['2015-01-01', '2021-01-01'], options.name)
    : await makeCandidate(t, people.recruiter.token, options.name ? { name: options.name } : {});
  const { body } = await as(t, people.recruiter.token)
    .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id, source: options.source })
    .expect(201);
  for (const step of steps) {
    const response =
      'decision' in step
        ? await as(t, people.manager.token).post(`/applications/${body.id}/decisions`, step)
        : await as(t, people.recruiter.token).post(`/applications/${body.id}/moves`, step);
    if (response.status !== 200) throw new Error(`${JSON.stringify(step)}: ${response.status} ${response.text}`);
  }
  await dateEvents(t, body.id, times);
  return body.id;
}

/** Gives an application's events these times, in the order of their revisions, and its application date the first. */
export async function dateEvents(t: TestApp, applicationId: string, times: Date[]): Promise<void> {
  const postgres = t.dataSource.options.type === 'postgres';
  const p = (n: number) => (postgres ? `$${n}` : '?');
  const events: { id: string }[] = await t.dataSource.query(
    `SELECT id FROM application_events WHERE application_id = ${p(1)} ORDER BY revision`,
    [applicationId],
  );
  if (events.length !== times.length) throw new Error(`${events.length} events, ${times.length} times`);
  for (const [index, event] of events.entries()) {
    await t.dataSource.query(`UPDATE application_events SET created_at = ${p(1)} WHERE id = ${p(2)}`, [
      timeParameter(times[index], postgres),
      event.id,
    ]);
  }
  await t.dataSource.query(
    `UPDATE applications SET applied_at = ${p(1)}, stage_changed_at = ${p(2)} WHERE id = ${p(3)}`,
    [timeParameter(times[0], postgres), timeParameter(times[times.length - 1], postgres), applicationId],
  );
}
