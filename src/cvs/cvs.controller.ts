import { Body, Controller, Get, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { PANEL_READERS, SCREENING_WRITERS } from '../common/auth/role';
import { CvIntakeService, UploadedFile as CvFile } from './cv-intake.service';
import { CV_MEDIA_TYPES, cvDownload } from './cv-download';
import { CvUploadInterceptor } from './cv-upload.interceptor';
import { CvsService } from './cvs.service';
import { CvDocumentDto, CvIntakeDto, CvWithTextDto, NewCandidateCvFieldsDto } from './dto/cv.dto';
import { FactDto } from '../candidates/dto/candidate.dto';

const UPLOAD_NOTE =
  'multipart/form-data with the file in a part named "file": PDF, Word (.docx), plain text or JSON Resume, ' +
  'told apart by content. 415 for any other kind of file; 422 for an encrypted, damaged or over-limit one ' +
  '(size, pages, unpacked size, reading time), with the reason. A scanned PDF without text is kept, marked ' +
  'no_text. The facts read from it are unconfirmed, each with the words it rests on and a confidence. ' +
  'The same file again answers 200 and changes nothing.';

const FILE_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: {
      file: { type: 'string', format: 'binary' },
      vacancyId: { type: 'string', format: 'uuid', description: 'Only when the CV brings its candidate' },
    },
  },
};

@ApiTags('candidates')
@Controller('candidates')
export class CvsController {
  constructor(
    private readonly intake: CvIntakeService,
    private readonly cvs: CvsService,
  ) {}

  @Post('cvs')
  @Roles(...SCREENING_WRITERS)
  @UseInterceptors(CvUploadInterceptor)
  @ApiOperation({
    summary: 'Take in a CV that brings its candidate',
    description: `The candidate is found by the CV's e-mail address or made from its contact details (422 when it names none); with vacancyId, applied too. ${UPLOAD_NOTE}`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: CvIntakeDto })
  async uploadNew(
    @UploadedFile() file: CvFile,
    @Body() fields: NewCandidateCvFieldsDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CvIntakeDto> {
    const intake = await this.intake.uploadNew(file, fields.vacancyId, user);
    if (!intake.stored && !intake.applicationId) response.status(200);
    return CvIntakeDto.from(intake);
  }

  @Post(':id/cvs')
  @Roles(...SCREENING_WRITERS)
  @UseInterceptors(CvUploadInterceptor)
  @ApiOperation({ summary: "Take in a candidate's CV", description: UPLOAD_NOTE })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { ...FILE_BODY.schema, properties: { file: FILE_BODY.schema.properties.file } } })
  @ApiCreatedResponse({ type: CvIntakeDto })
  async upload(
    @Param('id') id: string,
    @UploadedFile() file: CvFile,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CvIntakeDto> {
    const intake = await this.intake.uploadFor(id, file, user);
    if (!intake.stored) response.status(200);
    return CvIntakeDto.from(intake);
  }

  @Get(':id/cvs')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({ type: [CvDocumentDto] })
  async list(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<CvDocumentDto[]> {
    return (await this.cvs.list(id, user)).map((cv) => CvDocumentDto.from(cv));
  }

  @Get(':id/cvs/:cvId')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({ type: CvWithTextDto })
  async get(
    @Param('id') id: string,
    @Param('cvId') cvId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CvWithTextDto> {
    const { cv, facts } = await this.cvs.get(id, cvId, user);
    return { ...CvDocumentDto.from(cv), text: cv.text, facts: facts.map((fact) => FactDto.from(fact)) };
  }

  @Get(':id/cvs/:cvId/file')
  @Roles(...PANEL_READERS)
  @ApiOperation({ summary: 'Download the CV as it was sent' })
  @ApiProduces(...Object.values(CV_MEDIA_TYPES))
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(
    @Param('id') id: string,
    @Param('cvId') cvId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { cv, stream } = await this.cvs.file(id, cvId, user);
    const { fileName, mediaType } = cvDownload(cv);
    response.attachment(fileName);
    response.setHeader('Content-Type', mediaType);
    return new StreamableFile(stream, { length: cv.sizeBytes });
  }
}
