/**
 * The equal-opportunity questions an applicant may answer. Each answer may be
 * declined; only codes are stored. The built-in sets' words are in the page
 * catalogue under `fairness.<set>.<question>.<answer>`; an organisation's own
 * sets (FAIRNESS_QUESTIONS_FILE) bring theirs in nl, et and en.
 */
export interface QuestionSet {
  key: QuestionSetKey;
  /**
   * The version of the text that tells the applicant why they are asked and
   * that answering is voluntary; an answer is stored with the version it was
   * given under, and one given under another is refused.
   */
  consentVersion: string;
  questions: Question[];
  /** Two questions whose intersection is reported where asked (LL144: sex × race/ethnicity); none for a set of one. */
  intersection?: [string, string];
  /** An organisation's own set's words; the built-in sets' are in the page catalogue. */
  words?: SetWords;
}

export type Words = Record<'nl' | 'et' | 'en', string>;

export interface SetWords {
  name: Words;
  purpose: Words;
  /** Per question: its words, and each answer's. */
  questions: Record<string, { text: Words; answers: Record<string, Words> }>;
}

export interface Question {
  key: string;
  answers: string[];
}

/** The answer that declines a question; it is stored, counted and reported as declined, never as a category. */
export const DECLINED = 'declined';

/** The built-in sets. */
export const QUESTION_SET_KEYS = ['us-eeo', 'eu'] as const;
/** A set's key: a built-in one, or one of the organisation's own. */
export type QuestionSetKey = string;

/**
 * Built in: the US set as EEO-1 and the rules of New York City's Local Law 144
 * (6 RCNY § 5-300) name the categories, sex and the seven race/ethnicity
 * groups; and an EU set of the grounds the Employment Equality Directive
 * (2000/78/EC) and the Gender Equality Directive (2006/54/EC) protect that can
 * be asked without asking for more than a band: gender, age band, disability.
 */
export const QUESTION_SETS: Record<QuestionSetKey, QuestionSet> = {
  'us-eeo': {
    key: 'us-eeo',
    consentVersion: '2026-12-01',
    questions: [
      { key: 'sex', answers: ['female', 'male'] },
      {
        key: 'raceEthnicity',
        answers: ['hispanic-latino', 'white', 'black', 'pacific-islander', 'asian', 'native-american', 'two-or-more'],
      },
    ],
    intersection: ['sex', 'raceEthnicity'],
  },
  eu: {
    key: 'eu',
    consentVersion: '2026-12-01',
    questions: [
      { key: 'gender', answers: ['woman', 'man', 'another'] },
      { key: 'ageBand', answers: ['under-30', '30-39', '40-49', '50-59', '60-plus'] },
      { key: 'disability', answers: ['yes', 'no'] },
    ],
    intersection: ['gender', 'ageBand'],
  },
};

/** The set with this key among the built-in ones and the organisation's own. */
export function findQuestionSet(key: unknown, own: readonly QuestionSet[] = []): QuestionSet | undefined {
  if (typeof key !== 'string') return undefined;
  return Object.hasOwn(QUESTION_SETS, key) ? QUESTION_SETS[key] : own.find((set) => set.key === key);
}

export function questionOf(set: QuestionSet, key: string): Question | undefined {
  return set.questions.find((question) => question.key === key);
}

/** The categories of one question, or of two crossed ("female/asian"), in the set's order. */
export function categoriesOf(set: QuestionSet, questions: readonly string[]): string[] {
  return questions.reduce<string[]>(
    (categories, key) => {
      const answers = questionOf(set, key)?.answers ?? [];
      return categories.flatMap((category) =>
        answers.map((answer) => (category === '' ? answer : `${category}/${answer}`)),
      );
    },
    [''],
  );
}

/**
 * What is wrong with a set of answers to one question set, field by field:
 * a question the set does not ask, or an answer it does not offer. Each
 * question may be left out (not asked) or answered `declined`.
 */
export function answerProblems(
  set: QuestionSet,
  answers: Record<string, unknown>,
): { field: string; messages: string[] }[] {
  const problems = Object.entries(answers).flatMap(([key, answer]) => {
    const question = questionOf(set, key);
    if (!question) {
      const asked = set.questions.map((one) => one.key).join(', ');
      return [{ field: `answers.${key}`, messages: [`${set.key} asks no question "${key}"; it asks: ${asked}`] }];
    }
    const offered = [...question.answers, DECLINED];
    if (typeof answer === 'string' && offered.includes(answer)) return [];
    return [{ field: `answers.${key}`, messages: [`answers.${key} must be one of: ${offered.join(', ')}`] }];
  });
  if (!Object.keys(answers).length) {
    problems.push({ field: 'answers', messages: ['answers must answer (or decline) at least one question'] });
  }
  return problems;
}
