import { join } from 'node:path';
import { projectRoot } from '../../mail/project-root';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import { IMPORT_KEYS, importFormatOf, importView } from './import.view';

const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));

describe('importView', () => {
  it('lists every bad line in line order with each reason, beside the counts', () => {
    const model = importView({
      text: 'kept',
      format: 'csv',
      report: {
        received: 5,
        created: 2,
        updated: 1,
        unchanged: 0,
        applied: 0,
        failed: [
          { line: 7, email: null, errors: [{ field: 'email', messages: ['is required'] }] },
          {
            line: 3,
            email: 'x@example.com',
            errors: [{ field: 'job_start', messages: ['must be a date', 'is before job_end'] }],
          },
        ],
      },
    });
    expect(model.text).toBe('kept');
    expect(model.formats.find((format) => format.checked)?.value).toBe('csv');
    expect(model.report).toEqual({
      received: 5,
      created: 2,
      updated: 1,
      unchanged: 0,
      failedCount: 2,
      failed: [
        {
          line: 3,
          email: 'x@example.com',
          reasons: [
            { field: 'job_start', message: 'must be a date' },
            { field: 'job_start', message: 'is before job_end' },
          ],
        },
        { line: 7, email: null, reasons: [{ field: 'email', message: 'is required' }] },
      ],
    });
  });

  it('tells JSON lines from CSV by the first character unless a format is chosen', () => {
    expect(importFormatOf('auto', '\n  {"basics":{}}')).toBe('jsonl');
    expect(importFormatOf('auto', 'name,email')).toBe('csv');
    expect(importFormatOf('csv', '{"a":1}')).toBe('csv');
  });

  it('has words in every language for the keys it hands out and the errors of the page', () => {
    const keys = [...IMPORT_KEYS, 'errors.IMPORT_EMPTY', 'errors.IMPORT_TOO_LARGE', 'errors.UNSUPPORTED_MEDIA_TYPE'];
    for (const language of LANGUAGES) {
      expect(keys.filter((key) => !catalogue.has(key, language))).toEqual([]);
    }
  });
});
