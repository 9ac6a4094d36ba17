import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { PanelAccessModule } from '../panel-access/panel-access.module';
import { ExplanationCatalogue } from './explanation-catalogue';
import { ExplanationsController } from './explanations.controller';
import { ExplanationsRepository } from './explanations.repository';
import { ExplanationsService } from './explanations.service';

/** An application explained to its candidate: what was screened, how it came out, and what people decided. */
@Module({
  imports: [ApplicationsModule, PanelAccessModule],
  controllers: [ExplanationsController],
  providers: [
    ExplanationsService,
    ExplanationsRepository,
    { provide: ExplanationCatalogue, useFactory: () => ExplanationCatalogue.load() },
  ],
  exports: [ExplanationsService],
})
export class ExplanationsModule {}
