import { Injectable } from '@nestjs/common';
import { Settings } from '../config/settings';
import { processingRecords, ProcessingRecords } from './processing-records';

/** The records of processing of this installation, from its running configuration. */
@Injectable()
export class ProcessingRecordsService {
  constructor(private readonly settings: Settings) {}

  records(now = new Date()): ProcessingRecords {
    return processingRecords(this.settings, now);
  }
}
