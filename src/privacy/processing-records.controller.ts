import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { ProcessingRecords } from './processing-records';
import { ProcessingRecordsService } from './processing-records.service';

@ApiTags('privacy')
@Controller('privacy')
export class ProcessingRecordsController {
  constructor(private readonly processing: ProcessingRecordsService) {}

  @Get('records')
  @Roles(Role.Admin)
  @ApiOperation({
    summary: 'The records of processing (GDPR art. 30), from the running configuration',
    description:
      'Per category of personal data: whose it is, every table and column it is kept in (and folders of files), ' +
      'the legal basis, how long it is kept (with the settings that decide it and their values), and which roles ' +
      'read it. Purposes and the words for each key are in the page catalogue (privacy.*), shown at /admin/privacy.',
  })
  @ApiOkResponse({ description: 'The records' })
  records(): ProcessingRecords {
    return this.processing.records();
  }
}
