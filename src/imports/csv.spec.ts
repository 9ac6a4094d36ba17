import { csvRecords } from './csv';

const read = (text: string) => [...csvRecords(text)];

describe('csvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps each record’s first line', () => {
    expect(read('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('skips blank lines and a byte-order mark, and keeps empty cells', () => {
    expect(read('\ufeffname,email\n\n,b@example.com\nlast,')).toEqual([
      { line: 1, cells: ['name', 'email'] },
      { line: 3, cells: ['', 'b@example.com'] },
      { line: 4, cells: ['last', ''] },
    ]);
  });
});
