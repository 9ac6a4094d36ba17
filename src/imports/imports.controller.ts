import { Body, Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_WRITERS } from '../common/auth/role';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { CandidateImporter } from './candidate-importer.service';
import { ImportQuery, ImportReportDto, JsonResumeImportDto } from './dto/import.dto';
import { CSV_TYPES, IMPORT_MEDIA_TYPES, JSON_LINES_TYPES } from './import-media-types';
import { readJsonResume } from './json-resume';
import { csvCandidateRecords, jsonLinesRecords } from './readers';

export class UnsupportedImportTypeError extends DomainError {
  constructor(type: string | undefined) {
    super(
      'UNSUPPORTED_MEDIA_TYPE',
      'unsupported_media_type',
      `An import is ${IMPORT_MEDIA_TYPES.join(' or ')}, not ${type ?? 'without a Content-Type'}`,
    );
  }
}

@ApiTags('candidates')
@Controller('candidates')
export class ImportsController {
  constructor(private readonly importer: CandidateImporter) {}

  @Post('json-resume')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOperation({
    summary: 'Create or update a candidate from a JSON Resume 1.0 document',
    description:
      'Matched by basics.email. Education, dated work, catalogue skills, languages and certificates become facts ' +
      '(unconfirmed, source cv); facts already held are not added twice. 400 names the JSON path of every bad field.',
  })
  @ApiBody({ schema: { type: 'object', description: 'A JSON Resume document (https://jsonresume.org/schema)' } })
  @ApiOkResponse({ type: JsonResumeImportDto })
  async importJsonResume(
    @Body() document: unknown,
    @Query() query: ImportQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<JsonResumeImportDto> {
    const read = readJsonResume(document);
    if (read.problems.length || !read.candidate) throw new ValidationFailedError(read.problems);
    const report = await this.importer.import([{ line: 1, ...read }], query, user);
    const [entry] = report.candidates;
    return {
      candidateId: entry.id,
      created: entry.created,
      factsAdded: entry.factsAdded,
      unmatchedSkills: entry.unmatchedSkills,
      applied: report.applied === 1,
    };
  }

  @Post('import')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOperation({
    summary: 'Import many candidates: JSON Resume documents as JSON lines, or CSV',
    description:
      'Content-Type application/x-ndjson (one JSON Resume a line) or text/csv (a header row naming the columns: ' +
      'name, email, phone, location, language, education_level, education_field, job_title, job_employer, ' +
      'job_start, job_end, job_sales). A bad record never stops the good ones; importing the same file twice ' +
      'changes nothing.',
  })
  @ApiConsumes(...IMPORT_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string' } })
  @ApiOkResponse({ type: ImportReportDto })
  async importMany(
    @Req() request: Request,
    @Query() query: ImportQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ImportReportDto> {
    const type = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (!type || typeof request.body !== 'string' || !IMPORT_MEDIA_TYPES.includes(type)) {
      throw new UnsupportedImportTypeError(type);
    }
    const records = JSON_LINES_TYPES.includes(type)
      ? jsonLinesRecords(request.body)
      : CSV_TYPES.includes(type)
        ? csvCandidateRecords(request.body)
        : [];
    const { candidates: _perLine, ...report } = await this.importer.import(records, query, user);
    return report;
  }
}
