import { join } from 'node:path';
import { Candidate } from '../../candidates/entities/candidate.entity';
import { CvIntake } from '../../cvs/cv-intake.service';
import { CvEncryptedError, CvUnsupportedTypeError } from '../../cvs/files/cv-file.errors';
import * as cvErrors from '../../cvs/cvs.errors';
import * as fileErrors from '../../cvs/files/cv-file.errors';
import { DomainError } from '../../common/errors/domain-error';
import { projectRoot } from '../../mail/project-root';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { Formats } from '../i18n/format';
import { PageRenderer } from '../views/page-renderer';
import { TooManyCvFilesError, NoCvFileError } from './intake-upload';
import { INTAKE_KEYS, intakeView, outcomeView } from './intake.view';

const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));
const has = (key: string) => catalogue.has(key);
const renderer = new PageRenderer(
  join(projectRoot(), 'templates', 'pages'),
  catalogue,
  new Formats('Europe/Amsterdam'),
);

function intake(overrides: Partial<CvIntake> = {}): CvIntake {
  return {
    candidate: { id: 'c-1', name: 'Kandidaat Een' } as Candidate,
    candidateCreated: true,
    cv: {} as CvIntake['cv'],
    stored: true,
    facts: [],
    contact: { name: null, email: null, phone: null },
    skipped: [],
    warnings: [],
    ...overrides,
  };
}

describe('outcomeView', () => {
  it('names a new candidate with a link to their page', () => {
    expect(outcomeView(' cv.pdf ', intake(), has)).toEqual({
      fileName: 'cv.pdf',
      kind: 'created',
      labelKey: 'intake.outcome.created',
      candidateName: 'Kandidaat Een',
      candidateHref: '/recruiter/candidates/c-1',
      alreadyHeld: false,
      applied: false,
    });
  });

  it('tells a match by e-mail apart, and whether the same CV was there already or an application made', () => {
    const matched = outcomeView(
      'cv.txt',
      intake({ candidateCreated: false, stored: false, applicationId: 'a-1' }),
      has,
    );
    expect(matched).toMatchObject({
      kind: 'matched',
      labelKey: 'intake.outcome.matched',
      alreadyHeld: true,
      applied: true,
    });
  });

  it('gives a refusal the reason of its error code, and the general one for a code without words', () => {
    expect(outcomeView('x.pdf', new CvEncryptedError('x.pdf', 'PDF'), has)).toMatchObject({
      kind: 'refused',
      reasonKey: 'errors.CV_ENCRYPTED',
      code: 'CV_ENCRYPTED',
    });
    expect(outcomeView('x.png', new CvUnsupportedTypeError('x.png', 'a PNG image'), has).reasonKey).toBe(
      'errors.CV_UNSUPPORTED_TYPE',
    );
    expect(outcomeView(undefined, new DomainError('SOMETHING_NEW', 'conflict', 'x'), has)).toMatchObject({
      fileName: null,
      reasonKey: 'errors.unknown',
    });
  });

  it('has words in every language for every CV error code and every key it hands out', () => {
    const codes = [...Object.values(cvErrors), ...Object.values(fileErrors)]
      .map((source) => /super\(\s*'([A-Z_]+)'/.exec(String(source))?.[1])
      .filter((code): code is string => code !== undefined);
    expect(codes).toEqual(expect.arrayContaining(['CV_ENCRYPTED', 'CV_CONTACT_MISSING', 'CV_READER_BUSY']));
    const keys = [
      ...codes.map((code) => `errors.${code}`),
      `errors.${new TooManyCvFilesError().code}`,
      `errors.${new NoCvFileError().code}`,
      'errors.INTAKE_BAD_VACANCY',
      ...INTAKE_KEYS,
    ];
    for (const language of LANGUAGES) {
      expect({ language, missing: keys.filter((key) => !catalogue.has(key, language)) }).toEqual({
        language,
        missing: [],
      });
    }
  });
});

describe('intakeView', () => {
  it('marks the vacancy chosen and counts the outcomes by kind', () => {
    const outcomes = [
      outcomeView('a', intake(), has),
      outcomeView('b', intake({ candidateCreated: false }), has),
      outcomeView('c', new CvEncryptedError('c', 'PDF'), has),
      outcomeView('d', new CvEncryptedError('d', 'PDF'), has),
    ];
    const model = intakeView({
      vacancies: [
        { id: 'v1', title: 'Accountmanager' },
        { id: 'v2', title: 'Relatiemanager' },
      ],
      vacancyId: 'v2',
      outcomes,
    });
    expect(model.vacancies.map((vacancy) => vacancy.selected)).toEqual([false, true]);
    expect(model.counts).toEqual({ created: 1, matched: 1, refused: 2 });
    expect(model.maxFiles).toBe(50);
  });

  it('has no counts before anything is uploaded', () => {
    expect(intakeView({ vacancies: [] }).counts).toBeUndefined();
  });
});

describe('the outcome fragment', () => {
  it('is one list item alone, in the page’s language, with a hostile file name as text', () => {
    const html = renderer.renderPartial(
      'intake-outcome',
      outcomeView('<img src=x onerror=alert(1)>.pdf', new CvEncryptedError('x', 'PDF'), has),
      'nl',
      'token',
    );
    expect(html.trim()).toMatch(/^<li class="intake-outcome intake-refused"[^>]*>[\s\S]*<\/li>$/);
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;.pdf');
    expect(html).toContain('Geweigerd');
    expect(html).toContain('met een wachtwoord beveiligd');
  });

  it('marks an outcome without a file name, for the script to fill in', () => {
    const html = renderer.renderPartial('intake-outcome', outcomeView(undefined, new NoCvFileError(), has), 'en', 't');
    expect(html).toContain('<span class="intake-file" data-unnamed>(file without a name)</span>');
  });
});
