import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_WRITERS } from '../common/auth/role';
import { Settings } from '../config/settings';
import {
  AnswersImportReportDto,
  QuestionSetDto,
  SelfIdentificationBody,
  SelfIdentificationReceiptDto,
} from './dto/self-identification.dto';
import { answersRows } from './self-identification-csv';
import { AnswersImportReport, SelfIdentificationImporter } from './self-identification-import.service';
import { AnswersNotCsvError } from './fairness.errors';
import { findQuestionSet, QuestionSet } from './question-sets';
import { SelfIdentificationReceipt, SelfIdentificationService } from './self-identification.service';

@ApiTags('fairness')
@Controller()
export class SelfIdentificationController {
  constructor(
    private readonly selfIdentification: SelfIdentificationService,
    private readonly importer: SelfIdentificationImporter,
    private readonly settings: Settings,
  ) {}

  @Get('fairness/question-sets')
  @Authenticated()
  @ApiOkResponse({ type: [QuestionSetDto], description: 'The sets this organisation asks, in its order' })
  questionSets(): QuestionSet[] {
    const { questionSets, ownSets } = this.settings.fairness;
    return questionSets.flatMap((key) => findQuestionSet(key, ownSets) ?? []);
  }

  @Post('applications/:id/self-identification')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({
    type: SelfIdentificationReceiptDto,
    description: "An applicant's answers typed in from a paper form; they replace earlier answers to the same set",
  })
  enter(
    @Param('id') applicationId: string,
    @Body() body: SelfIdentificationBody,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SelfIdentificationReceipt> {
    return this.selfIdentification.enterFromPaper(applicationId, body, user);
  }

  @Post('fairness/self-identifications/import')
  @Roles(...SCREENING_WRITERS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import answers gathered elsewhere, as CSV',
    description:
      'text/csv with a header naming application_id, question_set, consent_version and the questions answered ' +
      '(sex, raceEthnicity, gender, ageBand, disability); an empty cell leaves a question out, `declined` declines ' +
      'it. Each row is recorded as POST /applications/:id/self-identification records one, flagged as imported; a ' +
      'bad row is named and never stops the good ones.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string' } })
  @ApiOkResponse({ type: AnswersImportReportDto })
  async importAnswers(@Req() request: Request, @CurrentUser() user: AuthenticatedUser): Promise<AnswersImportReport> {
    const type = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (type !== 'text/csv' || typeof request.body !== 'string') throw new AnswersNotCsvError(type);
    const { questionSets, ownSets } = this.settings.fairness;
    const sets = questionSets.flatMap((key) => findQuestionSet(key, ownSets) ?? []);
    return this.importer.import(answersRows(request.body, sets), user);
  }

  @Delete('applications/:id/self-identification')
  @Roles(...SCREENING_WRITERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The applicant withdrew: every answer they gave is deleted' })
  async withdraw(@Param('id') applicationId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.selfIdentification.withdraw(applicationId, user);
  }
}
