import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request } from 'express';
import { Observable } from 'rxjs';

/** Who did something, and from where: what every audit entry says of its actor. */
export interface AuditActor {
  /** Null when Sift acted by itself (a job, a policy, the command line). */
  userId: string | null;
  roles: readonly string[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const SIFT_ITSELF: AuditActor = { userId: null, roles: [], ip: null, userAgent: null, requestId: null };

const current = new AsyncLocalStorage<AuditActor>();

/** The actor of the request being handled, or Sift itself outside one. */
export function currentActor(): AuditActor {
  return current.getStore() ?? SIFT_ITSELF;
}

/** Runs `work` as `actor`: for work a person started that runs outside their request. */
export function actingAs<T>(actor: AuditActor, work: () => T): T {
  return current.run(actor, work);
}

type AuditedRequest = Request & {
  user?: { id: string; roles: readonly string[] };
  page?: { user?: { id: string; roles: readonly string[] } };
};

/** The actor of a request: the user its guard signed in (API token or page session), the address and agent. */
export function actorOf(request: AuditedRequest): AuditActor {
  const user = request.user ?? request.page?.user;
  const agent = request.headers['user-agent'];
  return {
    userId: user?.id ?? null,
    roles: user?.roles ?? [],
    ip: request.ip ?? request.socket?.remoteAddress ?? null,
    userAgent: typeof agent === 'string' ? agent.slice(0, 300) : null,
    requestId: typeof (request as { id?: unknown }).id === 'string' ? (request as unknown as { id: string }).id : null,
  };
}

/**
 * Runs every route handler as the request's actor, after the guards have
 * said who that is, so that services record who did what without each
 * passing it down. Promises keep the context, so work awaited by the
 * handler (a file upload's parsing included) runs as the actor too.
 */
@Injectable()
export class AuditContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const actor = actorOf(context.switchToHttp().getRequest<AuditedRequest>());
    return new Observable((subscriber) => current.run(actor, () => next.handle().subscribe(subscriber)));
  }
}
