import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { isId } from '../../database/database-errors';
import { DomainError } from '../errors/domain-error';

/** A path id that cannot name any row: what is not there is 404, whatever the id looks like. */
export class MalformedIdError extends DomainError {
  constructor(noun: string, id: string) {
    const code = `${noun.toUpperCase().replace(/-/g, '_')}_NOT_FOUND`;
    super(code, 'not_found', `There is no ${noun.replace(/-/g, ' ')} with id ${JSON.stringify(id)}`);
  }
}

/** A route parameter holds an id when it is called `id` or ends in `Id` (`factId`, `cvId`). */
const ID_PARAM = /^(id|\w+Id)$/;

/**
 * Checks every id in a route's path before any handler or query sees it, for all
 * routes at once: PostgreSQL refuses a malformed uuid literal with an error, SQLite
 * just finds nothing, and neither should decide what the client sees. Runs after
 * the guards, so an unauthorised caller still gets 401 or 403 and learns nothing.
 * The code names the record by the path segment before the id (`/vacancies/:id`
 * gives VACANCY_NOT_FOUND), as the feature's own not-found error does.
 */
@Injectable()
export class IdParamsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const route = (request.route as { path?: unknown } | undefined)?.path;
    for (const [name, value] of Object.entries(request.params ?? {})) {
      if (!ID_PARAM.test(name) || typeof value !== 'string' || isId(value)) continue;
      throw new MalformedIdError(nounBefore(typeof route === 'string' ? route : '', name), value);
    }
    return next.handle();
  }
}

/** `/candidates/:id/facts/:factId`, `factId` -> `fact`; `vacancies` -> `vacancy`. */
function nounBefore(route: string, param: string): string {
  const segments = route.split('/').filter(Boolean);
  const at = segments.indexOf(`:${param}`);
  const plural = at > 0 ? segments[at - 1] : 'record';
  return plural.replace(/ies$/, 'y').replace(/s$/, '');
}
