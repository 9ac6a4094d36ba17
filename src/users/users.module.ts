import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { FirstAdminService } from './first-admin.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, FirstAdminService, PasswordHasher],
  exports: [UsersRepository, UsersService, PasswordHasher, FirstAdminService],
})
export class UsersModule {}
