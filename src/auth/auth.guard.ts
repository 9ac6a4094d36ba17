import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthenticatedUser, PUBLIC_KEY, ROLES_KEY } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { ForbiddenRoleError, UnauthenticatedError } from './auth.errors';
import { AuthService } from './auth.service';
import { TokenService } from './token.service';

/**
 * Runs before every route: a route is public only when it says so. The user
 * is re-read on every request, so deactivation, a password reset and role
 * changes take effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const user = await bearerUser(context.switchToHttp().getRequest<Request>(), this.tokens, this.auth);
    requireRoles(user, this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets));
    return true;
  }
}

/** The user the request's bearer token names, also left on the request; 401 without one. */
export async function bearerUser(
  request: Request & { user?: AuthenticatedUser },
  tokens: TokenService,
  auth: AuthService,
): Promise<AuthenticatedUser> {
  const header = request.headers.authorization;
  if (!header) throw new UnauthenticatedError('missing');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const claims = match ? tokens.read(match[1]) : undefined;
  if (!claims) throw new UnauthenticatedError('invalid');
  const user = await auth.userForClaims(claims);
  if (!user) throw new UnauthenticatedError('invalid');
  request.user = { id: user.id, email: user.email, name: user.name, roles: user.roles };
  return request.user;
}

/** Refuses a user holding none of the required roles; with none required, anyone signed in passes. */
export function requireRoles(user: { roles: Role[] }, required: Role[] | undefined): void {
  if (required && !required.some((role) => user.roles.includes(role))) throw new ForbiddenRoleError(required);
}
