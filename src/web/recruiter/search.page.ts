import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CandidatesService } from '../../candidates/candidates.service';
import { CandidateQuery } from '../../candidates/dto/candidate-input.dto';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { readForm } from '../forms';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { parsePageNumber } from '../views/paging';
import { SEARCH_PAGE_SIZE, searchView } from './search.view';

const SHORTCUTS = [{ keys: '/', labelKey: 'intake.search.shortcut' }];

/** Candidates by name, e-mail address, employer or competency, by the same search as GET /candidates. */
@PageController()
@Controller()
export class SearchPage {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/search')
  async search(
    @Page() page: SignedInPage,
    @Query('q') q: unknown,
    @Query('page') pageNumber: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const text = typeof q === 'string' ? q.trim() : '';
    const number = parsePageNumber(pageNumber);
    const form = await readForm(CandidateQuery, {
      search: text || undefined,
      limit: String(SEARCH_PAGE_SIZE),
      offset: String((number - 1) * SEARCH_PAGE_SIZE),
    });
    if (form.errors) throw new ValidationFailedError(form.errors);
    const found = text ? await this.candidates.searchWithSummaries(form.value, page.user) : { items: [], total: 0 };
    this.pages.send(response, page, {
      view: 'recruiter/search',
      titleKey: 'intake.search.title',
      model: searchView({ q: text, page: number, total: found.total, items: found.items }),
      shortcuts: SHORTCUTS,
    });
  }
}
