import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_READERS, SCREENING_WRITERS } from '../common/auth/role';
import { MailDto, SendMailDto, ShortlistReadyDto, TimelineEntryDto } from './dto/mail.dto';
import { MailRequestsService } from './mail-requests.service';

@ApiTags('mail')
@Controller()
export class MailRequestsController {
  constructor(private readonly requests: MailRequestsService) {}

  @Post('applications/:id/mails')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: MailDto, description: 'Queued; it shows on the timeline, sent or not' })
  async send(
    @Param('id') id: string,
    @Body() body: SendMailDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MailDto> {
    return MailDto.from(await this.requests.sendToCandidate(id, body, user));
  }

  @Post('vacancies/:id/shortlist/ready')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: [MailDto], description: 'One mail to each hiring manager of the vacancy' })
  async shortlistReady(
    @Param('id') id: string,
    @Body() body: ShortlistReadyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MailDto[]> {
    return (await this.requests.shortlistReady(id, body.note, user)).map((mail) => MailDto.from(mail));
  }

  @Get('applications/:id/timeline')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: [TimelineEntryDto] })
  timeline(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<TimelineEntryDto[]> {
    return this.requests.timeline(id, user);
  }
}
