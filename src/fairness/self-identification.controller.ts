import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_WRITERS } from '../common/auth/role';
import { Settings } from '../config/settings';
import { QuestionSetDto, SelfIdentificationBody, SelfIdentificationReceiptDto } from './dto/self-identification.dto';
import { QUESTION_SETS, QuestionSet } from './question-sets';
import { SelfIdentificationReceipt, SelfIdentificationService } from './self-identification.service';

@ApiTags('fairness')
@Controller()
export class SelfIdentificationController {
  constructor(
    private readonly selfIdentification: SelfIdentificationService,
    private readonly settings: Settings,
  ) {}

  @Get('fairness/question-sets')
  @Authenticated()
  @ApiOkResponse({ type: [QuestionSetDto], description: 'The sets this organisation asks, in its order' })
  questionSets(): QuestionSet[] {
    return this.settings.fairness.questionSets.map((key) => QUESTION_SETS[key]);
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

  @Delete('applications/:id/self-identification')
  @Roles(...SCREENING_WRITERS)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The applicant withdrew: every answer they gave is deleted' })
  async withdraw(@Param('id') applicationId: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.selfIdentification.withdraw(applicationId, user);
  }
}
