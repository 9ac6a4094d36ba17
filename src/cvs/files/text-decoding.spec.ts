import { decodeText } from './text-decoding';

describe('decodeText', () => {
  it('reads a whole file when no limit is given, and says nothing was cut', () => {
    const decoded = decodeText(Buffer.from('\ufeffKandidaat Een\r\nAccountmanager\r\n'));
    expect(decoded).toEqual({ ok: true, text: 'Kandidaat Een\nAccountmanager\n', encoding: 'utf-8', cut: false });
  });

  it('reads no more than the limit of a large file, ending at a line break before it', () => {
    const line = 'Accountmanager bij Van der Berg Logistiek, 2019 - heden\n';
    const bytes = Buffer.from(line.repeat(200_000)); // 11 MB
    const decoded = decodeText(bytes, 10_000);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.cut).toBe(true);
    expect(decoded.text.length).toBe(Math.floor(10_000 / line.length) * line.length - 1);
    expect(decoded.text.endsWith('heden')).toBe(true);
  });

  it('cuts a text without line breaks at the limit, never between the halves of a surrogate pair', () => {
    const decoded = decodeText(Buffer.from('a' + '😀'.repeat(100_000)), 1000);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.text.length).toBe(999);
    expect(decoded.text.endsWith('\ud83d')).toBe(false);
  });

  it('decodes UTF-8 split across its slices and UTF-16 with a BOM, and keeps a text at the limit whole', () => {
    const text = 'ä€😀'.repeat(40_000);
    const utf8 = decodeText(Buffer.from(text));
    expect(utf8).toMatchObject({ ok: true, text, cut: false });
    const utf16 = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text.length);
    expect(utf16).toMatchObject({ ok: true, text, encoding: 'utf-16le', cut: false });
  });

  it('still tells binary data and old 8-bit encodings apart within what it reads', () => {
    expect(decodeText(Buffer.from([0x41, 0x00, 0x42]))).toEqual({ ok: false, problem: 'nul_bytes' });
    expect(decodeText(Buffer.from('Curriculum vitæ', 'latin1'))).toEqual({ ok: false, problem: 'not_utf8' });
  });
});
