import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionUser } from '../auth/auth.service';
import type { Language } from '../users/entities/user.entity';

/** What every page knows of its request, set by the PageGuard. */
export interface PageContext {
  /** Undefined on pages open to signed-out visitors. */
  user?: SessionUser;
  /** The cookie token of the session, to end or replace it. */
  sessionToken?: string;
  language: Language;
  csrfToken: string;
  /** The path and query asked for, for "back after sign-in". */
  path: string;
}

export type PageRequest = Request & { page?: PageContext };

export const OPEN_PAGE_KEY = 'sift:open-page';

/** A page that signed-out visitors may open (sign-in); every other page needs a session. */
export const OpenPage = () => SetMetadata(OPEN_PAGE_KEY, true);

export const Page = createParamDecorator(
  (_data: unknown, context: ExecutionContext): PageContext => context.switchToHttp().getRequest<PageRequest>().page!,
);

/** The page context of a signed-in page, whose guard has made sure of the user. */
export type SignedInPage = PageContext & { user: SessionUser; sessionToken: string };
