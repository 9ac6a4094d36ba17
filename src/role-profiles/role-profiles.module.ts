import { Module } from '@nestjs/common';
import { CompetenciesController } from './competencies.controller';
import { RoleProfilesController } from './role-profiles.controller';
import { RoleProfilesRepository } from './role-profiles.repository';
import { RoleProfilesService } from './role-profiles.service';
import { TemplateInstaller } from './template-installer.service';

@Module({
  controllers: [RoleProfilesController, CompetenciesController],
  providers: [RoleProfilesRepository, RoleProfilesService, TemplateInstaller],
  exports: [RoleProfilesRepository, RoleProfilesService],
})
export class RoleProfilesModule {}
