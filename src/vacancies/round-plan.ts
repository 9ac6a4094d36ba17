import { FieldError } from '../common/errors/domain-error';
import { findCompetency, unknownCompetencyMessage } from '../scoring/competency-catalogue';
import { RoundInputDto } from './dto/vacancy-input.dto';
import { VacancyRound } from './entities/vacancy-round.entity';
import { RoundInUseError } from './vacancies.errors';
import { RoundFields } from './vacancies.repository';

export function roundFieldsOf(round: RoundInputDto): RoundFields {
  const scorecard = round.scorecard ?? {};
  return {
    id: round.id,
    name: round.name,
    kind: round.kind,
    competencies: [...new Set(round.competencies)],
    scale: scorecard.scale ?? 4,
    anchors: scorecard.anchors ?? null,
    questions: scorecard.questions?.map(({ competency, kind, text }) => ({ competency, kind, text })) ?? null,
    passRule: scorecard.passRule ?? 'average',
    passThreshold: scorecard.passThreshold ?? null,
    weight: round.weight ?? 1,
  };
}

/**
 * Round competencies come from the catalogue; kept rounds must be this
 * vacancy's, each once; a scorecard's anchors match its scale, its questions
 * ask about the round's competencies, its threshold lies on the scale.
 */
export function roundProblems(rounds: RoundInputDto[], existingIds: string[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  rounds.forEach((round, index) => {
    const at = `rounds[${index}]`;
    if (round.id !== undefined) {
      if (!existingIds.includes(round.id)) {
        problems.push({ field: `${at}.id`, messages: [`${round.id} is not a round of this vacancy`] });
      } else if (seen.has(round.id)) {
        problems.push({ field: `${at}.id`, messages: [`round ${round.id} is listed twice`] });
      }
      seen.add(round.id);
    }
    round.competencies.forEach((code, place) => {
      if (!findCompetency(code)) {
        problems.push({ field: `${at}.competencies[${place}]`, messages: [unknownCompetencyMessage(code)] });
      }
    });
    const scorecard = round.scorecard;
    if (!scorecard) return;
    const scale = scorecard.scale ?? 4;
    if (scorecard.anchors && scorecard.anchors.length !== scale) {
      problems.push({
        field: `${at}.scorecard.anchors`,
        messages: [`a ${scale}-point scale needs ${scale} anchors, one per point; ${scorecard.anchors.length} given`],
      });
    }
    scorecard.questions?.forEach((question, place) => {
      if (!round.competencies.includes(question.competency)) {
        problems.push({
          field: `${at}.scorecard.questions[${place}].competency`,
          messages: [`${question.competency} is not one of the competencies this round rates`],
        });
      }
    });
    if (scorecard.passThreshold !== undefined && scorecard.passThreshold > scale) {
      problems.push({
        field: `${at}.scorecard.passThreshold`,
        messages: [`the threshold ${scorecard.passThreshold} is above the top of the ${scale}-point scale`],
      });
    }
    if (scorecard.passThreshold !== undefined && (scorecard.passRule ?? 'average') !== 'average') {
      problems.push({
        field: `${at}.scorecard.passThreshold`,
        messages: [`a threshold belongs to the average rule, not to ${scorecard.passRule}`],
      });
    }
  });
  return problems;
}

/**
 * A round with interviews stays in the plan, and keeps its scale and
 * competencies, so that no scorecard ever stands against another template
 * than the one it was filled in on. Its name, questions, pass rule and
 * weight may change.
 */
export function roundsInUseProblems(
  current: readonly VacancyRound[],
  wanted: readonly RoundInputDto[],
  interviewsPerRound: Map<string, number>,
): void {
  for (const round of current) {
    const count = interviewsPerRound.get(round.id) ?? 0;
    if (!count) continue;
    const next = wanted.find((candidate) => candidate.id === round.id);
    if (!next) throw new RoundInUseError(round.name, count, 'removed');
    const sameCompetencies =
      new Set(next.competencies).size === round.competencies.length &&
      round.competencies.every((code) => next.competencies.includes(code));
    if (!sameCompetencies) throw new RoundInUseError(round.name, count, 'given other competencies');
    if ((next.scorecard?.scale ?? 4) !== round.scale)
      throw new RoundInUseError(round.name, count, 'given another scale');
  }
}
