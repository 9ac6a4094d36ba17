import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_WRITERS } from '../common/auth/role';
import { CandidateMerger } from './candidate-merger';
import { DuplicatesService } from './duplicates.service';
import {
  CandidateMergeDto,
  DuplicateProposalDto,
  MergeCandidatesDto,
  MergePreviewDto,
  NotDuplicateDto,
} from './dto/duplicates.dto';

@ApiTags('candidates')
@Controller('candidates')
export class DuplicatesController {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly merger: CandidateMerger,
  ) {}

  @Get(':id/duplicates')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({
    type: DuplicateProposalDto,
    isArray: true,
    description:
      'Possible duplicates: the same phone number, or the same name with the same current employer or city; pairs marked as not duplicates are left out. A merged candidate is 404 CANDIDATE_MERGED, naming the survivor',
  })
  async list(@Param('id') id: string): Promise<DuplicateProposalDto[]> {
    return (await this.duplicates.proposalsFor(id)).map((proposal) => DuplicateProposalDto.from(proposal));
  }

  @Get(':id/merge/:otherId')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: MergePreviewDto, description: 'The two side by side before merging otherId into id' })
  async preview(@Param('id') id: string, @Param('otherId') otherId: string): Promise<MergePreviewDto> {
    return MergePreviewDto.from(await this.duplicates.preview(id, otherId));
  }

  @Post(':id/merge')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({
    type: CandidateMergeDto,
    description:
      'Every application, fact, CV, mail and interview of otherId now belongs to id; otherId is left as a tombstone pointing at id, and the merge is recorded with both candidates’ own fields as they were',
  })
  @ApiConflictResponse({
    description:
      'MERGE_SAME_VACANCY when both applied to the same vacancy (named); CANDIDATE_ALREADY_MERGED when either was merged meanwhile',
  })
  async merge(
    @Param('id') id: string,
    @Body() body: MergeCandidatesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CandidateMergeDto> {
    return CandidateMergeDto.from(await this.merger.merge(id, body.otherId, body.keep ?? {}, user.id));
  }

  @Post(':id/not-duplicates')
  @HttpCode(204)
  @Roles(...SCREENING_WRITERS)
  @ApiNoContentResponse({ description: 'The pair is recorded as two people and not proposed again' })
  async notDuplicate(
    @Param('id') id: string,
    @Body() body: NotDuplicateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.duplicates.markNotDuplicate(id, body.otherId, user.id);
  }
}
