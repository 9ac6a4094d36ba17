import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { ValidationFailedError } from '../errors/domain-error';
import { createValidationPipe, inputProblems, MAX_INPUT_DEPTH } from './validation';

const fields = (input: unknown, root = '') =>
  inputProblems(input, root)
    .map((problem) => problem.field)
    .sort();

describe('inputProblems', () => {
  it('names the path of every refused text, in values and in field names', () => {
    const input = { a: [{ b: 'x\u0000' }, 'fine\tand\nfine', { c: { ['k\ud800']: 1 } }], e: 'bell\u0007', f: '\udc00' };
    expect(inputProblems(input, '')).toEqual(
      expect.arrayContaining([
        { field: 'a[0].b', messages: ['a[0].b must not contain NUL characters'] },
        {
          field: 'a[2].c',
          messages: ['a[2].c has a field name that must be well-formed Unicode (it has a lone UTF-16 surrogate)'],
        },
        { field: 'e', messages: ['e must not contain control characters other than tabs and line breaks'] },
        { field: 'f', messages: ['f must be well-formed Unicode (it has a lone UTF-16 surrogate)'] },
      ]),
    );
    expect(fields(input)).toEqual(['a[0].b', 'a[2].c', 'e', 'f']);
    expect(fields('a\u0000', 'search')).toEqual(['search']);
    expect(fields({ emoji: '😀 ä €', text: 'line\r\nline\ttab' })).toEqual([]);
  });

  it(`takes ${MAX_INPUT_DEPTH} levels of nesting and refuses the next, at any depth given`, () => {
    const nested = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels));
    expect(fields(nested(MAX_INPUT_DEPTH))).toEqual([]);
    expect(fields(nested(MAX_INPUT_DEPTH + 1))).toEqual(['[0]'.repeat(MAX_INPUT_DEPTH)]);
    expect(inputProblems(nested(100_000), '')[0].messages[0]).toContain(`more than ${MAX_INPUT_DEPTH} levels deep`);
    const objects = JSON.parse('{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000));
    expect(fields(objects)).toEqual(['a'.repeat(MAX_INPUT_DEPTH).split('').join('.')]);
  });

  it('skips binary content and walks a wide body of 500,000 items', () => {
    expect(fields({ file: Buffer.from([0, 1, 2]) })).toEqual([]);
    const wide = Array.from({ length: 500_000 }, (_, index) => (index === 499_999 ? 'x\u0000' : 'ab'));
    expect(fields(wide)).toEqual(['[499999]']);
  });
});

class PageOfTen {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  limit = 5;

  @IsOptional()
  @IsIn(['a', 'b'])
  kind?: string;
}

describe('the validation pipe on a query it validated before', () => {
  const asQuery = { type: 'query', metatype: PageOfTen } as const;

  it('gives an equal DTO of its class, a copy the handler may change without touching the next', async () => {
    const pipe = createValidationPipe();
    const first = (await pipe.transform({ limit: '7', kind: 'a' }, asQuery)) as PageOfTen;
    first.limit = 9;
    const second = (await pipe.transform({ limit: '7', kind: 'a' }, asQuery)) as PageOfTen;
    expect(second).toBeInstanceOf(PageOfTen);
    expect(second).toEqual(Object.assign(new PageOfTen(), { limit: 7, kind: 'a' }));
  });

  it('refuses a bad query every time it comes, and an unknown field', async () => {
    const pipe = createValidationPipe();
    for (let time = 0; time < 2; time++) {
      await expect(pipe.transform({ limit: '11' }, asQuery)).rejects.toBeInstanceOf(ValidationFailedError);
      await expect(pipe.transform({ limit: '7', other: 'x' }, asQuery)).rejects.toBeInstanceOf(ValidationFailedError);
      await expect(pipe.transform({ kind: 'a\u0000' }, asQuery)).rejects.toBeInstanceOf(ValidationFailedError);
    }
  });
});
