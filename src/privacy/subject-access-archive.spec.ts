import { archiveName } from './subject-access-archive';

describe('names inside the subject-access archive', () => {
  it('keeps a file name as sent, without folders, leading dots or characters an unzipper trips on', () => {
    expect(archiveName('cv Sanne de Vries.pdf')).toBe('cv Sanne de Vries.pdf');
    expect(archiveName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(archiveName('..hidden')).toBe('hidden');
    expect(archiveName('a\u0000b\u001fc:d?.txt')).toBe('a_b_c_d_.txt');
    expect(archiveName('...')).toBe('file');
    expect(archiveName('x'.repeat(300))).toHaveLength(120);
  });
});
