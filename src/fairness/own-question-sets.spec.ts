import { readOwnQuestionSets } from './own-question-sets';

const words = (en: string) => ({ nl: en, et: en, en });
const set = (overrides: Record<string, unknown> = {}) => ({
  key: 'uk',
  consentVersion: '2027-01-01',
  name: words('UK'),
  purpose: words('Why'),
  questions: [
    {
      key: 'ethnicity',
      text: words('Ethnic group'),
      answers: [
        { key: 'white', text: words('White') },
        { key: 'asian', text: words('Asian') },
      ],
    },
    {
      key: 'sex',
      text: words('Sex'),
      answers: [
        { key: 'female', text: words('Female') },
        { key: 'male', text: words('Male') },
      ],
    },
  ],
  intersection: ['sex', 'ethnicity'],
  ...overrides,
});

describe("an organisation's own question sets", () => {
  it('reads a set with its codes, its crossing and its words', () => {
    const { sets, problems } = readOwnQuestionSets({ sets: [set()] });
    expect(problems).toEqual([]);
    expect(sets[0]).toMatchObject({
      key: 'uk',
      consentVersion: '2027-01-01',
      questions: [
        { key: 'ethnicity', answers: ['white', 'asian'] },
        { key: 'sex', answers: ['female', 'male'] },
      ],
      intersection: ['sex', 'ethnicity'],
    });
    expect(sets[0].words!.questions.ethnicity.answers.asian.en).toBe('Asian');
  });

  it('names every problem by its path, and reads nothing from a file with one', () => {
    const { sets, problems } = readOwnQuestionSets({
      sets: [
        set({ key: 'us-eeo' }),
        set({ name: { en: 'UK' }, intersection: ['sex', 'height'] }),
        set({
          key: 'nl-sector',
          questions: [{ key: 'origin', text: words('Origin'), answers: [{ key: 'declined', text: words('x') }] }],
        }),
      ],
    });
    expect(sets).toEqual([]);
    expect(problems).toEqual([
      'sets[0].key "us-eeo" is taken',
      'sets[1].name must have a text in each of nl, et and en',
      'sets[1].intersection must name two different questions of the set',
      'sets[2].questions[0].answers must list at least two',
      'sets[2].questions[0].answers[0].key must be lower-case letters, digits or hyphens, and not "declined"',
      'sets[2].intersection must name two different questions of the set',
    ]);
    expect(readOwnQuestionSets([]).problems).toEqual(['the file must be {"sets": [ … ]}']);
  });
});
