import { checkSource } from './check';
import { composeBlocks } from './compose';
import { job, lang } from './sources/helpers';
import { renderText } from './render-text';
import { CvSource } from './types';

const base: CvSource = {
  id: 'en-99-test',
  format: 'txt',
  language: 'en',
  layout: 'one-column',
  name: 'Candidate Ninety',
  email: 'candidate.ninety@example.com',
  phone: null,
  profile: [],
  jobs: [job('Account Manager', 'Northwind Ltd', '2020-01', null, true, 'Jan 2020 – present', ['40 accounts'])],
  jobStyle: 'labelled',
  education: [],
  courses: [],
  certifications: [],
  languages: [lang('en', 'native', 'English')],
  skills: [],
  clientBase: null,
  competencies: [],
};

describe('corpus composition', () => {
  it('writes a labelled work history as one table of label and value per job', () => {
    const text = renderText(composeBlocks(base));
    expect(text).toContain('Dates | Jan 2020 – present\nPosition | Account Manager\nEmployer | Northwind Ltd\n');
    expect(text).toContain('Main duties | 40 accounts');
  });

  it('writes a name line and a language section as the source lays them out', () => {
    const text = renderText(
      composeBlocks({
        ...base,
        nameLine: 'Curriculum vitae – Candidate Ninety',
        languageBlocks: [{ kind: 'table', header: ['Language', 'Level'], rows: [['English', 'native']] }],
      }),
    );
    expect(text.startsWith('Curriculum vitae – Candidate Ninety\n')).toBe(true);
    expect(text).toContain('LANGUAGES\nLanguage | Level\nEnglish | native\n');
  });

  it('lets roles grouped under one employer name it once, but not a role of another employer', () => {
    const grouped: CvSource = {
      ...base,
      jobStyle: 'stacked',
      jobs: [
        {
          ...job('Account Manager', 'Northwind Ltd', '2020-01', null, true, 'Jan 2020 - Present'),
          lines: ['Northwind Ltd', 'Account Manager', 'Jan 2020 - Present'],
        },
        {
          ...job('Sales Assistant', 'Northwind Ltd', '2018-01', '2019-12', true, 'Jan 2018 - Dec 2019'),
          lines: ['Sales Assistant', 'Jan 2018 - Dec 2019'],
        },
        {
          ...job('Clerk', 'Southwind Ltd', '2016-01', '2017-12', false, 'Jan 2016 - Dec 2017'),
          lines: ['Clerk', 'Jan 2016 - Dec 2017'],
        },
      ],
    };
    const { problems } = checkSource(grouped, renderText(composeBlocks(grouped)) + 'Southwind Ltd\n');
    expect(problems).toEqual(['"Southwind Ltd" not in the lines of Clerk']);
  });
});
