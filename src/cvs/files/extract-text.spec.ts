import { DomainError } from '../../common/errors/domain-error';
import { CvUnpacksTooLargeError } from './cv-file.errors';
import { extractCvText, normaliseLines } from './extract-text';
import { pdfStreamsInflatePast } from './pdf-streams';
import { buildZip, docx, docxZipBomb, pdfStreamBomb, twoPagePdf } from '../../../test/support/cv-test-files';
import { CvLimits } from './types';
import { checkZipUnpackedSize, listZipEntries } from './zip';
import { timeAgainstReference } from '../../../test/support/time-budget';

// PDFs are read through the worker pool in cv-text-extractor.spec.ts: pdf.js loads its
// parser with a dynamic import(), which Jest's sandbox refuses in its own thread.
const limits: CvLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  maxUncompressedBytes: 50 * 1024 * 1024,
  parseTimeoutMs: 10_000,
};

async function refusal(bytes: Buffer, fileName?: string, given: CvLimits = limits): Promise<DomainError> {
  const error = await extractCvText(bytes, fileName, given).then(
    () => new Error('the file was accepted'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof DomainError) return error;
  throw error;
}

describe('the lines of a CV as the reader gets them', () => {
  it.each([
    ['  Account Manager  ', 'Account Manager'],
    ['2014 –      Müügijuht – Lõuna Hulgikaubandus AS', '2014 – | Müügijuht – Lõuna Hulgikaubandus AS'],
    ['Account Manager\t\t2019 – 2021', 'Account Manager | 2019 – 2021'],
    ['Naam:        Kandidaat Een', 'Naam: Kandidaat Een'],
    ['Periode   |   Werkgever', 'Periode | Werkgever'],
    ['two  spaces  stay  words', 'two spaces stay words'],
  ])('keeps a column gap as a cell break and trims the rest: %j', (line, expected) => {
    expect(normaliseLines(line)).toBe(expected);
  });

  it('keeps line breaks, and at most one empty line between blocks', () => {
    expect(normaliseLines('a\r\nb\n\n\n\nc')).toBe('a\nb\n\nc');
  });
});

describe('extractCvText outside PDFs', () => {
  it('refuses a file over maxBytes before looking at it', async () => {
    const error = await refusal(Buffer.alloc(3 * 1024 * 1024, 0x41), 'cv.pdf', {
      ...limits,
      maxBytes: 2 * 1024 * 1024,
    });
    expect(error.code).toBe('CV_TOO_LARGE');
    expect(error.message).toBe('cv.pdf is 3 MB; a CV may be at most 2 MB');
  });

  it('reads a DOCX one paragraph a line', async () => {
    const bytes = await docx(['Candidate Seven', 'Platform engineer', '', 'Experience', 'Acme  Logistics,\t2019']);
    await expect(extractCvText(bytes, 'cv.docx', limits)).resolves.toEqual({
      format: 'docx',
      text: 'Candidate Seven\nPlatform engineer\n\nExperience\nAcme Logistics, 2019',
      pages: null,
      hasText: true,
    });
  });

  it('reads text: BOM dropped, CRLF made LF, spaces tidied per line', async () => {
    const bytes = Buffer.from('\ufeffCandidate  Seven \r\nEngineer\r\n\r\n\r\n\r\nSkills\r\n', 'utf8');
    const cv = await extractCvText(bytes, 'cv.txt', limits);
    expect(cv).toEqual({ format: 'text', text: 'Candidate Seven\nEngineer\n\nSkills', pages: null, hasText: true });
  });

  it('reads UTF-16 text with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kandidaat Üks\r\nTallinn', 'utf16le')]);
    expect((await extractCvText(bytes, 'cv.txt', limits)).text).toBe('Kandidaat Üks\nTallinn');
  });

  it('returns a JSON Resume as its JSON text', async () => {
    const json = '{\n  "basics": { "name": "Candidate Seven" }\n}';
    await expect(extractCvText(Buffer.from(json), 'cv.json', limits)).resolves.toEqual({
      format: 'json_resume',
      text: json,
      pages: null,
      hasText: true,
    });
  });

  it('refuses a zip bomb that declares its gigabyte at once', async () => {
    const bomb = docxZipBomb('honest');
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { result: error, units } = await timeAgainstReference(() => refusal(bomb, 'cv.docx'));
    expect(error).toBeInstanceOf(CvUnpacksTooLargeError);
    expect(error.code).toBe('CV_UNPACKS_TOO_LARGE');
    expect(error.message).toBe(
      'cv.docx unpacks to more than 50 MB, far more than a CV needs, so Sift will not open it',
    );
    expect(units).toBeLessThan(50);
  });

  it('refuses a zip bomb that lies about its size, stopping at the limit', async () => {
    const bomb = docxZipBomb('lying');
    expect(listZipEntries(bomb, 10).map((entry) => entry.declaredSize)).toEqual([expect.any(Number), 1024]);
    // The best of three runs: a busy machine slows one run, a bomb inflated past the limit slows all of them.
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await timeAgainstReference(() => refusal(bomb, 'cv.docx')));
    for (const { result: error } of runs) {
      expect(error.code).toBe('CV_UNPACKS_TOO_LARGE');
      expect(error.message).toContain('unpacks to more than 50 MB');
    }
    expect(Math.min(...runs.map((run) => run.units))).toBeLessThan(60);
  });

  it('refuses an archive with thousands of parts', async () => {
    const parts = Array.from({ length: 2500 }, (_, index) => ({ name: `word/p${index}.xml`, data: Buffer.from('x') }));
    const error = await refusal(buildZip([{ name: '[Content_Types].xml', data: Buffer.from('<T/>') }, ...parts]));
    expect(error.code).toBe('CV_UNPACKS_TOO_LARGE');
    expect(error.message).toMatch(/^The file holds 2501 parts, far more/);
  });

  it('treats a part whose real size differs from the declared one as damaged', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<T/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>'), declaredSize: 5 },
    ]);
    const error = await refusal(bytes, 'cv.docx');
    expect(error.code).toBe('CV_CORRUPT');
    expect(error.message).toBe(
      'cv.docx cannot be read: its part word/document.xml is damaged (its size or checksum is wrong)',
    );
  });
});

describe('a PDF whose streams inflate past the limit', () => {
  it('is refused before pdf.js inflates a gigabyte into memory outside the heap limit', async () => {
    const bomb = pdfStreamBomb(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { result: error, units } = await timeAgainstReference(() => refusal(bomb, 'cv.pdf'));
    expect(error.code).toBe('CV_UNPACKS_TOO_LARGE');
    expect(error.message).toBe('cv.pdf unpacks to more than 50 MB, far more than a CV needs, so Sift will not open it');
    // Inflating it all is worth about 2,000 reference units (17 s on a quiet core); stopping at the limit, about 12.
    expect(units).toBeLessThan(400);
  });

  it('counts what the streams really inflate to', async () => {
    const never = () => undefined;
    expect(pdfStreamsInflatePast(pdfStreamBomb(3), 3 * 1024 * 1024 - 1, never)).toBe(true);
    expect(pdfStreamsInflatePast(pdfStreamBomb(3), 3 * 1024 * 1024, never)).toBe(false);
    // pdfkit deflates its content streams: a normal CV is far below any sensible limit.
    expect(pdfStreamsInflatePast(await twoPagePdf(), 64 * 1024, never)).toBe(false);
  });
});

describe('checkZipUnpackedSize', () => {
  it('returns the real unpacked total of an honest archive', async () => {
    const bytes = buildZip([
      { name: 'a.xml', data: Buffer.alloc(1000, 0x61) },
      { name: 'b.xml', data: Buffer.alloc(234, 0x62) },
    ]);
    expect(checkZipUnpackedSize(bytes, listZipEntries(bytes, 10), 1234)).toBe(1234);
    expect(() => checkZipUnpackedSize(bytes, listZipEntries(bytes, 10), 1233)).toThrow('declares more than the limit');
  });
});
