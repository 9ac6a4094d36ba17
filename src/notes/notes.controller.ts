import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_READERS, SCREENING_WRITERS } from '../common/auth/role';
import { CreateNoteDto, NoteDto } from './dto/note.dto';
import { NotesService } from './notes.service';

@ApiTags('candidates')
@Controller('candidates')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get(':id/notes')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({
    type: [NoteDto],
    description:
      "Colleagues' notes on the candidate, newest first; hiring managers read those of their vacancies' candidates",
  })
  async list(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<NoteDto[]> {
    return (await this.notes.list(id, user)).map((view) => NoteDto.from(view));
  }

  @Post(':id/notes')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({
    type: NoteDto,
    description:
      'Each colleague named with an @ gets a mail linking to the candidate; unmatched lists the other @names',
  })
  async add(
    @Param('id') id: string,
    @Body() body: CreateNoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NoteDto> {
    return NoteDto.from(await this.notes.add(id, body, user));
  }
}
