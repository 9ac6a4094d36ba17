import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { resolveTokenSecret } from '../config/token-secret';
import { Settings } from '../config/settings';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { ThrottleCounters } from './throttle-counters';
import { TokenService } from './token.service';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [Settings],
      useFactory: (settings: Settings) => ({
        // A KeyObject, made once: given a string, jsonwebtoken first tries it as a public key on every
        // verification and builds the secret key after that fails, a tenth of a shortlist request's time.
        secret: createSecretKey(Buffer.from(resolveTokenSecret(settings.auth.tokenSecret, settings.dataDir))),
        signOptions: { algorithm: 'HS256', issuer: 'sift' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'sift' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, TokenService, ThrottleCounters, LoginThrottle, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, AuthService],
})
export class AuthModule {}
