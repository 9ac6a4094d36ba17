import { Module } from '@nestjs/common';
import { RoleProfilesController } from './role-profiles.controller';
import { RoleProfilesRepository } from './role-profiles.repository';
import { RoleProfilesService } from './role-profiles.service';
import { TemplateInstaller } from './template-installer.service';

@Module({
  controllers: [RoleProfilesController],
  providers: [RoleProfilesRepository, RoleProfilesService, TemplateInstaller],
  exports: [RoleProfilesRepository],
})
export class RoleProfilesModule {}
