import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { FirstAdminService } from './first-admin.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController, InvitationsController],
  providers: [
    UsersRepository,
    UsersService,
    FirstAdminService,
    PasswordHasher,
    InvitationsRepository,
    InvitationsService,
  ],
  exports: [UsersRepository, UsersService, PasswordHasher, FirstAdminService, InvitationsService],
})
export class UsersModule {}
