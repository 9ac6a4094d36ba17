import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import { User } from '../../users/entities/user.entity';
import type { Vacancy } from './vacancy.entity';

export type VacancyMemberRole = 'hiring_manager' | 'recruiter';

/** Who owns a vacancy: its hiring managers (who see its shortlist) and its recruiters. */
@Entity('vacancy_members')
@Index('IDX_vacancy_members_user', ['userId'])
export class VacancyMember {
  @PrimaryColumn({
    name: 'vacancy_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_vacancy_members',
  })
  vacancyId: string;

  @PrimaryColumn({
    name: 'user_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_vacancy_members',
  })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'PK_vacancy_members' })
  role: VacancyMemberRole;

  @ManyToOne('Vacancy', (vacancy: Vacancy) => vacancy.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_vacancy_members_vacancy' })
  vacancy: Vacancy;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_vacancy_members_user' })
  user: User;
}
