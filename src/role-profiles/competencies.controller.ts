import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../common/auth/decorators';
import { COMPETENCIES } from '../scoring/competency-catalogue';

class CompetencyNamesDto {
  @ApiProperty({ example: 'Klantgerichtheid' })
  nl: string;

  @ApiProperty({ example: 'Kliendikesksus' })
  et: string;

  @ApiProperty({ example: 'Customer focus' })
  en: string;
}

export class CompetencyDto {
  @ApiProperty({ example: 'customer_focus' })
  code: string;

  @ApiProperty({ type: CompetencyNamesDto })
  name: CompetencyNamesDto;

  @ApiProperty({ type: [String] })
  synonyms: string[];
}

@ApiTags('role profiles')
@Controller('competencies')
export class CompetenciesController {
  @Get()
  @Authenticated()
  @ApiOkResponse({ type: [CompetencyDto], description: 'The catalogue role profiles and facts refer to by code' })
  list(): CompetencyDto[] {
    return COMPETENCIES.map((competency) => ({ ...competency, synonyms: [...competency.synonyms] }));
  }
}
