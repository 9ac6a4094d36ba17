import { applyDecorators, CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { bearerUser, requireRoles } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import { TokenService } from '../auth/token.service';
import { Public } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { Problem } from '../common/errors/problem';
import { Settings } from '../config/settings';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** METRICS_TOKEN, compared as SHA-256 digests: in constant time, and of equal length whatever is presented. */
export class MetricsToken {
  private readonly digest?: Buffer;

  constructor(token: string | undefined) {
    this.digest = token === undefined ? undefined : digest(token);
  }

  /** The bearer token of an Authorization header, if it has one. */
  static presentedIn(header: string | undefined): string | undefined {
    return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  }

  matches(presented: string | undefined): boolean {
    return this.digest !== undefined && presented !== undefined && timingSafeEqual(digest(presented), this.digest);
  }
}

/** Lets in a scraper that shows METRICS_TOKEN as its bearer token, and otherwise an admin signed in as usual. */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  private readonly token: MetricsToken;

  constructor(
    settings: Settings,
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
  ) {
    this.token = new MetricsToken(settings.metrics.token);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    if (this.token.matches(MetricsToken.presentedIn(request.headers.authorization))) return true;
    requireRoles(await bearerUser(request, this.tokens, this.auth), [Role.Admin]);
    return true;
  }
}

/** The route is for admins, and for scrapers holding METRICS_TOKEN (the app-wide guard lets it through). */
export const MetricsReaders = () =>
  applyDecorators(
    Public(),
    UseGuards(MetricsAccessGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: Problem, description: 'No token, or neither METRICS_TOKEN nor a valid token' }),
    ApiForbiddenResponse({ type: Problem, description: 'Signed in, but not an admin' }),
  );
