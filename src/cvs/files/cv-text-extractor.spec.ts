import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../common/errors/domain-error';
import { CvCorruptError, CvEncryptedError, CvReadTimeoutError, CvTooManyPagesError } from './cv-file.errors';
import { CvTextExtractor } from './cv-text-extractor';
import { handmadePdf, longDocx, pdfkitPdf, placedText, twoPagePdf } from '../../../test/support/cv-test-files';
import { CvLimits } from './types';
import { bestUnits } from '../../../test/support/time-budget';

const limits: CvLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  maxUncompressedBytes: 50 * 1024 * 1024,
  parseTimeoutMs: 10_000,
};

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => new Error('the file was accepted'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof DomainError) return error;
  throw error;
}

describe('CvTextExtractor reading PDFs in a worker', () => {
  const extractor = new CvTextExtractor(limits);
  afterAll(() => extractor.close());

  it('reads a two-page PDF, pages apart by a blank line, without page markers', async () => {
    await expect(extractor.extract(await twoPagePdf(), 'cv.pdf')).resolves.toEqual({
      format: 'pdf',
      text: 'Candidate Seven\nPlatform engineer in Utrecht\n\nExperience\nAcme Logistics, 2019 - 2023',
      pages: 2,
      hasText: true,
    });
  });

  it('reads a work table of three columns whose company cells wrap as rows, each position beside its dates', async () => {
    const file = join(
      __dirname,
      '../../../test/fixtures/cvs/held-out-17/en-h17-11-dutch-contract-logistics-business-developer-table.pdf',
    );
    const { text } = await extractor.extract(readFileSync(file), 'cv.pdf');
    expect(text).toContain('09/2022 – present | Business Developer Contract Logistics');
    expect(text).toContain('06/2018 – 08/2022 | Customer Service Logistics Specialist');
  });

  it('reads a PDF after leading junk', async () => {
    const bytes = Buffer.concat([Buffer.from('garbage before the header\n'), await twoPagePdf()]);
    expect((await extractor.extract(bytes, 'cv.pdf')).text).toMatch(/^Candidate Seven\n/);
  });

  it('refuses a password-protected PDF as the same error class it was thrown as', async () => {
    const bytes = await pdfkitPdf((doc) => doc.text('Candidate Seven'), { userPassword: 'secret' });
    const error = await refusal(extractor.extract(bytes, 'cv.pdf'));
    expect(error).toBeInstanceOf(CvEncryptedError);
    expect(error.code).toBe('CV_ENCRYPTED');
    expect(error.kind).toBe('unprocessable');
    expect(error.message).toMatch(/^cv\.pdf is a password-protected PDF, so Sift cannot read it/);
  });

  it('refuses a PDF cut in half as damaged', async () => {
    const whole = await twoPagePdf();
    const error = await refusal(extractor.extract(whole.subarray(0, whole.length >> 1), 'cv.pdf'));
    expect(error).toBeInstanceOf(CvCorruptError);
    expect(error.message).toBe('cv.pdf cannot be read: it is not a complete PDF (it may be damaged or cut off)');
  });

  it('counts 5,000 pages and refuses them before reading text', async () => {
    const bytes = handmadePdf(5000, placedText([[72, 72, 'Page text']]));
    const { result: error, units } = await bestUnits(() => refusal(extractor.extract(bytes, 'cv.pdf')), 100);
    expect(error).toBeInstanceOf(CvTooManyPagesError);
    expect(error.message).toBe('cv.pdf has 5000 pages; a CV may have at most 20');
    expect(units).toBeLessThan(100);
  });

  it('returns a scan (no text layer) as no text, not as an error', async () => {
    const bytes = await pdfkitPdf((doc) => {
      doc.rect(50, 50, 300, 400).fill('#cccccc');
      doc.circle(200, 600, 40).stroke();
    });
    await expect(extractor.extract(bytes, 'scan.pdf')).resolves.toEqual({
      format: 'pdf',
      text: '',
      pages: 1,
      hasText: false,
    });
  });

  it('reads two columns written row by row one column at a time', async () => {
    const rows: [number, number, string][] = [
      [50, 50, 'Candidate Seven, platform engineer in Utrecht, the Netherlands'],
    ];
    const left = ['Skills', 'TypeScript and Node.js', 'PostgreSQL'];
    const right = ['Experience', 'Acme Logistics, platform engineer, 2019', 'Led the team that rebuilt billing'];
    left.forEach((text, row) => rows.push([50, 100 + row * 16, text], [230, 100 + row * 16, right[row]]));
    const cv = await extractor.extract(handmadePdf(1, placedText(rows)), 'cv.pdf');
    expect(cv.text.split('\n')).toEqual([rows[0][2], ...left, ...right]);
  });

  const twoColumnFixture = join(__dirname, '../../../test/fixtures/cvs/nl-01-accountmanager.pdf');
  it('keeps each column of the corpus two-column CV together', async () => {
    const cv = await extractor.extract(readFileSync(twoColumnFixture), 'nl-01-accountmanager.pdf');
    const lines = cv.text.split('\n');
    const side = ['Contact', 'Competenties', 'Talen'].map((heading) => lines.indexOf(heading));
    const main = ['Profiel', 'Werkervaring'].map((heading) => lines.indexOf(heading));
    expect(side.every((index) => index >= 0)).toBe(true);
    expect(Math.max(...side)).toBeLessThan(Math.min(...main));
    expect(lines[side[2] + 1]).toBe('• Nederlands – moedertaal');
  });
});

describe('CvTextExtractor protecting the server', () => {
  it('gives up on a file past the deadline, stays responsive meanwhile, and reads the next file', async () => {
    const extractor = new CvTextExtractor({ ...limits, parseTimeoutMs: 1500 }, { workerMemoryMb: 1024 });
    try {
      await extractor.extract(await twoPagePdf(), 'warm-up.pdf');
      const slow = extractor.extract(longDocx(200_000), 'slow.docx');
      const lateness = await new Promise<number>((resolve) => {
        const planned = Date.now() + 100;
        setTimeout(() => resolve(Date.now() - planned), 100);
      });
      // Blocked, it would be late by the whole 1.5 s; the margin is for a busy machine.
      expect(lateness).toBeLessThan(750);
      const error = await refusal(slow);
      expect(error).toBeInstanceOf(CvReadTimeoutError);
      expect(error.message).toMatch(/^Reading slow\.docx took longer than 1\.5 seconds, so Sift gave up/);
      expect((await extractor.extract(await twoPagePdf(), 'next.pdf')).pages).toBe(2);
    } finally {
      await extractor.close();
    }
  }, 30_000);

  it('fails only the job whose worker runs out of memory, then reads the next file', async () => {
    const extractor = new CvTextExtractor({ ...limits, parseTimeoutMs: 60_000 }, { workerMemoryMb: 160 });
    try {
      const error = await refusal(extractor.extract(longDocx(100_000), 'huge.docx'));
      expect(error.code).toBe('CV_TOO_COMPLEX');
      expect(error.message).toMatch(/^huge\.docx needs more memory to read than Sift allows for one CV/);
      const next = await extractor.extract(longDocx(3), 'small.docx');
      expect(next.text).toBe(Array(3).fill('Experience at Acme Logistics as platform engineer').join('\n'));
    } finally {
      await extractor.close();
    }
  }, 60_000);

  it('answers CV_READER_BUSY past the queue, and close() rejects what waits and stops the workers', async () => {
    const extractor = new CvTextExtractor(limits, { workers: 1, maxQueue: 1, workerMemoryMb: 1024 });
    const running = extractor.extract(longDocx(100_000), 'first.docx');
    const waiting = extractor.extract(longDocx(10), 'second.docx');
    const busy = await refusal(extractor.extract(longDocx(10), 'third.docx'));
    expect(busy.code).toBe('CV_READER_BUSY');
    expect(busy.kind).toBe('unavailable');
    expect(busy.extras.retryAfterSeconds).toBe(5);
    expect(extractor.runningWorkers).toBe(1);
    const outcomes = Promise.all([refusal(running), refusal(waiting)]);
    await extractor.close();
    expect(extractor.runningWorkers).toBe(0);
    expect((await outcomes).map((error) => error.code)).toEqual(['CV_READER_BUSY', 'CV_READER_BUSY']);
    expect((await refusal(extractor.extract(longDocx(1), 'later.docx'))).code).toBe('CV_READER_BUSY');
  }, 30_000);

  it('starts only as many workers as there are files to read, up to its size', async () => {
    const extractor = new CvTextExtractor(limits, { workers: 3 });
    try {
      const one = await extractor.extract(longDocx(2), 'one.docx');
      expect(extractor.runningWorkers).toBe(1);
      const both = await Promise.all([
        extractor.extract(longDocx(20_000), 'a.docx'),
        extractor.extract(longDocx(1), 'b.docx'),
      ]);
      expect(extractor.runningWorkers).toBe(2);
      expect([one, ...both].map((cv) => cv.text.split('\n').length)).toEqual([2, 20_000, 1]);
    } finally {
      await extractor.close();
    }
  }, 30_000);

  it('refuses obvious cases in the calling thread, before any worker starts', async () => {
    const extractor = new CvTextExtractor({ ...limits, maxBytes: 1000 });
    expect((await refusal(extractor.extract(Buffer.alloc(2000, 0x41), 'cv.txt'))).code).toBe('CV_TOO_LARGE');
    expect((await refusal(extractor.extract(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'cv.pdf'))).code).toBe(
      'CV_UNSUPPORTED_TYPE',
    );
    expect(extractor.runningWorkers).toBe(0);
    await extractor.close();
  });

  it('lets a process exit on its own once it has closed the extractor', () => {
    const script = `
      const { CvTextExtractor } = require('./src/cvs/files/cv-text-extractor');
      const extractor = new CvTextExtractor(${JSON.stringify(limits)});
      extractor.extract(Buffer.from('Candidate Seven\\nEngineer'), 'cv.txt')
        .then((cv) => { process.stdout.write(cv.text); return extractor.close(); });
    `;
    const child = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: join(__dirname, '../../..'),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('Candidate Seven\nEngineer');
    expect(child.status).toBe(0);
  }, 30_000);
});

describe('CvTextExtractor in the thread that serves requests', () => {
  it('loads neither the PDF reader nor the Word reader there, only in its workers', () => {
    // pdf.js's bundled polyfills replace JSON.parse and Array.prototype.push for the whole process.
    jest.isolateModules(() => {
      jest.doMock('pdf-parse', () => {
        throw new Error('pdf-parse was loaded');
      });
      jest.doMock('mammoth', () => {
        throw new Error('mammoth was loaded');
      });
      try {
        expect(() => jest.requireActual('./cv-text-extractor')).not.toThrow();
      } finally {
        jest.dontMock('pdf-parse');
        jest.dontMock('mammoth');
      }
    });
  });
});
