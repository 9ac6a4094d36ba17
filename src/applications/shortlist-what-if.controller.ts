import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_WRITERS } from '../common/auth/role';
import { CriteriaDto } from '../role-profiles/dto/criteria.dto';
import { ScreeningProgress, ShortlistWhatIf, ShortlistWhatIfService } from './shortlist-what-if.service';

export class ShortlistWhatIfDto {
  @ApiProperty({ type: CriteriaDto, description: 'Criteria not saved yet' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria: CriteriaDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20, description: 'How many of the top to rank again' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

@ApiTags('applications')
@Controller('vacancies/:id')
export class ShortlistWhatIfController {
  constructor(private readonly whatIf: ShortlistWhatIfService) {}

  @Post('shortlist/what-if')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({
    description:
      'The top open applications scored with draft criteria and ranked again among themselves: ' +
      'each with its position and shortlist score before and after; nothing is stored',
  })
  preview(
    @Param('id') id: string,
    @Body() body: ShortlistWhatIfDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ShortlistWhatIf> {
    return this.whatIf.preview(id, body.criteria, user, body.limit);
  }

  @Get('screening-progress')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({
    description:
      'How many open applications were screened with the pinned profile version, and whether screening again is ' +
      'running, done or incomplete',
  })
  progress(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<ScreeningProgress> {
    return this.whatIf.progress(id, user);
  }
}
