import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuditController } from './audit.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLog } from './audit-log.service';
import { AuditRetention } from './audit-retention';

/** The audit trail's reading side: the admins' API, page and the chain's check. */
@Module({
  imports: [UsersModule],
  controllers: [AuditController],
  providers: [AuditLogRepository, AuditLog, AuditRetention],
  exports: [AuditLog, AuditRetention],
})
export class AuditLogModule {}
