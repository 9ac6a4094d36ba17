import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../common/auth/decorators';
import { Problem } from '../common/errors/problem';
import { AcceptInvitationDto, AcceptedInvitationDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

/** Open to anyone holding an invitation's link: the invited person chooses their password. */
@ApiTags('users')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({ type: AcceptedInvitationDto })
  @ApiNotFoundResponse({ type: Problem, description: 'INVITATION_NOT_FOUND' })
  @ApiConflictResponse({ type: Problem, description: 'INVITATION_USED or INVITATION_EXPIRED' })
  @ApiBadRequestResponse({ type: Problem, description: 'PASSWORD_TOO_COMMON or VALIDATION_FAILED' })
  async accept(@Body() body: AcceptInvitationDto): Promise<AcceptedInvitationDto> {
    const user = await this.invitations.accept(body.token, body.password);
    return { email: user.email };
  }
}
