import { DomainError } from '../../common/errors/domain-error';
import { CvCorruptError, CvEncryptedError, CvUnsupportedTypeError } from './cv-file.errors';
import { detectCvFormat } from './sniff';
import { buildZip, docx, handmadePdf, oleFile } from '../../../test/support/cv-test-files';

function refusal(bytes: Buffer, fileName?: string): DomainError {
  try {
    detectCvFormat(bytes, fileName);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);
const ELF = Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(64)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0]), Buffer.alloc(64)]);
const CONTENT_TYPES = { name: '[Content_Types].xml', data: Buffer.from('<Types/>') };

describe('detectCvFormat', () => {
  it('reads the four formats by their content, whatever the name says', async () => {
    expect(detectCvFormat(handmadePdf(1, ''), 'cv.docx')).toBe('pdf');
    expect(detectCvFormat(await docx(['Candidate Seven']), 'cv.pdf')).toBe('docx');
    expect(detectCvFormat(Buffer.from('Candidate Seven\nEngineer\n'), 'cv.pdf')).toBe('text');
    expect(detectCvFormat(Buffer.from(' \n{"basics": {"name": "Candidate Seven"}, "work": []}'), 'cv.txt')).toBe(
      'json_resume',
    );
  });

  it('finds a PDF header after leading junk within the first kilobyte', () => {
    const junk = Buffer.concat([Buffer.from('X-Mailer: gateway\r\n\r\n'), handmadePdf(1, '')]);
    expect(detectCvFormat(junk)).toBe('pdf');
    const tooFar = Buffer.concat([Buffer.alloc(2000, 0x41), handmadePdf(1, '')]);
    expect(detectCvFormat(tooFar)).toBe('text');
  });

  it('names a PNG sent as cv.pdf and says what Sift reads', () => {
    const error = refusal(PNG, 'cv.pdf');
    expect(error).toBeInstanceOf(CvUnsupportedTypeError);
    expect(error.code).toBe('CV_UNSUPPORTED_TYPE');
    expect(error.kind).toBe('unsupported_media_type');
    expect(error.message).toBe(
      'cv.pdf is named .pdf but its content is a PNG image. Save or export the CV as PDF. ' +
        'Sift reads PDF, Word (.docx), plain text and JSON Resume',
    );
  });

  it('names programs sent as cv.docx', () => {
    expect(refusal(ELF, 'cv.docx').message).toMatch(/^cv\.docx is named \.docx but its content is a program \(Linux/);
    expect(refusal(EXE, 'cv.docx').message).toMatch(/its content is a program \(Windows executable\)/);
  });

  it('refuses a legacy .doc and suggests saving it as .docx or PDF', () => {
    const error = refusal(oleFile(['Root Entry', 'WordDocument', '1Table']), 'cv.doc');
    expect(error.code).toBe('CV_UNSUPPORTED_TYPE');
    expect(error.message).toContain('an old-style Word document (.doc, Word 97-2003)');
    expect(error.message).toContain('save it as .docx or PDF');
  });

  it('knows an encrypted DOCX by its EncryptedPackage stream', () => {
    const error = refusal(oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), 'cv.docx');
    expect(error).toBeInstanceOf(CvEncryptedError);
    expect(error.code).toBe('CV_ENCRYPTED');
    expect(error.kind).toBe('unprocessable');
    expect(error.message).toMatch(/^cv\.docx is a password-protected Word document/);
  });

  it('names other archives and documents', () => {
    const odt = buildZip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') },
      { name: 'content.xml', data: Buffer.from('<x/>') },
    ]);
    expect(refusal(odt, 'cv.odt').message).toContain('an OpenDocument file (.odt');
    expect(refusal(buildZip([{ name: 'cv.pdf', data: Buffer.from('%PDF-') }])).message).toBe(
      'The file is a ZIP archive. Unpack it and upload the CV itself. Sift reads PDF, Word (.docx), plain text and JSON Resume',
    );
    const xlsx = buildZip([CONTENT_TYPES, { name: 'xl/workbook.xml', data: Buffer.from('<w/>') }]);
    expect(refusal(xlsx).message).toContain('an Excel workbook (.xlsx)');
    expect(refusal(Buffer.from('{\\rtf1\\ansi Candidate}'), 'cv.rtf').message).toContain('a Rich Text (RTF) document');
    expect(refusal(Buffer.from([0x1f, 0x8b, 8, 0, 0x72]), 'cv.gz').message).toContain('a gzip archive');
    expect(refusal(Buffer.from('<!DOCTYPE html><html><body>Candidate</body></html>')).message).toContain(
      'a web page (HTML)',
    );
  });

  it('treats a DOCX without word/document.xml as damaged', () => {
    const error = refusal(buildZip([CONTENT_TYPES, { name: 'word/styles.xml', data: Buffer.from('<s/>') }]), 'cv.docx');
    expect(error).toBeInstanceOf(CvCorruptError);
    expect(error.message).toBe(
      'cv.docx cannot be read: it is a damaged Word document (its main text part, word/document.xml, is missing)',
    );
  });

  it('treats a ZIP cut short as damaged', async () => {
    const whole = await docx(['Candidate Seven']);
    const error = refusal(whole.subarray(0, whole.length >> 1), 'cv.docx');
    expect(error.code).toBe('CV_CORRUPT');
    expect(error.message).toContain('its ZIP directory is missing');
  });

  it('refuses text with NUL bytes as binary data (415)', () => {
    const error = refusal(Buffer.from('Candidate\u0000Seven\u0000'), 'cv.txt');
    expect(error.code).toBe('CV_UNSUPPORTED_TYPE');
    expect(error.message).toContain('binary data');
  });

  it('reports text in an old 8-bit encoding as unreadable (422) with the fix', () => {
    const latin1 = Buffer.from('Ing\xe9nieur, \xe9tudes \xe0 Gen\xe8ve', 'latin1');
    const error = refusal(latin1, 'cv.txt');
    expect(error.code).toBe('CV_CORRUPT');
    expect(error.message).toContain('is not in UTF-8');
    expect(error.message).toContain('Save it as UTF-8 text');
  });

  it('reads UTF-16 text with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Candidate Seven\nEngineer', 'utf16le')]);
    expect(detectCvFormat(le)).toBe('text');
    const be = Buffer.from(Buffer.from('Kandidaat', 'utf16le')).swap16();
    expect(detectCvFormat(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe('text');
  });

  it('refuses JSON that is not a JSON Resume, and an empty file', () => {
    expect(refusal(Buffer.from('{"name": "Candidate Seven"}')).message).toContain('JSON but not a JSON Resume');
    expect(refusal(Buffer.from('{"basics": []}')).message).toContain('no "basics" object');
    expect(refusal(Buffer.alloc(0), 'cv.pdf').message).toBe('cv.pdf cannot be read: it is empty');
  });

  describe('markup', () => {
    const refused: [string, string][] = [
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'an SVG image (markup)'],
      [
        '\ufeff  \n<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        'an SVG image (markup)',
      ],
      ['<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg/>', 'an SVG image (markup)'],
      ['\n\n<!doctype html>\n<title>CV</title><p>Kandidaat Een</p>', 'a web page (HTML)'],
      ['<html lang="nl"><body>Kandidaat Een</body></html>', 'a web page (HTML)'],
      ['<script>fetch("/users")</script>Kandidaat Een', 'a web page (HTML)'],
      ['<!-- saved from url -->\n<p>Kandidaat Een</p>', 'a web page (HTML)'],
      ['<?xml version="1.0"?><cv><name>Kandidaat Een</name></cv>', 'XML (markup)'],
      [
        'Kandidaat Een\nAccountmanager\n<img src=x><script>alert(1)</script>',
        'text with markup that can run scripts (HTML or SVG)',
      ],
      ['Kandidaat Een\n<iframe src="https://example.com">', 'text with markup that can run scripts (HTML or SVG)'],
    ];

    it.each(refused)('refuses %j as %s, by content, with advice', (text, kind) => {
      const error = refusal(Buffer.from(text), 'cv.txt');
      expect(error).toBeInstanceOf(CvUnsupportedTypeError);
      expect(error.code).toBe('CV_UNSUPPORTED_TYPE');
      expect(error.message).toContain(`is named .txt but its content is ${kind}`);
      expect(error.message).toContain('Save or export the CV as PDF');
    });

    it('takes text that names markup or uses angle brackets as words', () => {
      const text = 'Kandidaat Een\nSkills: HTML, SVG, XML <-> JSON, a < b > c\nMail: <kandidaat@example.com>\n';
      expect(detectCvFormat(Buffer.from(text), 'cv.txt')).toBe('text');
    });

    it('decides on the first part of a large text file without reading all of it', () => {
      const large = Buffer.concat([Buffer.from('Kandidaat Een\n'.repeat(100_000)), Buffer.from([0xff, 0xfe, 0x00])]);
      expect(detectCvFormat(large, 'cv.txt')).toBe('text');
    });
  });
});
