import type { QuestionSet } from '../../fairness/question-sets';
import type { Language } from '../../users/entities/user.entity';

/** Words on the fairness page: a catalogue key for the built-in sets, the organisation's own text for theirs. */
export interface Wording {
  key?: string;
  text?: string;
}

/** How one question set's names, questions and answers read on a page in this language. */
export function setWording(set: QuestionSet, language: Language) {
  const own = set.words;
  const question = (key: string): Wording =>
    own ? { text: own.questions[key]?.text[language] ?? key } : { key: `fairness.question.${set.key}.${key}` };
  return {
    name: (): Wording => (own ? { text: own.name[language] } : { key: `fairness.set.${set.key}` }),
    question,
    answer: (questionKey: string, answer: string): Wording =>
      own
        ? { text: own.questions[questionKey]?.answers[answer]?.[language] ?? answer }
        : { key: `fairness.answer.${set.key}.${questionKey}.${answer}` },
    /** The two crossed questions, as one name ("Sex × race/ethnicity") or, for an own set, two joined. */
    intersection: (): Wording[] =>
      own && set.intersection ? set.intersection.map(question) : [{ key: `fairness.intersection.${set.key}` }],
  };
}
