import { CEFR_LEVELS, CLIENT_SEGMENTS } from '../../candidates/dto/fact-data.dto';
import { COMPETENCIES } from '../../scoring/competency-catalogue';
import { EDUCATION_LEVEL_NAMES } from '../../scoring/education-scale';
import { MAX_SCALE, MIN_SCALE } from '../../scoring/round-result';
import type { Language } from '../../users/entities/user.entity';
import type { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { PASS_RULES, ROUND_KINDS } from '../../vacancies/entities/vacancy-round.entity';
import { Choice, DetailsModel, FieldProblems, Message } from './vacancy-fields.view';
import { CRITERIA, CriteriaForm, CriterionKey } from './vacancy-forms';
import { RoundForm } from './vacancy-round-forms';
import { ProgressModel, WhatIfModel } from './vacancy-preview.view';
import { panelReportsHref } from '../reports/panel-reports.view';

export type EditorSection = 'details' | 'criteria' | 'rounds';

interface Invalid {
  [field: string]: string | undefined;
}

export interface CriterionModel {
  key: CriterionKey;
  titleKey: string;
  on: boolean;
  weight: string;
  knockout: boolean;
  invalid: Invalid;
}

export interface CompetencyRowModel {
  /** 1 for the first row, for the words that name it. */
  row: number;
  choices: { value: string; name: string; selected: boolean }[];
  requiredLevel: string;
  weight: string;
  invalid: Invalid;
}

export interface CriteriaModel {
  values: CriteriaForm;
  sections: Record<CriterionKey, CriterionModel>;
  competencyRows: CompetencyRowModel[];
  languageRows: { language: string; levels: Choice[]; invalid: Invalid }[];
  segments: Choice[];
  educationLevels: string[];
  /** A problem of the whole profile (no criterion weighs anything). */
  profileProblemKey?: string;
  /** The profile version this edit starts from (for the conflict check). */
  basedOn: number;
}

export interface RoundRowModel {
  index: number;
  /** 1 for the first round. */
  place: number;
  id: string;
  isNew: boolean;
  name: string;
  kinds: Choice[];
  competencies: { value: string; name: string; checked: boolean; inputId: string }[];
  scale: string;
  passRules: Choice[];
  passThreshold: string;
  weight: string;
  remove: boolean;
  invalid: Invalid;
}

export interface EditorModel {
  id: string;
  title: string;
  statusKey: string;
  ended: boolean;
  profileName: string;
  version: number;
  boardHref: string;
  /** The panel reports of the vacancy's rounds. */
  panelReportsHref: string;
  editHref: string;
  whatIfHref: string;
  copyHref: string;
  notice?: Message;
  message?: Message;
  /** Which form the message belongs to. */
  messageSection?: EditorSection;
  details: DetailsModel;
  criteria: CriteriaModel;
  rounds: RoundRowModel[];
  roundsMax: number;
  whatIf: WhatIfModel;
  progress: ProgressModel;
}

const COMPETENCY_BLANK_ROWS = 2;
const MAX_ROUNDS = 10;

export function criteriaModel(
  values: CriteriaForm,
  language: Language,
  problems: FieldProblems,
  basedOn: number,
): CriteriaModel {
  const at = (path: string) => `criteria.${path}`;
  const mark = (path: string, field: string) => (problems.has(at(path)) ? `vacancy.invalid.${field}` : undefined);
  const sections = Object.fromEntries(
    CRITERIA.map((key) => {
      const fields = ['weight', ...KIND_FIELDS[key]];
      return [
        key,
        {
          key,
          titleKey: `vacancy.criterion.${key}`,
          on: values.on[key],
          weight: values.weight[key],
          knockout: values.knockout[key],
          invalid: Object.fromEntries(fields.map((field) => [field, mark(`${key}.${field}`, field)])),
        },
      ];
    }),
  ) as Record<CriterionKey, CriterionModel>;
  const names = [...COMPETENCIES]
    .map((competency) => ({ value: competency.code, name: competency.name[language] }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const competencyRows = [
    ...values.competencyItems,
    ...Array.from({ length: COMPETENCY_BLANK_ROWS }, () => ({ code: '', requiredLevel: '3', weight: '1' })),
  ].map((row, index) => ({
    row: index + 1,
    choices: [
      { value: '', name: '', selected: row.code === '' },
      ...names.map((choice) => ({ ...choice, selected: choice.value === row.code })),
    ],
    requiredLevel: row.requiredLevel,
    weight: row.weight,
    invalid: {
      code: mark(`competencies.items.${index}.code`, 'code'),
      requiredLevel: mark(`competencies.items.${index}.requiredLevel`, 'requiredLevel'),
      weight: mark(`competencies.items.${index}.weight`, 'itemWeight'),
    },
  }));
  const languageRows = [...values.languageItems, { language: '', level: 'B2' }].map((row, index) => ({
    language: row.language,
    levels: CEFR_LEVELS.map((level) => ({
      value: level,
      labelKey: `vacancy.cefr.${level}`,
      selected: level === row.level,
    })),
    invalid: {
      language: mark(`languages.items.${index}.language`, 'language'),
      level: mark(`languages.items.${index}.level`, 'level'),
    },
  }));
  return {
    values,
    sections,
    competencyRows,
    languageRows,
    segments: [
      { value: '', labelKey: 'vacancy.segment.any', selected: values.minimumSegment === '' },
      ...CLIENT_SEGMENTS.map((value) => ({
        value,
        labelKey: `vacancy.segment.${value}`,
        selected: value === values.minimumSegment,
      })),
    ],
    educationLevels: EDUCATION_LEVEL_NAMES,
    profileProblemKey: problems.hasExactly('criteria')
      ? 'vacancy.invalid.criteria'
      : problems.hasExactly('criteria.competencies.items')
        ? 'vacancy.invalid.competencyWeights'
        : undefined,
    basedOn,
  };
}

/** The fields each criterion has besides its weight, as the DTO names them. */
const KIND_FIELDS: Record<CriterionKey, string[]> = {
  education: ['minimumLevel', 'preferredLevel', 'preferredFields'],
  salesExperience: ['minimumYears', 'targetYears', 'industries'],
  clientBase: ['minimumSegment', 'minimumActiveAccounts', 'minimumAnnualRevenueEur'],
  competencies: ['items'],
  certifications: ['required', 'preferred'],
  languages: ['items'],
  courses: ['topics'],
};

/**
 * The plan's rows, and a blank one to add a round while there is room.
 * Problems are named by the place among the rounds sent (rows marked to
 * remove and blank rows are not sent).
 */
export function roundsModel(rows: RoundForm[], language: Language, problems: FieldProblems): RoundRowModel[] {
  const sent = rows.filter((row) => !row.remove && !(row.id === '' && row.name.trim() === ''));
  const withBlank = rows.length < MAX_ROUNDS ? [...rows, blankRound()] : rows;
  return withBlank.map((row, index) => {
    const place = sent.indexOf(row);
    const mark = (path: string, field: string) =>
      place >= 0 && problems.has(`rounds.${place}.${path}`) ? `vacancy.invalid.round.${field}` : undefined;
    return {
      index,
      place: index + 1,
      id: row.id,
      isNew: row.id === '',
      name: row.name,
      kinds: ROUND_KINDS.map((value) => ({
        value,
        labelKey: `vacancy.roundKind.${value}`,
        selected: value === row.kind,
      })),
      competencies: COMPETENCIES.map((competency) => ({
        value: competency.code,
        name: competency.name[language],
        checked: row.competencies.includes(competency.code),
        inputId: `round-${index}-${competency.code}`,
      })),
      scale: row.scale,
      passRules: PASS_RULES.map((value) => ({
        value,
        labelKey: `vacancy.passRule.${value}`,
        selected: value === row.passRule,
      })),
      passThreshold: row.passThreshold,
      weight: row.weight,
      remove: row.remove,
      invalid: {
        name: mark('name', 'name'),
        kind: mark('kind', 'kind'),
        competencies: mark('competencies', 'competencies'),
        scale: mark('scorecard.scale', 'scale') ?? mark('scorecard.anchors', 'anchors'),
        passThreshold: mark('scorecard.passThreshold', 'passThreshold'),
        weight: mark('weight', 'weight'),
        questions: mark('scorecard.questions', 'questions'),
      },
    };
  });
}

function blankRound(): RoundForm {
  return {
    id: '',
    name: '',
    kind: 'interview',
    competencies: [],
    scale: '4',
    passRule: 'average',
    passThreshold: '',
    weight: '1',
    remove: false,
  };
}

export const SCALE_RANGE = { min: MIN_SCALE, max: MAX_SCALE };

export interface EditorInput {
  vacancy: Vacancy;
  profileName: string;
  details: DetailsModel;
  criteria: CriteriaModel;
  rounds: RoundRowModel[];
  whatIf: WhatIfModel;
  progress: ProgressModel;
  saved?: EditorSection | 'created';
  message?: Message;
  messageSection?: EditorSection;
}

/** The editor's page: the vacancy's fields, its criteria with the what-if beside them, and its plan. */
export function editorView(input: EditorInput): EditorModel {
  const { vacancy } = input;
  const base = `/recruiter/vacancies/${vacancy.id}`;
  return {
    id: vacancy.id,
    title: vacancy.title,
    statusKey: `vacancy.status.${vacancy.status}`,
    ended: vacancy.status === 'closed' || vacancy.status === 'filled',
    profileName: input.profileName,
    version: vacancy.roleProfileVersion,
    boardHref: `${base}/board`,
    panelReportsHref: panelReportsHref(vacancy.id),
    editHref: `${base}/edit`,
    whatIfHref: `${base}/what-if`,
    copyHref: `/recruiter/vacancies/new?from=${vacancy.id}`,
    notice: input.saved ? { key: `vacancy.saved.${input.saved}` } : undefined,
    message: input.message,
    messageSection: input.messageSection,
    details: input.details,
    criteria: input.criteria,
    rounds: input.rounds,
    roundsMax: MAX_ROUNDS,
    whatIf: input.whatIf,
    progress: input.progress,
  };
}
