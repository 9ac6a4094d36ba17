import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_WRITERS } from '../common/auth/role';
import { BlindScreeningService } from './blind-screening.service';

export class UnblindDto {
  @ApiProperty({ example: 'The applicant asked to be called back about an interview date', minLength: 10 })
  @IsString()
  @MinLength(10, { message: 'reason must say why, in at least 10 characters' })
  @MaxLength(1000)
  reason: string;
}

export class UnblindingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ type: String, nullable: true })
  userName?: string | null;

  @ApiProperty()
  reason: string;

  @ApiProperty()
  createdAt: Date;
}

@ApiTags('blind screening')
@Controller('applications/:id')
export class BlindScreeningController {
  constructor(private readonly blind: BlindScreeningService) {}

  @Post('unblind')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({
    type: UnblindingDto,
    description: "Recorded with who and why; afterwards this recruiter may open the applicant's original CV file",
  })
  unblind(
    @Param('id') id: string,
    @Body() body: UnblindDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UnblindingDto> {
    return this.blind.unblind(id, body.reason, user);
  }

  @Get('unblindings')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: [UnblindingDto], description: 'Who unblinded the application and why, oldest first' })
  unblindings(@Param('id') id: string): Promise<UnblindingDto[]> {
    return this.blind.unblindings(id);
  }
}
