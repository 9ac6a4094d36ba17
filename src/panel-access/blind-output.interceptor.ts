import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { AuthenticatedUser } from '../common/auth/decorators';
import type { Language } from '../users/entities/user.entity';
import { blindOutputFilter } from './blind-output';
import { BlindScreeningRepository } from './blind-screening.repository';
import { readsByRole } from './panel-access.repository';

/** The page catalogue, as the web layer provides it under this token: the API does not depend on the web layer. */
export const ALIAS_WORDS = 'sift:alias-words';

interface AliasWords {
  text(language: Language, key: string, values: Record<string, unknown>): string;
}

type Body = string | Buffer | Uint8Array;

/**
 * Blind screening's one gate: everything Sift sends to someone who screens or
 * assesses blind applicants (API answers, pages, CSV and calendar files)
 * passes through a filter that puts each such applicant's alias in place of
 * their name and a mask over their contact details: hiring managers and panel
 * members until the application reaches the vacancy's stage, recruiters and
 * admins until they unblind it. One
 * gate, so that no route, present or added later, can show who they are
 * (test/blind-screening.e2e-spec.ts walks them all). Routes with more to hide
 * (the CV's text, its original file) do their own part as well.
 */
@Injectable()
export class BlindOutputInterceptor implements NestInterceptor {
  private words?: AliasWords | null;

  constructor(
    private readonly blind: BlindScreeningRepository,
    private readonly modules: ModuleRef,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context
      .switchToHttp()
      .getRequest<Request & { user?: AuthenticatedUser; page?: { user?: AuthenticatedUser; language: Language } }>();
    const user = request.user ?? request.page?.user;
    if (!user) return next.handle();
    const language: Language = request.page?.language ?? 'en';
    return from(this.blind.hiddenFrom(user.id, readsByRole(user))).pipe(
      switchMap((hidden) => {
        const filter = blindOutputFilter(hidden, (code) => this.alias(language, code));
        if (filter) this.guard(context.switchToHttp().getResponse<Response>(), filter);
        return next.handle();
      }),
    );
  }

  private alias(language: Language, code: string): string {
    if (this.words === undefined) {
      // The catalogue is the web layer's; an app without pages has none, and the alias is then in English.
      try {
        this.words = this.modules.get<AliasWords>(ALIAS_WORDS, { strict: false });
      } catch {
        this.words = null;
      }
    }
    return this.words?.text(language, 'blind.alias', { code }) ?? `Applicant ${code}`;
  }

  /** Filters every text the response sends; kept pages are sent as text, not spliced gzip (see Pages.sendKept). */
  private guard(response: Response, filter: (body: string) => string): void {
    response.locals.blindFilter = filter;
    const textual = () =>
      /^(text\/|application\/(json|problem\+json|xml))/.test(String(response.getHeader('Content-Type') ?? 'text/'));
    const apply = (body: Body): Body => {
      if (typeof body === 'string') return filter(body);
      if (body instanceof Uint8Array && textual())
        return Buffer.from(filter(Buffer.from(body).toString('utf8')), 'utf8');
      return body;
    };
    const send = response.send.bind(response);
    response.send = ((body?: unknown) =>
      send(typeof body === 'string' || body instanceof Uint8Array ? apply(body) : body)) as Response['send'];
    const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean;
    response.write = ((chunk: unknown, ...rest: unknown[]) =>
      write(
        typeof chunk === 'string' || chunk instanceof Uint8Array ? apply(chunk) : chunk,
        ...rest,
      )) as Response['write'];
  }
}
