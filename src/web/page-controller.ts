import { applyDecorators, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/auth/decorators';
import { PageGuard } from './session/page.guard';
import { PageErrorFilter } from './views/page-error.filter';

/**
 * A controller of pages: not in the API's documentation, passed by the API's
 * bearer guard, guarded by the page session instead, and answering errors
 * with pages.
 */
export const PageController = () =>
  applyDecorators(ApiExcludeController(), Public(), UseGuards(PageGuard), UseFilters(PageErrorFilter));
