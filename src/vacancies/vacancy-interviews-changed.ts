import { Injectable } from '@nestjs/common';
import { Notice } from '../common/notice';

/** A vacancy's rounds, pass rules or calibration setting changed: its interview results need working out again. */
@Injectable()
export class VacancyInterviewsChanged extends Notice<string> {}
