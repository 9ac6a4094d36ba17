import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { NotesController } from './notes.controller';
import { NotesRepository } from './notes.repository';
import { NotesService } from './notes.service';

/** Colleagues' notes on candidates, with @mentions that mail the colleague named. */
@Module({
  imports: [CandidatesModule, ApplicationsModule],
  controllers: [NotesController],
  providers: [NotesRepository, NotesService],
  exports: [NotesService],
})
export class NotesModule {}
