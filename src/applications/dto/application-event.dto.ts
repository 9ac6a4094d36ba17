import { ApiProperty } from '@nestjs/swagger';
import type { AdviceBreach } from '../decision-advice';
import { DECISIONS, Decision, ApplicationEvent } from '../entities/application-event.entity';
import { STAGES, Stage } from '../entities/application.entity';

/** One move of an application as the API tells it: from, to, why, by whom, and the advice it went against. */
export class ApplicationEventDto {
  @ApiProperty({ enum: STAGES, nullable: true })
  fromStage: Stage | null;

  @ApiProperty({ type: String, nullable: true })
  fromRoundId: string | null;

  @ApiProperty({ enum: STAGES })
  toStage: Stage;

  @ApiProperty({ type: String, nullable: true })
  toRoundId: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty()
  override: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null when Sift moved it itself' })
  actorId: string | null;

  @ApiProperty({
    enum: DECISIONS,
    nullable: true,
    description: "A hiring manager's decision that made it; a hold keeps the stage (from and to the same)",
  })
  decision: Decision | null;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description:
      'The screening advice the move went against (kind knocked_out with the failed knock-outs, or passed_over), ' +
      'kept beside its reason; null when it followed the advice',
  })
  advice: AdviceBreach | null;

  @ApiProperty({ type: String, format: 'date-time' })
  at: string;

  static from(event: ApplicationEvent): ApplicationEventDto {
    const { fromStage, fromRoundId, toStage, toRoundId, reason, override, actorId } = event;
    const decision = event.decision ?? null;
    const advice = event.advice ?? null;
    const at = event.createdAt.toISOString();
    return { fromStage, fromRoundId, toStage, toRoundId, reason, override, actorId, decision, advice, at };
  }
}
