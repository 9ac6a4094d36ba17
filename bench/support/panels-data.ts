/**
 * Interview evidence for the panel benchmark, from a fixed seed: for every
 * application one interview per round, each with a panel of 3–5 distinct
 * interviewers, and a submitted scorecard (with its first revision) per panel
 * member. A rating comes from the applicant's latent ability, the
 * applicant's strength in that competency, the interviewer's leniency offset
 * and noise, on the 0–1 scale, rounded onto the round's scale; a few are left
 * "not assessed". The recommendation follows the scorecard's mean rating.
 * Written in multi-row inserts, as the app stores them.
 */
import { DataSource } from 'typeorm';
import { insertRows } from '../../src/database/bulk-insert';
import { newId } from '../../src/database/ids';
import { Interview } from '../../src/interviews/entities/interview.entity';
import { InterviewPanelist } from '../../src/interviews/entities/interview-panelist.entity';
import { Scorecard } from '../../src/interviews/entities/scorecard.entity';
import { ScorecardRevision } from '../../src/interviews/entities/scorecard-revision.entity';
import { Rating, Recommendation } from '../../src/scoring/round-result';
import { seededRandom } from './generated-facts';

export interface PanelRound {
  id: string;
  competencies: readonly string[];
  scale: number;
}

export interface PanelPlan {
  vacancyId: string;
  createdBy: string;
  applications: readonly { id: string; candidateId: string }[];
  rounds: readonly PanelRound[];
  interviewerIds: readonly string[];
  seed?: number;
}

export interface GeneratedPanels {
  interviews: Record<string, unknown>[];
  panelists: { interviewId: string; userId: string }[];
  scorecards: Record<string, unknown>[];
  revisions: Record<string, unknown>[];
  /** Ratings given, and how many of them were "not assessed". */
  ratings: number;
  notAssessed: number;
  /** The latent ability drawn for each application (standard normal). */
  ability: Map<string, number>;
  /** The leniency offset drawn for each interviewer, on the 0–1 scale. */
  offset: Map<string, number>;
}

/** Model parameters, on the 0–1 scale of normalised ratings. */
const CENTRE = 0.55;
const ABILITY = 0.2;
const STRENGTH = 0.1;
const OFFSET = 0.15;
const NOISE = 0.12;
const NOT_ASSESSED = 0.03;

const NOTES = [
  'Gave a concrete example from a recent account review.',
  'Answer stayed general; asked twice for specifics.',
  'Clear structure, named the figures and the outcome.',
  'Strong on the customer side, less on the numbers.',
  'Handled the objection calmly and came back to the need.',
  'Example was from a team effort; own part not clear.',
];
const SUMMARIES = [
  'Solid interview; evidence matches the ratings.',
  'Mixed picture; see the notes per competency.',
  'Convincing on most points.',
  'Not enough evidence for this level.',
];

export function generatePanels(plan: PanelPlan): GeneratedPanels {
  const random = seededRandom(plan.seed ?? 20_261_214);
  const normal = () => {
    // Box–Muller: one standard normal draw from two uniforms.
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const offset = new Map(plan.interviewerIds.map((id) => [id, (random() * 2 - 1) * OFFSET]));
  const ability = new Map<string, number>();
  const out: GeneratedPanels = {
    interviews: [],
    panelists: [],
    scorecards: [],
    revisions: [],
    ratings: 0,
    notAssessed: 0,
    ability,
    offset,
  };
  const pool = [...plan.interviewerIds];
  const day = 24 * 3600 * 1000;
  const firstDay = Date.parse('2026-12-01T08:00:00Z');
  plan.applications.forEach((application, index) => {
    const a = normal();
    ability.set(application.id, a);
    const strength = new Map<string, number>();
    plan.rounds.forEach((round, position) => {
      const startsAt = new Date(firstDay + position * 14 * day + (index % 40) * day * 0.25 + index * 60_000);
      const createdAt = new Date(startsAt.getTime() - 3 * day);
      const submittedAt = new Date(startsAt.getTime() + 2 * 3600_000);
      const interviewId = newId(createdAt.getTime());
      out.interviews.push({
        id: interviewId,
        applicationId: application.id,
        vacancyId: plan.vacancyId,
        candidateId: application.candidateId,
        roundId: round.id,
        status: 'scheduled',
        startsAt,
        durationMinutes: 60,
        location: 'Office, meeting room 2',
        meetingUrl: null,
        sequence: 0,
        cancelReason: null,
        decision: null,
        result: null,
        roundScore: null,
        calibratedScore: null,
        decidedAt: null,
        decisionAppliedAt: null,
        createdBy: plan.createdBy,
        createdAt,
        updatedAt: createdAt,
      });
      // A panel of 3–5 distinct interviewers: a partial Fisher–Yates shuffle of the pool.
      const size = 3 + Math.floor(random() * 3);
      for (let i = 0; i < size; i++) {
        const j = i + Math.floor(random() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      for (const interviewerId of pool.slice(0, size)) {
        out.panelists.push({ interviewId, userId: interviewerId });
        const ratings: Rating[] = round.competencies.map((competency) => {
          if (!strength.has(competency)) strength.set(competency, normal());
          out.ratings += 1;
          if (random() < NOT_ASSESSED) {
            out.notAssessed += 1;
            return { competency, rating: null, notes: null };
          }
          const value =
            CENTRE + ABILITY * a + STRENGTH * strength.get(competency)! + offset.get(interviewerId)! + NOISE * normal();
          const rating = Math.min(round.scale, Math.max(1, 1 + Math.round(value * (round.scale - 1))));
          return { competency, rating, notes: NOTES[Math.floor(random() * NOTES.length)] };
        });
        const recommendation = recommendationFor(ratings, round.scale);
        const summary = SUMMARIES[Math.floor(random() * SUMMARIES.length)];
        const scorecardId = newId(submittedAt.getTime());
        out.scorecards.push({
          id: scorecardId,
          interviewId,
          interviewerId,
          status: 'submitted',
          revision: 1,
          ratings,
          recommendation,
          summary,
          submittedAt,
          createdAt: startsAt,
          updatedAt: submittedAt,
        });
        out.revisions.push({
          id: newId(submittedAt.getTime()),
          scorecardId,
          revision: 1,
          ratings,
          recommendation,
          summary,
          reason: null,
          submittedBy: interviewerId,
          submittedAt,
        });
      }
    });
  });
  return out;
}

/** The recommendation an interviewer gives with these ratings: by their mean on the 0–1 scale. */
function recommendationFor(ratings: readonly Rating[], scale: number): Recommendation {
  const values = ratings.filter((r) => r.rating !== null).map((r) => (r.rating! - 1) / (scale - 1));
  const mean = values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0.5;
  return mean < 0.3 ? 'strong_no' : mean < 0.55 ? 'no' : mean < 0.8 ? 'yes' : 'strong_yes';
}

/** Writes the evidence in one transaction of multi-row inserts; returns the seconds each table took. */
export async function insertPanels(dataSource: DataSource, panels: GeneratedPanels): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  await dataSource.transaction(async (tx) => {
    const timed = async (name: string, work: () => Promise<void>) => {
      const started = performance.now();
      await work();
      seconds[name] = (performance.now() - started) / 1000;
    };
    await timed('interviews', () => insertRows(tx, Interview, panels.interviews, 500));
    await timed('interview_panelists', () => insertRows(tx, InterviewPanelist, panels.panelists));
    await timed('scorecards', () => insertRows(tx, Scorecard, panels.scorecards));
    await timed('scorecard_revisions', () => insertRows(tx, ScorecardRevision, panels.revisions));
  });
  return seconds;
}
