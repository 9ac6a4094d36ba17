import type { RoundInputDto } from '../../vacancies/dto/vacancy-input.dto';
import type { VacancyRound } from '../../vacancies/entities/vacancy-round.entity';
import { Body, checked, number, show, text, texts } from './vacancy-forms';

/* The interview plan's form: its rows as plain fields and back, as vacancy-forms.ts does the rest. */

export interface RoundForm {
  id: string;
  name: string;
  kind: string;
  competencies: string[];
  scale: string;
  passRule: string;
  passThreshold: string;
  weight: string;
  remove: boolean;
}

/** At most this many rounds are read from a form (the API takes ten, and one blank row for a new one). */
const MAX_ROUND_ROWS = 11;

export function roundsFromBody(body: Body): RoundForm[] {
  const rows: RoundForm[] = [];
  for (let index = 0; index < MAX_ROUND_ROWS; index++) {
    const at = (name: string) => `round.${index}.${name}`;
    if (body[at('name')] === undefined) continue;
    rows.push({
      id: text(body, at('id')),
      name: text(body, at('name')),
      kind: text(body, at('kind')),
      competencies: texts(body, at('competencies')),
      scale: text(body, at('scale')),
      passRule: text(body, at('passRule')),
      passThreshold: text(body, at('passThreshold')),
      weight: text(body, at('weight')),
      remove: checked(body, at('remove')),
    });
  }
  return rows;
}

export function roundsOf(rounds: readonly VacancyRound[]): RoundForm[] {
  return rounds.map((round) => ({
    id: round.id,
    name: round.name,
    kind: round.kind,
    competencies: [...round.competencies],
    scale: String(round.scale),
    passRule: round.passRule,
    passThreshold: show(round.passThreshold),
    weight: String(round.weight),
    remove: false,
  }));
}

/**
 * The plan as PUT /vacancies/:id/rounds takes it: rows marked to remove and
 * blank new rows left out; a kept round keeps the anchors and questions this
 * form does not show.
 */
export function roundsInput(rows: readonly RoundForm[], existing: readonly VacancyRound[]): Record<string, unknown>[] {
  return rows
    .filter((row) => !row.remove && !(row.id === '' && row.name.trim() === ''))
    .map((row) => {
      const kept = existing.find((round) => round.id === row.id);
      return {
        id: row.id || undefined,
        name: row.name,
        kind: row.kind,
        competencies: row.competencies,
        weight: number(row.weight),
        scorecard: {
          scale: number(row.scale),
          passRule: row.passRule || undefined,
          passThreshold: number(row.passThreshold),
          anchors: kept?.anchors ?? undefined,
          questions: kept?.questions ?? undefined,
        },
      };
    });
}

/** The plan of a vacancy being copied: its rounds as new ones. */
export function copiedRounds(rounds: readonly VacancyRound[]): RoundInputDto[] {
  return rounds.map((round) => ({
    name: round.name,
    kind: round.kind,
    competencies: [...round.competencies],
    weight: round.weight,
    scorecard: {
      scale: round.scale,
      passRule: round.passRule,
      passThreshold: round.passThreshold ?? undefined,
      anchors: round.anchors ?? undefined,
      questions: round.questions ?? undefined,
    },
  }));
}
