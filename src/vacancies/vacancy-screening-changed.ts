import { Injectable } from '@nestjs/common';
import { Notice } from '../common/notice';

/** A vacancy now screens with another profile version or other weights: its applications need screening again. */
@Injectable()
export class VacancyScreeningChanged extends Notice<string> {}
