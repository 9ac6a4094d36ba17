import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { DomainError } from '../common/errors/domain-error';
import { Problem } from '../common/errors/problem';
import { LimitQuery } from '../common/http/paging';
import { JobQueue, QueueCounts } from './job-queue';

class FailedJobDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'mail.send' }) name: string;
  @ApiProperty({ description: 'The ids the job carries' }) payload: unknown;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The error of its last attempt' })
  error: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) failedAt: Date | null;
}

class QueueReportDto {
  @ApiProperty({ enum: ['redis', 'database'] }) queue: string;
  @ApiProperty({
    description: 'Jobs per state; outbox: recorded but not yet handed to Redis',
    example: { outbox: 0, waiting: 0, delayed: 3, active: 1, completed: 120, failed: 1 },
  })
  counts: QueueCounts;
  @ApiProperty({ type: [FailedJobDto], description: 'The latest failed jobs, newest first' })
  failed: FailedJobDto[];
}

export class JobNotFailedError extends DomainError {
  constructor(id: string) {
    super('JOB_NOT_FAILED', 'not_found', `There is no failed job with id ${id}`);
  }
}

/** For admins: what the queue holds, and a second chance for what failed. */
@ApiTags('jobs')
@Roles(Role.Admin)
@Controller('jobs')
export class JobsController {
  constructor(private readonly queue: JobQueue) {}

  @Get()
  @ApiOkResponse({ type: QueueReportDto })
  async report(@Query() query: LimitQuery): Promise<QueueReportDto> {
    const [counts, failed] = await Promise.all([this.queue.counts(), this.queue.failed(query.limit)]);
    return { queue: this.queue.kind, counts, failed };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Queued again, with all its attempts' })
  @ApiNotFoundResponse({ type: Problem, description: 'JOB_NOT_FAILED' })
  async retry(@Param('id') id: string): Promise<{ id: string; retried: true }> {
    if (!(await this.queue.retry(id))) throw new JobNotFailedError(id);
    return { id, retried: true };
  }

  @Post(':id/discard')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Forgotten for good: it will not run again' })
  @ApiNotFoundResponse({ type: Problem, description: 'JOB_NOT_FAILED' })
  async discard(@Param('id') id: string): Promise<{ id: string; discarded: true }> {
    if (!(await this.queue.discard(id))) throw new JobNotFailedError(id);
    return { id, discarded: true };
  }
}
