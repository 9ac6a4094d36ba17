import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { AUDIT_CSV_HEADER, auditCsvLine } from './audit-csv';
import { auditFilterOf } from './audit-filter';
import { AuditLog, AuditPage, ChainReport } from './audit-log.service';
import { AuditFilterQuery, AuditPageDto, AuditPageQuery, ChainReportDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
@Roles(Role.Admin)
export class AuditController {
  constructor(private readonly log: AuditLog) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto, description: 'Entries newest first; admins only' })
  page(@Query() query: AuditPageQuery): Promise<AuditPage> {
    return this.log.page(auditFilterOf(query), query.limit, query.before);
  }

  @Get('entries.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every matching entry, oldest first, as CSV (RFC 4180), streamed' })
  async csv(@Query() query: AuditFilterQuery, @Res() response: Response): Promise<void> {
    const filter = auditFilterOf(query);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="sift-audit.csv"');
    response.write(AUDIT_CSV_HEADER);
    for await (const lines of this.log.batches(filter)) {
      if (!response.write(lines.map(auditCsvLine).join(''))) {
        await new Promise((resolve) => response.once('drain', resolve));
      }
    }
    response.end();
  }

  @Get('verification')
  @ApiOkResponse({
    type: ChainReportDto,
    description: 'Recomputes the hash chain and names the first entry that was changed, removed or inserted',
  })
  verify(): Promise<ChainReport> {
    return this.log.verify();
  }
}
