import { DECLINED, QUESTION_SET_KEYS, QuestionSet, Words } from './question-sets';

const LANGUAGES = ['nl', 'et', 'en'] as const;
const SET_KEY = /^[a-z][a-z0-9-]{1,19}$/;
const QUESTION_KEY = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;
const ANSWER_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An organisation's own question sets, for a jurisdiction the built-in ones do
 * not serve (the UK's ethnicity groups, a Dutch sector's own), read from the
 * JSON of FAIRNESS_QUESTIONS_FILE:
 *
 *   { "sets": [ { "key": "uk", "consentVersion": "2027-01-01",
 *       "name": { "nl": …, "et": …, "en": … }, "purpose": { … },
 *       "questions": [ { "key": "ethnicity", "text": { … },
 *                        "answers": [ { "key": "white", "text": { … } }, … ] } ],
 *       "intersection": ["ethnicity", "sex"] } ] }
 *
 * Every word in nl, et and en, since applicants and readers see them; each
 * problem named by its path. Pure, so the settings can be checked at start-up.
 */
export function readOwnQuestionSets(json: unknown): { sets: QuestionSet[]; problems: string[] } {
  const problems: string[] = [];
  const sets: QuestionSet[] = [];
  if (!isObject(json) || !Array.isArray(json.sets)) return { sets, problems: ['the file must be {"sets": [ … ]}'] };
  json.sets.forEach((raw: unknown, index) => {
    const at = `sets[${index}]`;
    if (!isObject(raw)) return problems.push(`${at} must be an object`);
    const key = raw.key;
    if (typeof key !== 'string' || !SET_KEY.test(key)) {
      problems.push(`${at}.key must be 2 to 20 lower-case letters, digits or hyphens, starting with a letter`);
    } else if ((QUESTION_SET_KEYS as readonly string[]).includes(key) || sets.some((set) => set.key === key)) {
      problems.push(`${at}.key "${key}" is taken`);
    }
    const consentVersion = raw.consentVersion;
    if (typeof consentVersion !== 'string' || !consentVersion.trim() || consentVersion.length > 20) {
      problems.push(`${at}.consentVersion must be a text of 1 to 20 characters`);
    }
    const name = words(raw.name, `${at}.name`, problems);
    const purpose = words(raw.purpose, `${at}.purpose`, problems);
    const questions: QuestionSet['questions'] = [];
    const questionWords: NonNullable<QuestionSet['words']>['questions'] = {};
    if (!Array.isArray(raw.questions) || raw.questions.length === 0)
      problems.push(`${at}.questions must list at least one`);
    (Array.isArray(raw.questions) ? raw.questions : []).forEach((question: unknown, q) => {
      const qat = `${at}.questions[${q}]`;
      if (!isObject(question) || typeof question.key !== 'string' || !QUESTION_KEY.test(question.key)) {
        return problems.push(`${qat}.key must be letters and digits, starting with a letter`);
      }
      if (questions.some((one) => one.key === question.key))
        return problems.push(`${qat}.key "${question.key}" is there twice`);
      const answers = Array.isArray(question.answers) ? question.answers : [];
      if (answers.length < 2) problems.push(`${qat}.answers must list at least two`);
      const keys: string[] = [];
      const answerWords: Record<string, Words> = {};
      answers.forEach((answer: unknown, a) => {
        const aat = `${qat}.answers[${a}]`;
        if (
          !isObject(answer) ||
          typeof answer.key !== 'string' ||
          !ANSWER_KEY.test(answer.key) ||
          answer.key === DECLINED
        ) {
          return problems.push(`${aat}.key must be lower-case letters, digits or hyphens, and not "${DECLINED}"`);
        }
        if (keys.includes(answer.key)) return problems.push(`${aat}.key "${answer.key}" is there twice`);
        keys.push(answer.key);
        answerWords[answer.key] = words(answer.text, `${aat}.text`, problems);
      });
      questions.push({ key: question.key, answers: keys });
      questionWords[question.key] = { text: words(question.text, `${qat}.text`, problems), answers: answerWords };
    });
    let intersection: [string, string] | undefined;
    if (raw.intersection !== undefined) {
      const pair = raw.intersection;
      const known = (value: unknown) => questions.some((question) => question.key === value);
      if (!Array.isArray(pair) || pair.length !== 2 || pair[0] === pair[1] || !pair.every(known)) {
        problems.push(`${at}.intersection must name two different questions of the set`);
      } else intersection = [String(pair[0]), String(pair[1])];
    }
    sets.push({
      key: String(key),
      consentVersion: String(consentVersion),
      questions,
      ...(intersection ? { intersection } : {}),
      words: { name, purpose, questions: questionWords },
    });
  });
  return { sets: problems.length ? [] : sets, problems };
}

function words(value: unknown, at: string, problems: string[]): Words {
  const found = LANGUAGES.filter(
    (language) => isObject(value) && typeof value[language] === 'string' && value[language].trim(),
  );
  if (found.length < LANGUAGES.length) problems.push(`${at} must have a text in each of nl, et and en`);
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, isObject(value) ? String(value[language] ?? '') : '']),
  ) as Words;
}
