import { Injectable } from '@nestjs/common';
import { Notice } from '../common/notice';

/** A candidate's facts were added, corrected, confirmed or deleted: their applications need screening again. */
@Injectable()
export class CandidateFactsChanged extends Notice<string> {}
