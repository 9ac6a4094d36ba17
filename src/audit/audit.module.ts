import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditContextInterceptor } from './audit-context';
import { AuditTrail } from './audit-trail';
import { AuditTrailRepository } from './audit-trail.repository';
import { SettingsAudit } from './settings-audit';

/**
 * The audit trail's writing side, global because every feature records to
 * it; the reading side (AuditLogModule) is for admins only.
 */
@Global()
@Module({
  providers: [
    AuditTrailRepository,
    AuditTrail,
    SettingsAudit,
    { provide: APP_INTERCEPTOR, useClass: AuditContextInterceptor },
  ],
  exports: [AuditTrail, AuditTrailRepository],
})
export class AuditModule {}
