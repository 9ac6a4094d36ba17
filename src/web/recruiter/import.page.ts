import { Body, Controller, Get, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { CandidateImporter } from '../../imports/candidate-importer.service';
import { csvCandidateRecords, jsonLinesRecords } from '../../imports/readers';
import { formMessage } from '../forms';
import { Catalogue } from '../i18n/catalogue';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { ImportRequest, ImportUpload } from './import-upload';
import { IMPORT_FORMATS, ImportFormat, importFormatOf, ImportModel, importView } from './import.view';

/** Many candidates from a CSV or JSON lines file, or pasted, by the same importer as POST /candidates/import. */
@PageController()
@Controller()
export class ImportPage {
  constructor(
    private readonly importer: CandidateImporter,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/import')
  show(@Page() page: SignedInPage, @Res() response: Response): void {
    this.send(response, page, importView({}));
  }

  @Roles(...SCREENING_WRITERS)
  @Post('recruiter/import')
  @UseInterceptors(ImportUpload)
  async import(
    @Page() page: SignedInPage,
    @Req() request: ImportRequest,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const pasted = typeof body?.text === 'string' ? body.text : '';
    const format: ImportFormat = IMPORT_FORMATS.includes(body?.format as ImportFormat)
      ? (body.format as ImportFormat)
      : 'auto';
    const fail = (code: string, status: number) =>
      this.send(
        response,
        page,
        importView({ text: pasted, format, message: { key: `errors.${code}`, values: { code } } }),
        status,
      );
    if (request.importError) return fail(request.importError.code, request.importError.kind === 'invalid' ? 400 : 422);
    const text = request.file?.buffer.length ? request.file.buffer.toString('utf8').replace(/^\uFEFF/, '') : pasted;
    if (!text.trim()) return fail('IMPORT_EMPTY', 400);
    const records = importFormatOf(format, text) === 'jsonl' ? jsonLinesRecords(text) : csvCandidateRecords(text);
    try {
      const { candidates: _perLine, ...report } = await this.importer.import(records, {}, page.user);
      const status = report.failed.length && report.failed.length === report.received ? 422 : 200;
      this.send(response, page, importView({ text: report.failed.length ? pasted : '', format, report }), status);
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      this.send(response, page, importView({ text: pasted, format, message }), message.status);
    }
  }

  private send(response: Response, page: SignedInPage, model: ImportModel, status = 200): void {
    this.pages.send(response, page, { view: 'recruiter/import', titleKey: 'intake.import.title', model, status });
  }
}
