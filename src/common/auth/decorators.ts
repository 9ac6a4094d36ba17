import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Problem } from '../errors/problem';
import { Role } from './role';

export const PUBLIC_KEY = 'sift:public';
export const ROLES_KEY = 'sift:roles';

/** The route needs no token (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The route needs a token of a user holding at least one of these roles. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: Problem, description: 'Missing, expired or revoked token' }),
    ApiForbiddenResponse({ type: Problem, description: `Needs one of the roles: ${roles.join(', ')}` }),
  );

/** The route needs a token, whatever the user's roles. */
export const Authenticated = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: Problem, description: 'Missing, expired or revoked token' }),
  );

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser =>
    context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user,
);
