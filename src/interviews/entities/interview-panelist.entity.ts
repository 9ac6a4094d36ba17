import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import { User } from '../../users/entities/user.entity';
import type { Interview } from './interview.entity';

/** A seat on an interview's panel. */
@Entity('interview_panelists')
@Index('IDX_interview_panelists_user', ['userId'])
export class InterviewPanelist {
  @PrimaryColumn({
    name: 'interview_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_interview_panelists',
  })
  interviewId: string;

  @PrimaryColumn({
    name: 'user_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_interview_panelists',
  })
  userId: string;

  @ManyToOne('Interview', (interview: Interview) => interview.panel, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id', foreignKeyConstraintName: 'FK_interview_panelists_interview' })
  interview: Interview;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_interview_panelists_user' })
  user: User;
}
